// The lint setup must fail the build on any API that could turn record text into markup,
// on eval-like code, and on inline styles: feed it each one in a file under src/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

const SINKS = {
  unsafeHTML: "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const f = (s: string) => unsafeHTML(s);\n",
  unsafeSVG: "import { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport const f = (s: string) => unsafeSVG(s);\n",
  innerHTML: 'export const f = (el: HTMLElement, s: string) => {\n  el.innerHTML = s;\n};\n',
  outerHTML: 'export const f = (el: HTMLElement, s: string) => {\n  el.outerHTML = s;\n};\n',
  insertAdjacentHTML: "export const f = (el: HTMLElement, s: string) => el.insertAdjacentHTML('beforeend', s);\n",
  eval: 'export const f = (s: string) => eval(s);\n',
  newFunction: 'export const f = (s: string) => new Function(s);\n',
};

for (const [name, code] of Object.entries(SINKS)) {
  test(`lint rejects ${name} in src/`, async () => {
    const [result] = await eslint.lintText(code, { filePath: 'src/probe.ts' });
    assert.ok(result.errorCount > 0, `${name} passed lint: ${JSON.stringify(result.messages)}`);
  });
}

test('lint accepts a plain text binding', async () => {
  const [result] = await eslint.lintText(
    "import { html } from 'lit';\nexport const f = (s: string) => html`<p>${s}</p>`;\n",
    { filePath: 'src/probe.ts' },
  );
  assert.equal(result.errorCount, 0, JSON.stringify(result.messages));
});
