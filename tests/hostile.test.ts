// Property-based: any value at all given as a record must end in `ready` or
// `error`, keep the disclaimer, throw nothing and pollute no prototype.
// Seeded, so a failure reproduces; the seed and run count are in the output.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import { validateRecord } from '../src/record/validate.js';
import { $, clone, disclaimerOf, thymogen } from './helpers.js';

const SEED = 20261127;
const RUNS = 300;
const prototypeNames = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
});

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'polluted'];

/** Values shaped like a record, with any value at all in each field, and dangerous keys mixed in. */
const often = <T>(usual: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: other, weight: 1 });

const recordLike = (base: Record<string, unknown>) =>
  fc
    .record(
      {
        schemaVersion: often(fc.constant(1), fc.oneof(fc.anything(), fc.double(), fc.constant(1e308))),
        id: often(fc.constant('thymogen'), fc.oneof(fc.string(), fc.anything())),
        name: often(fc.string({ minLength: 1, maxLength: 120 }), fc.anything()),
        summary: often(fc.string({ minLength: 1, maxLength: 500 }), fc.anything()),
        quickFacts: often(fc.constant(base.quickFacts), fc.oneof(fc.array(fc.record({ label: fc.anything(), value: fc.anything() })), fc.anything())),
        keyTakeaways: often(fc.constant(base.keyTakeaways), fc.oneof(fc.array(fc.anything()), fc.anything())),
        sections: often(fc.constant(base.sections), fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'paragraphs', ...DANGEROUS_KEYS), fc.anything()))),
        faq: often(fc.constant(base.faq), fc.array(fc.record({ question: fc.string(), answer: fc.anything() }))),
        references: often(
          fc.array(fc.record({ title: fc.string({ minLength: 1, maxLength: 300 }), url: fc.webUrl(), type: fc.constantFrom('study', 'regulator', 'reference') }), { maxLength: 5 }),
          fc.array(fc.record({ title: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()), type: fc.string(), year: fc.oneof(fc.integer(), fc.double()) })),
        ),
        updated: often(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.string()),
      },
      { requiredKeys: ['schemaVersion', 'id', 'name'] },
    )
    .chain((record) =>
      fc.dictionary(fc.constantFrom(...DANGEROUS_KEYS), fc.anything(), { maxKeys: 3 }).map((extra) => ({ ...extra, ...record })),
    );

/** JSON text with dangerous keys spelled out, as an attacker's file would have them. */
const hostileText = fc
  .tuple(fc.jsonValue(), fc.constantFrom(...DANGEROUS_KEYS), fc.jsonValue())
  .map(([value, dangerous, payload]) => {
    const text = JSON.stringify({ schemaVersion: 1, id: 'x', name: 'X', nested: value });
    return text.replace('{', `{"${dangerous}":${JSON.stringify(payload ?? null)},`);
  });

describe('hostile data (fast-check, seeded)', () => {
  let card: CompoundCard;
  let base: Record<string, unknown>;
  const before0 = prototypeNames();

  before(async () => {
    base = (await thymogen()) as unknown as Record<string, unknown>;
  });

  beforeEach(async () => {
    card = await fixture<CompoundCard>(html`<compound-card></compound-card>`);
  });

  afterEach(() => {
    expect(prototypeNames()).to.deep.equal(before0);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  const expectSettled = async () => {
    await card.updateComplete;
    expect(['ready', 'error']).to.include(card.status);
    expect(disclaimerOf(card)?.textContent).to.contain('FDA');
    if (card.status === 'error') expect($(card, '[part="error"]')).to.not.equal(null);
  };

  it(`any JSON value as the record property: ready or error (${RUNS} runs, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        card.record = value === null ? {} : value;
        await expectSettled();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`any value of any type in every record field (${RUNS} runs, seed ${SEED})`, async () => {
    let ready = 0;
    await fc.assert(
      fc.asyncProperty(recordLike(base), async (value) => {
        card.record = value;
        await expectSettled();
        if (card.status === 'ready') ready++;
        // Whatever was accepted holds only the format's own keys.
        const outcome = validateRecord(value);
        if (outcome.ok) {
          for (const key of Object.keys(outcome.value)) expect(DANGEROUS_KEYS).to.not.include(key);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.log(`hostile records: ${ready} of ${RUNS} valid enough to render, the rest in the error state`);
  });

  it(`embedded JSON text with __proto__ / constructor keys (${RUNS} runs, seed ${SEED})`, async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    card.append(script);
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        script.textContent = text;
        await new Promise((resolve) => setTimeout(resolve, 0));
        await expectSettled();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('megabyte strings, deep nesting and huge numbers', async () => {
    const megabyte = 'x'.repeat(1024 * 1024);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20000; i++) deep = [deep];
    const cases: unknown[] = [
      { ...clone(base), name: megabyte },
      { ...clone(base), keyTakeaways: [megabyte] },
      { ...clone(base), quickFacts: deep },
      { ...clone(base), sections: [{ id: 'a', title: 'A', paragraphs: deep }] },
      { ...clone(base), schemaVersion: Number.MAX_VALUE },
      { ...clone(base), references: [{ title: 'T', url: 'https://e.org', type: 'study', year: 1e308 }] },
      { ...clone(base), faq: Array.from({ length: 100000 }, () => ({ question: 'q', answer: 'a' })) },
    ];
    for (const value of cases) {
      card.record = value;
      await expectSettled();
      expect(card.status).to.equal('error');
    }
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = `${'['.repeat(200000)}${']'.repeat(200000)}`;
    card.record = undefined;
    card.append(script);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expectSettled();
    expect(card.status).to.equal('error');
  });
});
