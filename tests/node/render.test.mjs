// `compound-card render` and the `./ssr` entry (README, "Render the card on the server"), run as a user would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { run, scratchFiles } from './helpers/command.mjs';
import { parseRecordText } from '../../dist/esm/schema.js';
import { cardStylesheet, InvalidRecordError, recordJsonLd, renderCard } from '../../dist/esm/ssr.js';

/**
 * @typedef {import('../../dist/esm/schema.js').CompoundRecord} CompoundRecord
 * @typedef {Extract<import('../../dist/esm/schema.js').RecordOutcome, { ok: true }>} ValidOutcome
 * @typedef {CompoundRecord & Required<Pick<CompoundRecord, 'summary' | 'quickFacts' | 'sections' | 'faq'>>} DemoRecord
 *   the demo record, which has a summary, quick facts, sections and an FAQ (no date, no references)
 * @typedef {{ '@type': string, name: string, acceptedAnswer: { '@type': string, text: string } }} JsonLdQuestion
 * @typedef {{ '@type': string, mainEntity: JsonLdQuestion[] }} JsonLdFaqPage the FAQPage node of the card's JSON-LD
 */

const { dir, file } = scratchFiles('render');
const demo = 'demo/records/thymogen.json';
// The demo record passes the card's check (`compound-card validate` is tested on it), so its outcome is the valid one.
const record = /** @type {DemoRecord} */ (/** @type {ValidOutcome} */ (parseRecordText(readFileSync(demo, 'utf8'))).value);

/**
 * The JSON inside the one `<script type="…">` of `html`.
 * @param {string} html
 * @param {string} type
 * @returns {unknown}
 */
const scriptJson = (html, type) => {
  const match = new RegExp(`<script type="${type}">([^<]*)</script>`).exec(html);
  assert.ok(match, `a ${type} script`);
  return JSON.parse(match[1]);
};

test('renders the card with a declarative shadow root and the record embedded: exit 0', () => {
  const result = run('render', demo);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  const html = result.stdout;
  assert.match(html, /^<compound-card status="ready" theme="light"><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(html, /<\/template><script type="application\/json">[^<]*<\/script><\/compound-card>\n$/);
  assert.deepEqual(scriptJson(html, 'application/json'), record);
  assert.equal(html.match(/shadowrootmode/g)?.length, 1);
  // Every text of the record, and the disclaimer.
  for (const text of [record.name, record.summary, record.faq[4].answer, record.sections[3].paragraphs[2], record.quickFacts[6].value]) {
    assert.ok(html.includes(`>${text}<`), text.slice(0, 30));
  }
  assert.match(html, /<div role="note" class="disclaimer">Not approved by the U\.S\. Food and Drug Administration \(FDA\)/);
  assert.ok(!html.includes('<!--'), 'no comments: the hydration markers are removed');
});

test('the API writes what the command writes', () => {
  assert.equal(renderCard(record, { jsonLd: true, theme: 'dark' }) + '\n', run('render', '--json-ld', '--theme', 'dark', demo).stdout);
});

test('every option', () => {
  const html = (/** @type {string[]} */ ...args) => {
    const result = run('render', ...args, demo);
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  };
  assert.match(html('--heading-level', '4'), /<compound-card heading-level="4"[^>]*>.*<h4 id="title" class="title" part="title">Thymogen<\/h4>.*<h5[^>]*class="block-title"/s);
  const faqOnly = html('--sections', 'faq references');
  assert.match(faqOnly, /^<compound-card sections="faq references"/);
  assert.ok(!faqOnly.includes('part="facts"') && !faqOnly.includes('part="takeaways"') && faqOnly.includes('part="faq"'));
  const collapsed = html('--facts-collapsed');
  assert.match(collapsed, /^<compound-card facts-collapsed /);
  assert.match(collapsed, /id="facts-toggle" aria-expanded="false"/);
  assert.match(collapsed, /id="facts-panel"[^>]*hidden="until-found"/);
  assert.match(html(), /id="facts-toggle" aria-expanded="true"/);
  assert.match(html('--faq-mode', 'single'), /^<compound-card faq-mode="single"/);
  assert.match(html('--theme', 'dark'), /^<compound-card theme="dark"[^>]*>.*class="card dark"/s);
  const french = html('--lang', 'fr');
  assert.match(french, /^<compound-card lang="fr"/);
  assert.match(french, /Non approuvé par la Food and Drug Administration/);
  const linked = html('--stylesheet', '/assets/compound-card.css?v=1&x="y"');
  assert.match(linked, /<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="\/assets\/compound-card\.css\?v=1&#38;x=&#34;y&#34;"><article/);
  assert.ok(!linked.includes('<style>'));
  const withJsonLd = html('--json-ld');
  assert.match(withJsonLd, /<\/compound-card>\n<script type="application\/ld\+json">/);
  assert.deepEqual(scriptJson(withJsonLd, 'application/ld\\+json'), recordJsonLd(record));
});

test('an invalid record: exit 1, the problems validate prints on stderr, nothing on stdout', () => {
  const invalid = file('invalid.json', JSON.stringify({ schemaVersion: 1, id: 'X', name: '', faq: [{ question: 'Q', answer: '' }] }));
  const result = run('render', invalid);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, run('validate', invalid).stdout);
  assert.match(result.stderr, /invalid\.json: faq\[0\]\.answer: must not be empty/);
  const broken = file('broken.json', '{ "schemaVersion": 1,');
  assert.equal(run('render', broken).status, 1);
  assert.throws(() => renderCard({ schemaVersion: 1, id: 'x' }), (err) => err instanceof InvalidRecordError && err.issues.includes('name: is required'));
});

