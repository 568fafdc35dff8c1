// Bundles tests/react/harness.ts (React 19 and react-dom, which ship CommonJS only)
// into one ES module the browser tests can import:
//
//   node scripts/build-react-fixture.mjs
//
// The output goes to node_modules/.cache/compound-card/, which git and ESLint
// already ignore (a bundle of React would fail `eslint .`), and which the test
// server serves at /node_modules/.cache/compound-card/react-harness.js.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const HARNESS_ENTRY = fileURLToPath(new URL('../tests/react/harness.ts', import.meta.url));
export const HARNESS_OUT = fileURLToPath(
  new URL('../node_modules/.cache/compound-card/react-harness.js', import.meta.url),
);

await build({
  entryPoints: [HARNESS_ENTRY],
  outfile: HARNESS_OUT,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // React picks its build from process.env.NODE_ENV, which browsers do not have.
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});

console.log(`React test harness: ${HARNESS_OUT}`);
