/**
 * Registers `<compound-card>`. Guarded, so a page that loads the bundle twice,
 * or this module next to the bundle, keeps the first registration and throws nothing.
 */
import { CompoundCard } from './compound-card.js';

export const TAG_NAME = 'compound-card';

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, CompoundCard);

export { CompoundCard };
// Also brings the events' global typings to projects that import only this entry.
export type { CompoundCardErrorDetail, CompoundCardLoadDetail, CompoundCardToggleDetail } from './events.js';
