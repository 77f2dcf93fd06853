import DOMPurify, { type Config, type UponSanitizeAttributeHookEvent } from 'dompurify';
import { Lexer, Marked, type Token, type TokensList } from 'marked';
import { isOtherOrigin, safeSrcset, safeUrl } from './safe-url.js';
import { ID_PREFIX } from './markdown-ids.js';

/**
 * Markdown and foreign HTML into a sanitised `DocumentFragment`, never a string: callers put
 * the fragment in the DOM as nodes (Lit renders a Node as is), so maqal has no `innerHTML`
 * sink of its own and works on pages with a strict CSP and `require-trusted-types-for
 * 'script'` (DOMPurify creates its own `dompurify` Trusted Types policy where one is needed).
 *
 * This module pulls in marked and DOMPurify; elements load it with a dynamic `import()` so
 * pages without a full article never download either.
 */

export interface RenderOptions {
  /** Relative link and image URLs resolve against this (e.g. the article's own URL). */
  baseUrl?: string;
  /**
   * The level the body's top heading gets (1 to 6): all headings move down by the same step,
   * so a body with `#` under an `<h2>` title gets `<h3>` and the title is never outranked. Gaps
   * the author left (a `###` right after a `#`) stay; headings already low enough stay as they are.
   */
  minHeadingLevel?: number;
}

// Our own instance: configuration and hooks never touch a global `marked` someone else uses.
const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Longest stretch of inline text read as Markdown at once: a line, or several lines together. */
const INLINE_LIMIT = 5_000;
/** Time after which the rest of a body is kept as plain text. */
const PARSE_BUDGET_MS = 1_000;

/**
 * marked's inline matching (emphasis, GFM e-mail autolinks) rescans the rest of a run of text at
 * each delimiter, so crafted text is quadratic: one 100 KB paragraph of `a__a__…` blocked the
 * page for over ten seconds, and a hundred 10 KB ones would for over a minute. So a long run (a
 * paragraph written with single line breaks is one run) is read a few lines at a time, up to
 * INLINE_LIMIT characters; a single line longer than that, and everything once the parse has
 * taken PARSE_BUDGET_MS (deep nesting is slow too), stays plain text (escaped like any text),
 * with one warning.
 */
class BoundedLexer<ParserOutput, RendererOutput> extends Lexer<ParserOutput, RendererOutput> {
  private readonly started = performance.now();
  private warned = false;

  // Nesting costs too (800 levels of list took ~5 s): past the budget, the rest of a block is
  // one plain paragraph.
  override blockTokens(src: string, tokens?: Token[], lastParagraphClipped?: boolean): Token[];
  override blockTokens(
    src: string,
    tokens?: TokensList,
    lastParagraphClipped?: boolean,
  ): TokensList;
  override blockTokens(
    src: string,
    tokens: Token[] = [],
    lastParagraphClipped?: boolean,
  ): Token[] | TokensList {
    if (!this.overBudget()) return super.blockTokens(src, tokens, lastParagraphClipped);
    this.warnOnce();
    tokens.push({ type: 'paragraph', raw: src, text: src, tokens: [asText(src)] });
    return tokens;
  }

  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    if (src.length <= INLINE_LIMIT && !this.overBudget()) return super.inlineTokens(src, tokens);
    for (const chunk of linesUpTo(src, INLINE_LIMIT)) {
      if (chunk.length <= INLINE_LIMIT && !this.overBudget()) {
        super.inlineTokens(chunk, tokens);
      } else {
        this.warnOnce();
        tokens.push(asText(chunk));
      }
    }
    return tokens;
  }

  private overBudget(): boolean {
    return performance.now() - this.started > PARSE_BUDGET_MS;
  }

  private warnOnce(): void {
    if (this.warned) return;
    this.warned = true;
    console.warn(
      `maqal: part of a Markdown body is shown as written: a line over ${INLINE_LIMIT} characters, or what was left after ${PARSE_BUDGET_MS} ms of parsing`,
    );
  }
}

/** A text token: marked's renderer escapes it, so the source is shown as written. */
const asText = (src: string): Token => ({ type: 'text', raw: src, text: src });

