// Writes dist/compound-record.schema.json from the zod record schema (the built
// `compound-card/schema` entry), so editors can validate a record while it is written.
// zod describes every limit itself; the two checks it cannot express (an http(s) URL
// that the URL parser accepts, a real calendar date) are described here as closely
// as JSON Schema allows.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { recordSchema, referenceUrlSchema, updatedDateSchema } from '../dist/esm/schema.js';

const schema = z.toJSONSchema(recordSchema, {
  target: 'draft-2020-12',
  io: 'input',
  unrepresentable: 'any',
  override(context) {
    if (context.zodSchema === referenceUrlSchema) {
      Object.assign(context.jsonSchema, {
        type: 'string',
        format: 'uri',
        pattern: '^\\s*[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+',
        description: 'An absolute http: or https: URL.',
      });
    }
    if (context.zodSchema === updatedDateSchema) {
      Object.assign(context.jsonSchema, {
        type: 'string',
        format: 'date',
        pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
        description: 'A date written YYYY-MM-DD.',
      });
    }
  },
});

const document = {
  $id: 'https://unpkg.com/compound-card/dist/compound-record.schema.json',
  title: 'compound-card record, format v1',
  description: 'A reference card about a compound, as read by <compound-card>. Unknown keys are ignored.',
  ...schema,
};
// Editors put a `$schema` key in the record itself; the format ignores unknown keys anyway.
document.properties = { $schema: { type: /** @type {const} */ ('string') }, ...document.properties };

writeFileSync('dist/compound-record.schema.json', `${JSON.stringify(document, null, 2)}\n`);
console.log('dist/compound-record.schema.json written');
