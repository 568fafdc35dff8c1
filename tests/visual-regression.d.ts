// The package's browser entry is an .mjs file without types of its own.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline named `name` for this engine. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
