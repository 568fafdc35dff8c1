// Imported by every test file: fails the test during which the page saw an
// uncaught error, an unhandled promise rejection or a console.error call.
import { expect } from '@open-wc/testing';

const problems: string[] = [];

window.addEventListener('error', (event) => problems.push(`uncaught error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));

const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  problems.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};

afterEach(async () => {
  // Let rejections from the test's last microtasks surface first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const seen = problems.splice(0);
  expect(seen, 'page errors during this test').to.deep.equal([]);
});
