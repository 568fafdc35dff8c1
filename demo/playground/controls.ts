/**
 * The attribute controls: what the form says, as the attributes the card and
 * the embed code carry. A default is left out, as a person writing the tag would.
 */
import type { Attributes } from './embed.js';

const ALL_SECTIONS = 5;

/** Every attribute the controls own, so one that returns to its default is taken off the card. */
const CONTROLLED = ['sections', 'heading-level', 'facts-collapsed', 'faq-mode', 'theme', 'lang'] as const;

/** The chosen attributes, in the order the embed code writes them. */
export function chosenAttributes(form: HTMLFormElement): Attributes {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  const sections = data.getAll('sections').map(String);
  const chosen: [string, string | true][] = [];
  // None chosen shows all five, as all five do: either way the attribute says nothing.
  if (sections.length > 0 && sections.length < ALL_SECTIONS) chosen.push(['sections', sections.join(' ')]);
  if (value('heading-level') !== '2') chosen.push(['heading-level', value('heading-level')]);
  if (data.has('facts-collapsed')) chosen.push(['facts-collapsed', true]);
  if (value('faq-mode') === 'single') chosen.push(['faq-mode', 'single']);
  if (value('theme') !== 'light') chosen.push(['theme', value('theme')]);
  if (value('lang') !== 'en') chosen.push(['lang', value('lang')]);
  return chosen;
}

/** Sets the chosen attributes on the card and takes the others off. */
export function applyAttributes(card: HTMLElement, attributes: Attributes): void {
  const chosen = new Map(attributes);
  for (const name of CONTROLLED) {
    const value = chosen.get(name);
    if (value === undefined) card.removeAttribute(name);
    else card.setAttribute(name, value === true ? '' : value);
  }
}

/** Whether no block is ticked (the card then shows all five, which the page says). */
export const noSectionChosen = (form: HTMLFormElement) => new FormData(form).getAll('sections').length === 0;
