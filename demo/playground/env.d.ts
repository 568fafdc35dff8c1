/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `sha384-…` of `dist/compound-card.js`, written in by `vite build --mode playground`. */
  readonly VITE_BUNDLE_INTEGRITY?: string;
}
