/**
 * The one place that decides which URLs maqal may render: http(s), mailto, and relative URLs.
 * Everything else (javascript:, data:, vbscript:, blob:, file:, ...) is refused, however it is
 * disguised with case, whitespace or control characters.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

// Browsers drop ASCII tab/newline anywhere in a URL and trim C0 controls and spaces at the ends,
// so "java\tscript:" is "javascript:". Remove the same characters before deciding.
// eslint-disable-next-line no-control-regex
const IGNORED_BY_URL_PARSER = /[\u0000-\u001f\u007f]/g;

/**
 * A scheme as the URL standard reads one: an ASCII letter, then letters, digits, `+`, `-`, `.`,
 * up to the first `:`. Anything else before a `:` (a space, a `/`, a non-ASCII letter) makes
 * the URL relative to the page.
 */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The URL as given (cleaned and trimmed) when it is safe to put in `href`/`src`, else
 * `undefined`. The decision is the scheme's, read as the browser will read the returned string
 * (it has no control characters left): http(s), mailto, or none (relative). Not a full parse: a
 * thousand cards validate two URLs each, and a malformed http(s) URL is harmless.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(IGNORED_BY_URL_PARSER, '').trim();
  if (cleaned === '') return undefined;
  const scheme = SCHEME.exec(cleaned);
  return !scheme || ALLOWED_PROTOCOLS.has(`${scheme[1].toLowerCase()}:`) ? cleaned : undefined;
}

/** Whether `url` points to another origin than the page (for `rel` and `target` decisions). */
export function isOtherOrigin(url: string, base: string = document.baseURI): boolean {
  try {
    const target = new URL(url, base);
    if (target.protocol === 'mailto:') return false;
    return target.origin !== new URL(base).origin;
  } catch {
    return true;
  }
}

/**
 * A `srcset` whose every candidate URL is safe (and passed through `map`, e.g. to resolve it),
 * or `undefined`. One bad candidate drops the whole attribute: a half-trusted srcset is not
 * worth keeping. Read as browsers read it: a URL runs to the next white space, so commas inside
 * it belong to it (`…/w_400,c_fill/a.jpg 400w`); commas after it, or after its descriptor, end
 * the candidate.
 */
export function safeSrcset(
  value: unknown,
  map: (url: string) => string = (url) => url,
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const safe: string[] = [];
  let rest = value;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (rest === '') break;
    let url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    let descriptor = '';
    if (/,$/.test(url)) url = url.replace(/,+$/, '');
    else {
      const upToComma = /^[^,]*/.exec(rest)![0];
      descriptor = upToComma.trim();
      rest = rest.slice(upToComma.length);
    }
    if (descriptor && !/^\d+(\.\d+)?[wx]$/.test(descriptor)) return undefined;
    const checked = safeUrl(url);
    if (!checked) return undefined;
    safe.push(descriptor ? `${map(checked)} ${descriptor}` : map(checked));
  }
  return safe.length > 0 ? safe.join(', ') : undefined;
}
