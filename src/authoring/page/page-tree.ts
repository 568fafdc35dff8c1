/**
 * The page's HTML tree, from `hast-util-from-html` (parse5, the HTML standard's
 * parsing, as a browser reads the page), with the place of every element.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { ArticleProblem } from '../problems.js';
import { MAX_DEPTH, TOO_DEEP } from './page-limits.js';

/** Elements in document order, each with the elements around it (outermost first). Iterative: no depth can overflow it. */
export function* elementsOf(node: Nodes): Generator<{ element: Element; ancestors: Element[] }> {
  const pending: { node: Nodes; ancestors: Element[] }[] = [{ node, ancestors: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node: at, ancestors } = next;
    const inside = at.type === 'element' ? [...ancestors, at] : ancestors;
    if (at.type === 'element') yield { element: at, ancestors };
    if ('children' in at) for (let i = at.children.length - 1; i >= 0; i--) pending.push({ node: at.children[i], ancestors: inside });
  }
}

/** The first element nested deeper than the limit; the tree's later steps walk it recursively. */
function tooDeep(tree: Root): Element | undefined {
  const pending: [Nodes, number][] = [[tree, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (depth > MAX_DEPTH && node.type === 'element') return node;
    if ('children' in node) for (const child of node.children) pending.push([child, depth + 1]);
  }
  return undefined;
}

export function parsePage(html: string): { tree: Root } | { problem: ArticleProblem } {
  let tree: Root;
  try {
    // Parse errors are not reported: browsers show such pages, and so the importer reads them as a browser does.
    tree = fromHtml(html);
  } catch (error) {
    // The tree is built recursively: thousands of nested elements exhaust the call stack.
    if (error instanceof RangeError) return { problem: { line: null, message: TOO_DEEP } };
    throw error;
  }
  const deep = tooDeep(tree);
  if (deep) {
    const start = deep.position?.start;
    return { problem: { line: start?.line ?? null, ...(start && { column: start.column }), message: TOO_DEEP } };
  }
  return { tree };
}
