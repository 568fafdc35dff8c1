/**
 * The article in a page, without the page around it: `<article>`, else
 * `<main>`, else the element that holds the `<h1>`. What never becomes record
 * text is left out here: navigation, headers, footers, asides, forms, scripts,
 * styles, templates, media, hidden elements, whatever comes before the title,
 * and the byline (which gives `updated`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Place } from '../problems.js';
import { elementsOf } from './page-tree.js';

/** Page furniture: never record text, wherever it stands. */
const FURNITURE = new Set([
  'nav', 'header', 'footer', 'aside', 'form', 'script', 'style', 'template', 'noscript', 'dialog', 'button', 'address',
  // Media: a record holds text only, and an image's alt text is not the article's prose.
  'img', 'picture', 'figcaption', 'svg', 'math', 'video', 'audio', 'iframe', 'canvas', 'object', 'embed',
]);
/** Where a title is not the article's: the site's name in a header or a footer, a heading in a sidebar. */
const NOT_ARTICLE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'template']);
/**
 * Inline elements that say nothing when empty. Left out, because the
 * whitespace minifier inside `hast-util-to-mdast` looks past each of them to
 * the next sibling: 300 stray `<a>` tags in a row took seconds, 2,000 a minute.
 */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);
/** Where a title is never the article's, not even in a page without `<article>` or `<main>`. */
const NOT_TITLE = new Set(['nav', 'footer', 'aside', 'form', 'template']);
/** What a byline is, around its `<time>`: the block it stands in. */
const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'dl', 'section']);

const isTag = (node: ElementContent | Root, ...names: string[]): node is Element =>
  node.type === 'element' && names.includes(node.tagName);

const contains = (outer: Element, inner: Element) => {
  for (const { element } of elementsOf(outer)) if (element === inner) return true;
  return false;
};

const startOf = (element: Element): Place | undefined => element.position?.start;

export interface PageArticle {
  /** The article's content, page furniture and all before the title removed. */
  content: Root;
  title?: Element;
  updated?: { value: string; at: Place | undefined };
}

function chooseRoot(tree: Root): { root: Root | Element; title?: Element } {
  const all = [...elementsOf(tree)];
  const outside = (names: Set<string>) => ({ ancestors }: { ancestors: Element[] }) => !ancestors.some((a) => names.has(a.tagName));
  const inArticleText = outside(NOT_ARTICLE);
  const notInFurniture = outside(NOT_TITLE);
  // An article's own header holds its title; the page's header holds the site's name, so there it is the last resort.
  const titleIn = (root: Root | Element) =>
    [...elementsOf(root)].find((entry) => entry.element.tagName === 'h1' && inArticleText(entry))?.element ??
    [...elementsOf(root)].find((entry) => entry.element.tagName === 'h1' && notInFurniture(entry))?.element;

  const articles = all.filter((entry) => entry.element.tagName === 'article' && inArticleText(entry)).map(({ element }) => element);
  const article = articles.find((element) => titleIn(element)) ?? articles[0];
  if (article) return { root: article, title: titleIn(article) };
  const main = all.find((entry) => entry.element.tagName === 'main')?.element;
  if (main) return { root: main, title: titleIn(main) };

  const title = titleIn(tree);
  if (!title) return { root: tree };
  const { ancestors } = all.find((entry) => entry.element === title)!;
  const holders = ancestors.filter((element) => !isTag(element, 'header', 'hgroup', 'html')).reverse();
  const holding = (tag: string) => holders.find((element) => [...elementsOf(element)].some((entry) => entry.element.tagName === tag));
  return { root: holding('h2') ?? holding('p') ?? holders[0] ?? tree, title };
}

const DATE = /^(\d{4}-\d{2}-\d{2})/;

/** The date of a `<time datetime>` (its date part); `undefined` for a duration such as "PT5M" (a reading time). */
const dateOf = (element: Element): string | undefined => DATE.exec(String(element.properties.dateTime ?? '').trim())?.[1];

/** `article:modified_time` from the page's head, where a CMS writes it. */
function modifiedTime(tree: Root): PageArticle['updated'] {
  for (const { element } of elementsOf(tree)) {
    if (isTag(element, 'meta') && element.properties.property === 'article:modified_time') {
      const value = DATE.exec(String(element.properties.content ?? '').trim())?.[1];
      if (value) return { value, at: startOf(element) };
    }
  }
  return undefined;
}

/**
 * The byline: the blocks between the title and the first `<h2>` that hold a
 * `<time datetime>`. Their times, and those in the article's headers, give
 * `updated` (the latest, when a byline says both "published" and "updated").
 */
function readByline(root: Root | Element, title: Element | undefined): { bylines: Set<Element>; times: Element[] } {
  const bylines = new Set<Element>();
  const times: Element[] = [];
  let afterTitle = !title;
  for (const { element, ancestors } of elementsOf(root)) {
    if (element === title) afterTitle = true;
    if (isTag(element, 'h2')) break;
    if (!isTag(element, 'time') || dateOf(element) === undefined) continue;
    if (ancestors.some((a) => isTag(a, 'header'))) {
      times.push(element);
    } else if (afterTitle) {
      times.push(element);
      // The nearest block around the time, unless that block holds the article itself.
      const block = [...ancestors].reverse().find((a) => BLOCKS.has(a.tagName) && a !== root);
      const holdsArticle = block && [...elementsOf(block)].some((entry) => entry.element === title || isTag(entry.element, 'h2'));
      bylines.add(block && !holdsArticle ? block : element);
    }
  }
  return { bylines, times };
}

export function readPageArticle(tree: Root): PageArticle {
  const { root, title } = chooseRoot(tree);
  const { bylines, times } = readByline(root, title);
  const latest = times.reduce<Element | undefined>((best, time) => (!best || dateOf(time)! > dateOf(best)! ? time : best), undefined);
  const updated = latest ? { value: dateOf(latest)!, at: startOf(latest) } : modifiedTime(tree);

  // Document order: until the title is met, only its ancestors are kept (and only for the way to it).
  let seenTitle = !title;
  const keep = (nodes: readonly ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type === 'text') {
        // A no-break space is white space to a reader: `<p>&nbsp;</p>`, a CMS's empty line, is no paragraph.
        return seenTitle ? [{ ...node, value: node.value.replace(/\u00a0/g, ' ') }] : [];
      }
      if (node.type !== 'element') return [];
      if (node === title) {
        seenTitle = true;
        return [node];
      }
      const holdsTitle = !seenTitle && contains(node, title!);
      if (!seenTitle && !holdsTitle) return [];
      if (node.properties.hidden !== undefined && node.properties.hidden !== false) return [];
      if (bylines.has(node)) return [];
      if (FURNITURE.has(node.tagName)) {
        if (!holdsTitle) return [];
        // An article's own header drops out, all but the title it holds.
        seenTitle = true;
        return [title!];
      }
      const children = keep(node.children);
      return !children.length && INLINE.has(node.tagName) ? [] : [{ ...node, children }];
    });
  const children = (root.children as readonly (ElementContent | RootContent)[]).filter(
    (node): node is ElementContent => node.type !== 'doctype',
  );
  return { content: { type: 'root', children: keep(children) }, title, ...(updated && { updated }) };
}
