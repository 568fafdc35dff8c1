// Reading the files a command is given, with the same wording and exit status
// (2: usage error or unreadable file) for every command.
import { readFile } from 'node:fs/promises';

/** A usage or input problem: the command prints `message` and exits with 2. */
export class UsageError extends Error {}

/** The text of `file`, or a UsageError saying plainly why it cannot be read. */
export async function readText(file) {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const reason =
      err?.code === 'ENOENT' ? 'no such file' : err?.code === 'EISDIR' ? 'is a directory' : String(err?.message ?? err);
    throw new UsageError(`${file}: cannot read file: ${reason}`);
  }
}

/**
 * Splits `args` into options and files. `flags` are options without a value,
 * `valued` take the next argument. Anything else starting with `-` is a usage error.
 */
export function parseArgs(args, { flags = [], valued = [] } = {}) {
  const options = {};
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (flags.includes(arg)) options[arg.slice(2)] = true;
    else if (valued.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      options[arg.slice(2)] = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  return { options, files };
}
