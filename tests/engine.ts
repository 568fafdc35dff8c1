/**
 * The engine a test runs in, and the few things a test asks of the runner that each
 * engine does its own way: key presses (Shift+Tab as one chord), the viewport, and
 * skipping a test in one engine only, with the reason (README, "Tested engines").
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const ENGINE: Engine = navigator.userAgent.includes('Firefox')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome')
    ? 'chromium'
    : 'webkit';

/** Only Chromium's driver lets a test switch media features; elsewhere the card's own media rules are lifted. */
export const EMULATES_MEDIA = ENGINE === 'chromium';

/** A real key press: `Tab`, `Enter`, `Shift+Tab`, `Control+z`; or `type` for text. */
export const sendKeys = (keys: { press: string } | { type: string }) => executeServerCommand('keys', keys);

/** The page's viewport in CSS pixels (WebKit: its window, which is never narrower than 447 px). */
export const setViewport = (size: { width: number; height: number }) => executeServerCommand('viewport', size);

/**
 * `it`, except in `engine`, where the test is skipped and its title says why. The
 * run's summary lists every skipped title per engine; the README's table gives
 * what covers the test there instead.
 */
export function itExceptIn(engine: Engine, why: string): Mocha.TestFunction {
  if (ENGINE !== engine) return it;
  const skipped = (title: string, fn?: Mocha.Func | Mocha.AsyncFunc) => it.skip(`${title} [not in ${engine}: ${why}]`, fn);
  return Object.assign(skipped, it) as unknown as Mocha.TestFunction;
}
