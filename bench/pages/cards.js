// Renders N cards either with <maqal-article-card> or with a hand-written baseline that builds
// the same DOM with plain DOM calls (same shadow roots, same shared stylesheet, same Intl).
import { defineBaselineCard, normalized } from './baseline-card.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('count') ?? 1000);
const variant = params.get('variant') ?? 'maqal';

const articles = await (await fetch('../../seeds/related.json')).json();
const seed = await (await fetch('../../seeds/article.json')).json();
const pool = [seed, ...articles.articles];
const data = Array.from({ length: count }, (_, i) => ({ ...pool[i % pool.length], id: `a${i}` }));

await customElements.whenDefined('maqal-article-card');
const sheets = customElements.get('maqal-article-card').elementStyles.map((s) => s.styleSheet ?? s);
defineBaselineCard(sheets);

const out = document.getElementById('out');

/** Not timed: proves the baseline builds the same DOM as maqal, article by article. */
async function compare() {
  const mismatches = [];
  for (const article of pool) {
    const card = document.createElement('maqal-article-card');
    card.article = article;
    const baseline = document.createElement('baseline-card');
    baseline.render(article);
    out.append(card, baseline);
    await card.updateComplete;
    const [expected, actual] = [normalized(card), normalized(baseline)];
    if (expected !== actual) mismatches.push({ id: article.id, maqal: expected, baseline: actual });
  }
  return { compared: pool.length, mismatches };
}

async function measure() {
  const start = performance.now();
  if (variant === 'maqal') {
    const cards = data.map((article) => {
      const card = document.createElement('maqal-article-card');
      card.article = article;
      return card;
    });
    out.append(...cards);
    await Promise.all(cards.map((card) => card.updateComplete));
  } else {
    const cards = data.map(() => document.createElement('baseline-card'));
    cards.forEach((card, i) => card.render(data[i]));
    out.append(...cards);
  }
  const built = performance.now();
  void out.offsetHeight; // include style and layout
  const ms = performance.now() - start;
  const layoutMs = performance.now() - built;
  const titles = [...out.children].filter((c) => c.shadowRoot?.querySelector('.title')).length;
  return { ms, layoutMs, scriptMs: ms - layoutMs, rendered: titles };
}

window.benchResult = variant === 'compare' ? await compare() : await measure();
