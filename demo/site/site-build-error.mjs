/**
 * A build error that is the reader's to fix (a record file), not the code's:
 * Eleventy prints its message and leaves out the stack trace (`skipOriginalStack`).
 */
export class SiteBuildError extends Error {
  skipOriginalStack = true;

  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'SiteBuildError';
  }
}
