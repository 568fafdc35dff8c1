// Debian's nginx, configured with exactly the `location` blocks of the README's
// hosting guide ("Example: nginx", read from README.md each time, so the guide and
// what is tested cannot drift), serving the guide's layout from a temp folder:
//
//   /records/thymogen.json                          a record
//   /vendor/compound-card@<version>/compound-card.js  the bundle (and .css, .js.sri)
//
// Used by tests/node/nginx-hosting.test.mjs (the headers) and, through
// tests/server/nginx-plugin.mjs, by tests/nginx.test.ts (a page on another origin).
//
// nginx never outlives the process that started it: stop() ends it, an `exit`
// handler ends it if stop() was never reached, and where util-linux's `setpriv`
// exists the kernel sends it SIGTERM when its parent dies in any other way
// (a crash, SIGKILL).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))).version;

/** The guide's paths, as the README's layout names them. */
export const RECORD_PATH = '/records/thymogen.json';
export const RELEASE_PATH = `/vendor/compound-card@${VERSION}/`;

/** The ```nginx block under the README's "### Example: nginx" heading. @param {string} [readme] @returns {string} */
export function readmeLocations(readme = readFileSync(join(ROOT, 'README.md'), 'utf8')) {
  const section = readme.split(/^### Example: nginx$/m)[1]?.split(/^#{2,3} /m)[0];
  const block = section?.match(/^```nginx\n([\s\S]*?)^```$/m)?.[1];
  if (!block) throw new Error('README.md has no ```nginx block under "### Example: nginx"');
  for (const path of ['/records/', '/vendor/']) {
    if (!block.includes(`location ${path} `)) throw new Error(`the README's nginx example has no \`location ${path}\` block`);
  }
  return block;
}

/** A free TCP port on 127.0.0.1, as the kernel hands one out. @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      // Listening on a port, the server's address is an AddressInfo.
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/**
 * @param {string} dir
 * @param {number} port
 * @param {string} locations
 */
function configFor(dir, port, locations) {
  return `# Written by tests/server/nginx.mjs; the locations are the README's, verbatim.
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
    # What Debian's /etc/nginx/nginx.conf does: types from the file extension.
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    # Temp folders in ours, so this nginx writes nothing outside it.
${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${dir}/${kind};`).join('\n')}
    server {
        listen 127.0.0.1:${port};
        root ${dir}/www;

${locations.replace(/^(?=.)/gm, '        ')}
    }
}
`;
}

/** The guide's layout in `www`, readable by nginx's workers whatever user they run as. @param {string} www */
function publish(www) {
  const files = [
    ['demo/records/thymogen.json', RECORD_PATH],
    ['dist/compound-card.js', `${RELEASE_PATH}compound-card.js`],
    ['dist/compound-card.js.sri', `${RELEASE_PATH}compound-card.js.sri`],
    ['dist/compound-card.css', `${RELEASE_PATH}compound-card.css`],
  ];
  for (const [from, to] of files) {
    const target = join(www, to);
    mkdirSync(join(target, '..'), { recursive: true });
    copyFileSync(join(ROOT, from), target);
    chmodSync(target, 0o644);
  }
  for (const folder of ['', '/records', '/vendor', RELEASE_PATH]) chmodSync(join(www, folder), 0o755);
}

/** nginx's binary, or a clear message saying how to install it. */
function nginxBinary() {
  for (const candidate of [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('nginx is not installed: `apt-get install nginx-light` (.ci/run does it)');
}

const hasSetpriv = () => spawnSync('setpriv', ['--help'], { stdio: 'ignore' }).status === 0;

/**
 * Resolves once nginx answers on `port`; rejects if it exits first.
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} port
 * @param {string} errorLog
 * @returns {Promise<void>}
 */
async function answering(child, port, errorLog) {
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  for (let attempt = 0; attempt < 100; attempt++) {
    const outcome = await Promise.race([
      exited,
      fetch(`http://127.0.0.1:${port}/`).then(
        () => 'up',
        () => /** @type {Promise<'down'>} */ (new Promise((resolve) => setTimeout(() => resolve('down'), 50))),
      ),
    ]);
    if (outcome === 'up') return;
    if (typeof outcome === 'object') {
      const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8').trim() : '';
      throw Object.assign(new Error(`nginx exited (${outcome.code ?? outcome.signal}): ${log}`), { log });
    }
  }
  throw new Error('nginx did not answer within 5 s');
}

/**
 * Kills `child` and removes its folder when this process exits, unless stop() did already.
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} dir
 */
function killOnExit(child, dir) {
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', kill);
}

/**
 * A running nginx: where it listens, the guide's paths, the bundle's pinned
 * integrity, its configuration, and stop().
 * @typedef {{
 *   origin: string, recordPath: string, releasePath: string, integrity: string, config: string,
 *   stop: () => Promise<void>,
 * }} Nginx
 */

/**
 * Starts nginx on a free loopback port with the README's locations. Resolves to
 * its origin, the record's and the release folder's paths, the bundle's pinned
 * integrity, the configuration it runs, and a stop() that ends nginx and removes
 * its folder.
 * @returns {Promise<Nginx>}
 */
export async function startNginx() {
  const binary = nginxBinary();
  const locations = readmeLocations();
  const dir = mkdtempSync(join(tmpdir(), 'compound-card-nginx-'));
  chmodSync(dir, 0o755);
  publish(join(dir, 'www'));
  const wrap = hasSetpriv();

  // Another process may take the port between the probe and nginx's bind: try again on a new one.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const config = join(dir, 'nginx.conf');
    writeFileSync(config, configFor(dir, port, locations));
    const args = ['-p', dir, '-c', config, '-e', join(dir, 'error.log')];
    const child = wrap
      ? spawn('setpriv', ['--pdeathsig', 'TERM', binary, ...args], { stdio: 'ignore' })
      : spawn(binary, args, { stdio: 'ignore' });
    killOnExit(child, dir);
    const stopped = new Promise((resolve) => child.once('exit', resolve));
    try {
      await answering(child, port, join(dir, 'error.log'));
    } catch (error) {
      child.kill('SIGTERM');
      // answering() throws Errors; one for nginx's exit carries its error log.
      if (attempt < 5 && /Address already in use/.test(/** @type {{ log?: string }} */ (error).log ?? '')) continue;
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return {
      origin: `http://127.0.0.1:${port}`,
      recordPath: RECORD_PATH,
      releasePath: RELEASE_PATH,
      // Of the copy nginx serves, so the two agree even if dist/ is rebuilt meanwhile.
      integrity: readFileSync(join(dir, 'www', RELEASE_PATH, 'compound-card.js.sri'), 'utf8').trim(),
      config: readFileSync(config, 'utf8'),
      async stop() {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await stopped;
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}
