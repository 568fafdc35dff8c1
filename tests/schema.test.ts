import { expect } from '@open-wc/testing';
import { describeProblem, parseRecordText, validateRecord } from '../src/record/validate.js';
import type { CompoundRecord } from '../src/record/schema.js';
import { clone, thymogen } from './helpers.js';

type Breaker = (record: Record<string, any>) => void;

const long = (n: number) => 'x'.repeat(n);
const many = <T>(n: number, item: T) => Array.from({ length: n }, () => clone(item));

const reference = { title: 'A study', url: 'https://example.org/study', type: 'study', source: 'Journal', year: 1995 };

/** Each rule of the record format (README, "The record (format v1)") broken once, with the issue it must produce. */
const BROKEN: [string, Breaker, string][] = [
  ['schemaVersion missing', (r) => delete r.schemaVersion, 'schemaVersion: is required'],
  ['schemaVersion as text', (r) => (r.schemaVersion = '1'), 'schemaVersion: must be 1'],
  ['id missing', (r) => delete r.id, 'id: is required'],
  ['id with capitals', (r) => (r.id = 'Thymogen'), 'id: must be 1 to 64 characters of a-z, 0-9 and -'],
  ['id too long', (r) => (r.id = 'a'.repeat(65)), 'id: must be 1 to 64 characters of a-z, 0-9 and -'],
  ['id empty', (r) => (r.id = ''), 'id: must be 1 to 64 characters of a-z, 0-9 and -'],
  ['name empty', (r) => (r.name = ''), 'name: must not be empty'],
  ['name too long', (r) => (r.name = long(121)), 'name: must be at most 120 characters'],
  ['name not text', (r) => (r.name = 5), 'name: must be text'],
  ['summary too long', (r) => (r.summary = long(501)), 'summary: must be at most 500 characters'],
  ['summary empty', (r) => (r.summary = ''), 'summary: must not be empty'],
  ['too many quick facts', (r) => (r.quickFacts = many(31, r.quickFacts[0])), 'quickFacts: must have at most 30 items'],
  ['fact label too long', (r) => (r.quickFacts[0].label = long(81)), 'quickFacts[0].label: must be at most 80 characters'],
  ['fact value empty', (r) => (r.quickFacts[1].value = ''), 'quickFacts[1].value: must not be empty'],
  ['fact value too long', (r) => (r.quickFacts[1].value = long(501)), 'quickFacts[1].value: must be at most 500 characters'],
  ['quickFacts not a list', (r) => (r.quickFacts = {}), 'quickFacts: must be a list'],
  ['too many takeaways', (r) => (r.keyTakeaways = many(21, 'x')), 'keyTakeaways: must have at most 20 items'],
  ['takeaway too long', (r) => (r.keyTakeaways[2] = long(1001)), 'keyTakeaways[2]: must be at most 1000 characters'],
  ['too many sections', (r) => (r.sections = many(21, r.sections[0])), 'sections: must have at most 20 items'],
  ['section id not a slug', (r) => (r.sections[0].id = 'Over view'), 'sections[0].id: must be 1 to 64 characters of a-z, 0-9 and -'],
  ['section title too long', (r) => (r.sections[1].title = long(121)), 'sections[1].title: must be at most 120 characters'],
  ['section without paragraphs', (r) => (r.sections[2].paragraphs = []), 'sections[2].paragraphs: must have at least 1 item'],
  ['too many paragraphs', (r) => (r.sections[2].paragraphs = many(51, 'p')), 'sections[2].paragraphs: must have at most 50 items'],
  ['paragraph too long', (r) => (r.sections[3].paragraphs[0] = long(4001)), 'sections[3].paragraphs[0]: must be at most 4000 characters'],
  ['too many FAQ items', (r) => (r.faq = many(51, r.faq[0])), 'faq: must have at most 50 items'],
  ['FAQ answer empty', (r) => (r.faq[2].answer = ''), 'faq[2].answer: must not be empty'],
  ['FAQ question too long', (r) => (r.faq[0].question = long(301)), 'faq[0].question: must be at most 300 characters'],
  ['FAQ answer too long', (r) => (r.faq[4].answer = long(4001)), 'faq[4].answer: must be at most 4000 characters'],
  ['too many references', (r) => (r.references = many(101, reference)), 'references: must have at most 100 items'],
  ['reference title empty', (r) => (r.references = [{ ...reference, title: '' }]), 'references[0].title: must not be empty'],
  ['reference title too long', (r) => (r.references = [{ ...reference, title: long(301) }]), 'references[0].title: must be at most 300 characters'],
  ['javascript: URL', (r) => (r.references = [reference, { ...reference, url: 'javascript:alert(1)' }]), 'references[1].url: must be an http(s) URL'],
  ['relative URL', (r) => (r.references = [{ ...reference, url: '/study' }]), 'references[0].url: must be an http(s) URL'],
  ['ftp URL', (r) => (r.references = [{ ...reference, url: 'ftp://example.org/a' }]), 'references[0].url: must be an http(s) URL'],
  ['unknown reference type', (r) => (r.references = [{ ...reference, type: 'blog' }]), 'references[0].type: must be study, regulator or reference'],
  ['source too long', (r) => (r.references = [{ ...reference, source: long(201) }]), 'references[0].source: must be at most 200 characters'],
  ['year too early', (r) => (r.references = [{ ...reference, year: 1799 }]), 'references[0].year: must be at least 1800'],
  ['year too late', (r) => (r.references = [{ ...reference, year: 2101 }]), 'references[0].year: must be at most 2100'],
  ['year not whole', (r) => (r.references = [{ ...reference, year: 1999.5 }]), 'references[0].year: must be a whole number'],
  ['updated not a date', (r) => (r.updated = '24/11/2026'), 'updated: must be a date written YYYY-MM-DD'],
  ['updated not a real day', (r) => (r.updated = '2026-02-30'), 'updated: must be a date written YYYY-MM-DD'],
];

