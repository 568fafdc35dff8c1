// The Eleventy demo site (demo/site/), built as `npm run site:build` builds it but
// from a temporary copy of its records into a temporary directory, so that bad
// records can be added and demo/site/_site/ is left alone. Needs dist/ (npm run build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';

/** The files the site renders by default (demo/site/_data/records.js). */
const SOURCES = ['demo/records/thymogen.json', ...readdirSync('demo/site/records').filter((name) => name.endsWith('.json')).map((name) => `demo/site/records/${name}`)];

/** @type {string[]} */
const temporary = [];
after(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * Builds the site from a copy of its records plus `extra` files (name → text), into a fresh directory.
 * @param {Record<string, string>} [extra]
 */
function build(extra = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'compound-card-site-'));
  temporary.push(dir);
  const records = join(dir, 'records');
  const output = join(dir, '_site');
  mkdirSync(records);
  for (const source of SOURCES) copyFileSync(source, join(records, basename(source)));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(records, name), text);
  const result = spawnSync('npx', ['eleventy', '--config=demo/site/eleventy.config.mjs', `--output=${output}`], {
    encoding: 'utf8',
    env: { ...process.env, COMPOUND_CARD_SITE_RECORDS: records },
  });
  return { ...result, records, output, log: `${result.stdout}${result.stderr}` };
}

