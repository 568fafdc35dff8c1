// Runtime dependencies are exactly the ones below, each serving a named part of the
// package and pinned by the lockfile, and the script-tag bundle holds code from
// nothing but Lit and the card (read from the build's module list).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

/**
 * The fields of package.json these tests read.
 * @typedef {{ dependencies: Record<string, string>, peerDependencies?: Record<string, string>, optionalDependencies?: Record<string, string> }} PackageJson
 * @typedef {{ version: string, integrity: string, dev?: boolean, dependencies?: Record<string, string> }} LockEntry a package in package-lock.json
 */

/** @type {PackageJson} */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** @type {{ packages: Record<string, LockEntry> }} */
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
/**
 * The bundle's modules, as paths from the repository root (the build writes the list).
 * @type {string[]}
 */
const modules = JSON.parse(readFileSync('dist/compound-card.modules.json', 'utf8'));

const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/** Every runtime dependency and what it serves; SECURITY.md lists the same. */
const SERVES = {
  lit: 'the element (bundle and every entry)',
  zod: 'the record schema (`.`, `./schema`, `./ssr`, the CLI); not in the bundle',
  '@lit-labs/ssr': '`./ssr` and `compound-card render` only',
  'schema-dts': 'types of `./ssr`\'s JSON-LD only; no code',
  'mdast-util-from-markdown': '`compound-card import` (Markdown articles)',
  'mdast-util-frontmatter': '`compound-card import` (front matter)',
  'micromark-extension-frontmatter': '`compound-card import` (front matter)',
  'mdast-util-to-string': '`compound-card import` (inline markup to text)',
  yaml: '`compound-card import` (front matter)',
  'hast-util-from-html': '`compound-card import` (web pages: the HTML parser)',
  'hast-util-to-mdast': '`compound-card import` (web pages read by the article format\'s rules)',
};

test('runtime dependencies are exactly the listed ones, each with its purpose in SECURITY.md', () => {
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}).sort(), Object.keys(SERVES).sort());
  assert.equal(pkg.peerDependencies, undefined);
  assert.equal(pkg.optionalDependencies, undefined);
  const security = readFileSync('SECURITY.md', 'utf8');
  for (const name of Object.keys(SERVES)) assert.ok(security.includes(`\`${name}\``), `SECURITY.md names ${name}`);
});

test('the lockfile pins every runtime package with a version and an integrity hash', () => {
  for (const name of [...LIT_PACKAGES, ...Object.keys(SERVES)]) {
    const entry = lock.packages[`node_modules/${name}`];
    assert.ok(entry, `${name} is in the lockfile`);
    assert.match(entry.version, /^\d+\.\d+\.\d+/);
    assert.match(entry.integrity, /^sha512-/);
    assert.equal(entry.dev, undefined, `${name} is a runtime package`);
  }
  assert.deepEqual(lock.packages[''].dependencies, pkg.dependencies);
});

test('the bundle contains only the card, Lit\'s own packages and zod', () => {
  assert.ok(modules.length > 10, 'the module list was written by the build');
  const packageOf = (/** @type {string} */ id) => {
    const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
    return match ? match[1] : undefined;
  };
  const outside = modules.filter((id) => {
    // The record description the build writes from src/record/schema.ts.
    if (id === '\0virtual:compound-record-descriptor') return false;
    if (id.startsWith('src/')) return false;
    const name = packageOf(id);
    return !(name && [...LIT_PACKAGES, 'zod'].includes(name));
  });
  assert.deepEqual(outside, []);
  assert.ok(!modules.some((id) => id.startsWith('node_modules/zod/v4/classic/')), 'never full zod');
});

test('the bundle checks records from the build-time description of the zod schema', () => {
  assert.ok(modules.includes('src/record/check-compiled.ts'));
  assert.ok(modules.includes('src/record/check-described.ts'));
  assert.ok(!modules.includes('src/record/check.ts'));
  assert.ok(!modules.some((id) => id.startsWith('scripts/')), 'the describing half runs at build time only');
  assert.ok(!modules.includes('src/record/schema.ts'), 'the zod schema itself stays out of the bundle');
});

test('zod is pinned to one minor version: the build reads its internal schema definitions', () => {
  assert.match(pkg.dependencies.zod, /^~\d+\.\d+\.\d+$/);
});

test('@lit-labs/ssr is pinned to one minor version: the renderer relies on the shape of its output (tests/node/ssr-lit-output.test.mjs)', () => {
  assert.match(pkg.dependencies['@lit-labs/ssr'], /^~\d+\.\d+\.\d+$/);
});

test('the bundle is Lit\'s production build', () => {
  const source = readFileSync('dist/compound-card.js', 'utf8');
  assert.ok(!source.includes('Lit is in dev mode'));
  assert.ok(!modules.some((id) => id.includes('/development/')));
});
