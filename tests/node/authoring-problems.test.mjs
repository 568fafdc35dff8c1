// Every kind of problem an article can have, each with the exact line it points at
// and the exact words, one row per kind (README, "Author records in Markdown").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importArticle, problemText } from '../../dist/esm/authoring.js';

/** An article from its lines; `body` starts on line 7, after the front matter, the title and a blank line. */
const lines = (/** @type {string[]} */ ...all) => `${all.join('\n')}\n`;
const article = (/** @type {string[]} */ ...body) => lines('---', 'id: x', '---', '', '# X', '', ...body);

/** @type {[kind: string, markdown: string, expected: [line: number | null, problem: string][]][]} */
const CASES = [
  // Front matter and title.
  ['no front matter', lines('# X'), [[null, 'no front matter: start the article with the lines "---", "id: your-id" and "---"']]],
  ['front matter never closed', lines('---', 'id: x', '', '# X'), [
    [1, 'the front matter is not closed: end it with a line "---"'],
    [2, 'only the front matter may come before the "# Title" heading'],
  ]],
  ['missing id', lines('---', 'updated: 2026-01-01', '---', '', '# X'), [[1, 'front matter has no id: add a line "id: your-id" (a-z, 0-9 and -)']]],
  ['front matter not YAML', lines('---', 'id: x', 'updated: [2026', '---', '', '# X'), [
    [3, 'front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ]],
  ['front matter not a mapping', lines('---', '- id', '---', '', '# X'), [[2, 'front matter must be "key: value" lines, e.g. "id: thymogen"']]],
  ['id not one value', lines('---', 'id:', '  - x', '---', '', '# X'), [[2, 'front matter id must be one value, e.g. "id: thymogen"']]],
  ['missing title', lines('---', 'id: x', '---', '', '## Overview', '', 'Text.'), [[null, 'no title: the article needs a "# Title" heading, which gives the record its name']]],
  ['text before the title', lines('---', 'id: x', '---', '', 'Hello.', '', '# X'), [[5, 'only the front matter may come before the "# Title" heading']]],
  ['a second title', article('# Y'), [[7, 'a second "# " title: an article has one (start a section with "## ")']]],
  ['two paragraphs after the title', article('Summary.', '', 'More.'), [[9, 'only one paragraph, the summary, may follow the title: start a section with "## Heading"']]],
  ['a list after the title', article('- a'), [[7, 'a list cannot stand between the title and the first "## " heading']]],

  // Blocks.
  ['a fact without a colon', article('## Quick facts', '', '- Class: peptide', '- Injectable'), [[10, 'quick fact "Injectable" has no colon: write it as "Label: value"']]],
  ['a duplicate fact label, as in the seed', article('## Quick facts', '', '- **Class:** a', '- **US status:** b', '- class: c'), [
    [11, 'quick fact "class" is listed twice (first on line 9)'],
  ]],
  ['a fact holding a list', article('## Quick facts', '', '- Class: a', '  - b'), [[9, 'each item under "## Quick facts" is one paragraph; this one also holds a list']]],
  ['a paragraph where a list belongs', article('## Key takeaways', '', 'One takeaway.'), [[9, 'a paragraph cannot stand under "## Key takeaways": only a list is read there']]],
  ['a reference without a link', article('## References', '', '- Study: Thymogen trial, Vestnik, 1995'), [
    [9, 'reference "Study: Thymogen trial, Vestnik, 1995" has no link: write it as "Study: [Title](https://…)"'],
  ]],
  ['a reference with an unknown type', article('## References', '', '- Paper: [Trial](https://example.org)'), [[9, 'unknown reference type "Paper": use Study, Regulator or Reference']]],
  ['a reference without a type', article('## References', '', '- [Trial](https://example.org)'), [
    [9, 'a reference starts with its type and a colon, e.g. "Study: [Title](https://…)"; the type is Study, Regulator or Reference'],
  ]],
  ['a reference with more after the link', article('## References', '', '- Study: [Trial](https://example.org) in Vestnik'), [
    [9, 'after the link a reference may have only ", Source" and ", Year"'],
  ]],
  ['an empty answer', article('## FAQ', '', '### Is it approved?', '', '### Is it safe?', '', 'Data are limited.'), [
    [9, 'question "Is it approved?" has no answer: write it as paragraphs below the question'],
  ]],
  ['an answer before any question', article('## Frequently asked questions', '', 'Stray.', '', '### Q?', '', 'A.'), [
    [9, 'under "## Frequently asked questions" each question starts with a "### " heading before its answer'],
  ]],
  ['a section whose slug collides', article('## Overview', '', 'A.', '', '## Overview!', '', 'B.'), [
    [11, 'section id "overview" is already used by the section on line 7: give this one its own, e.g. "## Overview! {#overview-2}"'],
  ]],
  ['a heading that gives no id', article('## Обзор', '', 'Текст.'), [
    [7, 'heading "Обзор" gives no id (it has no letter a-z or digit): write one after it, e.g. "## Обзор {#section-1}"'],
  ]],
  ['a block given twice', article('## Quick facts', '', '- a: b', '', '## quick facts', '', '- c: d'), [
    [11, 'a second "## Quick facts" block (the first is on line 7): an article has one'],
  ]],
  ['a question heading in a section', article('## Overview', '', 'A.', '', '### Why?', '', 'B.'), [
    [11, '"### " headings are questions, read only under "## Frequently asked questions"'],
  ]],
  ['a code block in a section', article('## Overview', '', 'A.', '', '```', 'x', '```'), [[11, 'a code block cannot stand in a section: a section holds paragraphs']]],
  ['raw HTML in a section', article('## Overview', '', 'A.', '', '<div>x</div>'), [[11, 'raw HTML cannot stand in a section: a section holds paragraphs']]],
  ['a quote in an answer', article('## FAQ', '', '### Q?', '', '> A.'), [
    [9, 'question "Q?" has no answer: write it as paragraphs below the question'],
    [11, 'a block quote cannot stand in an answer: an answer is made of paragraphs'],
  ]],

  // The record's own rules, each on the line its value came from.
  ['an id the schema refuses', lines('---', 'id: Thymogen', 'updated: 2026-02-30', '---', '', '# X'), [
    [2, 'id: must be 1 to 64 characters of a-z, 0-9 and -'],
    [3, 'updated: must be a date written YYYY-MM-DD'],
  ]],
  ['a name too long', lines('---', 'id: x', '---', '', `# ${'n'.repeat(121)}`), [[5, 'name: must be at most 120 characters']]],
  ['a summary too long', article('s'.repeat(501)), [[7, 'summary: must be at most 500 characters']]],
  ['an empty fact value', article('## Quick facts', '', '- A: 1', '- B: 2', '- **C:**'), [[11, 'quickFacts[2].value: must not be empty']]],
  ['too many takeaways', article('## Key takeaways', '', ...Array.from({ length: 21 }, (_, i) => `- T${i}`)), [[7, 'keyTakeaways: must have at most 20 items']]],
  ['too many sections', article(...Array.from({ length: 21 }, (_, i) => [`## S${i}`, '', 'Text.', '']).flat()), [[7, 'sections: must have at most 20 items']]],
  ['an empty takeaway', article('## Key takeaways', '', '- One', '-'), [[10, 'keyTakeaways[1]: must not be empty']]],
  ['a section without paragraphs', article('## Overview', '', '## History', '', 'Text.'), [[7, 'sections[0].paragraphs: must have at least 1 item']]],
  ['a section id written wrong', article('## Overview {#Over_view}', '', 'Text.'), [[7, 'sections[0].id: must be 1 to 64 characters of a-z, 0-9 and -']]],
  ['a paragraph too long', article('## Overview', '', 'A.', '', 'p'.repeat(4001)), [[11, 'sections[0].paragraphs[1]: must be at most 4000 characters']]],
  ['an answer too long', article('## FAQ', '', '### Q?', '', 'a'.repeat(2000), '', 'b'.repeat(2000)), [[11, 'faq[0].answer: must be at most 4000 characters']]],
  ['a reference the schema refuses', article('## References', '', '- Study: [A](https://a.example), One', '- Study: [B](javascript:alert(1)), Vestnik, 1700'), [
    [10, 'references[1].url: must be an http(s) URL'],
    [10, 'references[1].year: must be at least 1800'],
  ]],
];

for (const [kind, markdown, expected] of CASES) {
  test(kind, () => {
    const result = importArticle(markdown);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((problem) => [problem.line, problemText(problem)]),
      expected,
    );
  });
}

test('problems come in line order, at most 100 and a count of the rest', () => {
  const result = importArticle(article('## Quick facts', '', ...Array.from({ length: 150 }, (_, i) => `- fact ${i}`)));
  assert.equal(result.ok, false);
  assert.equal(result.problems.length, 101);
  assert.deepEqual(result.problems[0], { line: 9, message: 'quick fact "fact 0" has no colon: write it as "Label: value"' });
  assert.deepEqual(result.problems.at(-1), { line: null, message: '…and 50 more problems' });
  // Found in the order: title, facts, then the record check of the id and the section.
  const ordered = importArticle(lines('---', 'id: Bad', '---', '', '## Overview', '', '## Quick facts', '', '- a'));
  assert.equal(ordered.ok, false);
  assert.deepEqual(ordered.problems.map((problem) => problem.line), [null, 2, 5, 9]);
});

test('what authors write besides what export writes: bold outside the colon, wrapped lines, FAQ, setext, comments, CRLF', () => {
  const written = [
    '\uFEFF---',
    'id: thymogen',
    'updated: 2026-11-24',
    'layout: card.njk',
    '---',
    '',
    'Thymogen',
    '========',
    '',
    '<!-- summary below -->',
    'A *synthetic*',
    '   dipeptide.',
    '',
    '## QUICK  FACTS',
    '',
    '* **Class**: peptide',
    '* Ratio\\: mass: 1:2',
    '',
    '---',
    '',
    'Research & evidence',
    '-------------------',
    '',
    'Studied in `Russia`,  mostly.\\',
    'Second line.',
    '',
    '## faq',
    '',
    '### Is it *approved*?',
    '',
    'No.',
    '',
    'Not in [the US](https://fda.gov).',
    '',
    '## References',
    '',
    '1. regulator: [FDA, page](https://fda.gov "title"), U.S. FDA\\, CDER, 2024',
  ].join('\r\n');
  const result = importArticle(written);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  assert.deepEqual(result.record, {
    schemaVersion: 1,
    id: 'thymogen',
    name: 'Thymogen',
    summary: 'A synthetic dipeptide.',
    quickFacts: [
      { label: 'Class', value: 'peptide' },
      { label: 'Ratio: mass', value: '1:2' },
    ],
    sections: [{ id: 'research-and-evidence', title: 'Research & evidence', paragraphs: ['Studied in Russia,  mostly.\nSecond line.'] }],
    faq: [{ question: 'Is it approved?', answer: 'No.\n\nNot in the US.' }],
    references: [{ title: 'FDA, page', url: 'https://fda.gov', type: 'regulator', source: 'U.S. FDA, CDER', year: 2024 }],
    updated: '2026-11-24',
  });
});

test('importArticle never throws, whatever it is given', () => {
  for (const input of [undefined, null, 42, {}, ['# X']]) {
    // Plain JavaScript callers can pass anything: the importer must answer, not throw.
    assert.deepEqual(importArticle(/** @type {string} */ (/** @type {unknown} */ (input))), { ok: false, problems: [{ line: null, message: 'the article must be text' }] });
  }
});
