// Test-only pages under /ssr/: a host page with a server-rendered card between
// two paragraphs, rendered per request by the built `./ssr` entry, with the
// bundle placed where the query says. Query:
//   script=head|defer|module|late|after-paint|source|none   where the bundle's script tag goes
//                                        (source: the package's modules, from src/)
//                                        (late: added by a file script after load)
//                                        (after-paint: the README's inline script adds it
//                                         after the first contentful paint)
//   stylesheet=1   the shadow root links dist/compound-card.css (with csp=1 for strict pages)
//   csp=1          served with the strict Content-Security-Policy the README gives
//   json-ld=1      the JSON-LD script after the card
//   render=client  no server rendering: the card with its record embedded
//   render=src     no server rendering: the card with `src`, its record 1.5 s late
//   reserve=1      the README's host rule that makes a `src` card's placeholder a screen high, and its class on the cards
//   from=N&to=M    one card per XSS payload N…M-1, in every text field and the URL
//   stall=MS      the response pauses MS ms in the middle of the embedded record's text
//   stall-at=label   … or, instead, between the quick-facts toggle's start tag and its label
//   stall-at=body    … or, instead, right after <body>: the head (and a bundle there) arrives first
//   paint-timing=none   an engine without paint timing: the page has no PerformanceObserver
//   watch=rehearsal   tests/ssr/rehearsal-watch.js before the bundle: records the rehearsal's steps and templates
//   host-sets=attribute|property   at DOMContentLoaded (after a deferred bundle, before the takeover) the
//                  page sets its cards' theme="dark" attribute, or their headingLevel property to 4
// POST /ssr/render with `{ record, options }`: that one card's HTML, for property tests.
//   facts-collapsed=1, faq-mode=…, theme=…, lang=…, heading-level=…, sections=…  render options,
//                  named as `compound-card render` names them
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterPaintLoader, reservedPlaceholder } from '../../scripts/readme-snippets.mjs';
import { STRICT_CSP } from './csp-pages.mjs';

/** @type {unknown} */
const thymogen = JSON.parse(readFileSync(new URL('../../demo/records/thymogen.json', import.meta.url), 'utf8'));
/** @type {{ payloads: string[] }} */
const payloads = JSON.parse(readFileSync(new URL('../fixtures/xss-payloads.json', import.meta.url), 'utf8'));

/**
 * A record with `text` in every text field and, raw, in the reference URL (`encode`: percent-encoded there).
 * @param {string} text
 */
export function hostileRecord(text, encode = false) {
  return {
    schemaVersion: 1,
    id: 'hostile',
    name: text.slice(0, 120) || 'x',
    summary: text.slice(0, 500),
    quickFacts: [{ label: text.slice(0, 80) || 'x', value: text.slice(0, 500) || 'x' }],
    keyTakeaways: [text.slice(0, 1000) || 'x'],
    sections: [{ id: 'section', title: text.slice(0, 120) || 'x', paragraphs: [text || 'x'] }],
    faq: [{ question: text.slice(0, 300) || 'x', answer: text || 'x' }],
    references: [
      { title: text.slice(0, 300) || 'x', url: `https://example.org/?q=${encode ? encodeURIComponent(text) : text}`, type: 'study', source: text.slice(0, 200) || 'x' },
    ],
  };
}

/** @type {Partial<Record<string, string>>} */
const SCRIPTS = {
  head: '<script src="/dist/compound-card.js"></script>',
  defer: '<script defer src="/dist/compound-card.js"></script>',
  module: '<script type="module" src="/dist/compound-card.js"></script>',
  late: '<script defer src="/tests/ssr/late-bundle.js"></script>',
  'after-paint': afterPaintLoader('/dist/compound-card.js'),
  // The package's modules as a host's bundler would take them (`compound-card/define`), from source.
  source: '<script type="module" src="/src/define.ts"></script>',
  none: '',
};

