// <compound-card> inside a real React 19 app, the way a React developer writes it:
// `record` passed as a prop (React 19 sets it as a property, because the element has
// one), attributes as props, and the three events through React 19's custom-element
// event props (`oncompound-card-load` → addEventListener('compound-card-load')).
//
// React ships CommonJS only, so it comes pre-bundled as an ES module by
// `node scripts/build-react-fixture.mjs`; the card itself is registered from src/.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import type { CompoundCardErrorDetail, CompoundCardLoadDetail, CompoundCardToggleDetail } from '../src/events.js';
import type { CompoundRecord } from '../src/record/schema.js';
import { $, $$, clone, settled, textOf, thymogen } from './helpers.js';
import type * as Harness from './react/harness.js';

const HARNESS_URL = '/node_modules/.cache/compound-card/react-harness.js';

let react: typeof Harness;

async function loadReact(): Promise<typeof Harness> {
  try {
    return (await import(HARNESS_URL)) as typeof Harness;
  } catch (error) {
    throw new Error(`React harness missing: run \`node scripts/build-react-fixture.mjs\` first (${String(error)})`);
  }
}

interface EventLog {
  load: CustomEvent<CompoundCardLoadDetail>[];
  error: CustomEvent<CompoundCardErrorDetail>[];
  toggle: CustomEvent<CompoundCardToggleDetail>[];
}

interface HostProps {
  record: unknown;
  log: EventLog;
  headingLevel?: number;
  sections?: string;
  theme?: string;
  factsCollapsed?: boolean;
}

/**
 * The app's component: props in, a card out. The handlers are new functions on
 * every render, as inline arrows are in real apps, so each re-render also checks
 * that React swaps the listener instead of adding a second one.
 */
function Host({ record, log, headingLevel = 3, sections, theme, factsCollapsed }: HostProps) {
  return react.createElement('compound-card', {
    record,
    'heading-level': headingLevel,
    sections,
    theme,
    'facts-collapsed': factsCollapsed,
    'oncompound-card-load': (event: CustomEvent<CompoundCardLoadDetail>) => log.load.push(event),
    'oncompound-card-error': (event: CustomEvent<CompoundCardErrorDetail>) => log.error.push(event),
    'oncompound-card-toggle': (event: CustomEvent<CompoundCardToggleDetail>) => log.toggle.push(event),
  });
}

