/**
 * HTML fragments from foreign sources (WordPress titles, excerpts, term names) turned into
 * plain text. The fragment is parsed into an inert document (`DOMParser` documents have no
 * browsing context: no scripts run, no images load), read as text, and thrown away. The text is
 * then rendered by Lit as text, never as markup.
 */

import { inertBody, roughText } from '../lib/trusted-types.js';

/** Elements whose text is not reading text. */
const NOT_TEXT = 'script, style, template, noscript, iframe, object, embed, svg, math';

/** Elements after which reading text breaks, so "<p>a</p><p>b</p>" reads "a b", not "ab". */
const BREAKS =
  'p, br, div, li, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, figure, figcaption, tr, td, th, hr';

/**
 * The text of an HTML fragment: entities decoded (`&#8220;` becomes “), tags dropped,
 * whitespace collapsed, trimmed. `undefined` for anything that is not a string.
 */
export function htmlToText(fragment: unknown): string | undefined {
  if (typeof fragment !== 'string') return undefined;
  // Plain text needs no parser: the common case for titles without entities.
  if (!/[<&]/.test(fragment)) return collapse(fragment);
  // On a Trusted Types page the parse goes through maqal's policy; where none is allowed,
  // the text is read without a parser.
  const body = inertBody(fragment);
  if (!body) return collapse(roughText(fragment));
  body.querySelectorAll(NOT_TEXT).forEach((element) => element.remove());
  body.querySelectorAll(BREAKS).forEach((element) => element.after(' '));
  return collapse(body.textContent ?? '');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to place inside HTML markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/**
 * Plain text (JSON Feed's `content_text`) as HTML paragraphs: blank lines separate paragraphs,
 * single newlines become `<br>`. Everything is escaped, so the text shows exactly as written
 * (a plain text `*` or `#` is not Markdown).
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
