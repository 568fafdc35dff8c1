import { expect, oneEvent } from '@open-wc/testing';
import type { CompoundRecord } from '../../src/record/schema.js';
import { $, $$, textOf, thymogen } from '../helpers.js';
import { cardFor, cardOnHostPage, cardWith, expectPartAccessible, THEMES } from './fixtures.js';

describe('quick-facts part', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('is accessible (axe on the facts block, open and collapsed, in both themes)', async () => {
    for (const theme of THEMES) {
      for (const attrs of [{ theme }, { theme, 'facts-collapsed': '' }] as Record<string, string>[]) {
        await expectPartAccessible(await cardOnHostPage(record, attrs), '[part="facts"]');
      }
    }
  });

  it('renders every quick fact as a term and description', async () => {
    const card = await cardWith(record);
    const terms = $$(card, '[part="facts"] dl dt').map(textOf);
    const values = $$(card, '[part="facts"] dl dd').map(textOf);
    expect(terms).to.deep.equal(record.quickFacts!.map((fact) => fact.label));
    expect(values).to.deep.equal(record.quickFacts!.map((fact) => fact.value));
    expect(terms).to.include.members(['Class', 'Composition', 'US status', 'Approval status']);
  });

  it('toggles the quick-facts panel and reports it', async () => {
    const card = await cardWith(record);
    const button = $(card, '[part="facts"] button')!;
    const panel = $(card, `#${button.getAttribute('aria-controls')}`)!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hasAttribute('hidden')).to.equal(false);
    setTimeout(() => button.click());
    const event = await oneEvent(card, 'compound-card-toggle');
    expect(event.detail).to.deep.equal({ block: 'facts', open: false });
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hasAttribute('hidden')).to.equal(true);
  });

  it('starts the facts panel collapsed with facts-collapsed', async () => {
    const card = await cardFor(record, { 'facts-collapsed': '' });
    expect(card.factsCollapsed).to.equal(true);
    expect($(card, '[part="facts"] button')!.getAttribute('aria-expanded')).to.equal('false');
    expect($(card, '#facts-panel')!.hasAttribute('hidden')).to.equal(true);
  });
});
