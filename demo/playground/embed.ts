/**
 * The "Embed code" text: the script tag of the bundle, pinned with its
 * Subresource Integrity value, and the card with the chosen attributes and the
 * record embedded as JSON. Text only: the page never parses it as HTML.
 */
import type { CompoundRecord } from '../../src/record/schema.js';
import { scriptJson } from '../../src/ssr/escape.js';

/** An attribute as written on the card: a value, or `true` for a boolean attribute. */
export type Attributes = ReadonlyArray<readonly [name: string, value: string | true]>;

export interface EmbedOptions {
  /** Absolute URL of `compound-card.js`. */
  bundleUrl: string;
  /** `sha384-…`, or undefined when it is not known (a dev server without a build). */
  integrity: string | undefined;
  attributes: Attributes;
  record: CompoundRecord;
}

const attributeValue = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The record as the content of a `<script type="application/json">`: pretty,
 * and escaped as the server renderer escapes it (`scriptJson`), so no text in
 * the record can close the script element or open a comment in it.
 */
export function embeddedJson(record: CompoundRecord, indent = ''): string {
  return scriptJson(record, 2)
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

export function embedCode({ bundleUrl, integrity, attributes, record }: EmbedOptions): string {
  const integrityAttribute = integrity ? ` integrity="${attributeValue(integrity)}"` : '';
  const script = `<script src="${attributeValue(bundleUrl)}"${integrityAttribute} crossorigin="anonymous" defer></script>`;
  const written = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${attributeValue(value)}"`));
  return [
    script,
    '',
    `<compound-card${written.join('')}>`,
    '  <script type="application/json">',
    embeddedJson(record, '    '),
    '  </script>',
    '</compound-card>',
    '',
  ].join('\n');
}
