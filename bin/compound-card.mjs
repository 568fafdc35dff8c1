#!/usr/bin/env node
// The `compound-card` command: one line per subcommand here, each in its own
// module under cli/ exporting `usage` and `run(args)` → exit status. Every command exits 0 on success, 1 when the record or
// article is invalid, 2 for usage errors and unreadable files, 3 for an unexpected
// internal error (a bug): one line, and its stack only with COMPOUND_CARD_DEBUG=1.
import { HelpRequest, UsageError } from '../cli/files.mjs';

/** Exit status of an error the command did not expect; 1 means "invalid record". */
const INTERNAL_ERROR = 3;

const COMMANDS = {
  validate: () => import('../cli/validate.mjs'),
  render: () => import('../cli/render.mjs'),
  import: () => import('../cli/import.mjs'),
  export: () => import('../cli/export.mjs'),
};

/** @param {string} name @returns {name is keyof typeof COMMANDS} */
const isCommand = (name) => Object.hasOwn(COMMANDS, name);

async function usage() {
  const lines = [];
  for (const load of Object.values(COMMANDS)) {
    try {
      lines.push((await load()).usage);
    } catch {
      // A command whose module is missing from this copy is simply not listed.
    }
  }
  return `Usage:\n${lines.map((text) => `  ${text}`).join('\n\n')}

  -h, --help after a command prints its usage. Exit status 3: an unexpected internal error
  (please report it; COMPOUND_CARD_DEBUG=1 prints its stack).`;
}

/** @param {string[]} argv @returns {Promise<number>} the exit status */
async function main([command, ...args]) {
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(await usage());
    return 0;
  }
  if (!command || !isCommand(command)) {
    console.error(`${command ? `compound-card: unknown command "${command}"\n\n` : ''}${await usage()}`);
    return 2;
  }
  const module = await COMMANDS[command]();
  try {
    return await module.run(args);
  } catch (err) {
    if (err instanceof HelpRequest) {
      console.log(`Usage: ${module.usage}`);
      return 0;
    }
    if (err instanceof UsageError) {
      console.error(`compound-card ${command}: ${err.message}\n\nUsage: ${module.usage}`);
      return 2;
    }
    if (process.env.COMPOUND_CARD_DEBUG) console.error(err);
    else console.error(`compound-card ${command}: internal error: ${err instanceof Error ? err.message : String(err)}`.split('\n')[0]);
    return INTERNAL_ERROR;
  }
}

process.exitCode = await main(process.argv.slice(2));
