// A test-runner plugin for tests/nginx.test.ts: GET /nginx/origin starts Debian's
// nginx with the README's location blocks (tests/server/nginx.mjs) the first time
// a test asks, and answers where it listens; the runner's stop hook ends it. It
// drives no browser, so every engine the runner launches uses it alike.
import { startNginx } from './nginx.mjs';

/** @returns {import('@web/dev-server-core').Plugin} */
export function nginxPlugin() {
  /**
   * One nginx for the whole run, started on demand.
   * @type {Promise<import('./nginx.mjs').Nginx> | undefined}
   */
  let started;
  return {
    name: 'nginx-hosting',
    async serve(context) {
      if (context.path !== '/nginx/origin') return undefined;
      started ??= startNginx();
      try {
        const { origin, recordPath, releasePath, integrity } = await started;
        return {
          body: JSON.stringify({ origin, recordPath, releasePath, integrity }),
          type: 'json',
          headers: { 'Cache-Control': 'no-store' },
        };
      } catch (error) {
        // Shown by the test as its failure: nginx missing, or why it would not start.
        const message = /** @type {{ message?: unknown } | null | undefined} */ (error)?.message;
        return { body: JSON.stringify({ error: String(message ?? error) }), type: 'json', headers: { 'Cache-Control': 'no-store' } };
      }
    },
    async serverStop() {
      const nginx = await started?.catch(() => undefined);
      await nginx?.stop();
    },
  };
}
