// The Lit floor: what one LitElement per card costs before maqal adds anything. <bare-card>
// renders the same DOM as <maqal-article-card> (`variant=compare` checks it) from the JSON as
// given: no validation, data controller, language or translation logic, a fixed Arabic date
// format. Measured against the same hand-written baseline as cards.js, it shows how much of the
// cards' time and heap ratio is the framework's and how much is maqal's.
import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dates, defineBaselineCard } from './baseline-card.js';
import { runCardBench, samples } from './card-bench.js';

const params = new URLSearchParams(location.search);
const articles = await samples(Number(params.get('count') ?? 1000));

await customElements.whenDefined('maqal-article-card');
const styles = customElements.get('maqal-article-card').elementStyles;
defineBaselineCard(styles.map((s) => s.styleSheet ?? s));

class BareCard extends LitElement {
  static styles = styles;
  static properties = { article: { attribute: false } };

  render() {
    const { image, category, excerpt, published } = this.article;
    // Same template shape as the maqal card (one template, optional pieces `hidden`).
    // prettier-ignore
    return html`<article part="base" class="root card layout-vertical" lang=${this.article.lang ?? 'ar'} dir="rtl" aria-labelledby="t"
      >${image ? this.renderImage(image) : html`<div class="media placeholder" part="image" aria-hidden="true"></div>`}<div class="content"
        ><span part="category" class="category" ?hidden=${!category}><bdi>${category?.name}</bdi></span
        ><h3 part="title" class="title" id="t"
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

window.benchResult = await runCardBench(
  'bare-card',
  params.get('variant') ?? 'lit',
  articles,
  document.getElementById('out'),
);
