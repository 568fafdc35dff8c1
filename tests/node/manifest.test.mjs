// The manifest lists the whole public API (README, "API"), the README's API tables are the
// manifest's, and every custom property's documented default is the one the styles use.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementOf, readmeWithApi } from '../../scripts/api-docs.mjs';

/** @type {Parameters<typeof elementOf>[0]} */
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const element = elementOf(manifest);
/** @type {{ customElements: string }} */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const CONTRACT = {
  // The element's attributes, then `loading` (README, "API", "Attributes").
  attributes: ['src', 'sections', 'heading-level', 'facts-collapsed', 'faq-mode', 'theme', 'timeout', 'lang', 'status', 'loading'],
  properties: ['src', 'sections', 'headingLevel', 'factsCollapsed', 'faqMode', 'theme', 'timeout', 'status', 'record', 'loading'],
  events: ['compound-card-load', 'compound-card-error', 'compound-card-toggle'],
  cssProperties: [
    'font-family', 'font-size', 'color', 'muted-color', 'background', 'accent', 'border-color',
    'radius', 'spacing', 'disclaimer-color', 'disclaimer-background', 'placeholder-height',
  ].map((name) => `--compound-card-${name}`),
  parts: ['header', 'title', 'facts', 'takeaways', 'article', 'faq', 'references', 'error'],
};

test('package.json points at the manifest', () => {
  assert.equal(pkg.customElements, './dist/custom-elements.json');
  assert.equal(element.tagName, 'compound-card');
});

test('the manifest lists every attribute, property, event, custom property and part of the README', () => {
  const names = (/** @type {{ name: string }[] | undefined} */ list) => (list ?? []).map((item) => item.name).sort();
  // The card's class has members (its properties), read here by name.
  const members = /** @type {NonNullable<typeof element.members>} */ (element.members);
  assert.deepEqual(names(element.attributes), [...CONTRACT.attributes].sort());
  for (const property of CONTRACT.properties) {
    assert.ok(members.some((member) => member.name === property), `property ${property}`);
  }
  assert.deepEqual(names(element.events), [...CONTRACT.events].sort());
  assert.deepEqual(names(element.cssProperties), [...CONTRACT.cssProperties].sort());
  assert.deepEqual(names(element.cssParts), [...CONTRACT.parts].sort());
  assert.ok(members.every((member) => !member.name.startsWith('_') && !member.name.startsWith('#')), 'public API only');
});

test('the README API tables are generated from the manifest', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.equal(readme, readmeWithApi(readme, manifest), 'README.md differs from the manifest: run `npm run docs`');
});

test('each custom property\'s documented default is the token the styles use', () => {
  const tokens = readFileSync('src/theme/tokens.ts', 'utf8');
  const table = [...tokens.matchAll(/\['([a-z-]+)', '([^']*)', '([^']*)'\]/g)].map(([, name, light, dark]) => ({ name, light, dark }));
  assert.equal(table.length, CONTRACT.cssProperties.length, 'one token per public custom property');
  for (const { name, light, dark } of table) {
    const documented = element.cssProperties.find((property) => property.name === `--compound-card-${name}`);
    assert.ok(documented, name);
    assert.equal(documented.default, light, `${name} light default`);
    if (dark) assert.ok(documented.description?.includes(dark), `${name} dark default ${dark} is documented`);
  }
  // Every token is read by the styles through its private variable.
  const styles = ['src/theme/base.ts', ...['header', 'quick-facts', 'takeaways', 'article', 'faq', 'references', 'disclaimer', 'status'].map((part) => `src/parts/${part}/${part}.ts`)]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  for (const { name } of table) assert.ok(styles.includes(`var(--_${name})`), `--_${name} is used`);
});
