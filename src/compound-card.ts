// Imported ahead of Lit, so the bundle starts with this table and ./options.js:
// brotli packs that order 15–40 bytes smaller, which the 16 KiB budget needs.
import { cardProperties, type CardProperties } from './card-properties.js';
import { adoptStyles, css, html, isServer, LitElement, nothing, ReactiveElement, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { LoadError } from './errors.js';
import { cardEvent, type CompoundCardEventDetails, type CompoundCardEventName } from './events.js';
import { LANGUAGES, languageOf, wordsFor, type Words } from './i18n/index.js';
import { unwatchLanguage, watchLanguage } from './i18n/watch.js';
import { loadRecord } from './loader/loader.js';
import {
  BLOCKS,
  blocksOf,
  type Block,
  faqModeOf,
  headingLevelOf,
  themeOf,
  timeoutOf,
} from './options.js';
import { articleStyles, articleTemplate } from './parts/article/article.js';
import type { BlockContext } from './parts/context.js';
import { disclaimerStyles, disclaimerTemplate } from './parts/disclaimer/disclaimer.js';
import { faqIndexOf, faqStyles, faqTemplate } from './parts/faq/faq.js';
import { headerStyles, headerTemplate, TITLE_ID } from './parts/header/header.js';
import { quickFactsStyles, quickFactsTemplate } from './parts/quick-facts/quick-facts.js';
import { referencesStyles, referencesTemplate } from './parts/references/references.js';
import { errorMessage, errorTemplate, loadingTemplate, statusStyles } from './parts/status/status.js';
import { takeawaysStyles, takeawaysTemplate } from './parts/takeaways/takeaways.js';
import type { CompoundRecord } from './record/schema.js';
import { describeProblem } from './record/issues.js';
import { parseRecordText, validateRecord, type RecordOutcome } from './record/validate.js';
import { baseStyles } from './theme/base.js';
import { tokenStyles } from './theme/tokens.js';

export type CardStatus = 'empty' | 'loading' | 'ready' | 'error';

/** Where the record being shown came from; only `src` can be retried. */
type Source = 'record' | 'embedded' | 'src' | 'none';

const EMBEDDED_SELECTOR = ':scope > script[type="application/json"]';

/** The cards' first renders, in turn (see `scheduleUpdate`). */
let firstRenders: Promise<unknown> = Promise.resolve();
/** Resolves in a task of its own: a message, which no browser delays as it does nested timers (4 ms each). */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
/** The page's rehearsal of a first render, once one has begun (see `#rehearse`). */
let rehearsal: Promise<unknown> | undefined;
/**
 * What the rehearsal renders: a record with one of each thing a card can show, so that a
 * first render of it uses every template of the card once. One item serves as every
 * list's item and texts are left out (Lit renders nothing for them): it is never
 * validated or shown, and is as small as the bundle's budget asks.
 */
const rehearsalItems = [{ paragraphs: [1], type: 'study', url: 'https://a.a', source: 1, year: 1 }];
const REHEARSAL_RECORD = {
  summary: 1,
  updated: '2000-01-01',
  quickFacts: rehearsalItems,
  keyTakeaways: rehearsalItems,
  sections: rehearsalItems,
  faq: rehearsalItems,
  references: rehearsalItems,
} as unknown as CompoundRecord;

// Types the table's properties on the element. The merging rule warns that an
// interface's members may not exist on the class; these do: Lit defines their
// accessors from `static properties`, and the constructor sets their defaults.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface CompoundCard extends CardProperties {}

/**
 * A reference card about a compound: header, quick facts, key takeaways, article
 * sections, FAQ, references and a fixed disclaimer, from a validated JSON record.
 *
 * The record comes from the first source that applies: the `record` property,
 * an embedded `<script type="application/json">` child, then `src`.
 *
 * @summary Reference card about a compound, with a fixed not-FDA-approved disclaimer.
 * @tagname compound-card
 *
 * @attr status - Set by the card: `empty`, `loading`, `ready` or `error`, reflected so host CSS can select on it. Read-only.
 * @attr lang - Language of the card's own words (`en`, `es`, `fr`, `de`, `ru`); the nearest `lang` on an ancestor applies too; others fall back to English.
 *
 * @fires compound-card-load - A record has been rendered. `detail: { record }`
 * @fires compound-card-error - Loading or validating failed. `detail: { kind, message, issues? }`
 * @fires compound-card-toggle - The reader opened or closed the facts panel or an FAQ item. `detail: { block, index?, open }`
 *
 * @cssprop [--compound-card-font-family=system-ui, -apple-system, "Segoe UI", Roboto, sans-serif] - Font family of the card.
 * @cssprop [--compound-card-font-size=1rem] - Base font size of the card (the disclaimer never goes below 12px).
 * @cssprop [--compound-card-color=#1c1f23] - Text colour (dark theme: `#e6e8eb`).
 * @cssprop [--compound-card-muted-color=#4f5661] - Secondary text: dates, sources, reference types (dark theme: `#b4bac3`).
 * @cssprop [--compound-card-background=#ffffff] - Background of the card (dark theme: `#15181c`).
 * @cssprop [--compound-card-accent=#0a58a8] - Links, focus rings and the Retry button (dark theme: `#8cbcff`).
 * @cssprop [--compound-card-border-color=#cfd4da] - Borders and dividers (dark theme: `#3b424b`).
 * @cssprop [--compound-card-radius=12px] - Corner radius of the card.
 * @cssprop [--compound-card-spacing=1rem] - Base spacing unit.
 * @cssprop [--compound-card-disclaimer-color=#4a3200] - Text colour of the disclaimer (dark theme: `#ffe2a6`).
 * @cssprop [--compound-card-disclaimer-background=#fff4d6] - Background of the disclaimer (dark theme: `#33280d`).
 * @cssprop [--compound-card-placeholder-height=18rem] - Minimum height of the loading placeholder (its content is about 13rem). For a `src` card above the fold with a classic bundle in `<head>`: about the card's height (`100svh` for a card longer than a screen), so nothing below it moves when the record arrives.
 *
 * @csspart header - The header: title, summary and updated date.
 * @csspart title - The title heading.
 * @csspart facts - The quick-facts block.
 * @csspart takeaways - The key-takeaways block.
 * @csspart article - The article sections.
 * @csspart faq - The FAQ block.
 * @csspart references - The references block.
 * @csspart error - The error message and Retry button.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class CompoundCard extends LitElement {
  static override properties: PropertyDeclarations = {
    // The public properties, with their attributes, docs and defaults. `lang` and
    // `status`, which the card handles itself, are documented on the class above.
    ...cardProperties,
    // Internal state stays out of the table: it is private, undocumented and has no attribute.
    _status: { state: true },
    _factsOpen: { state: true },
    _openFaq: { state: true },
  };

  /** One constructable stylesheet, shared by every card on the page. */
  static override styles = css`
    ${tokenStyles}${baseStyles}${headerStyles}${quickFactsStyles}${takeawaysStyles}${articleStyles}${faqStyles}${referencesStyles}${statusStyles}${disclaimerStyles}
  `;

  /** @internal */
  declare private _status: CardStatus;
  /** @internal The reader's choice for the facts panel; `undefined` follows `facts-collapsed`. */
  declare private _factsOpen: boolean | undefined;
  /** @internal */
  declare private _openFaq: ReadonlySet<number>;

  #record: CompoundRecord | undefined;
  #error: LoadError | undefined;
  #source: Source = 'none';
  /** Which source and input the current state was resolved from, to skip work when nothing changed. */
  #resolvedFrom: unknown;
  /** Abort to stop waiting for the loader (a newer source, removal from the page). */
  #loading: AbortController | undefined;
  /** An event to fire once the state it announces has been rendered. */
  #pendingEvent: [CompoundCardEventName, CompoundCardEventDetails[CompoundCardEventName]] | undefined;
  #observer: MutationObserver | undefined;
  /** Connected, but Lit's own connection waits for the parser (see connectedCallback). */
  #awaitingParser = false;
  /** The shadow root still holds the markup the server rendered (see update). */
  #serverMarkup = false;
  /**
   * The update about to run is the card's turn (see scheduleUpdate), which may keep the
   * server's markup. Already `false` when a page's script changed an input of a
   * server-rendered card before its turn (see requestUpdate).
   */
  #turn: boolean | undefined;
  /** For `loading="lazy"`: tells when the card nears the viewport. */
  #nearViewport: IntersectionObserver | undefined;
  #isNearViewport = false;
  /** A deep-link id to scroll to once the record it belongs to is rendered. */
  #fragmentToShow: string | undefined;
  readonly #onHashChange = () => {
    const id = this.#openFragment();
    if (id) void this.updateComplete.then(() => this.#scrollTo(id));
  };

  constructor() {
    super();
    // Each public property starts at its default from the table (Lit's setters run, so `theme` is reflected).
    for (const [name, { default: value }] of Object.entries(cardProperties)) {
      if (value !== undefined) (this as Record<string, unknown>)[name] = value;
    }
    this._status = 'empty';
    this._openFaq = new Set();
  }

  /** `empty`, `loading`, `ready` or `error`; reflected to the `status` attribute for host CSS. */
  get status(): CardStatus {
    // What is on screen: a record read and checked in the task before the first
    // render (see scheduleUpdate) shows as `ready` once that render is done.
    return this.hasUpdated ? this._status : 'empty';
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * A public property changed after the card found the server's markup: a page's script
   * (a dark-mode switch at DOMContentLoaded, a framework setting properties) ran between
   * the bundle and the takeover, and that markup may no longer show the card's inputs,
   * so its turn renders instead of keeping it. (Lit calls this from its constructor too,
   * before this class's fields exist, with no name.)
   */
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    if ((args[0] as string) in cardProperties && this.#serverMarkup) this.#turn = false;
  }

  override connectedCallback(): void {
    // A parser-created card is connected before its children exist, and frameworks
    // may add the embedded record later: watch the light DOM for it.
    this.#observer ??= new MutationObserver(() => (this.#awaitingParser ? this.connectedCallback() : this.#resolve()));
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    window.addEventListener('hashchange', this.#onHashChange);
    watchLanguage(this);
    // A server-rendered card already shows its final markup. Take it over only once
    // the page is parsed (its embedded record may still be arriving, and a record
    // that does not parse yet would show the loading state over the server's
    // markup) and has painted (re-rendering many cards before the first frame
    // would delay the page's first paint for nothing).
    // A card defined before the parser reached its content (a classic bundle in
    // <head>) may have a declarative shadow root on its way, which a root attached
    // now would make the browser refuse; and its embedded record may arrive in
    // pieces, each of which a frame could paint as the loading state before the
    // whole card replaces it (a layout shift). So it waits, unrendered, until its
    // embedded record (written after any shadow root) is whole JSON, or the end of
    // parsing. A card with `src` or `record` has nothing to wait for.
    // Everything above is safe to run again.
    const serverRendered = !this.hasUpdated && !!this.shadowRoot?.firstChild;
    const parsing = document.readyState == 'loading';
    let waiting = parsing && !this.shadowRoot && !this.src && this.record == null;
    try {
      // Throws while there is no embedded record, or only part of it. (JSON that is
      // `null`, `0`, `false` or `""`, never a record, shows its error when parsing ends.)
      waiting &&= !JSON.parse(this.querySelector(EMBEDDED_SELECTOR)!.textContent!);
    } catch {
      // Still waiting.
    }
    this.#awaitingParser = serverRendered || waiting;
    if (serverRendered) {
      this.#serverMarkup = true;
      this.shadowRoot!.addEventListener('click', this.#takeOverFor, true);
      this.shadowRoot!.addEventListener('beforematch', this.#takeOverFor, true);
    }
    if (this.#awaitingParser) {
      if (parsing) {
        document.addEventListener('DOMContentLoaded', () => this.#awaitingParser && this.isConnected && this.connectedCallback(), {
          once: true,
        });
      } else {
        // After the next frame is painted (a timer set in the frame's callback runs
        // after it), or after half a second where no frame comes: a background tab, or
        // a frame out of view in an engine that stops its frames (WebKit). A click on
        // the server's markup, or find-in-page opening a panel of it, does not wait.
        requestAnimationFrame(() => setTimeout(this.#takeOver));
        setTimeout(this.#takeOver, 500);
      }
      return;
    }
    super.connectedCallback();
    if (this.hasUpdated) {
      this.#resolve();
      // Moved to another place in the page: the nearest `lang` may have changed.
      this.requestUpdate();
    }
  }

  /** Lets Lit take over a server-rendered card; its first render then waits for its turn. */
  readonly #takeOver = (): void => {
    if (this.#awaitingParser && this.isConnected) {
      this.#awaitingParser = false;
      super.connectedCallback();
    }
  };

  /**
   * The reader clicked a button of the server's markup, or find-in-page is opening one
   * of its panels: the server's markup has no behaviour, so take over and render now,
   * then hand the event to the same element of the new markup, so the question opens
   * as asked.
   */
  readonly #takeOverFor = (event: Event): void => {
    // Listened for on the shadow root itself, so the target is the element inside it:
    // a button, or a collapsed panel that find-in-page opens.
    const target = (event.target as Element).closest('button, [hidden]');
    if (!this.#serverMarkup || !target) return;
    const at = this.#elementsOf(this.shadowRoot!).indexOf(target);
    this.#takeOver();
    this.requestUpdate();
    this.performUpdate();
    this.#elementsOf(this.shadowRoot!)[at]?.dispatchEvent(new Event(event.type));
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    window.removeEventListener('hashchange', this.#onHashChange);
    unwatchLanguage(this);
    this.#nearViewport?.disconnect();
    if (this.#loading) {
      this.#cancelLoad();
      // Reconnecting loads again instead of keeping a dead "loading" state.
      this.#resolvedFrom = undefined;
    }
  }

  /**
   * Cards take turns for their first render, one card at a time, in tasks of their
   * own after the task that evaluated the bundle or connected them: one task reads
   * and checks an embedded record (or starts fetching `src`), the next renders. On a
   * phone each is shorter than the layout of the page; on a catalogue page the
   * browser answers the reader and lays out the few cards rendered since its last
   * frame between them, instead of rendering, then laying out, every card at once.
   * A card the reader is pressing keeps its markup until the press ends (replaced
   * under the pointer, the press would lead to no click). Every later render (the
   * reader's clicks, a new record) runs at once.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // A card the parser is still adding to the page renders at once, as the parser
    // goes: it is then in the page's first paint, and nothing below it shifts.
    if (!this.hasUpdated && document.readyState != 'loading') {
      // A `src` card's request starts now (the network need not wait for turns).
      if (this.record == null && !this.querySelector(EMBEDDED_SELECTOR)) this.#resolve();
      const turn = async () => {
        await nextTask();
        // A `record` property is checked in the render's task (it is checked again
        // whenever it is set, which a check here would have to tell apart).
        if (this.record == null) this.#resolve();
        if (!this.#serverMarkup) await this.#rehearse();
        await nextTask();
      };
      // After the card before, whether or not its turn went well; this card renders
      // as its turn ends, before the next card's begins. A pressed card lets the
      // cards after it go first, and takes another turn.
      do await (firstRenders = firstRenders.then(turn, turn));
      while (this.matches(':active'));
      this.#turn ??= true;
    }
    super.scheduleUpdate();
  }

  /**
   * The page rehearses a first render once, before its first card renders: the header
   * and each block of a sample record (`REHEARSAL_RECORD`), a task each, into a fragment
   * that is never shown. Lit prepares each template once per page (the HTML parse of its
   * markup and the walk for its parts) and the engine runs the code cold on first use:
   * that work (about half of a first render in a CPU profile) is spread over small tasks,
   * and the render that shows a card runs warm (a `src` card's record arrives after its
   * turn). It begins on the turn of the page's first card that renders (not one that keeps
   * the server's markup), or as the bundle is evaluated while the parser is still going
   * (see the static block below). Cards whose turn comes while it runs wait for it; a card
   * the parser is adding does not (it must be in the first paint).
   */
  #rehearse(): Promise<unknown> {
    // Every step is posted now, so they run ahead of whatever the page queues later (the
    // parser's next piece of the page, a card's next turn). A step returns nothing: the
    // part `render` returns holds its host, and the settled rehearsal, kept for the page's
    // life, must not keep that card alive once it leaves the page.
    return (rehearsal ??= Promise.all(
      (['header', ...BLOCKS] as const).map((block) =>
        nextTask().then(() => {
          render(this.#renderRecord(REHEARSAL_RECORD, this.#words(), block), new DocumentFragment(), this.renderOptions);
        }),
      ),
      // Only a warm-up: whatever went wrong, the card's own render shows it.
    ).catch(() => {}));
  }

  static {
    // A classic bundle in <head> (or anywhere before the cards) runs while the parser is
    // still going, and each card it then adds renders at once, in the parser's task: the
    // rehearsal has to come first, between the parser's tasks. A card made here (the
    // element is defined a microtask later) rehearses with the defaults: the attributes
    // of the cards to come are not known yet. Another copy of the element registered
    // first (the bundle loaded twice) is left alone.
    if (!isServer && document.readyState == 'loading') {
      void customElements.whenDefined('compound-card').then((element) => element == this && new this().#rehearse());
    }
  }

  /**
   * A server-rendered card arrives with its shadow root filled with the markup the
   * client renders, and Lit takes that root as it is. On its turn, when that markup
   * shows what this render would (the record read and valid, no panel opened by a
   * deep link, the server's language), the card keeps it: no render, no new layout,
   * the same nodes under the reader's eyes and focus; only the server's stylesheet
   * goes, since the card's own adopted styles are the same rules. Its first render
   * comes with the first change (a click or key on its buttons, find-in-page, a deep
   * link, an attribute, a language), and replaces the server's nodes in that one task
   * (no frame shows the difference; no hydration code), moving focus in them to the
   * same element of the new markup.
   */
  protected override update(changed: PropertyValues<this>): void {
    const root = this.renderRoot as ShadowRoot;
    if (!this.hasUpdated) adoptStyles(root, (this.constructor as typeof CompoundCard).elementStyles);
    const turn = this.#turn;
    this.#turn = false;
    if (!this.#serverMarkup) return super.update(changed);
    if (
      turn &&
      this._status == 'ready' &&
      !this._openFaq.size &&
      this._factsOpen === undefined &&
      this.#words() == wordsFor(this.getAttribute('lang') ?? '')
    ) {
      root.querySelector('style, link')?.remove();
      // Lit's bookkeeping (reflected attributes, the update marked done) without its render.
      return (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    }
    this.#serverMarkup = false;
    const focusedAt = this.#elementsOf(root).indexOf(root.activeElement!);
    // Lit renders at the end of the root (createRenderRoot below sets no `renderBefore`).
    root.replaceChildren();
    super.update(changed);
    (this.#elementsOf(root)[focusedAt] as HTMLElement | undefined)?.focus();
  }

  /**
   * The shadow root, without the card's styles yet: they are adopted on the first
   * update (see update), so the task that defines the element and connects the cards
   * (at a deferred bundle, the one in which the page finishes parsing) does not also
   * parse the card's stylesheet.
   */
  protected override createRenderRoot(): ShadowRoot {
    return this.shadowRoot ?? this.attachShadow({ mode: 'open' });
  }

  /** The card's elements in document order: the same list in the server's markup and the client's. */
  #elementsOf(root: ShadowRoot): Element[] {
    return [...root.querySelectorAll('.card, .card *')];
  }

  /** Fetches the `src` record again, bypassing a remembered failure (what the Retry button does). */
  retry(): void {
    this.#resolvedFrom = undefined;
    this.#resolve(true);
  }

  /** The Retry button disappears while the card loads: keep the reader's focus in the card. */
  #retryFromButton = (): void => {
    this.retry();
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.card')?.focus());
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('record')) this.#resolvedFrom = undefined;
    if (!this.hasUpdated || changed.has('record') || changed.has('src')) this.#resolve();
  }

  protected override updated(): void {
    if (this.getAttribute('status') !== this._status) this.setAttribute('status', this._status);
    const pending = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (pending) this.dispatchEvent(cardEvent(pending[0], pending[1]));
    const fragment = this.#fragmentToShow;
    this.#fragmentToShow = undefined;
    if (fragment) this.#scrollTo(fragment);
  }

  /**
   * Deep links: ids inside the shadow root are out of the browser's reach, so
   * the card answers a page fragment that names one of its ids (e.g.
   * `#thymogen-faq-2`) itself: it opens the item the id belongs to, and returns
   * the id so the caller can scroll there once it is rendered.
   */
  #openFragment(): string | undefined {
    const record = this.#record;
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return undefined;
    }
    if (!record || !id.startsWith(`${record.id}-`)) return undefined;
    // Opened for the reader's navigation, not by a toggle: no toggle event.
    const index = faqIndexOf(record.id, id);
    if (index !== undefined && index < (record.faq?.length ?? 0) && blocksOf(this.sections).has('faq')) {
      this._openFaq = new Set(faqModeOf(this.faqMode) === 'single' ? [index] : [...this._openFaq, index]);
    }
    if (id === `${record.id}-facts`) this._factsOpen = true;
    return id;
  }

  #scrollTo(id: string): void {
    const target = this.shadowRoot?.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.querySelector<HTMLElement>('.toggle')?.focus({ preventScroll: true });
  }

  /** The host page's URL with `#id` as its fragment, so a copied link leads back here. */
  /** On the server the page's URL is unknown: a bare fragment, which the client replaces on takeover. */
  #linkTo = (id: string): string => `${isServer ? '' : location.href.split('#')[0]}#${encodeURIComponent(id)}`;

  /** Works out which source applies and moves the card to the state it leads to. */
  #resolve(fresh = false): void {
    const record = this.record;
    if (record != null) {
      if (!this.#shows('record', record)) this.#use('record', record, validateRecord(record));
      return;
    }
    const embedded = this.querySelector(EMBEDDED_SELECTOR);
    if (embedded) {
      const text = embedded.textContent ?? '';
      if (this.#shows('embedded', text)) return;
      const outcome = parseRecordText(text);
      // While the page is still being parsed, broken JSON may only be half-written:
      // wait for the rest (the observer sees it) rather than report a false error.
      if (!outcome.ok && outcome.error.kind === 'parse' && document.readyState === 'loading') {
        this.#cancelLoad();
        this._status = 'loading';
        // Each wait adds a listener; once the record is read, the later ones find nothing to do.
        document.addEventListener('DOMContentLoaded', () => this.#resolve(), { once: true });
        return;
      }
      this.#use('embedded', text, outcome);
      return;
    }
    const src = this.src?.trim();
    if (src) {
      let url: URL | undefined;
      try {
        url = new URL(src, document.baseURI);
      } catch {
        // Reported below as a network failure, like any address that cannot be fetched.
      }
      const href = url && /^https?:$/.test(url.protocol) ? url.href : undefined;
      if (this.#resolvedFrom === `src:${href ?? src}` && !fresh) return;
      this.#cancelLoad();
      if (this.loading == 'lazy' && !this.#isNearViewport) {
        // Like a lazy <img>: the placeholder holds the place; the request waits until
        // the card is within about a screen of the viewport.
        this._status = 'loading';
        this.#nearViewport ??= new IntersectionObserver(
          (entries) => {
            if (!entries.some((entry) => entry.isIntersecting)) return;
            this.#nearViewport?.disconnect();
            this.#isNearViewport = true;
            this.#resolve();
          },
          { rootMargin: '100%' },
        );
        this.#nearViewport.observe(this);
        return;
      }
      this.#resolvedFrom = `src:${href ?? src}`;
      this.#source = 'src';
      if (!href) {
        this.#settle({ ok: false, error: { kind: 'network', badAddress: true } });
        return;
      }
      this._status = 'loading';
      this.#record = undefined;
      const controller = new AbortController();
      this.#loading = controller;
      void loadRecord(href, { timeout: timeoutOf(this.timeout), signal: controller.signal, fresh }).then(
        (outcome) => {
          // A late answer for a source the card no longer shows is dropped here.
          if (outcome && this.#loading === controller) {
            this.#loading = undefined;
            this.#settle(outcome);
          }
        },
      );
      return;
    }
    this.#cancelLoad();
    this.#resolvedFrom = undefined;
    this.#source = 'none';
    this.#record = undefined;
    this.#error = undefined;
    this._status = 'empty';
  }

  /** Whether the card already shows what `input` from `source` leads to: nothing to parse or validate again. */
  #shows(source: Source, input: unknown): boolean {
    return this.#source === source && this.#resolvedFrom === input;
  }

  /** Settles from a synchronous source. */
  #use(source: Source, input: unknown, outcome: RecordOutcome): void {
    this.#cancelLoad();
    this.#source = source;
    this.#resolvedFrom = input;
    this.#settle(outcome);
  }

  #cancelLoad(): void {
    this.#loading?.abort();
    this.#loading = undefined;
  }

  #settle(outcome: RecordOutcome): void {
    if (outcome.ok) {
      this.#record = outcome.value;
      this.#error = undefined;
      this._status = 'ready';
      this.#pendingEvent = ['compound-card-load', { record: outcome.value }];
    } else {
      this.#record = undefined;
      this.#error = outcome.error;
      this._status = 'error';
      const { kind, problems } = outcome.error;
      const message = errorMessage(outcome.error, this.#words());
      // The event keeps its `path: problem` lines (its documented shape).
      this.#pendingEvent = ['compound-card-error', problems ? { kind, message, issues: problems.map(describeProblem) } : { kind, message }];
    }
    // A new record starts with its panels in their default state, or as its deep link asks.
    this._factsOpen = undefined;
    this._openFaq = new Set();
    this.#fragmentToShow = this.#openFragment();
    this.requestUpdate();
  }

  #words(): Words {
    // `languageOf` names a language the card ships.
    return LANGUAGES[languageOf(this)]!;
  }

  #setFactsOpen(open: boolean): void {
    if (open === this.#factsOpen()) return;
    this._factsOpen = open;
    this.dispatchEvent(cardEvent('compound-card-toggle', { block: 'facts', open }));
  }

  #factsOpen(): boolean {
    return this._factsOpen ?? !this.factsCollapsed;
  }

  #setFaqOpen(index: number, open: boolean): void {
    if (open === this._openFaq.has(index)) return;
    const next = new Set(faqModeOf(this.faqMode) === 'single' ? [] : this._openFaq);
    if (open) next.add(index);
    else next.delete(index);
    this._openFaq = next;
    this.dispatchEvent(cardEvent('compound-card-toggle', { block: 'faq', index, open }));
  }

  protected override render() {
    const words = this.#words();
    const status = this._status;
    const record = status === 'ready' ? this.#record : undefined;
    return html`<article
      tabindex="-1"
      class="card ${themeOf(this.theme)}"
      aria-labelledby=${record ? TITLE_ID : nothing}
      aria-label=${record ? nothing : words.cardLabel}
      aria-busy=${status === 'loading' ? 'true' : nothing}
    >
      ${status === 'loading' ? loadingTemplate(words) : nothing}
      ${status === 'error' && this.#error
        ? errorTemplate(this.#error, words, this.#source === 'src' && !this.#error.badAddress ? this.#retryFromButton : undefined)
        : nothing}
      ${record ? this.#renderRecord(record, words) : nothing} ${disclaimerTemplate(words)}
    </article>`;
  }

  /** The record's header and blocks; a rehearsal (`#rehearse`) asks for the header and `only` one block (`'header'`: none). */
  #renderRecord(record: CompoundRecord, words: Words, only?: Block | 'header') {
    const level = headingLevelOf(this.headingLevel);
    const blocks = blocksOf(this.sections);
    const ctx: BlockContext = { words, level: Math.min(level + 1, 6), recordId: record.id, linkTo: this.#linkTo };
    const show = <T>(block: Block, items: T[] | undefined) =>
      blocks.has(block) && (!only || only == block) && items && items.length > 0;
    return html`${headerTemplate(record, level, words)}
    ${show('facts', record.quickFacts)
      ? quickFactsTemplate(record.quickFacts!, ctx, {
          open: this.#factsOpen(),
          onChange: (open) => this.#setFactsOpen(open),
        })
      : nothing}
    ${show('takeaways', record.keyTakeaways) ? takeawaysTemplate(record.keyTakeaways!, ctx) : nothing}
    ${show('article', record.sections) ? articleTemplate(record.sections!, ctx) : nothing}
    ${show('faq', record.faq)
      ? faqTemplate(record.faq!, ctx, {
          isOpen: (index) => this._openFaq.has(index),
          onChange: (index, open) => this.#setFaqOpen(index, open),
        })
      : nothing}
    ${show('references', record.references) ? referencesTemplate(record.references!, ctx) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compound-card': CompoundCard;
  }
}
