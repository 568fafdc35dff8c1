import { expect } from '@open-wc/testing';
import type { CompoundRecord } from '../../src/record/schema.js';
import { $$, textOf, thymogen } from '../helpers.js';
import { cardOnHostPage, cardWith, expectPartAccessible, THEMES } from './fixtures.js';

describe('takeaways part', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('is accessible (axe on the takeaways block, in both themes)', async () => {
    for (const theme of THEMES) {
      await expectPartAccessible(await cardOnHostPage(record, { theme }), '[part="takeaways"]');
    }
  });

  it('renders the five key takeaways', async () => {
    const card = await cardWith(record);
    const items = $$(card, '[part="takeaways"] li').map(textOf);
    expect(items).to.have.length(5);
    expect(items).to.deep.equal(record.keyTakeaways);
  });
});
