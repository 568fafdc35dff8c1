import { expect } from '@open-wc/testing';
import type { CompoundRecord } from '../../src/record/schema.js';
import { $, clone, textOf, thymogen } from '../helpers.js';
import { cardOnHostPage, cardWith, expectPartAccessible, THEMES, withReferences } from './fixtures.js';

describe('header part', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('is accessible (axe on the header, with its updated date, in both themes)', async () => {
    for (const theme of THEMES) {
      const card = await cardOnHostPage(withReferences(record), { theme });
      expect($(card, '[part="header"] time'), 'the date is there to be audited').to.not.equal(null);
      await expectPartAccessible(card, '[part="header"]');
    }
  });

  it('renders the header: name as title and the summary', async () => {
    const card = await cardWith(record);
    expect(card.status).to.equal('ready');
    expect(textOf($(card, '[part="title"]'))).to.equal('Thymogen');
    expect(textOf($(card, '[part="header"] .summary'))).to.equal(record.summary);
    expect($(card, 'time')).to.equal(null);
  });

  it('shows the updated date, machine-readable and written out', async () => {
    const card = await cardWith(withReferences(record));
    const time = $(card, '[part="header"] time');
    expect(time?.getAttribute('datetime')).to.equal('2026-11-24');
    expect(textOf(time)).to.equal('November 24, 2026');
  });

  it('renders record text as text, never as HTML', async () => {
    const hostile = { ...clone(record), name: '<img src=x onerror="window.__pwned=1">Thymogen' };
    const card = await cardWith(hostile);
    expect(textOf($(card, '[part="title"]'))).to.equal(hostile.name);
    expect($(card, 'img')).to.equal(null);
  });
});
