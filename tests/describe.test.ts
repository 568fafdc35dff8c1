// The script-tag bundle checks records with a plain-data description of the zod
// schema instead of zod itself. Both must give the same answer, the same
// `path: problem` lines and the same cleaned value, on every input.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkRecord } from '../src/record/check.js';
import { describeSchema } from '../scripts/describe-schema.js';
import { checkDescribed } from '../src/record/check-described.js';
import { describeProblem, type RecordProblem } from '../src/record/issues.js';
import { recordSchema, type CompoundRecord } from '../src/record/schema.js';
import { clone, thymogen } from './helpers.js';

const descriptor = describeSchema(recordSchema);
const compare = (input: unknown) => {
  const viaZod = checkRecord(input);
  const viaDescription = checkDescribed<CompoundRecord>(descriptor, input);
  expect(viaDescription.ok, JSON.stringify(input)?.slice(0, 200)).to.equal(viaZod.ok);
  if (viaZod.ok && viaDescription.ok) expect(viaDescription.value).to.deep.equal(viaZod.value);
  if (!viaZod.ok && !viaDescription.ok) {
    const lines = (problems: RecordProblem[]) => problems.map(describeProblem).sort();
    expect(lines(viaDescription.error.problems!)).to.deep.equal(lines(viaZod.error.problems!));
  }
};

describe('the schema description the bundle uses, against zod', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('describes every field of the format', () => {
    expect(descriptor.type).to.equal('object');
    expect(descriptor.type === 'object' && descriptor.shape.map(([key]) => key)).to.deep.equal([
      'schemaVersion', 'id', 'name', 'summary', 'quickFacts', 'keyTakeaways', 'sections', 'faq', 'references', 'updated',
    ]);
  });

  it('agrees on the demo record and on hand-broken records', () => {
    compare(record);
    const reference = { title: 'T', url: 'https://example.org/x', type: 'study', year: 1995 };
    const variants: ((r: Record<string, any>) => void)[] = [
      (r) => delete r.name,
      (r) => (r.id = 'Bad Id'),
      (r) => (r.name = ''),
      (r) => (r.schemaVersion = '1'),
      (r) => (r.faq[2].answer = ''),
      (r) => (r.faq = Array(51).fill(r.faq[0])),
      (r) => (r.sections[0].paragraphs = []),
      (r) => (r.sections[1].paragraphs = Array(51).fill('p')),
      (r) => (r.quickFacts = [{ label: 5 }, null, 'x']),
      (r) => (r.references = [{ ...reference, url: 'javascript:alert(1)' }, { ...reference, type: 'blog', year: 1999.5 }]),
      (r) => (r.references = [{ ...reference, year: 1799 }, { ...reference, year: Infinity }, { ...reference, year: NaN }]),
      (r) => (r.updated = '2026-02-30'),
      (r) => (r.keyTakeaways = 'not a list'),
      (r) => (r.extra = { nested: true }),
    ];
    for (const change of variants) {
      const broken = clone(record) as Record<string, any>;
      change(broken);
      compare(broken);
    }
    for (const value of [null, undefined, 0, 'x', [], [record], true]) compare(value);
    // Sparse arrays and an array's own `map` must be read as zod reads them.
    const sparse = clone(record) as Record<string, any>;
    sparse.sections[0].paragraphs = new Array(3);
    sparse.keyTakeaways = new Array(2);
    sparse.keyTakeaways[1] = 'a';
    compare(sparse);
    const ownMap = clone(record) as Record<string, any>;
    ownMap.keyTakeaways.map = () => 'not a list';
    compare(ownMap);
    const described = checkDescribed<CompoundRecord>(descriptor, ownMap);
    expect(described.ok && Array.isArray(described.value.keyTakeaways)).to.equal(true);
  });

  it('agrees on 500 generated values (fast-check, seed 20261127)', () => {
    const anyField = fc.oneof(fc.anything(), fc.string({ maxLength: 130 }), fc.integer(), fc.double());
    const recordLike = fc.record(
      {
        schemaVersion: fc.oneof(fc.constant(1), anyField),
        id: fc.oneof(fc.constant('thymogen'), fc.stringMatching(/^[a-z0-9-]{0,70}$/), anyField),
        name: fc.oneof(fc.string({ maxLength: 130 }), anyField),
        summary: anyField,
        quickFacts: fc.oneof(fc.array(fc.record({ label: anyField, value: fc.string({ maxLength: 600 }) }), { maxLength: 32 }), anyField),
        keyTakeaways: fc.oneof(fc.array(fc.string({ maxLength: 20 }), { maxLength: 22 }), anyField),
        sections: fc.array(fc.record({ id: fc.string(), title: anyField, paragraphs: fc.array(fc.string(), { maxLength: 3 }) }, { requiredKeys: [] }), { maxLength: 3 }),
        faq: fc.array(fc.record({ question: fc.string(), answer: anyField }), { maxLength: 4 }),
        references: fc.array(
          fc.record({ title: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()), type: fc.string(), source: anyField, year: fc.oneof(fc.integer({ min: 1700, max: 2200 }), fc.double()) }, { requiredKeys: [] }),
          { maxLength: 3 },
        ),
        updated: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.oneof(recordLike, fc.jsonValue()), (value) => compare(value)), { seed: 20261127, numRuns: 500 });
  });
});
