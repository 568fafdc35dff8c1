// Lint at zero warnings: TypeScript-aware rules, Lit template rules, web-component rules,
// and a ban on every API that could turn record text into markup.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
// The plugins' named `configs` export: the very object their default export carries as
// `plugin.configs`, but typed entry by entry (ESLint's `Plugin` type has `configs`
// possibly undefined, each entry either a flat or a legacy config).
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

const HTML_SINKS = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Record text must reach the DOM as text: no innerHTML.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Record text must reach the DOM as text: no outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'No createContextualFragment.' },
  { selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']", message: 'No document.write.' },
  { selector: "CallExpression[callee.name=/^(eval|Function)$/], NewExpression[callee.name='Function']", message: 'No eval or new Function: the card runs under strict CSP.' },
  { selector: "JSXAttribute[name.name='style'], Literal[value=/\\sstyle=/]", message: 'No inline style attributes: strict CSP forbids them.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'docs/', 'tests/.pack/', 'demo/site/_site/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Record text must be rendered as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Record text must be rendered as text.' },
            { name: 'lit-html/directives/unsafe-html.js', message: 'Record text must be rendered as text.' },
            { name: 'lit-html/directives/unsafe-svg.js', message: 'Record text must be rendered as text.' },
          ],
          patterns: [{ group: ['**/unsafe-html*', '**/unsafe-svg*'], message: 'Record text must be rendered as text.' }],
        },
      ],
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'No innerHTML.' },
        { property: 'outerHTML', message: 'No outerHTML.' },
      ],
      'lit/no-template-bind': 'error',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
