/** The package's side-effect-free entry: the element class, the record format and its types. Import `./define` to register the tag. */
export { CompoundCard, type CardStatus } from './compound-card.js';
export type {
  CompoundCardErrorDetail,
  CompoundCardEventDetails,
  CompoundCardLoadDetail,
  CompoundCardToggleDetail,
} from './events.js';
export * from './schema.js';
export { clearRecordCache } from './loader/loader.js';
