/**
 * maqal's one Trusted Types policy, named `maqal` (a page that enforces Trusted Types lists it
 * in its `trusted-types` directive, next to `lit-html` and `dompurify`). It is private to this
 * module and used for two things only:
 * - script text maqal wrote itself (the article's JSON-LD, our own `JSON.stringify` output);
 * - foreign HTML parsed into an inert `DOMParser` document (no scripts run, nothing loads)
 *   just to read its text, which is then rendered as text.
 * If the page does not allow the policy, the browser reports the refused name once
 * (`trusted-types: maqal`), maqal warns once, JSON-LD is left out, and text is read without a
 * parser. Nothing is ever written to a sink unchecked.
 */

interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createHTML: (input: string) => string; createScript: (input: string) => string },
  ): Policy;
}

let policy: Policy | null | undefined;

function factory(): TrustedTypesFactory | undefined {
  return (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
}

function maqalPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const types = factory();
  if (!types) return (policy = null);
  try {
    policy = types.createPolicy('maqal', {
      createHTML: (input) => input,
      createScript: (input) => input,
    });
  } catch {
    policy = null;
    console.warn(
      "maqal: this page does not allow the Trusted Types policy 'maqal' (add it to the page's trusted-types directive); leaving JSON-LD out.",
    );
  }
  return policy;
}

/** Script text for a `<script>` maqal writes itself, or `undefined` where the page forbids it. */
export function trustedScript(text: string): unknown {
  if (!factory()) return text;
  const own = maqalPolicy();
  return own ? own.createScript(text) : undefined;
}

let parser: DOMParser | undefined;

/**
 * The `<body>` of an inert document parsed from untrusted HTML, to read text from; `undefined`
 * when the page's Trusted Types rules allow no parsing (callers then strip tags themselves).
 */
export function inertBody(html: string): HTMLElement | undefined {
  parser ??= new DOMParser();
  const own = factory() ? maqalPolicy() : null;
  try {
    return parser.parseFromString((own ? own.createHTML(html) : html) as string, 'text/html').body;
  } catch {
    return undefined;
  }
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  // What WordPress writes in titles and excerpts ("[&hellip;]", smart quotes, dashes).
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
};

/** Text of HTML without a parser: tags dropped, numeric and the basic named entities decoded. */
export function roughText(html: string): string {
  return (
    html
      // An unclosed one runs to the end, as in HTML (`<script-card>`, a custom element, is no
      // script). Both patterns take linear time on hostile input: a lazy scan that may fail
      // would restart from every opener.
      .replace(/<(script|style|template)(?=[\s/>])[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(/<[^<>]*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
        if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? entity;
        const point =
          code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
        return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
      })
  );
}
