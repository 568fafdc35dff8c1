import './page-guard.js';
import { oneEvent, waitUntil } from '@open-wc/testing';
import type { CompoundCard } from '../src/compound-card.js';
import type { CompoundCardErrorDetail } from '../src/events.js';
import type { CompoundRecord } from '../src/record/schema.js';

/** The demo record, fetched from the test server exactly as a host page would. */
export async function thymogen(): Promise<CompoundRecord> {
  const response = await fetch('/demo/records/thymogen.json');
  return (await response.json()) as CompoundRecord;
}

/** A deep copy to break one rule in. */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const shadow = (card: Element): ShadowRoot => {
  const root = card.shadowRoot;
  if (!root) throw new Error('card has no shadow root');
  return root;
};

export const $ = <E extends Element = HTMLElement>(card: Element, selector: string): E | null =>
  shadow(card).querySelector<E>(selector);

export const $$ = <E extends Element = HTMLElement>(card: Element, selector: string): E[] => [
  ...shadow(card).querySelectorAll<E>(selector),
];

export async function settled(card: CompoundCard, status: CompoundCard['status'], timeout = 5000) {
  await waitUntil(() => card.status === status, `card never reached "${status}" (is "${card.status}")`, {
    timeout,
  });
  await card.updateComplete;
}

/** Text content with whitespace collapsed, as a reader sees it. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const disclaimerOf = (card: Element) => $(card, '[role="note"]');

/** Settles when `card` ends in `ready` (with `undefined`) or in its error state (with the error's detail). */
export const loadOutcome = (card: HTMLElement): Promise<CompoundCardErrorDetail | undefined> =>
  Promise.race([
    oneEvent(card, 'compound-card-load').then(() => undefined),
    oneEvent(card, 'compound-card-error').then((event) => event.detail),
  ]);
