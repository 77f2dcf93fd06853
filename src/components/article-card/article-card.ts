import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adaptArticleLazily } from '../../adapters/lazy.js';
import { DataController, type DataControllerOptions } from '../../lib/data-controller.js';
import { fieldDir } from '../../lib/field-dir.js';
import { formatDate } from '../../lib/format.js';
import { headingLevel } from '../../lib/heading.js';
import { card as arCard } from '../../lib/i18n/ar/card.js';
import { card as enCard } from '../../lib/i18n/en/card.js';
import { stringsLanguage } from '../../lib/i18n/index.js';
import { MaqalDataElement } from '../../lib/maqal-data-element.js';
import { upgradeProperty } from '../../lib/maqal-element.js';
import type { ArticleSummary, ArticleSummaryInput } from '../../lib/model.js';
import { parseArticleSummary } from '../../lib/validate.js';
import { articleCardStyles } from './article-card.styles.js';

export type CardLayout = 'vertical' | 'horizontal' | 'compact';

export interface ArticleSelectDetail {
  article: ArticleSummary;
}

/**
 * `auto` first: the card's image is lazy, so the browser can pick the candidate for the width
 * the card really has (a WordPress `sizes` describes the post's content column, far wider than a
 * card in a grid); the data's `sizes`, or the full width, where `auto` is not supported.
 */
const cardSizes = (sizes: string | undefined) => `auto, ${sizes ?? '100vw'}`;

/** One for every card (see DataControllerOptions). */
const cardData: DataControllerOptions<ArticleSummary> = {
  adapt: (raw, card) => adaptArticleLazily(raw, card.format),
  parse: (raw) => parseArticleSummary(raw),
};

/**
 * @tagname maqal-article-card
 * @summary One article as a card: image, category, title, excerpt and date. The title is the
 * card's single link, and the whole card is clickable.
 *
 * The data comes from the `article` property, an inline `<script type="application/json">` child
 * with the article summary (read, never shown; the card has no slot), or `src`.
 *
 * @csspart base - The card's `<article>`.
 * @csspart image - The lead image (`<img>`), or the placeholder shown without one.
 * @csspart category - The category label (`hidden` when the article has none; so are the excerpt
 * and the date line).
 * @csspart title - The title heading.
 * @csspart link - The title's link, which covers the whole card (an `<a>` without `href` when the
 * article has no URL: no link, nothing to focus).
 * @csspart excerpt - The excerpt, clamped to a few lines.
 * @csspart meta - The line with the date.
 * @csspart error - The error message shown when the data cannot be loaded or is invalid.
 *
 * @cssprop [--maqal-font-family] - Font stack; by default Naskh-first Arabic fonts for right-to-left
 * text and the system UI font otherwise.
 * @cssprop [--maqal-font-size=17px] - Base text size.
 * @cssprop [--maqal-line-height=1.8] - Base line height, generous for Naskh.
 * @cssprop [--maqal-color-text] - Text colour.
 * @cssprop [--maqal-color-text-muted] - Secondary text (date, excerpt).
 * @cssprop [--maqal-color-accent] - Category and hover colour.
 * @cssprop [--maqal-color-surface] - Card background.
 * @cssprop [--maqal-color-surface-muted] - Image placeholder background.
 * @cssprop [--maqal-color-border] - Card border.
 * @cssprop [--maqal-color-focus] - Focus ring colour.
 * @cssprop [--maqal-color-danger] - Error accent.
 * @cssprop [--maqal-focus-ring-width=3px] - Focus ring width.
 * @cssprop [--maqal-radius=12px] - Corner radius.
 * @cssprop [--maqal-space=16px] - Spacing unit.
 * @cssprop [--maqal-shadow] - Card shadow.
 * @cssprop [--maqal-card-image-ratio=16 / 9] - Aspect ratio of the image box.
 * @cssprop [--maqal-card-excerpt-lines=3] - Lines of excerpt before it is clamped.
 *
 * @event {CustomEvent<ArticleSelectDetail>} maqal-article-select - The card's link was activated. Cancelable: call
 * `preventDefault()` to route in a single-page app instead of following the link. Detail:
 * `{ article }`.
 */
export class MaqalArticleCard extends MaqalDataElement<ArticleSummary> {
  static override styles = articleCardStyles;
  static override builtInStrings = { ar: { card: arCard }, en: { card: enCard } };
  static override properties: PropertyDeclarations = {
    layout: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** `vertical` (image on top), `horizontal` (image at the inline start) or `compact` (no image). */
  layout: CardLayout = 'vertical';

  /** Level of the title heading, 1 to 6, to fit the host page's outline. */
  headingLevel = 3;

  protected readonly data = new DataController(this, cardData);

  /** The article summary to show. Setting it validates it; invalid data shows the error state. */
  get article(): ArticleSummary | undefined {
    return this.data.value;
  }

  set article(value: ArticleSummaryInput | null | undefined) {
    this.data.setValue(value);
  }

  override connectedCallback(): void {
    upgradeProperty(this, 'article');
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout') && !['vertical', 'horizontal', 'compact'].includes(this.layout)) {
      this.layout = 'vertical';
    }
  }

