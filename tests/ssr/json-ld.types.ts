// Compile-time checks, run by `tsc --noEmit` (npm test): the JSON-LD is typed with
// schema-dts, so a misspelt type or property is an error. Each `@ts-expect-error`
// below fails the type-check the day the typing stops catching its mistake.
import type { FAQPage, MedicalWebPage } from 'schema-dts';
import type { recordJsonLd } from '../../src/ssr/json-ld.js';

// @ts-expect-error: a misspelt property
export const misspeltProperty: MedicalWebPage = { '@type': 'MedicalWebPage', lastReveiwed: '2026-11-24' };

// @ts-expect-error: a misspelt type
export const misspeltType: FAQPage = { '@type': 'FAQPag', mainEntity: [] };

// @ts-expect-error: an answer is an Answer, not a string
export const wrongShape: FAQPage = { '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Q', acceptedAnswer: 42 }] };

/** What `recordJsonLd` returns is schema-dts's graph type, not a looser one. */
export type JsonLdGraph = ReturnType<typeof recordJsonLd>['@graph'];
