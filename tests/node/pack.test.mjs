// Packs the package as npm would publish it, then imports every entry from the
// tarball in Node (a fresh project whose node_modules holds only the tarball and
// its two runtime dependencies). It also leaves the unpacked package in
// tests/.pack/ for the browser half of this check (tests/package.test.ts).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'compound-card-pack-'));
/**
 * What `npm pack --json` reports of each tarball, as far as these tests read it.
 * @type {{ filename: string, size: number, files: { path: string, size: number }[] }[]}
 */
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { encoding: 'utf8' }),
);
const files = packed.files.map((file) => file.path).sort();

const project = join(work, 'project');
const installed = join(project, 'node_modules', 'compound-card');
mkdirSync(installed, { recursive: true });
execFileSync('tar', ['xzf', join(work, packed.filename), '-C', installed, '--strip-components=1']);
// Runtime dependencies as npm would install them: lit (with its own packages) and zod.
for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-dom-shim', 'zod']) {
  const target = join(project, 'node_modules', name);
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(resolve(root, 'node_modules', name), target, 'dir');
}

test('the tarball holds the built package and nothing else', () => {
  console.log(`packed ${packed.filename}: ${files.length} files, ${packed.size} bytes\n${packed.files.map((f) => `  ${f.path} (${f.size} B)`).join('\n')}`);
  for (const required of [
    'package.json', 'README.md', 'SECURITY.md', 'bin/compound-card.mjs',
    'dist/compound-card.js', 'dist/compound-card.js.sri', 'dist/custom-elements.json', 'dist/compound-record.schema.json',
    'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', 'dist/web-types.json',
    'dist/esm/index.js', 'dist/esm/define.js', 'dist/esm/schema.js',
    'dist/types/index.d.ts', 'dist/types/define.d.ts', 'dist/types/schema.d.ts',
  ]) {
    assert.ok(files.includes(required), `${required} is packed`);
  }
  assert.deepEqual(files.filter((file) => /^(src|tests|demo|scripts|bench|docs|node_modules)\//.test(file)), []);
  assert.ok(!files.includes('dist/compound-card.modules.json'));
  assert.deepEqual(files.filter((file) => file.startsWith('dist/playground/')), [], 'the playground is a page of the repo, not of the package');
});

const importsScript = `
  const card = await import('compound-card');
  const schema = await import('compound-card/schema');
  const manifest = (await import('compound-card/custom-elements.json', { with: { type: 'json' } })).default;
  const webTypes = (await import('compound-card/web-types.json', { with: { type: 'json' } })).default;
  const vscodeData = (await import('compound-card/vscode.html-custom-data.json', { with: { type: 'json' } })).default;
  const jsonSchema = (await import('compound-card/compound-record.schema.json', { with: { type: 'json' } })).default;
  const pkg = (await import('compound-card/package.json', { with: { type: 'json' } })).default;
  const before = globalThis.customElements?.get('compound-card');
  await import('compound-card/define');
  const record = JSON.parse(process.argv[1]);
  console.log(JSON.stringify({
    classExported: typeof card.CompoundCard === 'function',
    indexValidates: card.validateRecord(record).ok,
    schemaValidates: schema.validateRecord(record).ok,
    schemaRejects: schema.validateRecord({ schemaVersion: 1 }).ok === false,
    registeredOnlyByDefine: before === undefined && globalThis.customElements.get('compound-card') === card.CompoundCard,
    manifestTag: manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement)?.tagName,
    webTypesTag: webTypes.contributions.html.elements[0].name,
    vscodeTag: vscodeData.tags[0].name,
    jsonSchemaTitle: jsonSchema.title,
    version: pkg.version,
  }));
`;

test('every entry imports from the tarball in Node', () => {
  const demo = readFileSync('demo/records/thymogen.json', 'utf8');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', importsScript, demo], { cwd: project, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  // split() gives at least one line, so there is a last one.
  assert.deepEqual(JSON.parse(/** @type {string} */ (result.stdout.trim().split('\n').at(-1))), {
    classExported: true,
    indexValidates: true,
    schemaValidates: true,
    schemaRejects: true,
    registeredOnlyByDefine: true,
    manifestTag: 'compound-card',
    webTypesTag: 'compound-card',
    vscodeTag: 'compound-card',
    jsonSchemaTitle: 'compound-card record, format v1',
    version: JSON.parse(readFileSync('package.json', 'utf8')).version,
  });
});

test('the packed bin validates a record', () => {
  const result = spawnSync(process.execPath, [join(installed, 'bin/compound-card.mjs'), 'validate', resolve('demo/records/thymogen.json')], {
    cwd: project,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /thymogen\.json: valid/);
});

// A TypeScript user who follows the README imports only `compound-card/define` and
// listens on `document`: the events bubble and are composed, so their types must
// reach every listener, not only ones on the element.
const typedListeners = `import 'compound-card/define';

document.addEventListener('compound-card-load', (event) => {
  const name: string = event.detail.record.name;
  console.log(name, event.target);
});
window.addEventListener('compound-card-error', (event) => {
  const issues: string[] | undefined = event.detail.issues;
  console.log(event.detail.kind, event.detail.message, issues);
});
document.querySelector('compound-card')?.addEventListener('compound-card-toggle', (event) => {
  const open: boolean = event.detail.open;
  console.log(event.detail.block, event.detail.index, open);
});
// A misspelt detail field is an error, so the listeners above are not typed \`any\`.
// @ts-expect-error
document.addEventListener('compound-card-load', (event) => event.detail.recrod);
`;

test('a strict TypeScript project that imports only compound-card/define types every listener of the three events', () => {
  const dir = join(project, 'typed-listeners');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'listen.ts'), typedListeners);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true, noEmit: true, skipLibCheck: false, types: [],
      },
      files: ['listen.ts'],
    }),
  );
  const result = spawnSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
  assert.equal(result.status, 0, `tsc found errors:\n${result.stdout}${result.stderr}`);
});

test('the unpacked package is left for the browser test', () => {
  const target = join(root, 'tests', '.pack', 'compound-card');
  rmSync(target, { recursive: true, force: true });
  cpSync(installed, target, { recursive: true, dereference: false });
  assert.ok(readdirSync(join(target, 'dist', 'esm')).includes('index.js'));
});
