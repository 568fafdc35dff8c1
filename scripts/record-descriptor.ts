/**
 * Vite plugin for the script-tag bundle: swaps the zod-backed record check for
 * `check-compiled.ts` and provides it the schema's description, computed here
 * from the zod schema itself. The bundle then carries no zod at all; the
 * format is still defined once, in `src/record/schema.ts`.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { describeSchema } from './describe-schema.js';
import { recordSchema } from '../src/record/schema.js';

const VIRTUAL = 'virtual:compound-record-descriptor';
const compiled = fileURLToPath(new URL('../src/record/check-compiled.ts', import.meta.url));

export function recordDescriptor(): Plugin {
  return {
    name: 'compound-card-record-descriptor',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === VIRTUAL) return `\0${VIRTUAL}`;
      if (source === './check.js' && importer?.replaceAll('\\', '/').endsWith('/src/record/validate.ts')) return compiled;
      return null;
    },
    load(id) {
      return id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(describeSchema(recordSchema))};` : null;
    },
  };
}
