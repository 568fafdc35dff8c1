// Screenshot baselines, one folder per engine (tests/screenshots/<engine>/baseline/):
// the card as a reader sees it in each state, theme, direction and width. A shot
// fails when more than 0.05 % of its pixels differ from the baseline.
// `npm run test:screenshots:update` writes new baselines after an intended change.
import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import type { CompoundRecord } from '../src/record/schema.js';
import { arabicRecord } from './arabic-record.js';
import { setViewport } from './engine.js';
import { $, clone, settled, thymogen } from './helpers.js';

/** A short record with every kind of block, so each shot fits one window in every engine. */
function shortRecord(full: CompoundRecord): CompoundRecord {
  const record = clone(full);
  record.quickFacts = record.quickFacts?.slice(0, 3);
  record.keyTakeaways = record.keyTakeaways?.slice(0, 2);
  record.sections = record.sections?.slice(0, 1).map((section) => ({ ...section, paragraphs: section.paragraphs.slice(0, 1) }));
  record.faq = record.faq?.slice(0, 2);
  record.references = [{ title: 'Trial report', url: 'https://example.org/trial', type: 'study', source: 'Journal', year: 1995 }];
  return record;
}

/** Nothing moves while a shot is taken: no transitions, no shimmer. */
const still = new CSSStyleSheet();
still.replaceSync('*, ::before, ::after { transition: none !important; animation: none !important; }');

interface Shot {
  width?: number;
  dir?: 'ltr' | 'rtl';
  attrs?: Record<string, string>;
  record?: (record: CompoundRecord) => CompoundRecord | null;
  status?: CompoundCard['status'];
  /** FAQ answers to open, by index. */
  open?: number[];
}

async function shoot(name: string, shot: Shot) {
  const card = document.createElement('compound-card');
  for (const [attr, value] of Object.entries(shot.attrs ?? {})) card.setAttribute(attr, value);
  const value = (shot.record ?? ((r) => r))(record);
  if (value) card.record = value;
  const frame = await fixture<HTMLElement>(
    // At the page's top-left corner: whole pixels, whatever the test page holds above it.
    html`<div dir=${shot.dir ?? 'ltr'} style="position: absolute; top: 0; left: 0; z-index: 1; width: ${shot.width ?? 600}px; padding: 8px; background: #fff">${card}</div>`,
  );
  await settled(card, shot.status ?? 'ready', 8000);
  card.shadowRoot!.adoptedStyleSheets = [...card.shadowRoot!.adoptedStyleSheets, still];
  for (const index of shot.open ?? []) $(card, `#faq-q-${index}`)!.click();
  await card.updateComplete;
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await visualDiff(frame, name);
}

let record: CompoundRecord;
before(async () => {
  record = shortRecord(await thymogen());
  // Tall enough for the 320 px shot: WebKit's shots are cut from the window.
  await setViewport({ width: 1100, height: 1800 });
});

describe('screenshots', () => {
  it('light theme, 600 px', () => shoot('light-600', { attrs: { theme: 'light' } }));
  it('dark theme, 600 px', () => shoot('dark-600', { attrs: { theme: 'dark' } }));
  it('320 px', () => shoot('light-320', { width: 320 }));
  it('1000 px', () => shoot('light-1000', { width: 1000 }));
  it('facts collapsed and an FAQ answer open', () => shoot('facts-collapsed-faq-open', { attrs: { 'facts-collapsed': '' }, open: [0] }));
  it('the error state with Retry', () =>
    shoot('error-retry', { attrs: { src: '/api/status?code=500&key=shot-error' }, record: () => null, status: 'error' }));
  it('the loading placeholder', () =>
    shoot('loading', { attrs: { src: '/api/record?delay=60000&key=shot-loading' }, record: () => null, status: 'loading' }));
  // Right to left: the chevrons closed (second question) and open (first) in each direction.
  it('an English record on a right-to-left page, chevrons closed and open', () => shoot('english-on-rtl', { dir: 'rtl', open: [0] }));
  it('an Arabic-script record on a left-to-right page, chevrons closed and open', () =>
    shoot('arabic-on-ltr', { record: arabicRecord, open: [0] }));
  it('an Arabic-script record on a right-to-left page', () => shoot('arabic-on-rtl', { dir: 'rtl', record: arabicRecord, open: [0] }));
});

after(() => {
  // The loading card's request is held open by the server for a minute; let it go.
  for (const card of document.querySelectorAll('compound-card')) card.remove();
});
