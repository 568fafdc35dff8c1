// The generated JSON Schema and the zod schema agree: on the demo record, on valid
// variants, and on records that break each rule JSON Schema can express.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// The same class as ajv's default export, which TypeScript, reading the CommonJS module by Node's rules, types as the whole module.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validateRecord } from '../../dist/esm/schema.js';

/**
 * A record as plain JSON, for the variants below to break on purpose: the fields
 * they change take any value of their JSON type, and keys the format does not
 * know may be added.
 * @typedef {{
 *   $schema?: string, schemaVersion?: number, id: string, name: string, summary?: string,
 *   quickFacts: { label: string, value?: string }[], keyTakeaways: string[],
 *   sections: { id: string, title: string, paragraphs: string[] }[],
 *   faq: { question: string, answer: string }[],
 *   references?: { title: string, url: string, type: string, source?: string, year?: number }[],
 *   updated?: string, [key: string]: unknown,
 * }} RecordJson
 */

/** @type {import('ajv/dist/2020.js').AnySchemaObject} */
const jsonSchema = JSON.parse(readFileSync('dist/compound-record.schema.json', 'utf8'));
/** @type {RecordJson} */
const demo = JSON.parse(readFileSync('demo/records/thymogen.json', 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const check = ajv.compile(jsonSchema);

/** @template T @param {T} value @returns {T} */
const clone = (value) => structuredClone(value);
/** The demo record with `change` made to a copy of it. @param {(record: RecordJson) => void} change */
const variant = (change) => {
  const record = clone(demo);
  change(record);
  return record;
};
const reference = { title: 'A study', url: 'https://example.org/study', type: 'study', source: 'Journal', year: 1995 };

const VALID = {
  'the demo record': demo,
  'the minimal record': { schemaVersion: 1, id: 'x', name: 'X' },
  'with references and a date': variant((r) => Object.assign(r, { references: [reference], updated: '2026-11-24' })),
  'with an unknown key': variant((r) => (r.somethingNew = { any: 'thing' })),
};

const INVALID = {
  'schemaVersion missing': variant((r) => delete r.schemaVersion),
  'schemaVersion 2': variant((r) => (r.schemaVersion = 2)),
  'id with capitals': variant((r) => (r.id = 'Thymogen')),
  'name empty': variant((r) => (r.name = '')),
  'name too long': variant((r) => (r.name = 'x'.repeat(121))),
  'summary too long': variant((r) => (r.summary = 'x'.repeat(501))),
  '31 quick facts': variant((r) => (r.quickFacts = Array(31).fill(r.quickFacts[0]))),
  'fact without value': variant((r) => delete r.quickFacts[0].value),
  'takeaway too long': variant((r) => (r.keyTakeaways[0] = 'x'.repeat(1001))),
  'section without paragraphs': variant((r) => (r.sections[0].paragraphs = [])),
  'section id with a space': variant((r) => (r.sections[0].id = 'how it works')),
  'FAQ answer empty': variant((r) => (r.faq[2].answer = '')),
  '51 FAQ items': variant((r) => (r.faq = Array(51).fill(r.faq[0]))),
  'javascript: URL': variant((r) => (r.references = [{ ...reference, url: 'javascript:alert(1)' }])),
  'relative URL': variant((r) => (r.references = [{ ...reference, url: '/study.html' }])),
  'unknown reference type': variant((r) => (r.references = [{ ...reference, type: 'blog' }])),
  'year 1799': variant((r) => (r.references = [{ ...reference, year: 1799 }])),
  'year not whole': variant((r) => (r.references = [{ ...reference, year: 1999.5 }])),
  'date in another format': variant((r) => (r.updated = '24/11/2026')),
  'not an object': [demo],
};

for (const [name, record] of Object.entries(VALID)) {
  test(`both accept ${name}`, () => {
    assert.equal(validateRecord(record).ok, true, 'zod');
    assert.equal(check(record), true, `JSON Schema: ${JSON.stringify(check.errors)}`);
  });
}

for (const [name, record] of Object.entries(INVALID)) {
  test(`both reject ${name}`, () => {
    assert.equal(validateRecord(record).ok, false, 'zod');
    assert.equal(check(record), false, 'JSON Schema');
  });
}

test('the demo record names the schema for editors', () => {
  assert.equal(demo.$schema, '../../dist/compound-record.schema.json');
});
