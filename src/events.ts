/** The card's events: all bubble and cross shadow boundaries (`composed`), with typed details. */
import type { LoadErrorKind } from './errors.js';
import type { CompoundRecord } from './record/schema.js';

export interface CompoundCardLoadDetail {
  record: CompoundRecord;
}

export interface CompoundCardErrorDetail {
  kind: LoadErrorKind;
  /** The same plain-language sentence the card shows. */
  message: string;
  /** `path: problem` lines, for kind `invalid`. */
  issues?: string[];
}

export interface CompoundCardToggleDetail {
  block: 'facts' | 'faq';
  /** The FAQ item's index in `record.faq`, from 0. */
  index?: number;
  open: boolean;
}

export interface CompoundCardEventDetails {
  'compound-card-load': CompoundCardLoadDetail;
  'compound-card-error': CompoundCardErrorDetail;
  'compound-card-toggle': CompoundCardToggleDetail;
}

export type CompoundCardEventName = keyof CompoundCardEventDetails;

export const cardEvent = <K extends CompoundCardEventName>(type: K, detail: CompoundCardEventDetails[K]) =>
  new CustomEvent(type, { detail, bubbles: true, composed: true });

// The events bubble and are composed, so a listener on any element, the document or
// the window may receive them: type them for all of those (each of their event maps
// extends this one).
declare global {
  interface GlobalEventHandlersEventMap {
    'compound-card-load': CustomEvent<CompoundCardLoadDetail>;
    'compound-card-error': CustomEvent<CompoundCardErrorDetail>;
    'compound-card-toggle': CustomEvent<CompoundCardToggleDetail>;
  }
}
