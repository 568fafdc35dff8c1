// "Safe on any page": every string in tests/fixtures/xss-payloads.json, in every text
// field and in the URL field of a record, through each of the three record sources.
// Text must come out as the same text, never as markup; a non-http(s) URL must make the
// record invalid. Executable payloads call window.__xss(n), a spy that must stay silent
// while the cards render and while every link and button they render is clicked.
import { aTimeout, expect, nextFrame, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import { shadow } from './helpers.js';

declare global {
  interface Window {
    __xss?: (id: unknown) => void;
  }
}

type Source = 'record' | 'embedded' | 'src';
const SOURCES: Source[] = ['record', 'embedded', 'src'];

/** Where each text field's value is rendered, found through the `part` names (README, "API", "Parts"). */
const TEXT_FIELDS = {
  name: { max: 120, where: '[part~="title"]' },
  summary: { max: 500, where: '[part~="header"] p' },
  'quickFacts[].label': { max: 80, where: '[part~="facts"] dt' },
  'quickFacts[].value': { max: 500, where: '[part~="facts"] dd' },
  'keyTakeaways[]': { max: 1000, where: '[part~="takeaways"] li' },
  'sections[].title': { max: 120, where: '[part~="article"] :is(h1, h2, h3, h4, h5, h6)' },
  'sections[].paragraphs[]': { max: 4000, where: '[part~="article"] p' },
  'faq[].question': { max: 300, where: '[part~="faq"] button' },
  'faq[].answer': { max: 4000, where: '[part~="faq"] p' },
  'references[].title': { max: 300, where: '[part~="references"] a' },
  // The list item minus its link, which holds the title.
  'references[].source': { max: 200, where: '[part~="references"] li', outside: 'a' },
} as const;
type TextField = keyof typeof TEXT_FIELDS;
const FIELD_NAMES = Object.keys(TEXT_FIELDS) as TextField[];

/** Elements the card never renders itself; none may appear in its shadow root. */
const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, frameset, object, embed, applet, img, image, picture, svg, math, meta, base, form, ' +
  'input, textarea, select, style, link, template, slot, video, audio, source, track, marquee, noscript, xmp, ' +
  'isindex, portal, area, map';
/** Attributes that load or run something; only `href` may appear, and only as http(s). */
const URL_ATTRIBUTES = new Set([
  'src', 'srcset', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'codebase',
  'cite', 'longdesc', 'xlink:href', 'manifest', 'dynsrc', 'lowsrc',
]);

/** A URL the record format accepts for `references[].url`: absolute, http: or https:. */
const isHttpUrl = (value: string) => {
  try {
    return /^https?:$/.test(new URL(value.trim()).protocol);
  } catch {
    return false;
  }
};

/** An `href` value that, resolved against the page as a link's is, leads to an http(s) URL. */
const resolvesToHttp = (value: string) => {
  try {
    return /^https?:$/.test(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
};

/** The payload cut to a field's limit, never splitting a surrogate pair. */
function fit(payload: string, max: number): string {
  if (payload.length <= max) return payload;
  const cut = payload.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const b64url = (text: string) => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const echoUrl = (record: unknown) => `/api/echo?record=${b64url(JSON.stringify(record))}`;
/** Longest `src` URL a record may need; longer records are split by field. */
const URL_BUDGET = 8000;

type Values = Partial<Record<TextField, string>>;

/** A valid record carrying `values` in their fields, with plain filler where a field's partner is required. */
function textRecord(key: string, values: Values) {
  const record: Record<string, unknown> = { schemaVersion: 1, id: `xss-${key}`, name: values.name ?? `Record ${key}` };
  if (values.summary) record.summary = values.summary;
  if (values['quickFacts[].label'] || values['quickFacts[].value']) {
    record.quickFacts = [{ label: values['quickFacts[].label'] ?? 'Label', value: values['quickFacts[].value'] ?? 'Value' }];
  }
  if (values['keyTakeaways[]']) record.keyTakeaways = [values['keyTakeaways[]']];
  if (values['sections[].title'] || values['sections[].paragraphs[]']) {
    record.sections = [
      { id: 's', title: values['sections[].title'] ?? 'Section', paragraphs: [values['sections[].paragraphs[]'] ?? 'Text.'] },
    ];
  }
  if (values['faq[].question'] || values['faq[].answer']) {
    record.faq = [{ question: values['faq[].question'] ?? 'Question?', answer: values['faq[].answer'] ?? 'Answer.' }];
  }
  if (values['references[].title'] || values['references[].source']) {
    record.references = [
      {
        title: values['references[].title'] ?? 'Reference',
        url: `https://example.org/reference/${key}`,
        type: 'study',
        ...(values['references[].source'] ? { source: values['references[].source'] } : {}),
      },
    ];
  }
  return record;
}

interface TextCase {
  kind: 'text';
  id: number;
  payload: string;
  values: Values;
  record: Record<string, unknown>;
  /** The same record shape with plain text: what the card must render element for element. */
  twin: Record<string, unknown>;
  shape: string;
}

interface UrlCase {
  kind: 'url';
  ids: number[];
  urls: string[];
  record: Record<string, unknown>;
  twin: Record<string, unknown>;
  shape: string;
  /** The issues the card must report; empty when every URL is http(s). */
  issues: string[];
}

type Case = TextCase | UrlCase;

/** One record per payload with the payload in every text field; split by field where a `src` URL would get too long. */
function textCases(payloads: string[]): TextCase[] {
  return payloads.flatMap((payload, index) => {
    const id = index + 1;
    const groups: TextField[][] = [[]];
    for (const field of FIELD_NAMES) {
      const group = groups.at(-1)!;
      const values = Object.fromEntries([...group, field].map((f) => [f, fit(payload, TEXT_FIELDS[f].max)]));
      if (group.length && echoUrl(textRecord(`${id}`, values)).length > URL_BUDGET) groups.push([field]);
      else group.push(field);
    }
    return groups.map((fields, part) => {
      const values: Values = Object.fromEntries(fields.map((f) => [f, fit(payload, TEXT_FIELDS[f].max)]));
      const plain: Values = Object.fromEntries(fields.map((f) => [f, 'Plain text']));
      return {
        kind: 'text' as const,
        id,
        payload,
        values,
        record: textRecord(`${id}-${part}`, values),
        twin: textRecord(`twin-${fields.length}`, plain),
        shape: fields.join(),
      };
    });
  });
}

function urlRecord(key: string, ids: number[], urls: string[]) {
  return {
    schemaVersion: 1,
    id: `xss-urls-${key}`,
    name: `URL batch ${key}`,
    references: urls.map((url, i) => ({ title: `Reference ${ids[i]}`, url, type: 'study' })),
  };
}

/**
 * Every payload as a reference URL, batched up to 100 references a record (and a
 * short enough `src` URL). Any non-http(s) URL makes its batch invalid; the http(s)
 * ones are rendered in one more record of their own.
 */
function urlCases(payloads: string[]): UrlCase[] {
  const entries = payloads.map((url, index) => ({ id: index + 1, url }));
  const batches: (typeof entries)[] = [[]];
  for (const entry of entries) {
    const batch = batches.at(-1)!;
    const next = [...batch, entry];
    const size = echoUrl(urlRecord('0', next.map((e) => e.id), next.map((e) => e.url))).length;
    if (batch.length && (next.length > 100 || size > URL_BUDGET)) batches.push([entry]);
    else batch.push(entry);
  }
  batches.push(entries.filter((e) => isHttpUrl(e.url)));
  return batches.map((batch, b) => {
    const ids = batch.map((e) => e.id);
    const urls = batch.map((e) => e.url);
    const issues = urls.flatMap((url, i) => (isHttpUrl(url) ? [] : [`references[${i}].url: must be an http(s) URL`]));
    const plainUrls = urls.map((url) => (isHttpUrl(url) ? 'https://example.org/' : 'not a url'));
    return {
      kind: 'url' as const,
      ids,
      urls,
      record: urlRecord(`${b}`, ids, urls),
      twin: urlRecord(`twin-${b}`, ids, plainUrls),
      shape: `urls-${b}`,
      issues,
    };
  });
}

function makeCard(source: Source, record: unknown): CompoundCard {
  const card = document.createElement('compound-card');
  if (source === 'record') card.record = record;
  else if (source === 'embedded') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(record);
    card.append(script);
  } else card.src = echoUrl(record);
  return card;
}

/** Tag names and attribute names, in document order: what markup a card produced, ignoring text. */
const structureOf = (card: CompoundCard) =>
  [...shadow(card).querySelectorAll('*')].map(
    (el) => `${el.localName}[${[...el.attributes].map((a) => a.name).sort().join(' ')}]`,
  );

/** Text of `el` outside any descendant matching `outside`. */
function textOutside(el: Element, outside: string): string {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const wrapper = node.parentElement?.closest(outside);
    if (!wrapper || !el.contains(wrapper)) text += node.nodeValue;
  }
  return text;
}

/** Where in the card an element is, e.g. `in <li> of part "takeaways"`, to name the field it came from. */
function placeOf(el: Element): string {
  const parent = el.parentElement;
  const part = el.closest('[part]')?.getAttribute('part');
  return `in <${parent?.localName ?? '(root)'}>${part ? ` of part "${part}"` : ''}`;
}

/** Anything in or on the card that could run script or navigate somewhere other than http(s). */
function unsafeIn(card: CompoundCard, source: Source): string[] {
  const problems: string[] = [];
  const root = shadow(card);
  const light = [...card.querySelectorAll('*')];
  const expectedLight = source === 'embedded' ? ['script'] : [];
  if (light.map((el) => el.localName).join() !== expectedLight.join()) {
    problems.push(`light DOM holds ${light.map((el) => el.localName).join(', ') || 'nothing'}`);
  }
  for (const el of root.querySelectorAll(FORBIDDEN_ELEMENTS)) problems.push(`<${el.localName}> in the shadow root ${placeOf(el)}`);
  for (const el of [card, ...light, ...root.querySelectorAll('*')]) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${el.localName}> ${placeOf(el)} has attribute ${attr.name}`);
      if (URL_ATTRIBUTES.has(name)) problems.push(`<${el.localName}> has attribute ${attr.name}="${attr.value}"`);
      if (name === 'href' && !resolvesToHttp(attr.value)) {
        problems.push(`<${el.localName}> has href ${JSON.stringify(attr.value)}`);
      }
      if (name === 'style' && /url\(|expression|binding|import/i.test(attr.value)) {
        problems.push(`<${el.localName}> has style ${JSON.stringify(attr.value)}`);
      }
    }
  }
  for (const a of root.querySelectorAll('a')) {
    if (!a.hasAttribute('href') || !/^https?:$/.test(a.protocol)) problems.push(`<a> with href ${a.getAttribute('href')}`);
  }
  return problems;
}

const describeText = (text: string) => JSON.stringify(text.length > 70 ? `${text.slice(0, 70)}…` : text);

describe('XSS: hostile record text and URLs stay inert', function () {
  this.timeout(120_000);

  let payloads: string[];
  let cases: Case[];
  const hits: { id: unknown; during: string }[] = [];
  let during = 'setup';
  const errors = new WeakMap<CompoundCard, { kind: string; issues?: string[] }>();
  const onError = (event: Event) => {
    errors.set(event.target as CompoundCard, (event as CustomEvent).detail);
  };

  before(async () => {
    window.__xss = (id: unknown) => hits.push({ id, during });
    const corpus = (await (await fetch('/tests/fixtures/xss-payloads.json')).json()) as { payloads: string[] };
    payloads = corpus.payloads;
    cases = [...textCases(payloads), ...urlCases(payloads)];
    const urls = cases.filter((c) => c.kind === 'url').length;
    const echo = await fetch('/api/echo?record=e30');
    const placements = textCases(payloads).reduce((n, c) => n + Object.keys(c.values).length, 0);
    const trimmed = payloads.reduce(
      (n, p) => n + FIELD_NAMES.filter((f) => p.length > TEXT_FIELDS[f].max).length,
      0,
    );
    console.log(
      `xss corpus: ${payloads.length} payloads × ${FIELD_NAMES.length} text fields (${placements} placements, ` +
        `${trimmed} cut to the field's limit) + 1 URL field (${payloads.filter(isHttpUrl).length} of them http(s)) × ` +
        `${SOURCES.length} sources (record, embedded${echo.status === 404 ? '; src skipped: no /api/echo' : ', src'}); ` +
        `${cases.length} records a source (${cases.length - urls} for text, ${urls} for URLs)`,
    );
  });

  it('has at least 120 distinct payloads in the corpus', () => {
    expect(payloads.length).to.be.at.least(120);
    expect(new Set(payloads).size).to.equal(payloads.length);
  });

  it('renders a plain card with none of the watched elements (so any found below came from a record)', async () => {
    const twin = textCases(['Plain text'])[0]!;
    const card = makeCard('record', twin.record);
    document.body.append(card);
    await card.updateComplete;
    expect(card.status).to.equal('ready');
    expect(unsafeIn(card, 'record')).to.deep.equal([]);
    card.remove();
  });

  for (const source of SOURCES) {
    it(`keeps every payload inert through the ${source === 'record' ? 'record property' : source === 'embedded' ? 'embedded <script type="application/json">' : 'src attribute'}`, async function () {
      if (source === 'src') {
        const echo = await fetch('/api/echo?record=e30');
        if (echo.status === 404) this.skip();
      }
      during = `${source}: rendering`;
      const pageUrl = location.href;
      const baseUri = document.baseURI;
      const watched = () => document.querySelectorAll('iframe, object, embed, base, meta, form, frame').length;
      const watchedBefore = watched();
      const container = document.createElement('div');
      container.addEventListener('compound-card-error', onError);
      const twins = new Map<string, CompoundCard>();
      const mounted = cases.map((c) => {
        if (!twins.has(c.shape)) twins.set(c.shape, makeCard(source, c.twin));
        return { c, card: makeCard(source, c.record) };
      });
      container.append(...twins.values(), ...mounted.map((m) => m.card));
      document.body.append(container);
      // A payload that ran could also throw; note it here with the rest instead of aborting the test.
      const pageErrors: string[] = [];
      const mochaOnError = window.onerror;
      window.onerror = (message) => {
        pageErrors.push(`uncaught error during ${during}: ${String(message)}`);
        return true;
      };
      try {
        const all = [...twins.values(), ...mounted.map((m) => m.card)];
        const settledAll = async () => {
          await waitUntil(() => all.every((card) => card.status === 'ready' || card.status === 'error'), 'cards never settled', {
            timeout: 60_000,
          });
          await Promise.all(all.map((card) => card.updateComplete));
        };
        await settledAll();

        const problems: string[] = [];
        const report = (c: Case, what: string) =>
          problems.push(
            c.kind === 'text'
              ? `payload ${c.id} ${describeText(c.payload)} in ${c.shape === FIELD_NAMES.join() ? 'every text field' : c.shape}: ${what}`
              : `URL batch [${c.ids[0]}..${c.ids.at(-1)}]: ${what}`,
          );

        for (const { c, card } of mounted) {
          const twin = twins.get(c.shape)!;
          const structure = structureOf(card);
          const expected = structureOf(twin);
          if (structure.join('\n') !== expected.join('\n')) {
            const at = structure.findIndex((s, i) => s !== expected[i]);
            report(c, `markup differs from a plain-text record at element ${at}: ${structure[at]} instead of ${expected[at]}`);
          }
          for (const problem of unsafeIn(card, source)) report(c, problem);
          if (c.kind === 'text') {
            if (card.status !== 'ready') {
              report(c, `status ${card.status}: ${JSON.stringify(errors.get(card))}`);
              continue;
            }
            const rootText = shadow(card).textContent ?? '';
            for (const [field, value] of Object.entries(c.values) as [TextField, string][]) {
              const spec: { where: string; outside?: string } = TEXT_FIELDS[field];
              const texts = [...shadow(card).querySelectorAll(spec.where)].map((el) =>
                spec.outside ? textOutside(el, spec.outside) : el.textContent ?? '',
              );
              if (!texts.some((text) => text.includes(value)) || !rootText.includes(value)) {
                report(c, `${field} is not rendered as its literal text`);
              }
            }
          } else if (c.issues.length) {
            const detail = errors.get(card);
            if (card.status !== 'error' || detail?.kind !== 'invalid') {
              report(c, `expected an invalid record, got status ${card.status} ${JSON.stringify(detail)}`);
            } else if (JSON.stringify([...(detail.issues ?? [])].sort()) !== JSON.stringify([...c.issues].sort())) {
              report(c, `issues ${JSON.stringify(detail.issues)} instead of ${JSON.stringify(c.issues)}`);
            }
          } else {
            const links = [...shadow(card).querySelectorAll('[part~="references"] a')];
            if (card.status !== 'ready' || links.length !== c.urls.length) {
              report(c, `expected ${c.urls.length} reference links, got status ${card.status} and ${links.length} links`);
            }
          }
        }

        // Click every button and link the cards render. Links are checked before they are
        // clicked and their navigation is cancelled here, ahead of anything in the card.
        const clicked: string[] = [];
        const cancelNavigation = (event: Event) => {
          const link = event.composedPath().find((node) => node instanceof Element && node.matches('a, area'));
          if (link) {
            clicked.push((link as Element).getAttribute('href') ?? '');
            event.preventDefault();
          }
        };
        window.addEventListener('click', cancelNavigation, true);
        try {
          during = `${source}: clicking buttons`;
          for (const { card } of mounted) for (const button of shadow(card).querySelectorAll('button')) button.click();
          await nextFrame();
          await settledAll();
          during = `${source}: clicking links`;
          let links = 0;
          for (const { c, card } of mounted) {
            for (const a of shadow(card).querySelectorAll('a')) {
              if (!/^https?:$/.test(a.protocol)) {
                report(c, `refused to click a link to ${a.getAttribute('href')}`);
                continue;
              }
              links++;
              a.click();
            }
          }
          expect(clicked.length, 'every link click reached the navigation guard').to.equal(links);
          during = `${source}: after clicks`;
          await aTimeout(200);
          await nextFrame();
          await nextFrame();
        } finally {
          window.removeEventListener('click', cancelNavigation, true);
        }

        for (const { c, card } of mounted) for (const problem of unsafeIn(card, source)) report(c, `after clicks: ${problem}`);
        if (location.href !== pageUrl) problems.push(`the page navigated to ${location.href}`);
        if (document.baseURI !== baseUri) problems.push(`document.baseURI changed to ${document.baseURI}`);
        if (watched() !== watchedBefore) problems.push('iframe, object, embed, base, meta, form or frame elements appeared in the page');
        const ran = hits.splice(0).map(
          (hit) => `window.__xss(${String(hit.id)}) ran during ${hit.during}: payload ${describeText(payloads[Number(hit.id) - 1] ?? '?')}`,
        );
        // What ran comes first: it is the finding; the rest says where the markup went.
        problems.unshift(...ran, ...pageErrors);
        expect(problems.slice(0, 30), `${problems.length} problems via ${source}`).to.deep.equal([]);
      } finally {
        container.remove();
        window.onerror = mochaOnError;
      }
    });
  }

  it('never calls the spy, even late', async () => {
    during = 'after every source';
    await aTimeout(100);
    const ran = hits.map((hit) => `window.__xss(${String(hit.id)}) during ${hit.during}: ${describeText(payloads[Number(hit.id) - 1] ?? '?')}`);
    expect(ran).to.deep.equal([]);
  });
});
