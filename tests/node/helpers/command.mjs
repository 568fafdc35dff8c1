// Running `compound-card` as a user does, on files written for the test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `compound-card ...args` in a child process, with node's own `nodeOptions` and
 * `env` added to the environment: its status, stdout and stderr as text.
 * @param {string[]} args
 * @param {{ nodeOptions?: string[], env?: Record<string, string> }} [how]
 */
export const runCommand = (args, { nodeOptions = [], env = {} } = {}) =>
  spawnSync(process.execPath, [...nodeOptions, 'bin/compound-card.mjs', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

/** `compound-card ...args` as a user types it. */
export const run = (/** @type {string[]} */ ...args) => runCommand(args);

/** A fresh temporary folder, and `file(name, text)`, which writes a file in it and returns its path. */
export function scratchFiles(/** @type {string} */ prefix) {
  const dir = mkdtempSync(join(tmpdir(), `compound-card-${prefix}-`));
  const file = (/** @type {string} */ name, /** @type {string} */ text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  return { dir, file };
}
