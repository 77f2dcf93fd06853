// The Lit floor: what one LitElement per card costs before maqal adds anything. <bare-card>
// renders the same DOM as <maqal-article-card> (`variant=compare` checks it) from the JSON as
// given: no validation, data controller, language or translation logic, a fixed Arabic date
// format. Measured against the same hand-written baseline as cards.js, it shows how much of the
// cards' time and heap ratio is the framework's and how much is maqal's.
// `?element=reactive` measures the floor under that: <bare-reactive-card>, Lit's bare
// `ReactiveElement` (no lit-html templates, no parts) that clones one <template> and fills it in,
// the least a Lit element can cost.
import { LitElement, ReactiveElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { categoryDir, dates, defineBaselineCard } from './baseline-card.js';
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
        ><span part="category" class="category" ?hidden=${!category} dir=${categoryDir(category?.name)}>${category?.name}</span
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

const shell = document.createElement('template');
// prettier-ignore
shell.innerHTML = '<article part="base" class="root card layout-vertical" dir="rtl" aria-labelledby="t"><div class="media"></div><div class="content"><span part="category" class="category"></span><h3 part="title" class="title" id="t"><a part="link" class="link"><span class="title-text"></span></a></h3><p part="excerpt" class="excerpt"></p><p part="meta" class="meta"><span class="visually-hidden">نُشر في </span><time></time></p></div></article>';

class BareReactiveCard extends ReactiveElement {
  static styles = styles;
  static properties = { article: { attribute: false } };

  update(changed) {
    super.update(changed);
    const { image, category, title, url, excerpt, published, lang } = this.article;
    const card = shell.content.firstChild.cloneNode(true);
    card.setAttribute('lang', lang ?? 'ar');
    const [media, content] = card.children;
    const [categoryLabel, heading, excerptText, meta] = content.children;
    if (image) {
      const img = document.createElement('img');
      img.setAttribute('part', 'image');
      img.setAttribute('src', image.src);
      img.setAttribute('alt', image.alt ?? '');
      if (image.width) img.setAttribute('width', image.width);
      if (image.height) img.setAttribute('height', image.height);
      img.setAttribute('loading', 'lazy');
      img.setAttribute('decoding', 'async');
      media.append(img);
    } else {
      media.className = 'media placeholder';
      media.setAttribute('part', 'image');
      media.setAttribute('aria-hidden', 'true');
    }
    categoryLabel.setAttribute('dir', categoryDir(category?.name));
    if (category) categoryLabel.textContent = category.name;
    else categoryLabel.hidden = true;
    if (url) heading.firstChild.setAttribute('href', url);
    heading.firstChild.firstChild.textContent = title;
    if (excerpt) excerptText.textContent = excerpt;
    else excerptText.hidden = true;
    if (published) {
      meta.lastChild.setAttribute('datetime', published);
      meta.lastChild.textContent = dates.format(new Date(published));
    } else meta.hidden = true;
    this.renderRoot.replaceChildren(card);
  }
}
customElements.define('bare-reactive-card', BareReactiveCard);

window.benchResult = await runCardBench(
  params.get('element') === 'reactive' ? 'bare-reactive-card' : 'bare-card',
  params.get('variant') ?? 'lit',
  articles,
  document.getElementById('out'),
);
