/**
 * Statistics over a benchmark's runs and the number formats every report section uses,
 * kept in one place so that all sections round and label a figure the same way.
 */

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const stats = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs), n: xs.length });
export const ratio = (a, b) => a / b;

export const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—');
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const signedKb = (bytes) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024).toFixed(0)} KiB`;
export const x2 = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');
export const pass = (ok) => (ok ? '**pass**' : '**FAIL**');

/** The head of a Markdown table of `stats` rows, and one such row. */
export const STAT_HEAD = '| | min | median | max |\n|---|---:|---:|---:|';
export const row = (name, s, fmt = ms) => `| ${name} | ${fmt(s.min)} | ${fmt(s.median)} | ${fmt(s.max)} |`;
