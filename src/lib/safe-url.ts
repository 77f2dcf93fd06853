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

/** The URL as given (trimmed) when it is safe to put in `href`/`src`, else `undefined`. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(IGNORED_BY_URL_PARSER, '').trim();
  if (cleaned === '') return undefined;
  let parsed: URL;
  try {
    // A fixed base: relative URLs parse as https and are kept; absolute ones keep their scheme.
    parsed = new URL(cleaned, 'https://relative.invalid/');
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol) ? cleaned : undefined;
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
 * A `srcset` whose every candidate URL is safe, or `undefined`. One bad candidate drops the
 * whole attribute: a half-trusted srcset is not worth keeping.
 */
export function safeSrcset(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const candidates = value.split(',').map((candidate) => candidate.trim());
  const safe: string[] = [];
  for (const candidate of candidates) {
    const [url, descriptor, ...rest] = candidate.split(/\s+/);
    if (rest.length > 0 || (descriptor && !/^\d+(\.\d+)?[wx]$/.test(descriptor))) return undefined;
    const checked = safeUrl(url);
    if (!checked) return undefined;
    safe.push(descriptor ? `${checked} ${descriptor}` : checked);
  }
  return safe.join(', ');
}
