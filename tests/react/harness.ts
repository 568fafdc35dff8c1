/**
 * React 19 for the browser tests.
 *
 * React ships CommonJS only, which the test server cannot hand to a browser as
 * an ES module, so `scripts/build-react-fixture.mjs` bundles this file (React
 * and react-dom inside, production build) into one ES module that
 * `tests/react.test.ts` imports. The card is deliberately not in here: the test
 * registers it from `src/`, so the source is what is under test.
 */
export { createElement, version as reactVersion } from 'react';
export { flushSync, version as reactDomVersion } from 'react-dom';
export { createRoot, type Root } from 'react-dom/client';