test('usage errors and unreadable files: exit 2', () => {
  for (const args of [
    ['render'],
    ['render', demo, demo],
    ['render', '--heading-level', '9', demo],
    ['render', '--heading-level', 'two', demo],
    ['render', '--sections', 'facts gallery', demo],
    ['render', '--faq-mode', 'some', demo],
    ['render', '--theme', 'blue', demo],
    ['render', '--lang', 'e n', demo],
    ['render', '--stylesheet', demo],
    ['render', '--shiny', demo],
    ['render', join(dir, 'missing.json')],
    ['render', dir],
  ]) {
    const result = run(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
    assert.match(result.stderr, /compound-card render/, args.join(' '));
  }
  assert.throws(() => renderCard(record, { headingLevel: 0 }), RangeError);
});

test('JSON-LD: a MedicalWebPage about the compound and an FAQPage question for question', () => {
  /** @type {CompoundRecord} */
  const full = { ...record, updated: '2026-11-24', references: [{ title: 'A trial', url: 'https://example.org/t', type: 'study', source: 'A journal', year: 1995 }] };
  const jsonLd = recordJsonLd(full);
  assert.equal(jsonLd['@context'], 'https://schema.org');
  const [page, faq] = jsonLd['@graph'];
  assert.deepEqual(page, {
    '@type': 'MedicalWebPage',
    name: 'Thymogen',
    about: { '@type': 'Substance', name: 'Thymogen' },
    description: record.summary,
    lastReviewed: '2026-11-24',
    citation: [{ '@type': 'CreativeWork', name: 'A trial', url: 'https://example.org/t', isPartOf: { '@type': 'CreativeWork', name: 'A journal' }, datePublished: '1995' }],
  });
  // The second node is the FAQPage (asserted next), whose questions are read below.
  const faqPage = /** @type {JsonLdFaqPage} */ (faq);
  assert.equal(faqPage['@type'], 'FAQPage');
  assert.deepEqual(
    faqPage.mainEntity.map((question) => [question['@type'], question.name, question.acceptedAnswer['@type'], question.acceptedAnswer.text]),
    record.faq.map((item) => ['Question', item.question, 'Answer', item.answer]),
  );
  // Nothing the record does not state: the demo record has no date and no references.
  const [demoPage] = recordJsonLd(record)['@graph'];
  assert.deepEqual(Object.keys(demoPage).sort(), ['@type', 'about', 'description', 'name']);
  // A block the card does not show is not described either.
  assert.equal(recordJsonLd(full, { sections: 'facts article' })['@graph'].length, 1);
});

test('escaping: no record text can end the template, a script, an attribute or a comment', () => {
  const hostile = '</template></script><!-- --></compound-card>"\'<script>x</script>\u2028&amp;';
  const html = renderCard(
    { ...record, name: hostile.slice(0, 120), summary: hostile, faq: [{ question: hostile, answer: hostile }] },
    { jsonLd: true },
  );
  assert.equal(html.match(/<\/template>/g)?.length, 1);
  assert.equal(html.match(/<\/script>/g)?.length, 2);
  assert.equal(html.match(/<\/compound-card>/g)?.length, 1);
  assert.ok(!html.includes('<!--'));
  assert.ok(html.includes('&lt;/template&gt;&lt;/script&gt;&lt;!-- --&gt;'));
  assert.equal(/** @type {CompoundRecord} */ (scriptJson(html, 'application/json')).summary, hostile);
  assert.equal(/** @type {{ '@graph': [unknown, JsonLdFaqPage] }} */ (scriptJson(html, 'application/ld\\+json'))['@graph'][1].mainEntity[0].name, hostile);
});

test('a rendered card\'s inline stylesheet leaves out what its markup cannot use: the placeholder, the error and the other themes', () => {
  const inline = (/** @type {import('../../dist/esm/ssr.js').RenderOptions} */ options) => {
    const css = /<style>([^]*?)<\/style>/.exec(renderCard(record, options))?.[1];
    assert.ok(css);
    return css;
  };
  const whole = cardStylesheet();
  const leftOut = ['.placeholder{min-height:', '.bone{height:', '.error{border:', '.issues{margin:', '.card.dark{', '.card.auto{'];
  for (const rule of leftOut) assert.ok(whole.includes(rule), rule);
  const themes = /** @type {const} */ ({ light: [], dark: ['.card.dark{'], auto: ['@media (prefers-color-scheme:dark){.card.auto{'] });
  for (const [theme, kept] of Object.entries(themes)) {
    const css = inline({ theme: /** @type {keyof typeof themes} */ (theme) });
    for (const rule of leftOut) {
      assert.equal(css.includes(rule), kept.some((keep) => keep.endsWith(rule)), `${theme}: ${rule}`);
    }
    // Everything else is there, in the same order: the whole sheet less the parts left out.
    for (const rule of ['.card{--_font-family:', '.toggle::after{', '.card>.disclaimer{', '@media print{', '@media (forced-colors:active){', '@media (scripting:none){']) {
      assert.ok(css.includes(rule), `${theme}: ${rule}`);
    }
    assert.ok(css.length < whole.length - 600, `${theme}: ${css.length} of ${whole.length} characters`);
  }
  assert.equal(inline({}), inline({ theme: 'light' }));
  // The linked stylesheet serves every theme.
  assert.ok(!renderCard(record, { stylesheet: '/compound-card.css', theme: 'dark' }).includes('<style>'));
});

test('dist/compound-card.css holds the card\'s styles and the no-script rules', () => {
  const css = readFileSync('dist/compound-card.css', 'utf8');
  assert.ok(css.endsWith(`${cardStylesheet()}\n`));
  for (const rule of [/\.card>\.disclaimer\{/, /--_disclaimer-background:/, /@media \(scripting:none\)\{\.panel\[hidden\]/, /@media print\{/]) {
    assert.match(css, rule);
  }
});
