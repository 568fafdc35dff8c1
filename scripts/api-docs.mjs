// Writes the README's API tables from dist/custom-elements.json (built from the
// element's JSDoc), between the `api:start` and `api:end` markers, so the docs
// cannot drift from the code. `--check` changes nothing and exits 1 on a mismatch;
// `--manifest <path>` reads another manifest (e.g. one built into a temp dir).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const START = '<!-- api:start (generated from dist/custom-elements.json by scripts/api-docs.mjs; do not edit) -->';
const END = '<!-- api:end -->';

/**
 * dist/custom-elements.json, in the custom-elements-manifest format the analyzer writes.
 * @typedef {import('custom-elements-manifest/schema.js').Package} Manifest
 */
/**
 * A custom element's declaration: a class, or a mixin, with the custom element's fields.
 * @typedef {(import('custom-elements-manifest/schema.js').ClassDeclaration | import('custom-elements-manifest/schema.js').MixinDeclaration)
 *   & import('custom-elements-manifest/schema.js').CustomElement} CustomElementDeclaration
 */
/**
 * The card's declaration. The analyzer writes each of these lists for the card
 * (tests/node/manifest.test.mjs checks them), and the tables below need them all.
 * @typedef {CustomElementDeclaration & Required<Pick<CustomElementDeclaration, 'attributes' | 'events' | 'cssProperties' | 'cssParts'>>} CardDeclaration
 */
/**
 * A field of the element. The analyzer also marks read-only fields, which the
 * schema's types (version 1.0.0) leave out.
 * @typedef {import('custom-elements-manifest/schema.js').ClassField & { readonly?: boolean }} Field
 */

/** @param {string | undefined} [text] */
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim() || '—';
/** @param {string | undefined} text */
const code = (text) => (text === undefined || text === '' ? '—' : `\`${String(text).replace(/\|/g, '\\|')}\``);
/** A default value as a reader would type it: `'light'` → `light`. @param {string | undefined} text */
const value = (text) => code(text === undefined ? text : String(text).replace(/^'(.*)'$/, '$1'));

/**
 * @param {string[]} head
 * @param {string[][]} rows
 */
function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/**
 * The element's declaration in the manifest.
 * @param {Manifest} manifest
 * @returns {CardDeclaration}
 */
export function elementOf(manifest) {
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if ('customElement' in declaration && declaration.customElement) return /** @type {CardDeclaration} */ (declaration);
    }
  }
  throw new Error('no custom element in the manifest');
}

/** @param {Manifest} manifest */
export function apiMarkdown(manifest) {
  const element = elementOf(manifest);
  const fields = /** @type {Field[]} */ ((element.members ?? []).filter((member) => member.kind === 'field'));
  const methods = (element.members ?? []).filter((member) => member.kind === 'method');
  const fieldOf = (/** @type {string | undefined} */ name) => fields.find((field) => field.name === name);
  return [
    `### Attributes\n\nInvalid values fall back to the default; nothing an attribute holds can break the card.\n`,
    table(
      ['Attribute', 'Property', 'Description', 'Type', 'Default'],
      element.attributes.map((attribute) => [
        code(attribute.name),
        attribute.fieldName ? code(attribute.fieldName) : attribute.name === 'lang' ? '(global)' : code(attribute.name),
        cell(attribute.description),
        code((attribute.type ?? fieldOf(attribute.fieldName)?.type)?.text),
        value(attribute.default),
      ]),
    ),
    `\n### Properties\n`,
    table(
      ['Property', 'Attribute', 'Description', 'Type', 'Default'],
      fields.map((field) => [
        code(field.name) + (field.readonly ? ' (read-only)' : ''),
        code(element.attributes.find((attribute) => attribute.fieldName === field.name)?.name ?? (field.name === 'status' ? 'status' : '')),
        cell(field.description),
        code(field.type?.text),
        value(field.default),
      ]),
    ),
    `\n### Methods\n`,
    table(['Method', 'Description'], methods.map((method) => [code(`${method.name}()`), cell(method.description)])),
    `\n### Events\n\nAll bubble and are \`composed\`, so they reach the host page's listeners. In TypeScript their \`detail\` is typed for a listener on the element, the \`document\` or the \`window\` once \`compound-card/define\` (or \`compound-card\`) is imported.\n`,
    table(['Event', 'Description'], element.events.map((event) => [code(event.name), cell(event.description)])),
    `\n### Custom properties\n\nSet them on the element or any ancestor. Every one is optional and prefixed, so a host page's own variables never leak in.\n`,
    table(
      ['Property', 'Default', 'Description'],
      element.cssProperties.map((property) => [code(property.name), value(property.default), cell(property.description)]),
    ),
    `\n### Parts\n\nThere is deliberately no part on the disclaimer.\n`,
    table(['Part', 'Description'], element.cssParts.map((part) => [code(part.name), cell(part.description)])),
  ].join('\n');
}

/**
 * @param {string} readme
 * @param {Manifest} manifest
 * @returns {string}
 */
export function readmeWithApi(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md has no api:start / api:end markers');
  return `${readme.slice(0, start + START.length)}\n\n${apiMarkdown(manifest)}\n\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--manifest');
  const manifestPath = at >= 0 ? process.argv[at + 1] : 'dist/custom-elements.json';
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const next = readmeWithApi(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error(`README.md API tables differ from ${manifestPath}: run \`npm run docs\`.`);
      process.exit(1);
    }
    console.log(`README.md API tables match ${manifestPath}`);
  } else {
    writeFileSync('README.md', next);
    console.log(`README.md API tables written from ${manifestPath}`);
  }
}