/** A Koa middleware for the test runner's server. @returns {import('@web/dev-server-core').Middleware} */
export function ssrPages() {
  return async (context, next) => {
    if (!context.path.startsWith('/ssr/')) return next();
    const { renderCard, renderOptionsFrom, InvalidRecordError } = await import('../../dist/esm/ssr.js');
    const { scriptJson } = await import('../../dist/esm/schema.js');
    if (context.path === '/ssr/render' && context.method === 'POST') {
      // One card for a posted `{ record, options }`, as `renderCard` writes it.
      let body = '';
      for await (const chunk of context.req) body += chunk;
      /** @type {{ record: unknown, options?: import('../../dist/esm/ssr.js').RenderOptions }} */
      const { record, options } = JSON.parse(body);
      try {
        context.body = renderCard(record, options);
        context.type = 'text/html';
      } catch (err) {
        if (!(err instanceof InvalidRecordError)) throw err;
        context.status = 422;
        context.body = err.message;
      }
      return;
    }
    const q = new URL(context.url, 'http://localhost').searchParams;
    // The README's rule for a `src` card's placeholder, and its class on the cards.
    const reserve = q.get('reserve') ? reservedPlaceholder() : undefined;
    // Render options by their flag names (`heading-level=4`); `stylesheet=1` links the built sheet.
    const options = renderOptionsFrom((name) =>
      name === 'stylesheet' ? (q.get(name) ? '/dist/compound-card.css' : undefined) : (q.get(name) ?? undefined),
    );
    // One card per payload in [from, to), or the demo record.
    const from = Number(q.get('from') ?? NaN);
    const to = Math.min(Number(q.get('to') ?? from + 1), payloads.payloads.length);
    const cards = [];
    const records = [];
    if (Number.isInteger(from)) {
      for (let n = from; n < to; n++) {
        const text = payloads.payloads[n];
        let record = hostileRecord(text);
        try {
          cards.push(renderCard(record, options));
        } catch (err) {
          // A payload that is no http(s) URL when written raw into one goes in percent-encoded.
          if (!(err instanceof InvalidRecordError)) throw err;
          record = hostileRecord(text, true);
          cards.push(renderCard(record, options));
        }
        records.push(record);
      }
    } else {
      // The demo record, `cards` times (a catalogue page); with `render=client`, not
      // server-rendered: the card with its record embedded, as a page writes it without server rendering.
      const card = {
        client: `<compound-card><script type="application/json">${scriptJson(thymogen)}</script></compound-card>`,
        src: `<compound-card src="/api/record?delay=1500&amp;key=ssr-page-src"></compound-card>`,
      }[q.get('render') ?? ''] ?? renderCard(thymogen, options);
      const placed = reserve ? reserve.onCard(card) : card;
      for (let n = Number(q.get('cards') ?? 1); n > 0; n--) cards.push(placed);
    }
    if (context.path === '/ssr/records.json') {
      // The records a page with the same query renders, for the test to compare with.
      context.type = 'application/json';
      context.body = JSON.stringify(records);
      return;
    }
    const hostSets = {
      attribute: "card.setAttribute('theme', 'dark')",
      property: 'card.headingLevel = 4',
    }[q.get('host-sets') ?? ''];
    const script =
      (q.get('paint-timing') === 'none' ? '<script>delete window.PerformanceObserver;</script>\n' : '') +
      (q.get('watch') === 'rehearsal' ? '<script src="/tests/ssr/rehearsal-watch.js"></script>\n' : '') +
      (SCRIPTS[q.get('script') ?? 'head'] ?? '') +
      (hostSets ? `\n<script>document.addEventListener('DOMContentLoaded', () => { for (const card of document.querySelectorAll('compound-card')) ${hostSets}; });</script>` : '');
    context.type = 'text/html';
    if (q.get('csp')) context.set('Content-Security-Policy', STRICT_CSP);
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rendered card</title>
<link rel="stylesheet" href="/tests/ssr/page.css">
${reserve ? `<style>${reserve.css}</style>` : ''}
<script src="/tests/ssr/observe.js"></script>
${script}
</head>
<body>
<main>
<h1>A host page</h1>
<p id="before">A paragraph before the card, as on an article page.</p>
${cards.join('\n')}
<p id="after">A paragraph after the card: if the card changed size, this would move.</p>
</main>
</body>
</html>
`;
    const stall = Number(q.get('stall') ?? 0);
    if (!stall) {
      context.body = html;
      return;
    }
    // The parser gets the card and half its record, then nothing for a while: a
    // card that reads its record before the text is complete would show it then.
    // Or it gets the server's markup up to an empty toggle button: a frame painted
    // then shows the button without its label, and nothing in it may move after.
    // Or it gets the head (and the bundle, when it is there) and nothing of the body yet,
    // as when the rest of a page is still on its way.
    const stallAt = q.get('stall-at');
    const at = html.indexOf({ label: 'class="toggle"', body: '<body>' }[stallAt ?? ''] ?? '<script type="application/json">');
    if (at < 0) throw new Error(`no place to stall in ${context.url}`);
    const middle = stallAt === 'label' ? html.indexOf('>', at) + 1 : stallAt === 'body' ? at + '<body>'.length : at + 200;
    context.body = Readable.from(
      (async function* () {
        yield html.slice(0, middle);
        await sleep(stall);
        yield html.slice(middle);
      })(),
    );
  };
}
