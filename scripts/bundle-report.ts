/**
 * Vite plugin for the script-tag bundle: after the build it writes, next to the bundle,
 * - `compound-card.js.sri`: the file's sha384 Subresource Integrity value, for `integrity="…"`;
 * - `compound-card.modules.json`: every source module that went into it, so a test can
 *   prove the bundle holds nothing but the card, Lit's packages and zod.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

export function bundleReport(fileName: string): Plugin {
  let modules: string[] = [];
  let outDir = 'dist';
  return {
    name: 'compound-card-bundle-report',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      if (chunk?.type === 'chunk') {
        modules = chunk.moduleIds.map((id) => relative(process.cwd(), id).replaceAll('\\', '/')).sort();
      }
    },
    writeBundle() {
      const path = join(outDir, fileName);
      const digest = createHash('sha384').update(readFileSync(path)).digest('base64');
      writeFileSync(`${path}.sri`, `sha384-${digest}\n`);
      writeFileSync(join(outDir, 'compound-card.modules.json'), `${JSON.stringify(modules, null, 2)}\n`);
    },
  };
}
