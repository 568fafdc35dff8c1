// `npm run size`: builds the script-tag bundle and the floor (a minimal Lit element
// built with the same configuration, in the same run), prints raw, gzip and brotli
// sizes of both, and fails when the card's brotli size is over the budget.
//   --budget N   brotli budget in bytes (default 16384: 16 KiB)
//   --no-build   measure the files already built
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 16 * 1024;
if (!Number.isFinite(budget) || budget <= 0) {
  console.error('size: --budget takes a number of bytes');
  process.exit(2);
}

if (!args.includes('--no-build')) {
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
execSync('npx vite build --mode floor --logLevel warn', { stdio: 'inherit' });

/** A file's size in bytes, raw and compressed. @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

/** @param {string} path @returns {Sizes} */
const measure = (path) => {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

const card = measure('dist/compound-card.js');
const floor = measure('node_modules/.cache/size-floor/floor.js');
const kib = (/** @type {number} */ n) => `${(n / 1024).toFixed(2)} KiB`;
const row = (/** @type {string} */ name, /** @type {Sizes} */ m) => `${name.padEnd(34)} ${String(m.raw).padStart(8)} ${String(m.gzip).padStart(8)} ${String(m.brotli).padStart(8)}`;

console.log(`${'file'.padEnd(34)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}   (bytes)`);
console.log(row('dist/compound-card.js', card));
console.log(row('floor: minimal Lit element', floor));
console.log(row('card above the floor', { raw: card.raw - floor.raw, gzip: card.gzip - floor.gzip, brotli: card.brotli - floor.brotli }));
console.log(`card / floor (brotli): ${(card.brotli / floor.brotli).toFixed(2)}×`);

if (card.brotli > budget) {
  console.error(`size: FAIL dist/compound-card.js is ${kib(card.brotli)} brotli, ${card.brotli - budget} bytes over the ${kib(budget)} budget`);
  process.exit(1);
}
console.log(`size: ok ${kib(card.brotli)} brotli, within the ${kib(budget)} budget (${budget - card.brotli} bytes to spare)`);
