// `compound-card render [options] <record.json>`: the card as HTML before any
// script runs (contract §5), written to stdout. Exit status: 0 rendered, 1 the
// record is invalid (its problems on stderr, as `validate` prints them), 2 usage
// error or unreadable file.
import { parseRecordText } from '../dist/esm/schema.js';
import { renderCard } from '../dist/esm/ssr.js';
import { parseArgs, readText, UsageError } from './files.mjs';
import { problemsOf } from './problems.mjs';

export const usage = `compound-card render [options] <record.json>
  Writes the card as an HTML fragment: <compound-card> with a declarative shadow
  root and the record embedded, so it shows before (and without) JavaScript.
  --heading-level N        level 1-6 of the card's title heading
  --sections "facts faq"   blocks to show, from: facts takeaways article faq references
  --facts-collapsed        the quick-facts panel starts collapsed
  --faq-mode single        opening one answer closes the others
  --theme light|dark|auto  colour theme
  --lang xx                language of the card's own words (en es fr de ru)
  --json-ld                also write the record's schema.org JSON-LD after the card
  --stylesheet URL         link this copy of compound-card.css instead of inline styles (strict CSP)
  Exit status: 0 rendered, 1 invalid record, 2 usage error or unreadable file.`;

export async function run(args) {
  const { options, files } = parseArgs(args, {
    flags: ['--facts-collapsed', '--json-ld'],
    valued: ['--heading-level', '--sections', '--faq-mode', '--theme', '--lang', '--stylesheet'],
  });
  if (files.length !== 1) throw new UsageError(files.length ? 'give one record file' : 'no record file given');
  const [file] = files;

  const renderOptions = {
    ...(options['heading-level'] !== undefined && { headingLevel: Number(options['heading-level']) }),
    ...(options.sections !== undefined && { sections: options.sections }),
    ...(options['facts-collapsed'] && { factsCollapsed: true }),
    ...(options['faq-mode'] !== undefined && { faqMode: options['faq-mode'] }),
    ...(options.theme !== undefined && { theme: options.theme }),
    ...(options.lang !== undefined && { lang: options.lang }),
    ...(options['json-ld'] && { jsonLd: true }),
    ...(options.stylesheet !== undefined && { stylesheet: options.stylesheet }),
  };

  const outcome = parseRecordText(await readText(file));
  if (!outcome.ok) {
    for (const problem of problemsOf(outcome.error)) console.error(`${file}: ${problem}`);
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
