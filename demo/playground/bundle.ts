/**
 * The bundle the embed code loads, and its Subresource Integrity value.
 * Built, the playground sits in dist/playground/, beside the bundle's dist/, and
 * the build writes in the value of dist/compound-card.js.sri. `npm start` serves
 * the sources instead: there it reads the value of the last build, if any.
 */
export const bundleUrl = new URL(
  import.meta.env.DEV ? '/dist/compound-card.js' : '../compound-card.js',
  location.href,
).href;

export async function bundleIntegrity(): Promise<string | undefined> {
  if (import.meta.env.VITE_BUNDLE_INTEGRITY) return import.meta.env.VITE_BUNDLE_INTEGRITY;
  if (!import.meta.env.DEV) return undefined;
  try {
    const response = await fetch(`${bundleUrl}.sri`);
    const text = response.ok ? (await response.text()).trim() : '';
    return text.startsWith('sha384-') ? text : undefined;
  } catch {
    return undefined;
  }
}
