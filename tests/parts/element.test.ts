import { expect, oneEvent } from '@open-wc/testing';
import type { CompoundCard } from '../../src/compound-card.js';
import type { CompoundRecord } from '../../src/record/schema.js';
import { $, $$, clone, disclaimerOf, textOf, thymogen } from '../helpers.js';
import { cardFor, cardOnHostPage, expectPartAccessible, headingTags, partsShown, withReferences } from './fixtures.js';

// What belongs to the element rather than to one part: the whole card's audit, which
// blocks it shows, its theme, the record property, and how every attribute value is read.

const BACKGROUND: Record<string, string> = { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 24, 28)' };
const background = (card: CompoundCard) => getComputedStyle($(card, '.card')!).backgroundColor;

describe('<compound-card> element', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  describe('accessibility of the whole card (axe)', () => {
    it('is accessible when ready, with references', async () => {
      await expect(await cardFor(withReferences(record))).to.be.accessible();
    });

    it('is accessible in the dark theme with every panel open', async () => {
      const card = await cardFor(record, { theme: 'dark' });
      $$(card, '.question button').forEach((button) => button.click());
      await card.updateComplete;
      await expect(card).to.be.accessible();
    });

    // Every part file opens with expectPartAccessible: it must see inside the shadow root
    // (or those audits would pass on nothing) and keep to the part it is given.
    it('audits one part at a time: a fault inside the part fails, one in another part does not', async () => {
      const card = await cardOnHostPage(record);
      const unlabelled = document.createElement('img');
      unlabelled.src = 'data:,';
      $(card, '[part="faq"]')!.append(unlabelled);
      await expectPartAccessible(card, '[part="takeaways"]');
      const failure = await expectPartAccessible(card, '[part="faq"]').then(
        () => undefined,
        (error: unknown) => String(error),
      );
      expect(failure, 'the image without alt text in the FAQ').to.contain('image-alt');
      const either = await expectPartAccessible(card, '[part="takeaways"], [part="faq"]').then(
        () => undefined,
        (error: unknown) => String(error),
      );
      expect(either, 'every element the selector matches is audited, not only the first').to.contain('image-alt');
      const nothing = await expectPartAccessible(card, '[part="no-such-part"]').then(
        () => undefined,
        (error: unknown) => String(error),
      );
      expect(nothing, 'a selector that matches nothing').to.contain('no-such-part');
    });
  });

  describe('sections', () => {
    it('shows all five blocks by default, in the card\'s order', async () => {
      const card = await cardFor(withReferences(record));
      expect(partsShown(card)).to.deep.equal(['facts', 'takeaways', 'article', 'faq', 'references']);
    });

    it('shows only the blocks named in sections, in the card\'s own order', async () => {
      const card = await cardFor(withReferences(record), { sections: 'faq  facts' });
      expect(partsShown(card)).to.deep.equal(['facts', 'faq']);
      expect(card.sections).to.equal('faq  facts');
    });
  });

  describe('theme', () => {
    it('themes light by default and dark with theme="dark"', async () => {
      const light = await cardFor(record);
      const dark = await cardFor(record, { theme: 'dark' });
      expect(background(light)).to.equal(BACKGROUND.light);
      expect(background(dark)).to.equal(BACKGROUND.dark);
      expect(dark.theme).to.equal('dark');
    });

    it('follows the colour scheme with theme="auto"', async () => {
      const auto = await cardFor(record, { theme: 'auto' });
      expect($(auto, '.card')!.classList.contains('auto')).to.equal(true);
    });

    it('reflects a theme set from script, so host CSS can select on it', async () => {
      const card = await cardFor(record);
      card.theme = 'dark';
      await card.updateComplete;
      expect(card.getAttribute('theme')).to.equal('dark');
    });

    it('applies the custom properties set by the host', async () => {
      const card = await cardFor(record);
      card.style.setProperty('--compound-card-background', 'rgb(1, 2, 3)');
      card.style.setProperty('--compound-card-disclaimer-color', 'rgb(200, 0, 0)');
      expect(getComputedStyle($(card, '.card')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(disclaimerOf(card)!).color).to.equal('rgb(200, 0, 0)');
    });
  });

  describe('record property', () => {
    it('validates and renders again when the same record object is edited and set again', async () => {
      const own = clone(record);
      const card = await cardFor(own);
      own.name = 'Edited in place';
      setTimeout(() => (card.record = own));
      const event = await oneEvent(card, 'compound-card-load');
      expect(event.detail.record.name).to.equal('Edited in place');
      expect(textOf($(card, '[part="title"]'))).to.equal('Edited in place');
    });
  });

  describe('attribute values and their fallbacks', () => {
    type Attribute = 'heading-level' | 'faq-mode' | 'theme' | 'timeout' | 'sections';

    /** How the card reads each attribute: the one table below relies on these. */
    const READINGS: Record<
      Attribute,
      {
        /** What the card uses (the property, or for sections, whose property keeps what was written, the blocks shown). */
        uses: (card: CompoundCard) => unknown;
        /** What a reader gets from it, where it shows. */
        shows?: (card: CompoundCard, expected: unknown) => Promise<void> | void;
        /** A valid value other than any expected one, to change to and back from. */
        other: string;
      }
    > = {
      'heading-level': {
        uses: (card) => card.headingLevel,
        shows: (card, level) => {
          expect(headingTags(card).title).to.equal(`H${String(level)}`);
        },
        other: '4',
      },
      'faq-mode': {
        uses: (card) => card.faqMode,
        shows: async (card, mode) => {
          $(card, '#faq-q-0')!.click();
          $(card, '#faq-q-1')!.click();
          await card.updateComplete;
          expect($$(card, '.question button[aria-expanded="true"]')).to.have.length(mode === 'single' ? 1 : 2);
        },
        other: 'single',
      },
      theme: {
        uses: (card) => card.theme,
        shows: (card, theme) => {
          expect(background(card)).to.equal(BACKGROUND[String(theme)]);
        },
        other: 'dark',
      },
      // Timers are the loader's business (loader.test.ts): here, the number the card hands it.
      timeout: { uses: (card) => card.timeout, other: '1234' },
      sections: { uses: partsShown, other: 'faq' },
    };

    const ALL_BLOCKS = ['facts', 'takeaways', 'article', 'faq', 'references'];

    /** [attribute, value as written, what the card makes of it] */
    const TABLE: [Attribute, string, unknown][] = [
      ['heading-level', '9', 2],
      ['heading-level', '0', 2],
      ['heading-level', '-1', 2],
      ['heading-level', '2.5', 2],
      ['heading-level', 'three', 2],
      ['heading-level', '', 2],
      ['faq-mode', 'several', 'multiple'],
      ['theme', 'purple', 'light'],
      ['timeout', '2500', 2500],
      ['timeout', 'soon', 10000],
      ['timeout', '-5', 10000],
      // Capped at what timers can hold (2^31 - 1 ms), instead of firing at once.
      ['timeout', '3000000000', 2147483647],
      ['sections', 'nothing-known', ALL_BLOCKS],
      ['sections', 'references bogus takeaways', ['takeaways', 'references']],
    ];

    for (const [attribute, value, expected] of TABLE) {
      it(`reads ${attribute}="${value}" as ${JSON.stringify(expected)}`, async () => {
        const reading = READINGS[attribute];
        const card = await cardFor(withReferences(record), { [attribute]: value });
        expect(reading.uses(card), 'written in the markup').to.deep.equal(expected);
        await reading.shows?.(card, expected);
        // Changed later by the host, from another valid value: nothing of that value stays.
        card.setAttribute(attribute, reading.other);
        await card.updateComplete;
        expect(reading.uses(card), `the change to ${reading.other} took`).to.not.deep.equal(expected);
        card.setAttribute(attribute, value);
        await card.updateComplete;
        expect(reading.uses(card), 'set again by script').to.deep.equal(expected);
      });
    }
  });
});
