// Could the browser's own HTML Sanitizer (`Document.parseHTML` / `Element.setHTML`) replace
// DOMPurify in maqal's Markdown path? Runs maqal's real sanitiser (the lazy Markdown chunk,
// DOMPurify) and a native one configured to the same policy (an allow-list of article
// elements and attributes, then the same URL, id and link post-pass) on the same inputs, and
// reports: support, whether any hostile input ran or left anything unsafe, where the two
// outputs differ, and their speed on the seed and a 50 KB article.
import { marked } from '../../node_modules/marked/lib/marked.esm.js';
import { safeUrl } from '../../dist/cdn/index.js';

const params = new URLSearchParams(location.search);
const runs = Number(params.get('runs') ?? 15);
const { sanitizeHtml } = await import(`../../dist/${params.get('chunk')}`);

/**
 * What an article body may hold (maqal's DOMPurify policy: HTML, minus forms, media, styles),
 * plus the document elements `parseHTML` builds around it.
 */
const ELEMENTS =
  `a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup
  data dd del details dfn div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img
  ins kbd li mark ol p picture pre q rp rt ruby s samp section small span strong sub summary sup
  table tbody td tfoot th thead time tr u ul var wbr html head body`.split(/\s+/);
const ATTRIBUTES = `alt cite colspan datetime dir headers height href id lang name open reversed
  rowspan scope sizes span src srcset start title type width`.split(/\s+/);
const URL_ATTRIBUTES = ['href', 'src', 'cite'];
const ID_PREFIX = 'user-content-';

export const supported = typeof Document.parseHTML === 'function' && 'Sanitizer' in window;
const sanitizer = supported
  ? new Sanitizer({ elements: ELEMENTS, attributes: ATTRIBUTES, comments: false })
  : undefined;

/** The native path: safe parsing with the allow-list, then maqal's own URL and id rules. */
function nativeSanitize(html) {
  const doc = Document.parseHTML(html, { sanitizer });
  for (const node of doc.body.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      if (!node.hasAttribute(name)) continue;
      const safe = safeUrl(node.getAttribute(name));
      if (safe === undefined) node.removeAttribute(name);
      else node.setAttribute(name, safe);
    }
    if (node.hasAttribute('srcset')) {
      const candidates = node
        .getAttribute('srcset')
        .split(',')
        .map((c) => c.trim().split(/\s+/)[0]);
      if (!candidates.every((url) => safeUrl(url))) node.removeAttribute('srcset');
    }
    for (const name of ['id', 'name']) {
      if (node.hasAttribute(name)) node.setAttribute(name, ID_PREFIX + node.getAttribute(name));
    }
    if (node.localName === 'a' && node.hasAttribute('href')) {
      const target = new URL(node.getAttribute('href'), document.baseURI);
      if (target.protocol !== 'mailto:' && target.origin !== location.origin)
        node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.localName === 'img') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    }
  }
  // In-page links follow their prefixed target, as maqal's DOMPurify path does.
  for (const link of doc.body.querySelectorAll('a[href^="#"]')) {
    const id = ID_PREFIX + decodeURIComponent(link.getAttribute('href').slice(1));
    if (doc.getElementById(id)) link.setAttribute('href', `#${id}`);
  }
  const fragment = document.createDocumentFragment();
  fragment.append(...document.adoptNode(doc.body).childNodes);
  return fragment;
}

/** Markup with each element's attributes in name order, so attribute order is no difference. */
function serialize(fragment) {
  const div = document.createElement('div');
  div.append(fragment);
  for (const node of div.querySelectorAll('*')) {
    const attributes = [...node.attributes].map(({ name, value }) => [name, value]).sort();
    for (const [name] of attributes) node.removeAttribute(name);
    for (const [name, value] of attributes) node.setAttribute(name, value);
  }
  return div.innerHTML;
}

