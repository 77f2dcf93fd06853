// What cards.js and lit-floor.js share: the sample articles, the untimed check that a card
// builds the same DOM as <baseline-card>, and the timed render of N cards of one kind.
import { normalized } from './baseline-card.js';

/** The seed article and its related samples, and `count` cards' worth of them. */
export async function samples(count) {
  const articles = await (await fetch('../../seeds/related.json')).json();
  const seed = await (await fetch('../../seeds/article.json')).json();
  const pool = [seed, ...articles.articles];
  const data = Array.from({ length: count }, (_, i) => ({ ...pool[i % pool.length], id: `a${i}` }));
  return { pool, data };
}

/** Not timed: proves `<tag>` builds the same DOM as the baseline, article by article. */
async function compare(tag, pool, out) {
  const mismatches = [];
  for (const article of pool) {
    const card = document.createElement(tag);
    card.article = article;
    const baseline = document.createElement('baseline-card');
    baseline.render(article);
    out.append(card, baseline);
    await card.updateComplete;
    const [expected, actual] = [normalized(card), normalized(baseline)];
    if (expected !== actual) mismatches.push({ id: article.id, [tag]: expected, baseline: actual });
  }
  return { compared: pool.length, mismatches };
}

/** Renders `data` as `<tag>`s (or as baseline cards), then lays them out; returns the times. */
async function measure(tag, baseline, data, out) {
  const start = performance.now();
  if (baseline) {
    const cards = data.map(() => document.createElement('baseline-card'));
    cards.forEach((card, i) => card.render(data[i]));
    out.append(...cards);
  } else {
    const cards = data.map((article) => {
      const card = document.createElement(tag);
      card.article = article;
      return card;
    });
    out.append(...cards);
    await Promise.all(cards.map((card) => card.updateComplete));
  }
  const built = performance.now();
  void out.offsetHeight; // include style and layout
  const ms = performance.now() - start;
  const layoutMs = performance.now() - built;
  const titles = [...out.children].filter((c) => c.shadowRoot?.querySelector('.title')).length;
  return { ms, layoutMs, scriptMs: ms - layoutMs, rendered: titles };
}

/** `variant`: `compare` (the DOM check), `baseline`, or anything else for `<tag>` itself. */
export function runCardBench(tag, variant, { pool, data }, out) {
  return variant === 'compare'
    ? compare(tag, pool, out)
    : measure(tag, variant === 'baseline', data, out);
}
