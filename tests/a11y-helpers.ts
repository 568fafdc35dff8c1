import { fixture, html } from '@open-wc/testing';
import type { CompoundCard } from '../src/compound-card.js';

interface AxeResult {
  id: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
interface AxeResults {
  violations: AxeResult[];
  passes: AxeResult[];
  incomplete: AxeResult[];
  inapplicable: AxeResult[];
}
declare global {
  interface Window {
    axe?: { run: (context: Document | Element, options?: object) => Promise<AxeResults> };
  }
}

/** axe-core, loaded as the plain script it is. */
async function axe() {
  if (!window.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core did not load'));
      document.head.append(script);
    });
  }
  return window.axe!;
}

/** Every rule axe ran on the whole document (so page-level rules run too), and what failed. */
export async function auditDocument(): Promise<{ violations: string[]; rulesRun: number; rulesApplied: number }> {
  const results = await (await axe()).run(document, { resultTypes: ['violations'] });
  const applied = [...results.violations, ...results.passes, ...results.incomplete];
  const rulesApplied = new Set(applied.map((rule) => rule.id)).size;
  const rulesRun = new Set([...applied, ...results.inapplicable].map((rule) => rule.id)).size;
  return {
    rulesRun,
    rulesApplied,
    violations: results.violations.map(
      (rule) => `${rule.id}: ${rule.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('; ')}`,
    ),
  };
}

/**
 * Puts cards on the page the way a host would: a titled document in a language,
 * with the cards inside its main landmark.
 */
export async function hostPage(cards: CompoundCard[]): Promise<HTMLElement> {
  document.title = 'Compound reference';
  document.documentElement.lang = 'en';
  const main = await fixture<HTMLElement>(html`<main><h1>Compound reference</h1>${cards}</main>`);
  // A card's first render runs in a task after it connects (README, "Many cards on a page").
  await Promise.all(cards.map((card) => card.updateComplete));
  return main;
}

/**
 * Applies the card's own `@media <condition>` rules unconditionally, as if the
 * condition matched. Used in Firefox and WebKit, whose drivers (WebDriver BiDi,
 * WebDriver classic) cannot emulate media types or features: the rules still render for real, only the
 * media query match is simulated. Chromium tests use true emulation instead.
 */
export function liftMediaRules(card: Element, condition: RegExp): () => void {
  const root = card.shadowRoot!;
  const lifted: string[] = [];
  for (const sheet of root.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && condition.test(rule.media.mediaText)) {
        lifted.push(...[...rule.cssRules].map((inner) => inner.cssText));
      }
    }
  }
  if (!lifted.length) throw new Error(`the card has no @media rules for ${condition}`);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(lifted.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
