/**
 * The article of a page as the Markdown importer's syntax tree, by
 * `hast-util-to-mdast`, so a page is read by the article format's own rules
 * (`../import/article-record.ts`). A few HTML shapes have no Markdown twin
 * and are given the one the format reads:
 * - a `<dl>` and a two-column table become a list of "Label: value" items
 *   (the label kept whole: a colon inside it is not the split);
 * - `<details><summary>` becomes a `###` question and its answer;
 * - an `<h2>`'s text is taken as it is (no `{#id}` syntax in a page), and its
 *   `id` attribute is the section's id.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { defaultHandlers, toMdast, type Handle, type State } from 'hast-util-to-mdast';
import type { Heading, List, ListItem, Nodes, PhrasingContent, Root } from 'mdast';
import { inlineText } from '../import/inline-text.js';

const isTag = (node: ElementContent, ...names: string[]): node is Element =>
  node.type === 'element' && names.includes(node.tagName);

/** The inline content of an element; paragraphs inside it (a `<p>` in a `<dd>` or a cell) join with a space. */
function phrasingOf(state: State, element: Element): PhrasingContent[] {
  const nodes = state.all(element) as Nodes[];
  return nodes.flatMap((node, i): PhrasingContent[] => {
    const content = node.type === 'paragraph' ? node.children : 'value' in node || node.type === 'link' || node.type === 'emphasis' || node.type === 'strong' ? [node as PhrasingContent] : [];
    return i > 0 && node.type === 'paragraph' ? [{ type: 'text', value: ' ' }, ...content] : content;
  });
}

/** A "Label: value" item whose label is taken whole; a label written "Class:" loses its own colon. */
function factItem(state: State, label: Element, value: PhrasingContent[]): ListItem {
  const text = inlineText(phrasingOf(state, label)).replace(/\s*:\s*$/, '');
  const item: ListItem = {
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: [{ type: 'protectedText', value: text }, { type: 'text', value: ': ' }, ...value] }],
  };
  state.patch(label, item);
  return item;
}

const factList = (state: State, from: Element, items: ListItem[]): List => {
  const list: List = { type: 'list', ordered: false, spread: false, children: items };
  state.patch(from, list);
  return list;
};

/** `<dt>` and `<dd>`, also where a `<div>` groups each pair. */
const dl: Handle = (state, node) => {
  const parts = node.children.flatMap((child) => (isTag(child, 'div') ? child.children : [child])).filter((child) => isTag(child, 'dt', 'dd'));
  const items: ListItem[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Element;
    if (part.tagName !== 'dt') continue;
    const values: PhrasingContent[] = [];
    for (let j = i + 1; j < parts.length && (parts[j] as Element).tagName === 'dd'; j++) {
      if (values.length) values.push({ type: 'text', value: ', ' });
      values.push(...phrasingOf(state, parts[j] as Element));
    }
    items.push(factItem(state, part, values));
  }
  return factList(state, node, items);
};

const rowsOf = (table: Element): Element[] =>
  table.children
    .flatMap((child) => (isTag(child, 'thead', 'tbody', 'tfoot') ? child.children : [child]))
    .filter((row): row is Element => isTag(row, 'tr'));

/** Two columns (`th` + `td`, or two `td`s) are facts; a row of two `th`s is the table's own header. Any other table stays one. */
const table: Handle = (state, node) => {
  const rows = rowsOf(node).map((row) => row.children.filter((cell) => isTag(cell, 'th', 'td')) as Element[]);
  if (!rows.length || rows.some((cells) => cells.length !== 2)) return defaultHandlers.table(state, node);
  const items = rows
    .filter(([label, value]) => !(label.tagName === 'th' && value.tagName === 'th'))
    .map(([label, value]) => factItem(state, label, phrasingOf(state, value)));
  return factList(state, node, items);
};

/** `<details><summary>Question</summary>answer…</details>`: the question as a `###` heading, then the answer. */
const details: Handle = (state, node) => {
  const summary = node.children.find((child) => isTag(child, 'summary')) as Element | undefined;
  const question: Heading = { type: 'heading', depth: 3, children: summary ? phrasingOf(state, summary) : [] };
  state.patch(summary ?? node, question);
  const answer = state.toFlow(state.all({ ...node, children: node.children.filter((child) => child !== summary) }));
  return [question, ...answer];
};

const h2: Handle = (state, node) => {
  const id = node.properties.id;
  const heading: Heading = {
    type: 'heading',
    depth: 2,
    children: [{ type: 'protectedText', value: inlineText(phrasingOf(state, node)) }],
    ...(typeof id === 'string' && id && { data: { sectionId: id } }),
  };
  state.patch(node, heading);
  return heading;
};

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;

export function pageToMdast(article: HastRoot, baseUrl: string | undefined): Root {
  /** A relative link is resolved as the page's reader would have it: against `<base>` or the page's canonical address. */
  const a: Handle = (state, node) => {
    const link = defaultHandlers.a(state, node);
    if (baseUrl && !ABSOLUTE.test(link.url)) {
      try {
        link.url = new URL(link.url, baseUrl).href;
      } catch {
        // Left as written: the record check says what is wrong with it.
      }
    }
    return link;
  };
  return toMdast(article, { handlers: { a, dl, table, details, h2 } }) as Root;
}
