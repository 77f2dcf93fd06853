// The Lit floor: what one LitElement per card costs before maqal adds anything. <bare-card>
// renders the same DOM as <maqal-article-card> (`variant=compare` checks it) from the JSON as
// given: no validation, data controller, language or translation logic, a fixed Arabic date
// format. Measured against the same hand-written baseline as cards.js, it shows how much of the
// cards' time and heap ratio is the framework's and how much is maqal's.
import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineBaselineCard, normalized } from './baseline-card.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('count') ?? 1000);
const variant = params.get('variant') ?? 'lit';

const articles = await (await fetch('../../seeds/related.json')).json();
const seed = await (await fetch('../../seeds/article.json')).json();
const pool = [seed, ...articles.articles];
const data = Array.from({ length: count }, (_, i) => ({ ...pool[i % pool.length], id: `a${i}` }));

await customElements.whenDefined('maqal-article-card');
const styles = customElements.get('maqal-article-card').elementStyles;
defineBaselineCard(styles.map((s) => s.styleSheet ?? s));

const dates = new Intl.DateTimeFormat('ar', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

class BareCard extends LitElement {
  static styles = styles;
  static properties = { article: { attribute: false } };

  render() {
    const { image, category, excerpt, published } = this.article;
    // Same template shape as the maqal card (one template, optional pieces `hidden`).
    // prettier-ignore
    return html`<article part="base" class="root card layout-vertical" lang=${this.article.lang ?? 'ar'} dir="rtl"
      >${image ? this.renderImage(image) : html`<div class="media placeholder" part="image" aria-hidden="true"></div>`}<div class="content"
        ><span part="category" class="category" ?hidden=${!category}><bdi>${category?.name}</bdi></span
        ><h3 part="title" class="title"
          ><a part="link" class="link" href=${ifDefined(this.article.url)}
            ><span class="title-text">${this.article.title}</span></a
        ></h3
        ><p part="excerpt" class="excerpt" ?hidden=${!excerpt}>${excerpt}</p
        ><p part="meta" class="meta" ?hidden=${!published}
          ><span class="visually-hidden">نُشر في </span
          ><time datetime=${ifDefined(published)}>${published ? dates.format(new Date(published)) : nothing}</time
        ></p
      ></div
    ></article>`;
  }

  renderImage(image) {
    // prettier-ignore
    return html`<div class="media"
      ><img part="image" src=${image.src} alt=${image.alt ?? ''} width=${ifDefined(image.width)} height=${ifDefined(image.height)}
        loading="lazy" decoding="async"
    /></div>`;
  }
}
customElements.define('bare-card', BareCard);

const out = document.getElementById('out');

/** Not timed: the bare card must build the same DOM as the baseline (and so as maqal). */
async function compare() {
  const mismatches = [];
  for (const article of pool) {
    const card = document.createElement('bare-card');
    card.article = article;
    const baseline = document.createElement('baseline-card');
    baseline.render(article);
    out.append(card, baseline);
    await card.updateComplete;
    const [expected, actual] = [normalized(card), normalized(baseline)];
    if (expected !== actual) mismatches.push({ id: article.id, lit: expected, baseline: actual });
  }
  return { compared: pool.length, mismatches };
}

async function measure() {
  const start = performance.now();
  if (variant === 'lit') {
    const cards = data.map((article) => {
      const card = document.createElement('bare-card');
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
