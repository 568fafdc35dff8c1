import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import type { CompoundRecord } from '../src/record/schema.js';
import { $, $$, clone, disclaimerOf, settled, textOf, thymogen } from './helpers.js';

const DISCLAIMER = /not approved by the U\.S\. Food and Drug Administration \(FDA\).*educational.*not medical advice.*no dosing guidance/i;

const withReferences = (record: CompoundRecord): CompoundRecord => ({
  ...clone(record),
  updated: '2026-11-24',
  references: [
    { title: 'Regulator page', url: 'https://example.gov/page', type: 'regulator', source: 'Agency' },
    { title: 'Trial report', url: 'https://example.org/trial', type: 'study', source: 'Journal', year: 1995 },
    { title: 'Textbook entry', url: 'http://example.net/book', type: 'reference' },
    { title: 'Second study', url: 'https://example.org/second', type: 'study' },
  ],
});

async function cardWith(record: unknown, attributes = html``) {
  const card = await fixture<CompoundCard>(html`<compound-card .record=${record}>${attributes}</compound-card>`);
  await card.updateComplete;
  return card;
}

async function cardFor(record: CompoundRecord, attrs: Record<string, string> = {}) {
  const card = document.createElement('compound-card');
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  card.record = record;
  await fixture(html`<div>${card}</div>`);
  await settled(card, 'ready');
  return card;
}

