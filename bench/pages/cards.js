// Renders N cards either with <maqal-article-card> or with a hand-written baseline that builds
// the same DOM with plain DOM calls (same shadow roots, same shared stylesheet, same Intl).
import { defineBaselineCard } from './baseline-card.js';
import { runCardBench, samples } from './card-bench.js';

const params = new URLSearchParams(location.search);
const articles = await samples(Number(params.get('count') ?? 1000));

await customElements.whenDefined('maqal-article-card');
const sheets = customElements.get('maqal-article-card').elementStyles.map((s) => s.styleSheet ?? s);
defineBaselineCard(sheets);

window.benchResult = await runCardBench(
  'maqal-article-card',
  params.get('variant') ?? 'maqal',
  articles,
  document.getElementById('out'),
);