window.__ran = [];
const call = (name) => `window.__ran.push('${name}')`;
/** Hostile HTML, as WordPress content or raw HTML in Markdown could carry it. */
const VECTORS = [
  `<script>${call('script')}</script>`,
  `<img src=x onerror="${call('img')}">`,
  `<svg onload="${call('svg')}"></svg>`,
  `<svg><a href="javascript:${call('svg-a')}"><text>x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${call('math')}">`,
  `<a href="javascript:${call('a')}">a</a>`,
  `<a href="java&#9;script:${call('tab')}">tab</a>`,
  `<a href="data:text/html,<script>${call('data')}</script>">data</a>`,
  `<a href="vbscript:msgbox(1)">vb</a>`,
  `<iframe srcdoc="<script>parent.${call('srcdoc')}</script>"></iframe>`,
  `<form action="javascript:${call('form')}"><button>x</button></form>`,
  `<details open ontoggle="${call('toggle')}"><summary>s</summary></details>`,
  `<p style="position:fixed;inset:0">overlay</p>`,
  `<p class="root" part="base">impostor</p>`,
  `<style>*{display:none}</style><p>x</p>`,
  `<noscript><p title="</noscript><img src=x onerror=${call('noscript')}>"></noscript>`,
  `<img src="https://example.com/a.jpg" srcset="https://example.com/a.jpg 1x, javascript:x 2x">`,
  `<p id="cookie" name="forms">clobber</p><a href="#cookie">to</a>`,
  `<base href="javascript:/"><a href="x">rel</a>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${call('meta')}">`,
  `<template><img src=x onerror="${call('template')}"></template>`,
  `<slot name="x"></slot><input autofocus onfocus="${call('focus')}">`,
  `<!-- <img src=x onerror="${call('comment')}"> -->`,
  `<a href="https://other.example/" target="_blank">out</a>`,
  // Legacy markup old WordPress posts still carry: its text must survive.
  `<center>في الوسط</center><font color="red">نص ملوّن</font><nobr>سطر</nobr><big>كبير</big>`,
];

const FORBIDDEN = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'form',
  'input',
  'button',
  'svg',
  'math',
  'base',
  'meta',
  'template',
  'slot',
  'link',
]);

/** What is left that should not be: forbidden elements, handlers, styling hooks, unsafe URLs. */
function unsafeLeftovers(fragment) {
  const found = [];
  for (const node of fragment.querySelectorAll('*')) {
    if (FORBIDDEN.has(node.localName)) found.push(`<${node.localName}>`);
    for (const { name, value } of node.attributes) {
      if (/^on|^(style|class|part|slot)$/.test(name)) found.push(`${node.localName}[${name}]`);
      if (URL_ATTRIBUTES.includes(name) && safeUrl(value) === undefined)
        found.push(`${node.localName}[${name}=${value.slice(0, 20)}]`);
    }
  }
  return found;
}

const seed = await (await fetch('../../seeds/article.json')).json();
const big = (() => {
  const paragraphs = seed.body.split('\n\n');
  const parts = [];
  for (let i = 0; parts.join('\n\n').length < 50_000; i++) {
    if (i % 7 === 0) parts.push(`## القسم ${i / 7 + 1}`);
    if (i % 6 === 0) parts.push(`- **نقطة** [رابط](https://example.com/${i})\n- نقطة ثانية`);
    if (i % 11 === 0) parts.push('| البلد | العاصمة |\n| --- | --- |\n| مالي | باماكو |');
    parts.push(paragraphs[i % paragraphs.length]);
  }
  return parts.join('\n\n');
})();
const bodies = { seed: marked.parse(seed.body), '50 KB': marked.parse(big) };

const result = { supported };
if (supported) {
  const stage = document.createElement('div');
  const root = stage.attachShadow({ mode: 'open' });
  document.body.append(stage);
  const differences = [];
  const leftovers = [];
  for (const html of [...VECTORS, ...Object.values(bodies)]) {
    const purified = serialize(sanitizeHtml(html));
    const native = nativeSanitize(html);
    const nativeHtml = serialize(native.cloneNode(true));
    const left = unsafeLeftovers(native);
    if (left.length > 0) leftovers.push({ input: html.slice(0, 80), left });
    if (purified !== nativeHtml)
      differences.push({
        input: html.slice(0, 80),
        dompurify: purified.slice(0, 160),
        native: nativeHtml.slice(0, 160),
      });
    root.append(native); // live: anything that can run, runs now
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  result.inputs = VECTORS.length + Object.keys(bodies).length;
  result.ran = window.__ran;
  result.leftovers = leftovers;
  result.differences = differences;

  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  result.timing = {};
  for (const [name, html] of Object.entries(bodies)) {
    const times = { dompurify: [], native: [] };
    for (let i = 0; i < runs; i++) {
      for (const [variant, run] of [
        ['dompurify', () => sanitizeHtml(html)],
        ['native', () => nativeSanitize(html)],
      ]) {
        const start = performance.now();
        run();
        times[variant].push(performance.now() - start);
      }
    }
    const dompurify = median(times.dompurify);
    const native = median(times.native);
    result.timing[name] = { dompurifyMs: dompurify, nativeMs: native, ratio: native / dompurify };
  }
}
window.benchResult = result;
