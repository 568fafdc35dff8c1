/**
 * What the importer learns while it reads an article, beside the record itself:
 * its problems, the article line each record path came from (so a schema issue
 * such as `quickFacts[2].value: must not be empty` can point at its line), and
 * the paths whose problem was already told in article terms (so "front matter
 * has no id" is not followed by the schema's "id: is required").
 */
import type { ArticleProblem } from './problems.js';

/** `quickFacts[2].value` → `quickFacts[2]` → `quickFacts`; `undefined` at the top. */
const parentPath = (path: string): string | undefined => {
  const parent = path.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');
  return parent && parent !== path ? parent : undefined;
};

export class Draft {
  readonly problems: ArticleProblem[] = [];
  private readonly lines = new Map<string, number>();
  private readonly told = new Set<string>();

  /** Records a problem; `path` marks the record path it already explains. */
  problem(line: number | null | undefined, message: string, path?: string): void {
    this.problems.push({ line: line ?? null, message });
    if (path !== undefined) this.explain(path);
  }

  /** Marks `path` as explained by a problem already reported, so the schema's issue about it is not repeated. */
  explain(path: string): void {
    this.told.add(path);
  }

  /** Notes that the record value at `path` was read from `line`. */
  place(path: string, line: number | null | undefined): void {
    if (line) this.lines.set(path, line);
  }

  /** The line of `path`, or of the nearest enclosing path that has one. */
  lineOf(path: string): number | null {
    for (let at: string | undefined = path; at; at = parentPath(at)) {
      const line = this.lines.get(at);
      if (line) return line;
    }
    return null;
  }

  /** Whether a problem about `path`, or a path enclosing it, was already reported. */
  wasTold(path: string): boolean {
    for (let at: string | undefined = path; at; at = parentPath(at)) if (this.told.has(at)) return true;
    return false;
  }
}