describe('<compound-card> rendering a record', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
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

  it('renders every quick fact as a term and description', async () => {
    const card = await cardWith(record);
    const terms = $$(card, '[part="facts"] dl dt').map(textOf);
    const values = $$(card, '[part="facts"] dl dd').map(textOf);
    expect(terms).to.deep.equal(record.quickFacts!.map((fact) => fact.label));
    expect(values).to.deep.equal(record.quickFacts!.map((fact) => fact.value));
    expect(terms).to.include.members(['Class', 'Composition', 'US status', 'Approval status']);
  });

  it('renders the five key takeaways', async () => {
    const card = await cardWith(record);
    const items = $$(card, '[part="takeaways"] li').map(textOf);
    expect(items).to.have.length(5);
    expect(items).to.deep.equal(record.keyTakeaways);
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

  it('renders the five FAQ entries as buttons inside headings, answers collapsed', async () => {
    const card = await cardWith(record);
    const buttons = $$(card, '[part="faq"] .question > button');
    expect(buttons.map(textOf)).to.deep.equal(record.faq!.map((item) => item.question));
    for (const button of buttons) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = $(card, `#${button.getAttribute('aria-controls')}`);
      expect(panel?.hasAttribute('hidden'), 'panel hidden').to.equal(true);
      expect(panel?.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(button.parentElement?.children).to.have.length(1);
    }
    expect(textOf($(card, '#faq-a-2 p'))).to.equal(record.faq![2]!.answer);
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

  it('renders record text as text, never as HTML', async () => {
    const hostile = { ...clone(record), name: '<img src=x onerror="window.__pwned=1">Thymogen' };
    const card = await cardWith(hostile);
    expect(textOf($(card, '[part="title"]'))).to.equal(hostile.name);
    expect($(card, 'img')).to.equal(null);
  });
});

describe('<compound-card> disclosure panels', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
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

  it('opens an FAQ answer and reports its index', async () => {
    const card = await cardWith(record);
    const button = $(card, '#faq-q-2')!;
    setTimeout(() => button.click());
    const event = await oneEvent(card, 'compound-card-toggle');
    expect(event.detail).to.deep.equal({ block: 'faq', index: 2, open: true });
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect($(card, '#faq-a-2')!.hasAttribute('hidden')).to.equal(false);
  });

  it('keeps several answers open in the default multiple mode', async () => {
    const card = await cardWith(record);
    $(card, '#faq-q-0')!.click();
    $(card, '#faq-q-3')!.click();
    await card.updateComplete;
    expect($$(card, '.question button[aria-expanded="true"]').map((b) => b.id)).to.deep.equal(['faq-q-0', 'faq-q-3']);
  });

  it('closes the others in faq-mode="single"', async () => {
    const card = await cardFor(record, { 'faq-mode': 'single' });
    $(card, '#faq-q-0')!.click();
    await card.updateComplete;
    $(card, '#faq-q-3')!.click();
    await card.updateComplete;
    expect($$(card, '.question button[aria-expanded="true"]').map((b) => b.id)).to.deep.equal(['faq-q-3']);
    expect($(card, '#faq-a-0')!.hasAttribute('hidden')).to.equal(true);
  });

  it('treats an unknown faq-mode as multiple', async () => {
    const card = await cardFor(record, { 'faq-mode': 'several' });
    expect(card.faqMode).to.equal('multiple');
    $(card, '#faq-q-0')!.click();
    $(card, '#faq-q-1')!.click();
    await card.updateComplete;
    expect($$(card, '.question button[aria-expanded="true"]')).to.have.length(2);
  });
});

describe('<compound-card> attributes', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  const parts = (card: CompoundCard) =>
    $$(card, '[part]')
      .map((el) => el.getAttribute('part'))
      .filter((part) => !['header', 'title'].includes(part!));

  it('shows all five blocks by default, in the card\'s order', async () => {
    const card = await cardWith(withReferences(record));
    expect(parts(card)).to.deep.equal(['facts', 'takeaways', 'article', 'faq', 'references']);
  });

  it('shows only the blocks named in sections, in the card\'s own order', async () => {
    const card = await cardFor(withReferences(record), { sections: 'faq  facts' });
    expect(parts(card)).to.deep.equal(['facts', 'faq']);
    expect(card.sections).to.equal('faq  facts');
  });

  it('ignores unknown tokens in sections', async () => {
    const card = await cardFor(withReferences(record), { sections: 'references bogus takeaways' });
    expect(parts(card)).to.deep.equal(['takeaways', 'references']);
  });

  it('falls back to all five blocks when sections names none it knows', async () => {
    const card = await cardFor(withReferences(record), { sections: 'nothing-known' });
    expect(parts(card)).to.have.length(5);
  });

  const levels = (card: CompoundCard) => ({
    title: $(card, '[part="title"]')!.tagName,
    block: $(card, '[part="takeaways"] .block-title')!.tagName,
    question: $(card, '.question')!.tagName,
  });

  it('uses h2 / h3 / h4 by default', async () => {
    expect(levels(await cardFor(record))).to.deep.equal({ title: 'H2', block: 'H3', question: 'H4' });
  });

  it('follows heading-level for title, blocks and questions', async () => {
    expect(levels(await cardFor(record, { 'heading-level': '1' }))).to.deep.equal({ title: 'H1', block: 'H2', question: 'H3' });
    expect(levels(await cardFor(record, { 'heading-level': '4' }))).to.deep.equal({ title: 'H4', block: 'H5', question: 'H6' });
  });

  it('caps every heading at h6', async () => {
    expect(levels(await cardFor(record, { 'heading-level': '6' }))).to.deep.equal({ title: 'H6', block: 'H6', question: 'H6' });
  });

  for (const bad of ['9', '0', '-1', '2.5', 'three', '']) {
    it(`falls back to heading level 2 for heading-level="${bad}"`, async () => {
      const card = await cardFor(record, { 'heading-level': bad });
      expect(card.headingLevel).to.equal(2);
      expect(levels(card).title).to.equal('H2');
    });
  }

  it('falls back to level 2 when headingLevel is set to nonsense from script', async () => {
    const card = await cardFor(record);
    (card as unknown as { headingLevel: unknown }).headingLevel = 42;
    await card.updateComplete;
    expect(levels(card).title).to.equal('H2');
  });

  it('themes light by default and dark with theme="dark"', async () => {
    const light = await cardFor(record);
    const dark = await cardFor(record, { theme: 'dark' });
    const background = (card: CompoundCard) => getComputedStyle($(card, '.card')!).backgroundColor;
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    expect(background(dark)).to.equal('rgb(21, 24, 28)');
    expect(dark.theme).to.equal('dark');
  });

  it('follows the colour scheme with theme="auto" and treats unknown themes as light', async () => {
    const auto = await cardFor(record, { theme: 'auto' });
    expect($(auto, '.card')!.classList.contains('auto')).to.equal(true);
    const unknown = await cardFor(record, { theme: 'purple' });
    expect(unknown.theme).to.equal('light');
    expect(getComputedStyle($(unknown, '.card')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('reflects a theme set from script, so host CSS can select on it', async () => {
    const card = await cardFor(record);
    card.theme = 'dark';
    await card.updateComplete;
    expect(card.getAttribute('theme')).to.equal('dark');
  });

  it('caps a huge timeout at what timers can hold, instead of firing at once', async () => {
    const card = await cardFor(record, { timeout: '3000000000' });
    expect(card.timeout).to.equal(2147483647);
  });

  it('validates and renders again when the same record object is edited and set again', async () => {
    const own = clone(record);
    const card = await cardFor(own);
    own.name = 'Edited in place';
    setTimeout(() => (card.record = own));
    const event = await oneEvent(card, 'compound-card-load');
    expect(event.detail.record.name).to.equal('Edited in place');
    expect(textOf($(card, '[part="title"]'))).to.equal('Edited in place');
  });

  it('reads timeout as milliseconds and falls back to 10000 for nonsense', async () => {
    const card = await cardFor(record, { timeout: '2500' });
    expect(card.timeout).to.equal(2500);
    card.setAttribute('timeout', 'soon');
    expect(card.timeout).to.equal(10000);
    card.setAttribute('timeout', '-5');
    expect(card.timeout).to.equal(10000);
  });

  it('reflects status to the attribute and keeps the property read-only', async () => {
    const card = await cardFor(record);
    expect(card.getAttribute('status')).to.equal('ready');
    expect(() => ((card as unknown as { status: string }).status = 'error')).to.throw();
    expect(card.status).to.equal('ready');
  });

  it('applies the custom properties set by the host', async () => {
    const card = await cardFor(record);
    card.style.setProperty('--compound-card-background', 'rgb(1, 2, 3)');
    card.style.setProperty('--compound-card-disclaimer-color', 'rgb(200, 0, 0)');
    expect(getComputedStyle($(card, '.card')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(disclaimerOf(card)!).color).to.equal('rgb(200, 0, 0)');
  });
});

describe('<compound-card> disclaimer', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  const expectDisclaimer = (card: CompoundCard) => {
    const note = disclaimerOf(card);
    expect(note, `disclaimer in status ${card.status}`).to.not.equal(null);
    expect(textOf(note)).to.match(DISCLAIMER);
    expect(note!.closest('[part]'), 'not inside any part').to.equal(null);
    expect(note!.hasAttribute('part')).to.equal(false);
    const style = getComputedStyle(note!);
    expect(style.display).to.not.equal('none');
    expect(style.visibility).to.equal('visible');
    expect(note!.getBoundingClientRect().height).to.be.greaterThan(10);
  };

  it('is present when empty', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card></compound-card>`);
    expect(card.status).to.equal('empty');
    expectDisclaimer(card);
  });

  it('is present while loading', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card src=${'/api/record?delay=800&key=disclaimer'}></compound-card>`);
    expect(card.status).to.equal('loading');
    expectDisclaimer(card);
  });

  it('is present when ready', async () => {
    expectDisclaimer(await cardFor(record));
  });

  it('is present in the error state', async () => {
    const card = await cardWith({ schemaVersion: 1 });
    expect(card.status).to.equal('error');
    expectDisclaimer(card);
  });

  const combinations: Record<string, string>[] = [
    { sections: 'faq' },
    { sections: 'facts faq', 'facts-collapsed': '' },
    { sections: '' },
    { theme: 'dark', 'heading-level': '6' },
    { theme: 'auto', 'faq-mode': 'single', timeout: '1' },
    { 'heading-level': '1', lang: 'xx' },
  ];
  for (const attrs of combinations) {
    it(`is present under ${JSON.stringify(attrs)}`, async () => {
      expectDisclaimer(await cardFor(record, attrs));
    });
  }

  it('cannot be reworded by the record: no record field reaches it', async () => {
    const card = await cardFor({ ...clone(record), disclaimer: 'All safe!' } as CompoundRecord);
    expect(textOf(disclaimerOf(card))).to.match(DISCLAIMER);
    expect(textOf(card.shadowRoot)).to.not.contain('All safe!');
  });

  it('keeps a legible size when the host shrinks the card\'s font to zero', async () => {
    const card = await cardFor(record);
    card.style.setProperty('--compound-card-font-size', '0px');
    expect(parseFloat(getComputedStyle(disclaimerOf(card)!).fontSize)).to.be.at.least(12);
  });
});

describe('<compound-card> accessibility (axe)', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('is accessible when ready, with references', async () => {
    await expect(await cardFor(withReferences(record))).to.be.accessible();
  });

  it('is accessible in the dark theme with every panel open', async () => {
    const card = await cardFor(record, { theme: 'dark' });
    $$(card, '.question button').forEach((button) => button.click());
    await card.updateComplete;
    await expect(card).to.be.accessible();
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
});
