// Renders an article body either with <maqal-article> or with marked.parse + DOMPurify.sanitize
// + innerHTML alone. Both engines are warmed up first, so the figure is rendering, not loading.
import DOMPurify from '../../node_modules/dompurify/dist/purify.es.mjs';
import { marked } from '../../node_modules/marked/lib/marked.esm.js';

const params = new URLSearchParams(location.search);
const variant = params.get('variant') ?? 'maqal';
const size = params.get('size') ?? 'seed';
const seed = await (await fetch('../../seeds/article.json')).json();

/** About 50 KB of Arabic Markdown: headings, paragraphs, lists, quotes, links, a table. */
function generated() {
  const paragraphs = seed.body.split('\n\n');
  const parts = [];
  let i = 0;
  while (parts.join('\n\n').length < 50_000) {
    const p = paragraphs[i % paragraphs.length];
    if (i % 7 === 0) parts.push(`## القسم ${i / 7 + 1}`);
    if (i % 5 === 0) parts.push(`> ${p.slice(0, 120)}`);
    if (i % 6 === 0)
      parts.push(`- **نقطة** أولى [رابط](https://example.com/${i})\n- نقطة ثانية\n- نقطة ثالثة`);
    if (i % 11 === 0)
      parts.push('| البلد | العاصمة |\n| --- | --- |\n| الجزائر | الجزائر |\n| مالي | باماكو |');
    parts.push(p);
    i++;
  }
  return parts.join('\n\n');
}
const body = size === 'seed' ? seed.body : generated();
const article = { ...seed, body, related: undefined, image: undefined };
const out = document.getElementById('out');

async function renderMaqal(data) {
  const el = document.createElement('maqal-article');
  out.replaceChildren(el);
  el.article = data;
  await el.updateComplete; // waits for the body (Markdown) as well
  void out.offsetHeight;
  return el;
}

function renderBaseline(markdown) {
  const div = document.createElement('div');
  div.innerHTML = DOMPurify.sanitize(marked.parse(markdown));
  out.replaceChildren(div);
  void out.offsetHeight;
}

await customElements.whenDefined('maqal-article');
// Warm-up: loads the lazy chunk and compiles both paths.
if (variant === 'maqal') await renderMaqal({ ...article, body: 'تمهيد' });
else renderBaseline('تمهيد');

// `ms`: the first render after the warm-up, as a page renders its article once (noisy: one
// ~15 ms sample). `hotMs`: the median of the renders after it, with the JIT warm, as a
// single-page app rendering article after article would see.
const times = [];
for (let i = 0; i < 15; i++) {
  const start = performance.now();
  if (variant === 'maqal') await renderMaqal(article);
  else renderBaseline(body);
  times.push(performance.now() - start);
}
const hot = times.slice(1).sort((a, b) => a - b);
window.benchResult = {
  ms: times[0],
  hotMs: (hot[6] + hot[7]) / 2, // the median of the 14
  // The page's heap figures (taken by run.mjs after this) are after all 15 renders.
  bodyBytes: new TextEncoder().encode(body).length,
  paragraphs:
    out.querySelectorAll('p').length +
    (out.firstElementChild?.shadowRoot?.querySelectorAll('p').length ?? 0),
};
