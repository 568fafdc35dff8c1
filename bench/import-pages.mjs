#!/usr/bin/env node
/**
 * Import of web pages: `compound-card import --out DIR pages/*.html` on 300
 * generated CMS-like pages (the demo record's article with its name changed,
 * quick facts as a <dl>, a table or a list, questions as <details> or <h3>,
 * inside a header, navigation, sidebar and footer), as one run of the real
 * command. Reports pages per second (median of the runs) and writes the row to
 * BENCHMARKS.md under its own heading, replacing the one of an earlier run.
 *
 *   npm run build && node bench/import-pages.mjs [--pages 300] [--runs 3] [--out BENCHMARKS.md]
 *
 * `bench/run.mjs` (`npm run bench`) runs it after the browser benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEADING = '## Import of web pages';

/**
 * The demo record, which has every block a generated page writes out.
 * @typedef {import('../dist/esm/schema.js').CompoundRecord} CompoundRecord
 * @typedef {CompoundRecord & Required<Pick<CompoundRecord, 'summary' | 'quickFacts' | 'keyTakeaways' | 'sections' | 'faq'>>} ArticleRecord
 */

const escape = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One CMS-like page of `record`, its shapes chosen by `n`.
 * @param {ArticleRecord} record
 * @param {number} n
 */
function pageOf(record, n) {
  const facts = [
    () => `<dl>${record.quickFacts.map((f) => `<dt>${escape(f.label)}</dt><dd>${escape(f.value)}</dd>`).join('\n')}</dl>`,
    () => `<table><tbody>${record.quickFacts.map((f) => `<tr><th>${escape(f.label)}</th><td>${escape(f.value)}</td></tr>`).join('\n')}</tbody></table>`,
    () => `<ul>${record.quickFacts.map((f) => `<li><strong>${escape(f.label)}:</strong> ${escape(f.value)}</li>`).join('\n')}</ul>`,
  ][n % 3]();
  const question = (/** @type {ArticleRecord['faq'][number]} */ q) =>
    n % 2
      ? `<details><summary>${escape(q.question)}</summary><p>${escape(q.answer)}</p></details>`
      : `<h3>${escape(q.question)}</h3><p>${escape(q.answer)}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(record.name)} – Notes</title>
<style>body { margin: 0 }</style><script>window.dataLayer = [];</script></head><body>
<header class="site-header"><p><a href="/">Notes</a></p><nav><ul><li><a href="/a/">A</a></li><li><a href="/b/">B</a></li></ul></nav></header>
<main><article><header><h1>${escape(record.name)}</h1><p class="byline">By the editors · <time datetime="2026-11-${String((n % 28) + 1).padStart(2, '0')}">date</time></p></header>
<p>${escape(record.summary)}</p>
<h2>Quick facts</h2>${facts}
<h2>Key takeaways</h2><ul>${record.keyTakeaways.map((t) => `<li>${escape(t)}</li>`).join('\n')}</ul>
${record.sections.map((s) => `<section><h2 id="${s.id}">${escape(s.title)}</h2>${s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</section>`).join('\n')}
<h2>Frequently asked questions</h2>${record.faq.map(question).join('\n')}
</article><aside><h2>Related</h2><p>More notes.</p></aside></main>
<footer><p>© Notes</p></footer></body></html>
`;
}

/**
 * Generates the pages, imports them `runs` times, writes the section into `out`; returns the row.
 * @param {{ pages?: number, runs?: number, out?: string }} [options]
 * @returns {Promise<string>}
 */
export async function runImportBench({ pages: PAGES = 300, runs: RUNS = 3, out = 'BENCHMARKS.md' } = {}) {
  // The repository's own demo record, which the tests hold valid.
  const record = /** @type {ArticleRecord} */ (JSON.parse(await readFile(join(ROOT, 'demo', 'records', 'thymogen.json'), 'utf8')));
  const dir = await mkdtemp(join(os.tmpdir(), 'compound-card-import-bench-'));
  try {
    /** @type {string[]} */
    const files = [];
    for (let n = 1; n <= PAGES; n++) {
      const file = join(dir, `compound-${String(n).padStart(3, '0')}.html`);
      await writeFile(file, pageOf({ ...record, name: `${record.name} ${n}` }, n));
      files.push(file);
    }
    /** @type {number[]} */
    const rates = [];
    for (let run = 0; run < RUNS; run++) {
      const out = join(dir, `records-${run}`);
      const started = performance.now();
      const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'compound-card.mjs'), 'import', '--out', out, ...files], { encoding: 'utf8' });
      const seconds = (performance.now() - started) / 1000;
      const written = (await readdir(out)).length;
      if (result.status !== 0 || written !== PAGES) throw new Error(`import failed (exit ${result.status}, ${written} written): ${result.stderr.slice(0, 500)}`);
      rates.push(PAGES / seconds);
    }
    rates.sort((a, b) => a - b);
    const median = rates[Math.floor(rates.length / 2)];
    const row = `| \`compound-card import --out\`, ${PAGES} generated pages, one process | ${median.toFixed(0)} pages/s (runs: ${rates.map((r) => r.toFixed(0)).join(', ')}) |`;
    const section = `${HEADING}\n\n| what | pages per second (median of ${RUNS}) |\n|---|---|\n${row}\n\nEach page is a CMS post around the demo article (quick facts as \`<dl>\`, table or list; questions as \`<details>\` or \`<h3>\`); the time includes starting Node and writing the records. Written by \`node bench/import-pages.mjs\`.\n`;
    const target = resolve(ROOT, out);
    const report = existsSync(target) ? await readFile(target, 'utf8') : '';
    const at = report.indexOf(HEADING);
    const next = at < 0 ? -1 : report.indexOf('\n## ', at + HEADING.length);
    const updated = at < 0 ? `${report.trimEnd()}\n\n${section}` : `${report.slice(0, at)}${section}${next < 0 ? '' : report.slice(next + 1)}`;
    await writeFile(target, updated);
    return row;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { pages: { type: 'string', default: '300' }, runs: { type: 'string', default: '3' }, out: { type: 'string', default: 'BENCHMARKS.md' } },
  });
  console.log(await runImportBench({ pages: Number(values.pages), runs: Number(values.runs), out: values.out }));
}
