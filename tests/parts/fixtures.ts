import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CompoundCard } from '../../src/compound-card.js';
import type { CompoundRecord } from '../../src/record/schema.js';
import { hostPage } from '../a11y-helpers.js';
import { $, $$, clone, settled } from '../helpers.js';

/** What the fixed disclaimer must say, in English, whatever the card shows. */
export const DISCLAIMER =
  /not approved by the U\.S\. Food and Drug Administration \(FDA\).*educational.*not medical advice.*no dosing guidance/i;

/**
 * The demo record with an updated date and references of every type. The types
 * are listed out of the card's order (regulator first, two studies apart) so a
 * test can tell grouping and ordering from the record's own order.
 */
export const withReferences = (record: CompoundRecord): CompoundRecord => ({
  ...clone(record),
  updated: '2026-11-24',
  references: [
    { title: 'Regulator page', url: 'https://example.gov/page', type: 'regulator', source: 'Agency' },
    { title: 'Trial report', url: 'https://example.org/trial', type: 'study', source: 'Journal', year: 1995 },
    { title: 'Textbook entry', url: 'http://example.net/book', type: 'reference' },
    { title: 'Second study', url: 'https://example.org/second', type: 'study' },
  ],
});

/** A card given `record` (any value, valid or not) through the property, after its first render. */
export async function cardWith(record: unknown): Promise<CompoundCard> {
  const card = await fixture<CompoundCard>(html`<compound-card .record=${record}></compound-card>`);
  await card.updateComplete;
  return card;
}

/**
 * A card whose attributes are set before it is connected, as a host's markup
 * would have them, showing a valid record.
 */
export async function cardFor(record: CompoundRecord, attrs: Record<string, string> = {}): Promise<CompoundCard> {
  const card = document.createElement('compound-card');
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  card.record = record;
  await fixture(html`<div>${card}</div>`);
  await settled(card, 'ready');
  return card;
}

/** The same card, on a page laid out as a host's would be (see a11y-helpers' `hostPage`). */
export async function cardOnHostPage(record: CompoundRecord, attrs: Record<string, string> = {}): Promise<CompoundCard> {
  const card = document.createElement('compound-card');
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  card.record = record;
  await hostPage([card]);
  await settled(card, 'ready');
  return card;
}

/** The blocks a reader sees, in the order they appear (header and title, always there, left out). */
export const partsShown = (card: CompoundCard) =>
  $$(card, '[part]')
    .map((el) => el.getAttribute('part'))
    .filter((part) => !['header', 'title'].includes(part!));

/** The heading tags of the three outline levels: card title, a block title, an FAQ question. */
export const headingTags = (card: CompoundCard) => ({
  title: $(card, '[part="title"]')!.tagName,
  block: $(card, '[part="takeaways"] .block-title')!.tagName,
  question: $(card, '.question')!.tagName,
});

export const THEMES = ['light', 'dark'] as const;

/**
 * Axe on one part of a card, nothing else: the elements `selector` matches in
 * the card's shadow root, in one run (axe takes a list of nodes to include; a
 * run per element is too slow on a busy machine for the card's 17 headings).
 * The whole card and the whole page have audits of their own, in
 * element.test.ts and accessibility.test.ts. A selector that matches nothing
 * fails rather than passing an audit of nothing.
 */
export async function expectPartAccessible(card: CompoundCard, selector: string): Promise<void> {
  const targets = $$(card, selector);
  expect(targets, `"${selector}" is in the card (status ${card.status})`).to.not.have.length(0);
  await expect({ include: targets }).to.be.accessible();
}
