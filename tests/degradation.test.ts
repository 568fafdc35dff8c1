// What the card does where a browser lacks a newer feature (README, "Supported
// browsers"): each test removes the feature from a fresh frame, then loads the built
// bundle there with a plain script tag, as an older browser would run it.
import { expect, waitUntil } from '@open-wc/testing';
import type { CompoundCard } from '../src/compound-card.js';
import { thymogen } from './helpers.js';

/** A same-origin frame that runs `removal` first, then the bundle, then holds one card. */
async function frameWithout(removal: string) {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body><script>${removal}</script>
    <script src="/dist/compound-card.js"></script><compound-card facts-collapsed></compound-card></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const card = win.document.querySelector('compound-card') as CompoundCard;
  card.record = await thymogen();
  await waitUntil(() => card.status === 'ready', 'the card never became ready');
  await card.updateComplete;
  return { frame, win, card, root: card.shadowRoot! };
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('graceful degradation', () => {
  it('without Trusted Types (before Safari 26): the card renders', async () => {
    const { win, root } = await frameWithout(
      "Object.defineProperty(window, 'trustedTypes', { value: undefined, configurable: true }); delete window.TrustedTypePolicyFactory;",
    );
    expect((win as unknown as { trustedTypes?: unknown }).trustedTypes).to.equal(undefined);
    expect(root.querySelector('.title')?.textContent?.trim()).to.equal('Thymogen');
  });

  it('without custom states, :state() (before Safari 17.4): the card renders and reports its status', async () => {
    const { win, card, root } = await frameWithout(
      "delete window.CustomStateSet; if (window.ElementInternals) delete ElementInternals.prototype.states;",
    );
    expect('CustomStateSet' in win).to.equal(false);
    expect(card.status).to.equal('ready');
    expect(root.querySelector('[role="note"]')).to.not.equal(null);
  });

  it('without hidden="until-found" (before Safari 26.2): a collapsed panel is plainly hidden and opens on a click', async () => {
    // Engines without until-found read any `hidden` value as plain hidden; so does the
    // frame once the feature's trace (the beforematch handler property) is gone.
    const { win, card, root } = await frameWithout('delete HTMLElement.prototype.onbeforematch;');
    expect('onbeforematch' in win.document.body).to.equal(false);
    const panel = root.querySelector<HTMLElement>('#facts-panel')!;
    expect(panel.hasAttribute('hidden')).to.equal(true);
    expect(panel.getBoundingClientRect().height).to.equal(0);
    root.querySelector<HTMLButtonElement>('#facts-toggle')!.click();
    await card.updateComplete;
    expect(panel.hasAttribute('hidden')).to.equal(false);
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(10);
  });
});
