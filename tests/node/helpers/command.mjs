// Running `compound-card` as a user does, on files written for the test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `compound-card ...args` in a child process: its status, stdout and stderr as text. */
export const run = (/** @type {string[]} */ ...args) => spawnSync(process.execPath, ['bin/compound-card.mjs', ...args], { encoding: 'utf8' });

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
