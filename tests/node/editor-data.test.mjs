// The files editors read for autocompletion (VS Code's custom data, JetBrains'
// web-types) are generated from the manifest at build: every attribute with its
// description and allowed values, every event, slot, part and custom property of
// the manifest must be in them, and package.json must point editors at them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementOf } from '../../scripts/api-docs.mjs';

/**
 * The parts of each file these tests read.
 * @typedef {{ name: string }} Named
 * @typedef {{ name: string, description: string }} Described
 * @typedef {{ text: string }} TypeText
 * @typedef {{
 *   name: string, description: string,
 *   attributes: (Described & { values?: Named[] })[],
 *   references: { name: string, url: string }[],
 * }} VsCodeTag a tag of VS Code's HTML custom data
 * @typedef {{
 *   name: string, description: string, 'doc-url': string,
 *   attributes: (Described & { value: { type: string, default?: string } })[],
 *   events: Described[], js: { events: Named[] }, slots?: Named[],
 * }} WebTypesElement an element of JetBrains' web-types
 */

const readJson = (/** @type {string} */ path) => /** @type {unknown} */ (JSON.parse(readFileSync(path, 'utf8')));
const element = elementOf(/** @type {Parameters<typeof elementOf>[0]} */ (readJson('dist/custom-elements.json')));
const pkg = /** @type {{ name: string, version: string, 'web-types': string, exports: Record<string, unknown>, files: string[] }} */ (readJson('package.json'));
const vscodeHtml = /** @type {{ tags: VsCodeTag[] }} */ (readJson('dist/vscode.html-custom-data.json'));
const vscodeCss = /** @type {{ properties: Named[], pseudoElements: Named[] }} */ (readJson('dist/vscode.css-custom-data.json'));
const webTypes = /** @type {{
  name: string, version: string,
  contributions: { html: { elements: WebTypesElement[] }, css: { properties: Named[], 'pseudo-elements': Named[] } },
}} */ (readJson('dist/web-types.json'));

// Both tags are checked for in the second test; the others read them as found.
const vscodeTag = /** @type {VsCodeTag} */ (vscodeHtml.tags.find((tag) => tag.name === element.tagName));
const webTypesTag = /** @type {WebTypesElement} */ (webTypes.contributions.html.elements.find((tag) => tag.name === element.tagName));
const names = (/** @type {Named[] | undefined} */ list) => (list ?? []).map((item) => item.name);

/**
 * An enumerated type's values: `'light' | 'dark' | 'auto'` → light, dark, auto; none for any other type.
 * @param {TypeText | undefined} type
 */
function valuesOf(type) {
  const members = (type?.text ?? '').split('|').map((member) => member.trim());
  return members.every((member) => /^'[^']*'$/.test(member)) ? members.map((member) => member.slice(1, -1)) : [];
}

test('package.json names the generated files: "web-types", exports, and the published files', () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  for (const file of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']) {
    assert.equal(pkg.exports[`./${file}`], `./dist/${file}`, `exports ./${file}`);
    assert.ok(existsSync(`dist/${file}`), `dist/${file} is built`);
  }
  assert.ok(pkg.files.includes('dist') && !pkg.files.some((entry) => /vscode|web-types/.test(entry) && entry.startsWith('!')));
});

test('both files describe the compound-card tag', () => {
  assert.ok(vscodeTag, 'VS Code custom data has the tag');
  assert.ok(webTypesTag, 'web-types has the tag');
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  // The card's class documents a summary, which both files open with.
  const summary = /** @type {string} */ (element.summary);
  for (const description of [vscodeTag.description, webTypesTag.description]) {
    assert.ok(description.startsWith(summary), description.slice(0, 80));
  }
});

test('the enumerated attributes carry their values in the manifest', () => {
  // Each attribute named here is in the manifest (the README's contract, tests/node/manifest.test.mjs).
  const attribute = (/** @type {string} */ name) => /** @type {(typeof element.attributes)[number]} */ (element.attributes.find((entry) => entry.name === name));
  assert.deepEqual(valuesOf(attribute('theme').type), ['light', 'dark', 'auto']);
  assert.deepEqual(valuesOf(attribute('faq-mode').type), ['multiple', 'single']);
  assert.deepEqual(valuesOf(attribute('loading').type), ['eager', 'lazy']);
});

