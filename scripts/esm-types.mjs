// Writes a declaration beside each ES entry (`dist/esm/ssr.d.ts` → `../types/ssr/index.js`),
// the types package.json's `exports` give it, so that the repository's own JavaScript
// (the CLI, the bench, the node tests), which imports the entries by path, is
// type-checked against the declarations rather than the minified output.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** @type {{ exports: Record<string, string | { types?: string, default?: string }> }} */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

for (const target of Object.values(pkg.exports)) {
  if (typeof target === 'string' || !target.types || !target.default?.startsWith('./dist/esm/')) continue;
  const declaration = target.default.replace(/\.js$/, '.d.ts');
  const types = relative(dirname(declaration), target.types).replace(/\.d\.ts$/, '.js');
  writeFileSync(declaration, `export * from '${types.startsWith('.') ? types : `./${types}`}';\n`);
}
