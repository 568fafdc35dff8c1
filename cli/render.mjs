// `compound-card render [options] <record.json>`: the card as HTML before any
// script runs (README, "Render the card on the server"), written to stdout. Exit status: 0 rendered, 1 the
// record is invalid (its problems on stderr, as `validate` prints them), 2 usage
// error or unreadable file.
import { parseRecordText } from '../dist/esm/schema.js';
import { RENDER_OPTIONS, renderCard, renderOptionsFrom } from '../dist/esm/ssr.js';
import { parseArgs, readText, UsageError } from './files.mjs';

/** @typedef {import('../dist/esm/ssr.js').RenderOption} RenderOption */
import { problemLinesOf } from './problems.mjs';

/** `--heading-level N`, `--theme light|dark|auto`: one usage line's left column. */
const synopsis = (/** @type {RenderOption} */ option) => {
  if (option.kind === 'boolean') return `--${option.name}`;
  return `--${option.name} ${option.placeholder ?? option.values?.join('|') ?? 'VALUE'}`;
};

/** What an option does, and the values it takes when they are a fixed list. */
const describe = (/** @type {RenderOption} */ { kind, help, values = [] }) =>
  kind === 'tokens' ? `${help}, from: ${values.join(' ')}` : kind === 'integer' ? `${help}, ${values[0]}-${values.at(-1)}` : help;

const WIDTH = Math.max(...RENDER_OPTIONS.map((option) => synopsis(option).length)) + 2;

export const usage = `compound-card render [options] <record.json>
  Writes the card as an HTML fragment: <compound-card> with a declarative shadow
  root and the record embedded, so it shows before (and without) JavaScript.
${RENDER_OPTIONS.map((option) => `  ${synopsis(option).padEnd(WIDTH)} ${describe(option)}`).join('\n')}
  Exit status: 0 rendered, 1 invalid record, 2 usage error or unreadable file.`;

/** @param {string[]} args @returns {Promise<number>} the exit status */
export async function run(args) {
  const { options, files } = parseArgs(args, {
    flags: RENDER_OPTIONS.filter((option) => option.kind === 'boolean').map((option) => `--${option.name}`),
    valued: RENDER_OPTIONS.filter((option) => option.kind !== 'boolean').map((option) => `--${option.name}`),
  });
  if (files.length !== 1) throw new UsageError(files.length ? 'give one record file' : 'no record file given');
  const [file] = files;
  const renderOptions = renderOptionsFrom((name) => options[name]);

  const text = await readText(file);
  const outcome = parseRecordText(text);
  if (!outcome.ok) {
    for (const line of problemLinesOf(file, outcome.error, text)) console.error(line);
    return 1;
  }
  let html;
  try {
    html = renderCard(outcome.value, renderOptions);
  } catch (err) {
    // Options the card cannot render are the caller's mistake: a usage error.
    if (err instanceof RangeError) throw new UsageError(err.message);
    throw err;
  }
  process.stdout.write(`${html}\n`);
  return 0;
}
