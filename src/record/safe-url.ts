/**
 * The one rule for every URL that may become a link: absolute, and http: or https:.
 *
 * The URL parser strips tabs, newlines and leading/trailing control characters
 * before it reads the scheme, so "java\tscript:" is seen as "javascript:" here and
 * refused. Callers render the returned normalised `href`, never the raw input.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
