import { expect, fixture, html } from '@open-wc/testing';
import type { CompoundCard } from '../../src/compound-card.js';
import type { CompoundRecord } from '../../src/record/schema.js';
import { hostPage } from '../a11y-helpers.js';
import { $, $$, settled, thymogen } from '../helpers.js';
import { cardFor, expectPartAccessible, THEMES } from './fixtures.js';

/** A card on a host page that takes its record from `src` (loading, then ready or error). */
async function sourcedCard(src: string, theme: string): Promise<CompoundCard> {
  const card = document.createElement('compound-card');
  card.setAttribute('theme', theme);
  card.setAttribute('src', src);
  await hostPage([card]);
  return card;
}

describe('status part (loading and error states)', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('is accessible (axe on the placeholder, the fetch error with Retry and the issue list, in both themes)', async () => {
    for (const theme of THEMES) {
      const loading = await sourcedCard(`/api/record?delay=3000&key=part-a11y-loading-${theme}`, theme);
      expect(loading.status).to.equal('loading');
      await expectPartAccessible(loading, '.placeholder');

      const failed = await sourcedCard(`/api/status?code=500&key=part-a11y-error-${theme}`, theme);
      await settled(failed, 'error', 8000);
      expect($(failed, '[part="error"] .retry'), 'a fetch error offers Retry').to.not.equal(null);
      await expectPartAccessible(failed, '[part="error"]');

      const invalid = document.createElement('compound-card');
      invalid.setAttribute('theme', theme);
      invalid.record = { schemaVersion: 1, id: 'x', name: '' };
      await hostPage([invalid]);
      await settled(invalid, 'error');
      expect($$(invalid, '[part="error"] .issues li'), 'a record error lists its issues').to.not.have.length(0);
      await expectPartAccessible(invalid, '[part="error"]');
    }
  });

  it('is accessible while loading', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card src=${'/api/record?delay=800&key=a11y'}></compound-card>`);
    expect(card.status).to.equal('loading');
    expect($(card, '.card')!.getAttribute('aria-busy')).to.equal('true');
    await expect(card).to.be.accessible();
  });

  it('is accessible in the error state', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card src=${'/api/status?code=404&key=a11y'}></compound-card>`);
    await settled(card, 'error');
    await expect(card).to.be.accessible();
  });

  it('reflects status to the attribute and keeps the property read-only', async () => {
    const card = await cardFor(record);
    expect(card.getAttribute('status')).to.equal('ready');
    expect(() => ((card as unknown as { status: string }).status = 'error')).to.throw();
    expect(card.status).to.equal('ready');
  });
});
