/**
 * What the importer learns while it reads an article, beside the record itself:
 * its problems, the place in the article each record path came from (so a
 * schema issue such as `quickFacts[2].value: must not be empty` can point at
 * its line), and the paths whose problem was already told in article terms (so
 * "front matter has no id" is not followed by the schema's "id: is required").
 */
import type { RecordProblem } from '../record/issues.js';
import type { ArticleProblem, Place } from './problems.js';

/** Where a problem is: a place, a bare line number, or nowhere in particular. */
export type At = Place | number | null | undefined;

/** `quickFacts[2].value` → `quickFacts[2]` → `quickFacts`; `undefined` at the top. */
const parentPath = (path: string): string | undefined => {
  const parent = path.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');
  return parent && parent !== path ? parent : undefined;
};

const placeOf = (at: At): Place | undefined => (typeof at === 'number' ? { line: at } : at ?? undefined);

export class Draft {
  readonly problems: ArticleProblem[] = [];
  private readonly places = new Map<string, Place>();
  private readonly told = new Set<string>();

  /**
   * `columns`: problems carry the column too. A Markdown article is read line
   * by line; a web page may be one long line (minified), where a line alone
   * points nowhere.
   */
  constructor(private readonly columns = false) {}

  /** Records a problem; `path` marks the record path it already explains. */
  problem(at: At, message: string, path?: string): void {
    this.#add(at, { message });
    if (path !== undefined) this.explain(path);
  }

  /** Records a problem the record check found, at the place its path came from, unless an article problem already told it. */
  recordProblem({ path, message }: RecordProblem): void {
    if (!this.wasTold(path)) this.#add(this.placeOf(path), { path, message });
  }

  #add(at: At, problem: Pick<ArticleProblem, 'path' | 'message'>): void {
    const place = placeOf(at);
    const column = this.columns ? place?.column : undefined;
    this.problems.push({ line: place?.line ?? null, ...(column !== undefined && { column }), ...problem });
  }

  /** Marks `path` as explained by a problem already reported, so the schema's issue about it is not repeated. */
  explain(path: string): void {
    this.told.add(path);
  }

  /** Notes that the record value at `path` was read from `at`. */
  place(path: string, at: At): void {
    const place = placeOf(at);
    if (place?.line) this.places.set(path, place);
  }

  /** The place of `path`, or of the nearest enclosing path that has one. */
  placeOf(path: string): Place | null {
    for (let at: string | undefined = path; at; at = parentPath(at)) {
      const place = this.places.get(at);
      if (place) return place;
    }
    return null;
  }

  /** Whether a problem about `path`, or a path enclosing it, was already reported. */
  wasTold(path: string): boolean {
    for (let at: string | undefined = path; at; at = parentPath(at)) if (this.told.has(at)) return true;
    return false;
  }
}
