/**
 * Statistics over a benchmark's runs and the number formats every report section uses,
 * kept in one place so that all sections round and label a figure the same way.
 */

/** @typedef {{ min: number, median: number, max: number, n: number }} Stats */
/** @typedef {(x: number) => string} Format a figure as the report prints it */

/**
 * @param {number[]} xs
 * @returns {number}
 */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/**
 * @param {number[]} xs
 * @returns {Stats}
 */
export const stats = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs), n: xs.length });
export const ratio = (/** @type {number} */ a, /** @type {number} */ b) => a / b;

/** @type {Format} */
export const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—');
/** @type {Format} */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
/** @type {Format} */
export const signedKb = (bytes) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024).toFixed(0)} KiB`;
/** @type {Format} */
export const x2 = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');
export const pass = (/** @type {boolean} */ ok) => (ok ? '**pass**' : '**FAIL**');

/** The head of a Markdown table of `stats` rows, and one such row. */
export const STAT_HEAD = '| | min | median | max |\n|---|---:|---:|---:|';
/**
 * @param {string} name
 * @param {Stats} s
 * @param {Format} [fmt]
 */
export const row = (name, s, fmt = ms) => `| ${name} | ${fmt(s.min)} | ${fmt(s.median)} | ${fmt(s.max)} |`;