describe('record schema', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('accepts the full Thymogen record as it is, dropping only its editor-only $schema key', () => {
    const outcome = validateRecord(record);
    expect(outcome.ok, JSON.stringify(outcome)).to.equal(true);
    const { $schema, ...content } = record as CompoundRecord & { $schema?: string };
    expect($schema).to.equal('../../dist/compound-record.schema.json');
    if (outcome.ok) expect(outcome.value).to.deep.equal(content);
  });

  it('accepts a record with every optional field, including references and a date', () => {
    const full = { ...clone(record), references: [reference], updated: '2026-11-24' };
    expect(validateRecord(full).ok).to.equal(true);
  });

  it('accepts the minimal record: schemaVersion, id and name', () => {
    expect(validateRecord({ schemaVersion: 1, id: 'x', name: 'X' }).ok).to.equal(true);
  });

  for (const [rule, breakIt, issue] of BROKEN) {
    it(`reports ${rule} as "${issue}"`, () => {
      const broken = clone(record) as Record<string, any>;
      breakIt(broken);
      const outcome = validateRecord(broken);
      expect(outcome.ok).to.equal(false);
      if (outcome.ok) return;
      expect(outcome.error.kind).to.equal('invalid');
      expect(outcome.error.problems!.map(describeProblem)).to.include(issue);
    });
  }

  it('reports every issue, not only the first', () => {
    const broken = clone(record) as Record<string, any>;
    broken.name = '';
    broken.faq[1].question = '';
    const outcome = validateRecord(broken);
    expect(outcome.ok ? [] : outcome.error.problems).to.have.deep.members([
      { path: 'name', message: 'must not be empty' },
      { path: 'faq[1].question', message: 'must not be empty' },
    ]);
  });

  it('reports any other schemaVersion number as unsupported-version', () => {
    for (const version of [2, 0, 1.5, -1]) {
      const outcome = validateRecord({ ...clone(record), schemaVersion: version });
      expect(outcome.ok ? '' : outcome.error.kind, String(version)).to.equal('unsupported-version');
    }
  });

  it('rejects values that are not records', () => {
    for (const value of [null, undefined, 42, 'thymogen', [], true]) {
      const outcome = validateRecord(value);
      expect(outcome.ok ? '' : outcome.error.kind).to.equal('invalid');
      expect(outcome.ok ? '' : describeProblem(outcome.error.problems![0]!)).to.match(/^\(record\): must be an object|^\(record\): is required/);
    }
  });

  it('ignores unknown keys and never copies them onto the record', () => {
    const text = JSON.stringify({ ...clone(record), extra: 'x' }).replace('{', '{"__proto__":{"polluted":true},');
    const outcome = parseRecordText(text);
    expect(outcome.ok).to.equal(true);
    if (!outcome.ok) return;
    expect(Object.keys(outcome.value)).to.not.include('extra');
    expect(Object.hasOwn(outcome.value, '__proto__')).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reports malformed JSON with its position', () => {
    const outcome = parseRecordText('{\n  "schemaVersion": 1,\n  "id": }');
    expect(outcome.ok ? '' : outcome.error.kind).to.equal('parse');
    expect(outcome.ok ? {} : { line: outcome.error.line, column: outcome.error.column }).to.deep.equal({ line: 3, column: 9 });
  });

  it('refuses JSON text over 512 KiB before parsing it', () => {
    const text = JSON.stringify({ ...clone(record), summary: long(600 * 1024) });
    const outcome = parseRecordText(text);
    expect(outcome.ok ? '' : outcome.error.kind).to.equal('too-large');
  });
});
