// `loading="lazy"` (README, "API", "Attributes"): like a lazy <img>, a `src` card below the fold asks
// for its record only when it nears the viewport. Counted on the server's side.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import { settled } from './helpers.js';

const requestsFor = async (key: string): Promise<number> =>
  ((await (await fetch(`/api/stats?key=${key}`)).json()) as { requests: number }).requests;
let n = 0;
const key = () => `lazy-${Date.now()}-${n++}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A card after a spacer several screens tall: far below the fold. */
async function belowTheFold(loading: string | undefined, k: string) {
  const page = await fixture<HTMLElement>(html`<div>
    <div class="spacer"></div>
    <compound-card loading=${loading ?? ''} src=${`/api/record?key=${k}`}></compound-card>
  </div>`);
  // The test page's own styles are not the card's business: size the spacer here.
  page.querySelector<HTMLElement>('.spacer')!.style.height = `${window.innerHeight * 6}px`;
  if (loading === undefined) page.querySelector('compound-card')!.removeAttribute('loading');
  return page.querySelector<CompoundCard>('compound-card')!;
}

describe('loading="lazy"', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('requests nothing while the card is far below the fold, then loads as it nears the viewport', async () => {
    const k = key();
    const card = await belowTheFold('lazy', k);
    await pause(600);
    expect(await requestsFor(k)).to.equal(0);
    expect(card.status).to.equal('loading');
    expect(card.loading).to.equal('lazy');
    card.scrollIntoView();
    await settled(card, 'ready');
    expect(await requestsFor(k)).to.equal(1);
  });

  it('requests at once when the card is already in view', async () => {
    const k = key();
    const card = await fixture<CompoundCard>(html`<compound-card loading="lazy" src=${`/api/record?key=${k}`}></compound-card>`);
    await settled(card, 'ready');
    expect(await requestsFor(k)).to.equal(1);
  });

  it('is eager by default, and for any other value', async () => {
    for (const loading of [undefined, 'eager', 'LAZY-ish']) {
      const k = key();
      const card = await belowTheFold(loading, k);
      await settled(card, 'ready');
      expect(await requestsFor(k), String(loading)).to.equal(1);
    }
  });

  it('does not delay an embedded record', async () => {
    const lazy = document.createElement('compound-card');
    lazy.setAttribute('loading', 'lazy');
    lazy.record = { schemaVersion: 1, id: 'x', name: 'X' };
    document.body.append(lazy);
    await settled(lazy, 'ready');
    lazy.remove();
  });

  it('stops waiting when the card is removed, and waits again when it comes back', async () => {
    const k = key();
    const card = await belowTheFold('lazy', k);
    const parent = card.parentElement!;
    card.remove();
    window.scrollTo(0, document.body.scrollHeight);
    await pause(300);
    expect(await requestsFor(k)).to.equal(0);
    parent.append(card);
    card.scrollIntoView();
    await settled(card, 'ready');
    expect(await requestsFor(k)).to.equal(1);
  });
});
