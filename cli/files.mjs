// Reading the arguments and the files a command is given, with the same wording
// and exit status (2: usage error or unreadable file) for every command.
import { readFile } from 'node:fs/promises';
import { parseArgs as parseCommandLine } from 'node:util';

/** A usage or input problem: the command prints `message` and exits with 2. */
export class UsageError extends Error {}

/** The text of `file`, or a UsageError saying plainly why it cannot be read. @param {string} file */
export async function readText(file) {
  try {
    return await readFile(file, 'utf8');
  } catch (caught) {
    const err = /** @type {NodeJS.ErrnoException} */ (caught);
    const reason =
      err?.code === 'ENOENT' ? 'no such file' : err?.code === 'EISDIR' ? 'is a directory' : String(err?.message ?? err);
    throw new UsageError(`${file}: cannot read file: ${reason}`);
  }
}

/** `-h` or `--help` was given: the command prints its usage and exits with 0. */
export class HelpRequest extends Error {}

/** The option named in one of `util.parseArgs`'s messages, e.g. `--theme` in "Option '--theme <value>' argument missing". */
const optionIn = (/** @type {string} */ message) => /'(-[^' ]+)/.exec(message)?.[1] ?? 'an option';

/**
 * Splits `args` into options and files with `node:util`'s `parseArgs`, strictly:
 * `flags` take no value, `valued` take one (`--name value` or `--name=value`),
 * `--` ends the options, and `-h`/`--help` asks for the usage. Anything else
 * starting with `-` is a usage error.
 *
 * @param {string[]} args
 * @param {{ flags?: string[], valued?: string[] }} [kinds]
 * @returns {{ options: Record<string, string | boolean | undefined>, files: string[] }}
 */
export function parseArgs(args, { flags = [], valued = [] } = {}) {
  /** @type {Record<string, { type: 'boolean' | 'string', short?: string }>} */
  const config = { help: { type: 'boolean', short: 'h' } };
  for (const flag of flags) config[flag.slice(2)] = { type: 'boolean' };
  for (const option of valued) config[option.slice(2)] = { type: 'string' };
  let parsed;
  try {
    parsed = parseCommandLine({ args, options: config, allowPositionals: true, strict: true });
  } catch (err) {
    const code = /** @type {{ code?: string }} */ (err).code;
    const message = String(/** @type {Error} */ (err).message);
    const option = optionIn(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(flags.includes(option) ? `${option} takes no value` : `${option} needs a value`);
    }
    throw err;
  }
  const { help, ...options } = parsed.values;
  if (help) throw new HelpRequest();
  return { options, files: parsed.positionals };
}
