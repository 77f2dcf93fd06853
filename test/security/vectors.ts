/**
 * Hostile strings for every kind of field, a global spy that any of them calls if it ever runs,
 * and checks over everything the widgets rendered (across nested shadow roots).
 */

declare global {
  interface Window {
    __maqalSpy?: (...args: unknown[]) => void;
    __xss?: (...args: unknown[]) => void;
  }
}

/** Every call any vector made, if one ever ran. */
export const spyCalls: unknown[][] = [];

/** Installs the spy under both names (the article suite's vectors call `__xss`). */
export function installSpy(): void {
  const spy = (...args: unknown[]) => {
    spyCalls.push(args);
  };
  window.__maqalSpy = spy;
  window.__xss = spy;
}

/** Calls other than the control's. */
export const hostileCalls = () => spyCalls.filter((call) => call[0] !== 'control');

/**
 * Proves the spy works and gives pending vectors (image errors, focus, toggle, load events)
 * the same time to fire: a control vector that does run, in the light DOM, by the same route
 * (an `onerror` on an image that fails to load). Resolves when it has reported.
 */
export async function control(): Promise<void> {
  const host = document.createElement('div');
  // The one place a vector is meant to run: parsed by the test itself, not by maqal.
  host.innerHTML = `<img src="data:image/png,not-a-png-${Math.random()}" onerror="window.__maqalSpy('control')">`;
  document.body.append(host);
  const start = performance.now();
  while (!spyCalls.some((call) => call[0] === 'control')) {
    if (performance.now() - start > 5000) throw new Error('the control vector never ran');
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
  host.remove();
  // Two more frames: events queued by the vectors alongside the control's have fired too.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  spyCalls.splice(0, spyCalls.length, ...hostileCalls());
}

/** Strings for text fields (titles, names, excerpts...): must show as text, never run. */
export const TEXT_VECTORS: [string, string][] = [
  ['script element', '<script>window.__maqalSpy("script")</script>'],
  ['img onerror', '<img src=x onerror="window.__maqalSpy(\'img\')">'],
  ['svg onload', '<svg onload="window.__maqalSpy(\'svg\')"></svg>'],
  ['math', '<math><mtext><img src=x onerror=window.__maqalSpy("math")></mtext></math>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__maqalSpy(\'srcdoc\')</script>"></iframe>'],
  ['attribute breakout', '" onmouseover="window.__maqalSpy(\'attr\')" x="'],
  ['style breakout', '</style><style>*{display:none!important}</style>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:__maqalSpy(1)">'],
  ['base href', '<base href="javascript:window.__maqalSpy(\'base\')//">'],
  ['form action', '<form action="javascript:__maqalSpy(1)"><button>x</button></form>'],
  ['template literal', '${window.__maqalSpy("template")}'],
  ['mustache', "{{constructor.constructor('window.__maqalSpy(1)')()}} {{7*7}}"],
  ['lit marker', '<?lit$123456789$><!--?lit$123456789$-->lit$123456789$'],
  ['entity', '&lt;b&gt;&amp;amp;&#x3C;script&#x3E;'],
  ['clobbering', '<img name="__maqalSpy"><form id="heading"></form>'],
];

/** URL vectors: each must be dropped (or neutralised); none may land in an attribute as is. */
export const URL_VECTORS: [string, string][] = [
  ['javascript:', 'javascript:window.__maqalSpy("js")'],
  ['upper case', 'JaVaScRiPt:window.__maqalSpy("case")'],
  ['leading space', '  javascript:window.__maqalSpy("space")'],
  ['tab inside', 'java\tscript:window.__maqalSpy("tab")'],
  ['newline inside', 'java\nscript:window.__maqalSpy("nl")'],
  ['control char', '\u0001javascript:window.__maqalSpy("ctrl")'],
  ['entity', '&#106;avascript:window.__maqalSpy("entity")'],
  ['data:', 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19tYXFhbFNweSgpPC9zY3JpcHQ+'],
  ['data: svg', 'data:image/svg+xml,<svg onload="window.__maqalSpy(1)"/>'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['quote breakout', 'https://a.example/" onerror="window.__maqalSpy(\'q\')'],
];

/** Markdown-specific vectors, on top of the article suite's `INJECTIONS`. */
export const MARKDOWN_VECTORS: [string, string][] = [
  ['link', '[a](javascript:window.__maqalSpy("link"))'],
  ['link with title', '[a](javascript:window.__maqalSpy("t") "title")'],
  ['link, whitespace', '[a]( javascript:window.__maqalSpy("ws"))'],
  ['link, percent', '[a](javascript%3Awindow.__maqalSpy("pct"))'],
  ['image', '![a](javascript:window.__maqalSpy("img"))'],
  ['image onerror via title', '![a](x "\\" onerror=\\"window.__maqalSpy(1))'],
  ['autolink', '<javascript:window.__maqalSpy("auto")>'],
  ['autolink data', '<data:text/html,<script>window.__maqalSpy(1)</script>>'],
  ['reference link', '[r][x]\n\n[x]: javascript:window.__maqalSpy("ref")'],
  ['reference image', '![r][y]\n\n[y]: javascript:window.__maqalSpy("refimg")'],
  ['raw html block', '<div>\n<script>window.__maqalSpy("block")</script>\n</div>'],
  ['html in link text', '[<img src=x onerror=window.__maqalSpy("lt")>](https://a.example/)'],
  ['svg block', '<svg><a xlink:href="javascript:window.__maqalSpy(1)"><text>x</text></a></svg>'],
  ['svg animate', '<svg><animate onbegin="window.__maqalSpy(\'anim\')" attributeName="x"/></svg>'],
  ['svg use', '<svg><use href="data:image/svg+xml,<svg id=x onload=__maqalSpy(1)>#x"/></svg>'],
  ['math href', '<math href="javascript:window.__maqalSpy(1)"><mi>x</mi></math>'],
  ['a with formaction', '<button formaction="javascript:__maqalSpy(1)">x</button>'],
  ['link stylesheet', '<link rel="stylesheet" href="data:text/css,*{display:none}">'],
  ['css import', '<style>@import "data:text/css,*{display:none}";</style>'],
  ['clobbering names', '<a id="__maqalSpy">x</a><img name="createElement"><form name="forms">'],
  ['template strings', '`${window.__maqalSpy(1)}` {{constructor.constructor("__maqalSpy()")()}}'],
  ['meta in markdown', '<meta http-equiv="refresh" content="0;url=/x">'],
  ['base in markdown', '<base href="https://evil.example/">'],
];

/** Every node under `root`, through every open shadow root. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const child of node.querySelectorAll('*')) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return out;
}

const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'cite',
];

/** Whether a URL as the browser reads it (controls stripped) is http(s), mailto or relative. */
export function harmlessUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(cleaned, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/**
 * What is wrong in what `host` rendered: event-handler attributes, unsafe URLs in URL
 * attributes or srcset candidates, elements that run or load code. Empty when all is well.
 */
export function problemsIn(host: Element): string[] {
  const problems: string[] = [];
  for (const element of deepElements(host)) {
    const name = element.localName;
    for (const attribute of element.attributes) {
      const attr = attribute.name.toLowerCase();
      if (attr.startsWith('on')) problems.push(`<${name} ${attr}>`);
      if (URL_ATTRIBUTES.includes(attr) && !harmlessUrl(attribute.value)) {
        problems.push(`<${name} ${attr}="${attribute.value}">`);
      }
      if (attr === 'srcset' || attr === 'imagesrcset') {
        for (const candidate of attribute.value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url && !harmlessUrl(url)) problems.push(`<${name} srcset="${attribute.value}">`);
        }
      }
      if (attr === 'srcdoc') problems.push(`<${name} srcdoc>`);
      if (attr === 'http-equiv') problems.push(`<${name} http-equiv>`);
    }
    // Script elements: only maqal's own JSON (data) and JSON-LD, in the light DOM.
    if (name === 'script') {
      const type = element.getAttribute('type');
      if (type !== 'application/json' && type !== 'application/ld+json') {
        problems.push(`<script type=${type}>`);
      }
    }
    if (['iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'math'].includes(name)) {
      problems.push(`<${name}>`);
    }
  }
  return problems;
}

/** Elements that do not belong in a sanitised body (maqal's own UI has none of them there). */
export function bodyProblems(body: Element): string[] {
  const forbidden =
    'script, style, iframe, frame, object, embed, base, meta, link, form, input, button, ' +
    'textarea, select, svg, math, template, slot, noscript';
  const problems = [...body.querySelectorAll(forbidden)].map((el) => `body <${el.localName}>`);
  for (const element of body.querySelectorAll('*')) {
    for (const attr of ['style', 'class', 'part', 'slot', 'id', 'name']) {
      const value = element.getAttribute(attr);
      if (value === null) continue;
      // Ids and names survive only with DOMPurify's `user-content-` prefix: no clobbering.
      if ((attr === 'id' || attr === 'name') && value.startsWith('user-content-')) continue;
      problems.push(`body <${element.localName} ${attr}="${value}">`);
    }
  }
  return problems;
}

/** The text of an element, whitespace collapsed. */
export const textOf = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The same whitespace rule for a vector, so it compares with `textOf`. */
export const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
