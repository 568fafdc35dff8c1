import { expect } from '@open-wc/testing';
import type { CompoundRecord } from '../../src/record/schema.js';
import { $$, textOf, thymogen } from '../helpers.js';
import { cardOnHostPage, cardWith, expectPartAccessible, THEMES } from './fixtures.js';

describe('article part', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('is accessible (axe on the article sections and their links, in both themes)', async () => {
    for (const theme of THEMES) {
      await expectPartAccessible(await cardOnHostPage(record, { theme }), '[part="article"]');
    }
  });

  it('renders the four article sections with every paragraph', async () => {
    const card = await cardWith(record);
    const sections = $$(card, '[part="article"] section');
    expect(sections.map((section) => textOf(section.querySelector('h3')))).to.deep.equal([
      'Overview',
      'How it works',
      'Research & evidence',
      'Safety & legal status',
    ]);
    sections.forEach((section, i) => {
      expect([...section.querySelectorAll('p')].map(textOf)).to.deep.equal(record.sections![i]!.paragraphs);
      expect(section.querySelector('h3 a'), 'the heading holds only the title').to.equal(null);
      expect(section.querySelector('.section-head > a.anchor')?.getAttribute('aria-label')).to.equal(
        `Link to the section “${record.sections![i]!.title}”`,
      );
    });
  });
});