test('every attribute of the manifest is in both files, with its description and allowed values', () => {
  assert.deepEqual(names(vscodeTag.attributes), names(element.attributes));
  assert.deepEqual(names(webTypesTag.attributes), names(element.attributes));
  for (const attribute of element.attributes) {
    const values = valuesOf(attribute.type);
    // Both files list the same attributes as the manifest (asserted above), so each is found.
    const inVsCode = /** @type {VsCodeTag['attributes'][number]} */ (vscodeTag.attributes.find((entry) => entry.name === attribute.name));
    assert.equal(inVsCode.description, attribute.description, `VS Code: ${attribute.name}`);
    assert.deepEqual(names(inVsCode.values), values, `VS Code values of ${attribute.name}`);

    const inWebTypes = /** @type {WebTypesElement['attributes'][number]} */ (webTypesTag.attributes.find((entry) => entry.name === attribute.name));
    assert.equal(inWebTypes.description, attribute.description, `web-types: ${attribute.name}`);
    // JetBrains reads the values from the TypeScript-style type.
    assert.deepEqual(valuesOf({ text: inWebTypes.value.type }), values, `web-types values of ${attribute.name}`);
    if (attribute.default !== undefined) assert.equal(inWebTypes.value.default, attribute.default, `web-types default of ${attribute.name}`);
  }
});

test('every event is in both files', () => {
  assert.ok(element.events.length > 0);
  assert.deepEqual(names(webTypesTag.events), names(element.events));
  assert.deepEqual(names(webTypesTag.js.events), names(element.events));
  for (const event of element.events) {
    assert.ok(vscodeTag.description.includes(`**${event.name}** - ${event.description}`), `VS Code hover lists ${event.name}`);
    assert.equal(/** @type {Described} */ (webTypesTag.events.find((entry) => entry.name === event.name)).description, event.description);
  }
});

test('every slot is in both files', () => {
  // The card takes its record from a <script> child, not a slot: today the manifest has none.
  for (const slot of element.slots ?? []) {
    assert.ok(vscodeTag.description.includes(`**${slot.name}**`) || !slot.name, `VS Code hover lists slot ${slot.name}`);
    assert.ok(names(webTypesTag.slots).includes(slot.name), `web-types slot ${slot.name}`);
  }
  assert.equal(webTypesTag.slots?.length ?? 0, element.slots?.length ?? 0);
});

test('every CSS part is in both files', () => {
  assert.ok(element.cssParts.length > 0);
  for (const part of element.cssParts) {
    assert.ok(vscodeTag.description.includes(`**${part.name}** - ${part.description}`), `VS Code hover lists part ${part.name}`);
    assert.ok(names(vscodeCss.pseudoElements).includes(`::part(${part.name})`), `VS Code CSS data: ::part(${part.name})`);
    assert.ok(names(webTypes.contributions.css['pseudo-elements']).includes(`part(${part.name})`), `web-types: part(${part.name})`);
  }
});

test('every custom property is in both files', () => {
  assert.ok(element.cssProperties.length > 0);
  for (const property of element.cssProperties) {
    assert.ok(vscodeTag.description.includes(`**${property.name}** - ${property.description}`), `VS Code hover lists ${property.name}`);
    assert.ok(names(vscodeCss.properties).includes(property.name), `VS Code CSS data: ${property.name}`);
    assert.ok(names(webTypes.contributions.css.properties).includes(property.name), `web-types: ${property.name}`);
  }
});

test('both files link to the README\'s API section of this version', () => {
  const readme = readFileSync('README.md', 'utf8');
  const [link] = vscodeTag.references;
  assert.equal(webTypesTag['doc-url'], link.url);
  const url = new URL(link.url);
  assert.equal(url.pathname, `/package/${pkg.name}/v/${pkg.version}`);
  // The anchor is the slug of a README heading (`## API` → #api).
  const slugs = [...readme.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => heading.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-'));
  assert.ok(slugs.includes(url.hash.slice(1)), `README has a heading for ${url.hash}`);
  assert.equal(url.hash, '#api');
});