/** Eleventy's "Original error stack trace:" and `at …` lines (each line prefixed by `[11ty]`). */
const STACK_TRACE = /stack trace|^\S*\s+at .*:\d+:\d+\)?$/m;
const sha384 = (/** @type {Buffer} */ bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const escapeHtml = (/** @type {string} */ text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The JSON-LD nodes the cards are followed by, as far as these tests read them.
 * @typedef {{
 *   '@context'?: string, '@type'?: string | string[], '@graph'?: JsonLdNode[],
 *   mainEntity?: { '@type': string, name: string, acceptedAnswer: { text: string } }[],
 *   about?: { name?: string },
 * }} JsonLdNode
 * @typedef {import('../../dist/esm/schema.js').CompoundRecord} CompoundRecord
 */

/**
 * Each card of the page with what follows it: the element's opening tag, what it
 * holds (the declarative shadow root, then the embedded record), and its JSON-LD.
 */
const CARD = /<compound-card\b([^>]*)>([\s\S]*?)<script type="application\/json">([\s\S]*?)<\/script><\/compound-card>\s*(?:<script type="application\/ld\+json">([\s\S]*?)<\/script>)?/g;
/**
 * @param {string} html
 * @returns {{ attributes: string, shadow: string, embedded: CompoundRecord, jsonLd: JsonLdNode | undefined }[]}
 */
const cardsOf = (html) =>
  [...html.matchAll(CARD)].map(([, attributes, shadow, embedded, jsonLd]) => ({ attributes, shadow, embedded: JSON.parse(embedded), jsonLd: jsonLd && JSON.parse(jsonLd) }));

const nodesOf = (/** @type {JsonLdNode} */ data) => [data, ...(data['@graph'] ?? [])];
const hasType = (/** @type {JsonLdNode} */ node, /** @type {string} */ type) => [node['@type']].flat().includes(type);

// Both set by `before`, which runs ahead of every test.
/** @type {ReturnType<typeof build>} */
let site;
/** @type {string} */
let html;
before(() => {
  site = build();
  assert.equal(site.status, 0, site.log);
  html = readFileSync(join(site.output, 'index.html'), 'utf8');
});

test('every record is on the page as a server-rendered card: a declarative shadow root, the record embedded', () => {
  // The site shows a directory's records in file name order; `$schema` is for editors and is not embedded.
  const records = SOURCES.toSorted((a, b) => (basename(a) < basename(b) ? -1 : 1)).map((source) => {
    /** @type {CompoundRecord & { $schema?: unknown }} */
    const { $schema, ...record } = JSON.parse(readFileSync(source, 'utf8'));
    assert.ok($schema === undefined || typeof $schema === 'string');
    return record;
  });
  const cards = cardsOf(html);
  assert.equal(cards.length, records.length);
  assert.equal(html.split('<compound-card').length - 1, records.length, 'no card the pattern missed');
  for (const [index, record] of records.entries()) {
    const card = cards[index];
    assert.match(card.attributes, /\bstatus="ready"/, record.id);
    assert.match(card.shadow, /^<template shadowroot="open" shadowrootmode="open">[\s\S]*<\/template>$/, `${record.id}: one declarative shadow root`);
    assert.ok(card.shadow.includes(`>${escapeHtml(record.name)}</h2>`), `${record.id}: its title as an h2 under the page's h1`);
    assert.ok(card.shadow.includes('role="note"'), `${record.id}: the disclaimer`);
    assert.deepEqual(card.embedded, record, `${record.id}: the record embedded, so the bundle needs no request`);
  }
});

test('each card is followed by JSON-LD whose FAQPage has the record\'s FAQ, question for question', () => {
  const cards = cardsOf(html);
  assert.equal(html.split('application/ld+json').length - 1, cards.length);
  for (const { embedded: record, jsonLd } of cards) {
    assert.ok(jsonLd, `${record.id}: JSON-LD after the card`);
    assert.equal(jsonLd['@context'], 'https://schema.org', record.id);
    const faqPages = nodesOf(jsonLd).filter((node) => hasType(node, 'FAQPage'));
    assert.equal(faqPages.length, 1, `${record.id}: one FAQPage`);
    assert.deepEqual(
      // An FAQPage has questions, and every record here has an FAQ.
      /** @type {NonNullable<JsonLdNode['mainEntity']>} */ (faqPages[0].mainEntity).map((question) => [question['@type'], question.name, question.acceptedAnswer.text]),
      /** @type {NonNullable<CompoundRecord['faq']>} */ (record.faq).map((item) => ['Question', item.question, item.answer]),
      record.id,
    );
    const page = nodesOf(jsonLd).find((node) => hasType(node, 'MedicalWebPage'));
    assert.equal(page?.about?.name, record.name, `${record.id}: a MedicalWebPage about it`);
  }
});

test('the page loads the copied bundle by a relative URL, pinned by its integrity value', () => {
  const bundle = readFileSync(join(site.output, 'compound-card.js'));
  assert.deepEqual(bundle, readFileSync('dist/compound-card.js'), 'the package\'s bundle, byte for byte');
  assert.equal(sha384(bundle), readFileSync('dist/compound-card.js.sri', 'utf8').trim(), 'the value the package publishes');
  assert.ok(html.includes(`<script defer src="compound-card.js" integrity="${sha384(bundle)}" crossorigin="anonymous"></script>`));
  // The cards' own links are absolute (references) or fragments; the page's must be relative and present.
  const pageUrls = [...html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]*)"/g)].map(([, url]) => url);
  assert.deepEqual(pageUrls.toSorted(), ['compound-card.js', 'favicon.svg', 'site.css']);
  for (const url of pageUrls) assert.ok(readdirSync(site.output).includes(url), `${url} is in the output`);
});

test('an invalid record stops the build with its file and its path: problem lines, no stack trace', () => {
  const invalid = JSON.stringify({ schemaVersion: 1, id: 'broken-record', name: '', faq: [{ question: 'Q?', answer: '' }] });
  const result = build({ 'zz-invalid.json': invalid });
  assert.notEqual(result.status, 0);
  assert.ok(result.log.includes(`${join(result.records, 'zz-invalid.json')} is not a valid compound record:`), result.log);
  // One `path: problem` line per issue; Eleventy adds "(via …)" to the message's last line.
  assert.match(result.log, /^\S*\s+name: must not be empty$/m);
  assert.match(result.log, /^\S*\s+faq\[0\]\.answer: must not be empty( \(via SiteBuildError\))?$/m);
  assert.doesNotMatch(result.log, STACK_TRACE, 'no stack trace');
});

test('a record file that is not JSON stops the build with its file, no stack trace', () => {
  const result = build({ 'zz-broken.json': '{ "schemaVersion": 1, ' });
  assert.notEqual(result.status, 0);
  assert.ok(result.log.includes(`${join(result.records, 'zz-broken.json')}: not valid JSON`), result.log);
  assert.doesNotMatch(result.log, STACK_TRACE, 'no stack trace');
});
