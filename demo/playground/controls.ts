/**
 * The attribute controls: what the form says, as the attributes the card and
 * the embed code carry. A default is left out, as a person writing the tag
 * would. The form's fields are named after the attributes of the card's table
 * (`cardAttributes` in src/card-properties.ts), and are read in its order.
 */
import { attributeDefault, attributeOf, cardAttributes, type AttributeName } from '../../src/card-properties.js';
import type { Attributes } from './embed.js';

const NAMES = Object.keys(cardAttributes) as AttributeName[];

/** Every attribute the controls own, so one that returns to its default is taken off the card. */
const CONTROLLED = NAMES.map(attributeOf);

/** The chosen attributes, in the order the embed code writes them. */
export function chosenAttributes(form: HTMLFormElement): Attributes {
  const data = new FormData(form);
  const chosen: [string, string | true][] = [];
  for (const name of NAMES) {
    const { kind } = cardAttributes[name];
    const attribute = attributeOf(name);
    if (kind === 'boolean') {
      if (data.has(attribute)) chosen.push([attribute, true]);
    } else if (kind === 'tokens') {
      // None chosen shows them all, as all of them do: either way the attribute says nothing.
      const tokens = data.getAll(attribute).map(String);
      if (tokens.length > 0 && tokens.length < cardAttributes[name].values.length) chosen.push([attribute, tokens.join(' ')]);
    } else {
      const value = String(data.get(attribute) ?? '');
      if (value !== String(attributeDefault(name))) chosen.push([attribute, value]);
    }
  }
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
export const noSectionChosen = (form: HTMLFormElement) => new FormData(form).getAll(attributeOf('sections')).length === 0;
