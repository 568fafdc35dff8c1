// The README's nginx example in Debian's nginx, as a host site would use it: a page
// on another origin (this runner's) runs the bundle pinned with `integrity` and shows
// a record, both served by that nginx with the README's own location blocks.
// tests/server/nginx-plugin.mjs starts nginx (GET /nginx/origin) and stops it with
// the runner; tests/node/nginx-hosting.test.mjs checks the headers themselves.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import { en } from '../src/i18n/en.js';
import { $, loadOutcome, textOf } from './helpers.js';

interface Nginx {
  origin: string;
  recordPath: string;
  releasePath: string;
  integrity: string;
  error?: string;
}

let nginx: Nginx;
before(async () => {
  nginx = await (await fetch('/nginx/origin', { cache: 'no-store' })).json();
  if (nginx.error) throw new Error(`nginx did not start: ${nginx.error}`);
});

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Opens a host page of this origin in a frame kept in the viewport (WebKit runs no frames for one outside it). */
async function openHostPage(query: Record<string, string>) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 600px; height: 600px; border: 0';
  frame.src = `/hosting/page.html?${new URLSearchParams(query)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

describe('hosting on nginx with the README\'s location blocks', () => {
  it('a page on another origin runs the pinned bundle and shows a record, both from nginx: ready', async () => {
    expect(new URL(nginx.origin).origin).not.to.equal(location.origin);
    const win = await openHostPage({
      bundle: `${nginx.origin}${nginx.releasePath}compound-card.js`,
      integrity: nginx.integrity,
      src: `${nginx.origin}${nginx.recordPath}`,
    });
    const card = win.document.querySelector('compound-card') as CompoundCard;
    await waitUntil(() => win.customElements.get('compound-card'), 'the bundle from nginx never defined the card', { timeout: 8000 });
    await waitUntil(() => ['ready', 'error'].includes(card.status), 'the card never settled', { timeout: 8000 });
    expect(card.status).to.equal('ready');
    expect(textOf($(card, '[part="title"]'))).to.equal('Thymogen');
  });

  it('a record nginx does not have: the card reads "HTTP 404" (the header is sent "always"), not "could not be reached"', async () => {
    const card = document.createElement('compound-card');
    card.src = `${nginx.origin}/records/not-published-yet.json`;
    const ended = loadOutcome(card);
    await fixture(html`<div>${card}</div>`);
    expect(await ended).to.deep.include({ kind: 'http', message: en.errors.http('404') });
  });
});