  override render() {
    const article = this.data.value;
    if (this.data.state !== 'ready' || !article) {
      return this.renderNotReady(() => this.renderPlaceholder());
    }

    const lang = this.language;
    const layout = this.layout;
    const { category, excerpt, published } = article;
    const date = published
      ? formatDate(published, lang, {
          digits: this.digits,
          calendar: this.calendar,
          months: this.months,
        })
      : '';
    // `en` when the label is the English fallback (no strings for `lang`), for an English voice.
    const labels = stringsLanguage(lang, 'card', this.strings);
    // One template for the card, so a list of a thousand cards clones one fragment per card
    // (and one for its title at its level): optional pieces are `hidden` rather than nested
    // templates, and the template has no whitespace between tags (its line breaks fall inside
    // tags), which would otherwise be ~15,000 empty text nodes. The space after "نُشر في" keeps
    // it apart from the date for screen readers.
    const title = this.renderTitle(article, headingLevel(this.headingLevel, 3));
    // prettier-ignore
    return html`<article part="base" class="root card layout-${layout}" lang=${lang} dir=${this.direction} aria-labelledby="t"
      >${layout === 'compact' ? nothing : this.renderImage(article.image)}<div class="content"
        ><span part="category" class="category" ?hidden=${!category} dir=${fieldDir(category?.name, this.direction)}>${category?.name}</span
        >${title}<p part="excerpt" class="excerpt" ?hidden=${!excerpt || layout === 'compact'}>${excerpt}</p
        ><p part="meta" class="meta" ?hidden=${!published}
          ><span class="visually-hidden" lang=${ifDefined(labels === lang ? undefined : labels)}>${this.t.card.publishedOn} </span
          ><time datetime=${ifDefined(published)}>${date}</time
        ></p
      ></div
    ></article>`;
  }

  /**
   * The title and its link: one small template per heading level (a binding cannot name a tag).
   * Not `heading()` around a link template: that is a second nested template for every card
   * (+0.3 KB of heap each, measured in session 4).
   */
  private renderTitle({ url, title }: ArticleSummary, level: number) {
    const href = ifDefined(url);
    const click = this.onLinkClick;
    // prettier-ignore
    switch (level) {
      case 1: return html`<h1 part="title" class="title" id="t"><a part="link" class="link" href=${href} @click=${click}><span class="title-text">${title}</span></a></h1>`;
      case 2: return html`<h2 part="title" class="title" id="t"><a part="link" class="link" href=${href} @click=${click}><span class="title-text">${title}</span></a></h2>`;
      case 3: return html`<h3 part="title" class="title" id="t"><a part="link" class="link" href=${href} @click=${click}><span class="title-text">${title}</span></a></h3>`;
      case 4: return html`<h4 part="title" class="title" id="t"><a part="link" class="link" href=${href} @click=${click}><span class="title-text">${title}</span></a></h4>`;
      case 5: return html`<h5 part="title" class="title" id="t"><a part="link" class="link" href=${href} @click=${click}><span class="title-text">${title}</span></a></h5>`;
      default: return html`<h6 part="title" class="title" id="t"><a part="link" class="link" href=${href} @click=${click}><span class="title-text">${title}</span></a></h6>`;
    }
  }

  private renderImage(image: ArticleSummary['image']) {
    // Decorative: a card without a picture says nothing about it to screen readers.
    if (!image) return html`<div class="media placeholder" part="image" aria-hidden="true"></div>`;
    // prettier-ignore
    return html`<div class="media"
      ><img part="image" src=${image.src} srcset=${ifDefined(image.srcset)} sizes=${ifDefined(image.srcset && cardSizes(image.sizes))}
        alt=${image.alt} width=${ifDefined(image.width)} height=${ifDefined(image.height)}
        loading="lazy" decoding="async"
    /></div>`;
  }

  /** Same boxes as the real card, so nothing moves when the data arrives. */
  private renderPlaceholder() {
    // prettier-ignore
    return html`<div class="root card layout-${this.layout} skeleton" aria-busy="true" lang=${this.language} dir=${this.direction}
      >${this.layout === 'compact' ? nothing : html`<div class="media placeholder"></div>`}<div class="content"
        ><span class="bar bar-short"></span><span class="bar"></span><span class="bar bar-long"></span
        ><span class="visually-hidden" lang=${ifDefined(this.fallbackLang('loading'))}>${this.t.loading}</span
      ></div
    ></div>`;
  }

  private onLinkClick(event: MouseEvent): void {
    const article = this.data.value;
    // Without a URL the title's <a> is a placeholder link: nothing to follow or select.
    if (!article?.url) return;
    // Let the browser handle new-tab and download clicks as it always does.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    const select = this.emit('maqal-article-select', { article }, { cancelable: true });
    if (select.defaultPrevented) event.preventDefault();
  }
}

declare global {
  interface MaqalEventMap {
    'maqal-article-select': CustomEvent<ArticleSelectDetail>;
  }
}