/** `text` cut after line breaks into pieces of at most `limit` (a longer line is a piece alone). */
function linesUpTo(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const line of text.split(/(?<=\n)/)) {
    if (piece && piece.length + line.length > limit) {
      pieces.push(piece);
      piece = '';
    }
    piece += line;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

marked.use({
  hooks: {
    provideLexer: (block) =>
      block === false
        ? (src, options) => new BoundedLexer(options).inlineTokens(src)
        : (src, options) => new BoundedLexer(options).lex(src),
  },
});

// Likewise our own DOMPurify instance, so our hooks do not leak into the host page's.
const purify = DOMPurify(window);

/** Attributes that hold one URL: each goes through `safeUrl`. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'cite',
  'poster',
  'background',
  'longdesc',
  'data',
]);

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  RETURN_DOM_FRAGMENT: true,
  // HTML only: no SVG or MathML, the two namespaces where sanitiser bypasses live.
  USE_PROFILES: { html: true },
  // Inside our shadow root these would style our UI (`style`), steal the page's slotted
  // content (`slot`), or ask the reader for data (forms); none belongs in an article body.
  FORBID_TAGS: [
    'style',
    'slot',
    'template',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'dialog',
    'audio',
    'video',
    'source',
    'track',
    'iframe',
    'frame',
    'object',
    'embed',
    'base',
    'link',
    'meta',
    // Moving or unbreakable text and fixed-size drawing surfaces: layout breakers, no content.
    'marquee',
    'blink',
    'nobr',
    'canvas',
  ],
  // `class` and `part` would let a body element pass for part of our UI or be styled by the
  // host as one; `style` could overlay the page.
  // Presentational sizes (`<table border="9999999">`, `<hr size=…>`, `cellpadding`) would make
  // the host page millions of pixels tall; `height` goes too except on images (see the hook).
  FORBID_ATTR: [
    'style',
    'class',
    'part',
    'exportparts',
    'slot',
    'tabindex',
    'autofocus',
    'target',
    'size',
    'border',
    'cellpadding',
    'cellspacing',
    'hspace',
    'vspace',
  ],
  // `id`/`name` get a `user-content-` prefix: no clobbering, no clash with our own ids.
  SANITIZE_NAMED_PROPS: true,
  ALLOW_DATA_ATTR: false,
};

let currentBase: string | undefined;

purify.addHook('uponSanitizeAttribute', (node: Element, data: UponSanitizeAttributeHookEvent) => {
  const name = data.attrName;
  // An image's height reserves its box before it loads (its CSS caps it); elsewhere it only
  // stretches (`<table height="99999999">`).
  if (name === 'height' && node.localName !== 'img') {
    data.keepAttr = false;
    return;
  }
  if (name === 'srcset') {
    const safe = safeSrcset(data.attrValue, resolve);
    if (safe === undefined) data.keepAttr = false;
    else data.attrValue = safe;
    return;
  }
  if (!URL_ATTRIBUTES.has(name)) return;
  const safe = safeUrl(data.attrValue);
  if (safe === undefined) {
    data.keepAttr = false;
    return;
  }
  data.attrValue = resolve(safe);
});

purify.addHook('afterSanitizeAttributes', (node: Element) => {
  if (node.localName === 'a' && node.hasAttribute('href')) {
    if (isOtherOrigin(node.getAttribute('href')!)) node.setAttribute('rel', 'noopener noreferrer');
  } else if (node.localName === 'a') {
    node.removeAttribute('rel');
  }
  if (node.localName === 'img') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
  }
});

/** A relative URL against the `baseUrl` option; in-page anchors and absolute URLs as given. */
function resolve(url: string): string {
  if (!currentBase || url.startsWith('#')) return url;
  try {
    const resolved = new URL(url, new URL(currentBase, document.baseURI)).href;
    return safeUrl(resolved) ?? url;
  } catch {
    return url;
  }
}

// Set once: otherwise DOMPurify parses the config into its lookup sets again for every body
// (~0.1 ms a render, measured). `sanitize` then ignores the config passed to it, which stays
// only to pick the overload that returns a fragment.
purify.setConfig(CONFIG);

/** Sanitises untrusted HTML (WordPress's `content.rendered`, or marked's output) into nodes. */
export function sanitizeHtml(html: string, options: RenderOptions = {}): DocumentFragment {
  currentBase = options.baseUrl;
  let fragment: DocumentFragment;
  try {
    fragment = purify.sanitize(html, CONFIG);
  } finally {
    currentBase = undefined;
  }
  if (options.minHeadingLevel) shiftHeadings(fragment, options.minHeadingLevel);
  pointLinksAtPrefixedIds(fragment);
  return fragment;
}

/**
 * Ids in the body get a `user-content-` prefix (SANITIZE_NAMED_PROPS): an in-page link whose
 * target is in the body follows it, so footnotes and tables of contents still work. A link to
 * anything else (`#comments` on the page) is left as written.
 */
function pointLinksAtPrefixedIds(fragment: DocumentFragment): void {
  const ids = new Set([...fragment.querySelectorAll('[id]')].map((node) => node.id));
  for (const link of fragment.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const written = link.getAttribute('href')!.slice(1);
    // marked percent-encodes the target (`#مصدر` arrives as `#%D9%85…`); ids are not encoded.
    let decoded = written;
    try {
      decoded = decodeURIComponent(written);
    } catch {
      // not valid percent-encoding (`#100%`): only the written form can match
    }
    const target = [written, decoded].find((id) => id && ids.has(`${ID_PREFIX}${id}`));
    if (target) link.setAttribute('href', `#${ID_PREFIX}${target}`);
  }
}

/** GitHub-flavoured Markdown (headings, lists, quotes, tables, links, images, code) into nodes. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): DocumentFragment {
  // Raw HTML in the Markdown comes out of marked untouched and is sanitised with the rest.
  return sanitizeHtml(marked.parse(markdown, { async: false }), options);
}

/** The plain text of a fragment, for word counts. */
export function fragmentText(fragment: DocumentFragment): string {
  return fragment.textContent ?? '';
}

/** Renames h1…h6 so the top one is `minLevel`, by moving children (no HTML parsing). */
function shiftHeadings(fragment: DocumentFragment, minLevel: number): void {
  const headings = [...fragment.querySelectorAll<HTMLHeadingElement>('h1, h2, h3, h4, h5, h6')];
  if (headings.length === 0) return;
  const top = Math.min(...headings.map((h) => Number(h.localName[1])));
  const shift = Math.max(0, Math.min(6, Math.floor(minLevel)) - top);
  if (shift === 0) return;
  for (const old of headings) {
    const level = Math.min(6, Number(old.localName[1]) + shift);
    const renamed = document.createElement(`h${level}`);
    for (const attribute of old.attributes) renamed.setAttribute(attribute.name, attribute.value);
    renamed.append(...old.childNodes);
    old.replaceWith(renamed);
  }
}
