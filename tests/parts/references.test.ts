import { expect } from '@open-wc/testing';
import type { CompoundRecord } from '../../src/record/schema.js';
import { $, $$, textOf, thymogen } from '../helpers.js';
import { cardOnHostPage, cardWith, expectPartAccessible, THEMES, withReferences } from './fixtures.js';

describe('references part', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('is accessible (axe on the references, every type, in both themes)', async () => {
    for (const theme of THEMES) {
      const card = await cardOnHostPage(withReferences(record), { theme });
      expect($$(card, '[part="references"] .reference-group'), 'all three groups').to.have.length(3);
      await expectPartAccessible(card, '[part="references"]');
    }
  });

  it('leaves the references block out when the record has none', async () => {
    const card = await cardWith(record);
    expect($(card, '[part="references"]')).to.equal(null);
  });

  it('groups references by type, in the order Study, Regulator, Reference', async () => {
    const card = await cardWith(withReferences(record));
    const groups = $$(card, '[part="references"] .reference-group');
    expect(groups.map((group) => textOf(group.querySelector('.reference-type')))).to.deep.equal([
      'Study',
      'Regulator',
      'Reference',
    ]);
    expect([...groups[0]!.querySelectorAll('li')].map((li) => textOf(li.querySelector('a')))).to.deep.equal([
      'Trial report (opens in a new tab)',
      'Second study (opens in a new tab)',
    ]);
    expect(textOf(groups[0]!.querySelector('li'))).to.contain('Journal').and.contain('1995');
  });

  it('opens reference links in a new tab without opener or referrer', async () => {
    const card = await cardWith(withReferences(record));
    const links = $$<HTMLAnchorElement>(card, '[part="references"] a');
    expect(links).to.have.length(4);
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(link.protocol).to.match(/^https?:$/);
    }
  });
});