describe('in a React 19 app', () => {
  let record: CompoundRecord;
  let container: HTMLElement;
  let root: Harness.Root;
  let log: EventLog;

  const render = (props: Omit<HostProps, 'log'>) => {
    react.flushSync(() => root.render(react.createElement(Host, { ...props, log })));
  };
  const cardIn = (): CompoundCard => {
    const card = container.querySelector('compound-card');
    if (!card) throw new Error('React rendered no <compound-card>');
    return card;
  };
  const titleOf = (card: CompoundCard) => $(card, '[part="title"]');

  before(async () => {
    react = await loadReact();
    record = await thymogen();
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = react.createRoot(container);
    log = { load: [], error: [], toggle: [] };
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('runs React 19 (react and react-dom)', () => {
    expect(react.reactVersion).to.match(/^19\./);
    expect(react.reactDomVersion).to.match(/^19\./);
  });

  it('receives the record as a property and renders it', async () => {
    render({ record });
    const card = cardIn();
    expect(card).to.be.instanceOf(customElements.get('compound-card')!);
    // A property, not an attribute: React 19 saw `record` on the element.
    expect(card.record).to.equal(record);
    expect(card.hasAttribute('record')).to.equal(false);
    await settled(card, 'ready');
    expect(textOf(titleOf(card))).to.equal('Thymogen');
    expect(card.getAttribute('status')).to.equal('ready');
  });

  it('passes heading-level, sections, theme and facts-collapsed through', async () => {
    render({ record, headingLevel: 3, sections: 'facts faq', theme: 'dark', factsCollapsed: true });
    const card = cardIn();
    await settled(card, 'ready');
    // No such property: React sets these as attributes.
    expect(card.getAttribute('heading-level')).to.equal('3');
    expect(card.hasAttribute('facts-collapsed')).to.equal(true);
    // The element has these properties, so React 19 sets the properties.
    expect(card.theme).to.equal('dark');
    expect(card.sections).to.equal('facts faq');

    expect(titleOf(card)!.tagName).to.equal('H3');
    expect($(card, '[part="faq"] .block-title')!.tagName).to.equal('H4');
    expect($(card, '[part="facts"]')).to.not.equal(null);
    expect($(card, '[part="faq"]')).to.not.equal(null);
    expect($(card, '[part="takeaways"]')).to.equal(null);
    expect($(card, '[part="article"]')).to.equal(null);
    expect($(card, 'article.card')!.classList.contains('dark')).to.equal(true);
    expect($(card, '[part="facts"] .toggle')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('follows changed props on re-render, without reloading the same record', async () => {
    render({ record, headingLevel: 3, theme: 'dark', factsCollapsed: true });
    const card = cardIn();
    await settled(card, 'ready');
    expect(log.load).to.have.length(1);

    render({ record, headingLevel: 5, theme: 'light', factsCollapsed: false });
    await card.updateComplete;
    expect(cardIn()).to.equal(card);
    expect(titleOf(card)!.tagName).to.equal('H5');
    expect(card.hasAttribute('facts-collapsed')).to.equal(false);
    expect($(card, '[part="facts"] .toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(card, 'article.card')!.classList.contains('light')).to.equal(true);
    // The same record object: nothing to load again.
    expect(log.load).to.have.length(1);

    // A prop that is dropped is unset: theme back to its default.
    render({ record });
    await card.updateComplete;
    expect($(card, 'article.card')!.classList.contains('light')).to.equal(true);
    expect(titleOf(card)!.tagName).to.equal('H3');
  });

  it('calls the oncompound-card-load prop with detail.record', async () => {
    render({ record });
    const card = cardIn();
    await settled(card, 'ready');
    expect(log.load).to.have.length(1);
    const [event] = log.load;
    expect(event!.target).to.equal(card);
    expect(event!.bubbles).to.equal(true);
    expect(event!.composed).to.equal(true);
    expect(event!.detail.record.id).to.equal('thymogen');
    expect(event!.detail.record.name).to.equal('Thymogen');
    expect(log.error).to.have.length(0);
  });

  it('calls the oncompound-card-toggle prop when an FAQ question is clicked', async () => {
    render({ record });
    const card = cardIn();
    await settled(card, 'ready');
    const questions = $$<HTMLButtonElement>(card, '[part="faq"] .toggle');
    expect(questions.length).to.be.greaterThan(2);

    questions[2]!.click();
    await card.updateComplete;
    expect(log.toggle.map((event) => event.detail)).to.deep.equal([{ block: 'faq', index: 2, open: true }]);
    expect(questions[2]!.getAttribute('aria-expanded')).to.equal('true');

    // Re-rendering hands React new handler functions: still exactly one call per toggle.
    render({ record, theme: 'dark' });
    await card.updateComplete;
    $$<HTMLButtonElement>(card, '[part="faq"] .toggle')[0]!.click();
    await card.updateComplete;
    expect(log.toggle.map((event) => event.detail)).to.deep.equal([
      { block: 'faq', index: 2, open: true },
      { block: 'faq', index: 0, open: true },
    ]);
  });

  it('shows a new record object passed on re-render', async () => {
    render({ record });
    const card = cardIn();
    await settled(card, 'ready');

    const renamed = { ...clone(record), name: 'Glutamyl-tryptophan' };
    render({ record: renamed });
    await card.updateComplete;
    expect(cardIn()).to.equal(card);
    expect(card.record).to.equal(renamed);
    expect(textOf(titleOf(card))).to.equal('Glutamyl-tryptophan');
    expect(log.load.map((event) => event.detail.record.name)).to.deep.equal(['Thymogen', 'Glutamyl-tryptophan']);

    // And back to the first object.
    render({ record });
    await card.updateComplete;
    expect(textOf(titleOf(card))).to.equal('Thymogen');
    expect(log.load).to.have.length(3);
  });

  it('calls the oncompound-card-error prop for an invalid record, and recovers', async () => {
    const invalid = { ...clone(record), name: '' };
    render({ record: invalid });
    const card = cardIn();
    await settled(card, 'error');
    expect(log.error).to.have.length(1);
    expect(log.error[0]!.detail.kind).to.equal('invalid');
    expect(log.error[0]!.detail.issues).to.be.an('array').with.length.greaterThan(0);
    expect(log.error[0]!.detail.issues!.some((issue) => issue.startsWith('name:'))).to.equal(true);
    expect(log.load).to.have.length(0);
    expect($(card, '[part="error"]')).to.not.equal(null);
    expect(titleOf(card)).to.equal(null);

    render({ record });
    await settled(card, 'ready');
    expect(textOf(titleOf(card))).to.equal('Thymogen');
    expect(log.load).to.have.length(1);
    expect(log.error).to.have.length(1);
  });

  it('is removed cleanly when the React root unmounts', async () => {
    render({ record });
    const card = cardIn();
    await settled(card, 'ready');
    react.flushSync(() => root.render(null));
    expect(container.querySelector('compound-card')).to.equal(null);
    expect(card.isConnected).to.equal(false);

    render({ record });
    const second = cardIn();
    await settled(second, 'ready');
    root.unmount();
    expect(container.childNodes).to.have.length(0);
    expect(second.isConnected).to.equal(false);
    // Let anything the card scheduled run: page-guard fails the test on any error.
    await new Promise((resolve) => setTimeout(resolve, 50));
    // (afterEach unmounts again, which React ignores for an unmounted root.)
  });
});
