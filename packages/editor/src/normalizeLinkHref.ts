const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// Invisible characters inside a scheme ("java\u200bscript:") are one way unsafe links hide.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const RELATIVE = /^[/.#?]/;
const EMAIL = /^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/;

/**
 * The address a link may point to, or null when it is not safe. Only `http:`, `https:` and `mailto:`
 * links are kept: never `javascript:`, `data:`, `vbscript:`, nor a relative path (it means nothing
 * once the production is read elsewhere). A bare address (`example.org/page`) gets `https://`, a bare
 * e-mail address gets `mailto:`. The URL parser decides, as a browser would when the link is followed.
 */
export function normalizeLinkHref(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  let candidate = trimmed;
  if (!SCHEME.test(trimmed.replace(INVISIBLE, ''))) {
    if (RELATIVE.test(trimmed)) return null;
    candidate = EMAIL.test(trimmed) ? `mailto:${trimmed}` : `https://${trimmed}`;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}

/** Whether `href`, as found in pasted or synced content, is a complete link the editor may keep. */
export function isSafeLinkHref(href: string): boolean {
  return SCHEME.test(href.trim()) && normalizeLinkHref(href) !== null;
}
