import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { adaptArticleListLazily } from '../../adapters/lazy.js';
import { DataController, type DataControllerOptions } from '../../lib/data-controller.js';
import type { Calendar, Digits, MonthNames } from '../../lib/format.js';
import { heading, headingLevel } from '../../lib/heading.js';
import { related as arRelated } from '../../lib/i18n/ar/related.js';
import { related as enRelated } from '../../lib/i18n/en/related.js';
import { stringsLanguage } from '../../lib/i18n/index.js';
import { MaqalDataElement } from '../../lib/maqal-data-element.js';
import { upgradeProperty } from '../../lib/maqal-element.js';
import type { ArticleListInput, ArticleSummary, TextDirection } from '../../lib/model.js';
import { parseArticleList } from '../../lib/validate-article.js';
import type { CardLayout } from '../article-card/article-card.js';
import { relatedArticlesStyles } from './related-articles.styles.js';

export type RelatedVariant = 'grid' | 'list' | 'scroller';
export type RelatedEmpty = 'hide' | 'message';

/** What the data controller keeps: the list, plus what an article given whole says about itself. */
interface RelatedData {
  articles: ArticleSummary[];
  /** The id of the article whose `related` field this list came from: never listed. */
  ownId?: string;
  /** The language of that article, or the one language all the items share. */
  lang?: string;
}

/** What every card in the list gets from the list's own attributes. */
interface CardSettings {
  layout: CardLayout;
  theme: string | undefined;
  lang: string;
  dir: TextDirection | undefined;
  level: number;
  digits: Digits;
  calendar: Calendar;
  months: MonthNames;
}

const VARIANTS: RelatedVariant[] = ['grid', 'list', 'scroller'];
const LAYOUTS: CardLayout[] = ['vertical', 'horizontal', 'compact'];
const MAX_PLACEHOLDERS = 12;
const DEFAULT_PLACEHOLDERS = 4;
/** Past this many items, off-screen cards skip layout and paint (`content-visibility`). */
const LONG_LIST = 24;

/** `"a b,c"` (an attribute) into ids; `exclude` as a property takes an array as is. */
const idList = {
  fromAttribute: (value: string | null): string[] =>
    (value ?? '').split(/[\s,]+/).filter((id) => id !== ''),
  toAttribute: (value: string[]) => value.join(' '),
};

function parseRelated(adapted: unknown): RelatedData {
  const articles = parseArticleList(adapted);
  const data: RelatedData = { articles };
  if (typeof adapted === 'object' && adapted !== null && !Array.isArray(adapted)) {
    const fields = adapted as Record<string, unknown>;
    if (typeof fields.id === 'string' || typeof fields.id === 'number') {
      data.ownId = String(fields.id);
    }
    if (typeof fields.lang === 'string') data.lang = canonicalLanguage(fields.lang);
  }
  if (!data.lang && articles.length > 0) {
    const first = articles[0].lang;
    if (first && articles.every((article) => article.lang === first)) data.lang = first;
  }
  return data;
}

function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** One idle moment (or the next frame where `requestIdleCallback` is missing). */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const handle = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(handle);
}

/** One for every related list (see DataControllerOptions). */
const relatedData: DataControllerOptions<RelatedData> = {
  adapt: (raw, list) => adaptArticleListLazily(raw, list.format),
  parse: (raw) => parseRelated(raw),
};

/**
 * @tagname maqal-related-articles
 * @summary The "مقالات ذات صلة" list: a section with a heading and a list of
 * `<maqal-article-card>`s, as a responsive grid, a single column or a horizontal scroller.
 *
 * The data comes from the `articles` property, an inline `<script type="application/json">`
 * child (read, never shown; the list has no slot), or `src`: an array of article summaries, an
 * object with an `articles` array, or a whole article (its `related` field is listed and its own
 * `id` is left out).
 *
 * @csspart base - The `<section>`.
 * @csspart heading - The section heading.
 * @csspart list - The `<ul>` of cards (and of placeholders while loading).
 * @csspart item - Each `<li>`.
 * @csspart card - Each `<maqal-article-card>`.
 * @csspart card-base - Each card's `<article>` (the card's `base` part, exported).
 * @csspart card-image - Each card's image or placeholder.
 * @csspart card-category - Each card's category label.
 * @csspart card-title - Each card's title heading.
 * @csspart card-link - Each card's title link.
 * @csspart card-excerpt - Each card's excerpt.
 * @csspart card-meta - Each card's date line.
 * @csspart card-error - A card's error message.
 * @csspart placeholder - A loading placeholder.
 * @csspart empty - The message shown for an empty list with `empty="message"`.
 * @csspart error - The error message shown when the data cannot be loaded or is invalid.
 *
 * @cssstate empty - The list has nothing to show and `empty="hide"` (the default) hides it.
 *
 * @cssprop [--maqal-font-family] - Font stack; by default Naskh-first Arabic fonts for right-to-left
 * text and the system UI font otherwise.
 * @cssprop [--maqal-font-size=17px] - Base text size.
 * @cssprop [--maqal-line-height=1.8] - Base line height.
 * @cssprop [--maqal-color-text] - Heading and text colour.
 * @cssprop [--maqal-color-text-muted] - The empty message.
 * @cssprop [--maqal-color-accent] - The bar at the heading's start.
 * @cssprop [--maqal-color-surface] - Card and placeholder background.
 * @cssprop [--maqal-color-surface-muted] - Placeholder bars.
 * @cssprop [--maqal-color-border] - Card and placeholder border.
 * @cssprop [--maqal-color-focus] - Focus ring colour.
 * @cssprop [--maqal-focus-ring-width=3px] - Focus ring width.
 * @cssprop [--maqal-color-danger] - Error accent.
 * @cssprop [--maqal-radius=12px] - Corner radius.
 * @cssprop [--maqal-space=16px] - Spacing unit; the gap between cards.
 * @cssprop [--maqal-card-image-ratio=16 / 9] - Aspect ratio of the cards' image box.
 * @cssprop [--maqal-card-excerpt-lines=3] - Lines of excerpt before it is clamped.
 * @cssprop [--maqal-related-title-lines=3] - Lines of card title before it is clamped.
 * @cssprop [--maqal-related-gap] - Gap between cards; `--maqal-space` by default.
 * @cssprop [--maqal-related-item-size] - Inline size of each card in the scroller.
 *
 * @event {CustomEvent<ArticleSelectDetail>} maqal-article-select - Bubbles (composed, cancelable) from the card whose link was
 * activated. Detail: `{ article }`. `preventDefault()` routes in a single-page app instead of
 * following the link.
 */
export class MaqalRelatedArticles extends MaqalDataElement<RelatedData> {
  static override styles = relatedArticlesStyles;
  static override builtInStrings = { ar: { related: arRelated }, en: { related: enRelated } };

  static override properties = {
    variant: {},
    layout: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    limit: { type: Number },
    exclude: { converter: idList },
    current: {},
    placeholders: { type: Number },
    empty: {},
  };

  /**
   * Cards rendered synchronously when the data arrives; the rest follow in batches of this size
   * at idle moments, so a list of a thousand does not freeze the page.
   */
  static chunkSize = 12;

  /** `grid` (1 to 4 columns by the available width), `list` (one column) or `scroller`. */
  variant: RelatedVariant = 'grid';

  /** Layout of each card: `vertical`, `horizontal` or `compact`. */
  layout: CardLayout = 'vertical';

  /** The heading's text; the translated "مقالات ذات صلة" / "Related articles" by default. */
  heading = '';

  /** Level of the section heading, 1 to 6; the cards' titles are one level below. */
  headingLevel = 2;

  /** Most cards shown; 0 or absent shows all. */
  limit = 0;

  /** Ids never listed: an array, or as an attribute separated by spaces or commas. */
  exclude: string[] = [];

  /** The id of the article being read; it is never listed. */
  current = '';

  /** Placeholders while loading; `limit` (at most 12) or 4 by default. */
  placeholders: number | undefined;

  /** `hide` (default) hides the element when nothing is left to list; `message` says so. */
  empty: RelatedEmpty = 'hide';

  protected readonly data = new DataController(this, relatedData);

  private internals: ElementInternals | undefined;

  private visible: { key: unknown[]; articles: ArticleSummary[] } | undefined;
  /** How many of the visible items are rendered; grows chunk by chunk. */
  private rendered = 0;
  private renderedFor: ArticleSummary[] | undefined;
  private cancelChunk: (() => void) | undefined;

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  /**
   * The summaries to list (validated). Set an array, an object with `articles`, or an article
   * with `related`; invalid data shows the error state.
   */
  get articles(): ArticleSummary[] | undefined {
    return this.data.value?.articles;
  }

  set articles(value: ArticleListInput | null | undefined) {
    this.data.setValue(value);
  }

  /** What is listed: duplicates, excluded ids and the current article dropped, then `limit`. */
  get visibleArticles(): ArticleSummary[] {
    const data = this.data.value;
    if (!data) return [];
    // Kept while its inputs are the same: the chunked rendering follows the list's identity.
    const key = [data, this.exclude, this.current, this.limit];
    if (this.visible && key.every((part, index) => part === this.visible!.key[index])) {
      return this.visible.articles;
    }
    // A string set from JavaScript is read like the attribute.
    const excluded = Array.isArray(this.exclude)
      ? this.exclude
      : idList.fromAttribute(String(this.exclude ?? ''));
    const skip = new Set(excluded.map(String));
    // An id may be set as a number from a framework; the ids it is compared with are strings.
    if (this.current !== undefined && this.current !== null && `${this.current}` !== '') {
      skip.add(String(this.current));
    }
    if (data.ownId) skip.add(data.ownId);
    const limit = Number.isInteger(this.limit) && this.limit > 0 ? this.limit : Infinity;
    const result: ArticleSummary[] = [];
    for (const article of data.articles) {
      if (result.length >= limit) break;
      if (skip.has(article.id)) continue;
      skip.add(article.id);
      result.push(article);
    }
    this.visible = { key, articles: result };
    return result;
  }

  override connectedCallback(): void {
    upgradeProperty(this, 'articles');
    super.connectedCallback();
    // Moved: render again (its new place may have another language), carrying on with the
    // batches where they stopped; the cards already there stay as they are.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopChunks();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant') && !VARIANTS.includes(this.variant)) this.variant = 'grid';
    if (changed.has('layout') && !LAYOUTS.includes(this.layout)) this.layout = 'vertical';
  }

  protected override updated(): void {
    const hidden = this.isEmpty && this.empty !== 'message';
    try {
      if (hidden) this.internals?.states.add('empty');
      else this.internals?.states.delete('empty');
    } catch {
      // CustomStateSet missing: the element still renders nothing.
    }
  }

  private get isEmpty(): boolean {
    const { state } = this.data;
    return state === 'empty' || (state === 'ready' && this.visibleArticles.length === 0);
  }

  override render(): TemplateResult | typeof nothing {
    const { state } = this.data;
    if (state === 'error') {
      return html`<div class="root" lang=${this.language} dir=${this.direction}>
        ${this.renderError(this.data.error)}
      </div>`;
    }
    if (this.isEmpty && this.empty !== 'message') {
      this.stopChunks();
      return nothing;
    }
    const level = headingLevel(this.headingLevel, 2);
    const loading = state === 'loading';
    // English fallback labels (a language without strings) are read in an English voice.
    const labels = stringsLanguage(this.language, 'related', this.strings);
    const labelsLang = labels === this.language ? undefined : labels;
    const items = loading ? [] : this.visibleArticles;
    return html`<section
      part="base"
      class="root variant-${this.variant} layout-${this.layout}"
      lang=${this.language}
      dir=${this.direction}
      aria-labelledby="heading"
      aria-busy=${loading ? 'true' : 'false'}
    >
      ${heading(
        level,
        this.heading || html`<span lang=${ifDefined(labelsLang)}>${this.t.related.heading}</span>`,
        {
          part: 'heading',
          className: 'heading',
          id: 'heading',
        },
      )}
      ${
        loading
          ? this.renderPlaceholders()
          : items.length === 0
            ? html`<p part="empty" class="empty" lang=${ifDefined(labelsLang)}>
                ${this.t.related.empty}
              </p>`
            : this.renderList(items, Math.min(level + 1, 6))
      }
    </section>`;
  }

  private renderList(items: ArticleSummary[], cardLevel: number) {
    const count = this.chunkedCount(items);
    const scroller = this.variant === 'scroller';
    // A scroller needs a keyboard way in: focusing each card's link scrolls it into view, but a
    // card without a link cannot be reached that way, so the region itself takes focus.
    const focusable = scroller && !items.every((item) => item.url);
    const card: CardSettings = {
      layout: this.layout,
      theme: this.theme,
      lang: this.language,
      dir: this.dir === 'rtl' || this.dir === 'ltr' ? (this.dir as TextDirection) : undefined,
      level: cardLevel,
      digits: this.digits,
      calendar: this.calendar,
      months: this.months,
    };
    const settings = Object.values(card);
    // Rendered in groups of one chunk, each guarded: a new batch costs its own cards, not a
    // pass over every card already in the list.
    const size = Math.max(1, MaqalRelatedArticles.chunkSize);
    const groups: unknown[] = [];
    for (let start = 0; start < count; start += size) {
      const end = Math.min(start + size, count);
      groups.push(
        guard([items, start, end, ...settings], () =>
          items.slice(start, end).map((item) => this.renderItem(item, card)),
        ),
      );
    }
    const long = items.length > LONG_LIST;
    const list = html`<ul part="list" class="list ${long ? 'long' : ''}" role="list">
      ${groups}
    </ul>`;
    if (!scroller) return list;
    return html`<div
      class="scroller"
      tabindex=${ifDefined(focusable ? '0' : undefined)}
      role=${ifDefined(focusable ? 'group' : undefined)}
      aria-labelledby=${ifDefined(focusable ? 'heading' : undefined)}
    >
      ${list}
    </div>`;
  }

  private renderItem(item: ArticleSummary, card: CardSettings) {
    return html`<li part="item" class="item">
      <maqal-article-card
        part="card"
        exportparts="base: card-base, image: card-image, category: card-category, title: card-title, link: card-link, excerpt: card-excerpt, meta: card-meta, error: card-error"
        .article=${item}
        layout=${card.layout}
        theme=${ifDefined(card.theme)}
        lang=${card.lang}
        dir=${ifDefined(card.dir)}
        heading-level=${card.level}
        digits=${card.digits}
        calendar=${card.calendar}
        months=${card.months}
        format="maqal"
      ></maqal-article-card>
    </li>`;
  }

  /** Same boxes as the cards will have (the list reserves their size), so nothing moves later. */
  private renderPlaceholders() {
    const requested = this.placeholders ?? (this.limit > 0 ? this.limit : DEFAULT_PLACEHOLDERS);
    const count = Math.max(0, Math.min(MAX_PLACEHOLDERS, Math.floor(Number(requested) || 0)));
    const list = html`<ul class="list" part="list" aria-hidden="true">
        ${Array.from(
          { length: count },
          () =>
            html`<li class="item">
              <div part="placeholder" class="placeholder">
                ${this.layout === 'vertical' ? html`<div class="media"></div>` : nothing}
                <div class="lines">
                  <span class="bar bar-short"></span>
                  <span class="bar"></span>
                  <span class="bar bar-long"></span>
                </div>
              </div>
            </li>`,
        )}
      </ul>
      <p class="visually-hidden" lang=${ifDefined(this.fallbackLang('loading'))}>
        ${this.t.loading}
      </p>`;
    return this.variant === 'scroller' ? html`<div class="scroller">${list}</div>` : list;
  }

  /**
   * How many of `items` to render now. A new list starts with one chunk, rendered with it; the
   * rest follow one chunk per idle moment, so no single task has to build a thousand cards.
   */
  private chunkedCount(items: ArticleSummary[]): number {
    if (items !== this.renderedFor) {
      this.renderedFor = items;
      this.rendered = MaqalRelatedArticles.chunkSize;
      this.stopChunks();
    }
    if (this.rendered < items.length && !this.cancelChunk) {
      this.cancelChunk = whenIdle(() => {
        this.cancelChunk = undefined;
        this.rendered += MaqalRelatedArticles.chunkSize;
        this.requestUpdate();
      });
    }
    return Math.min(this.rendered, items.length);
  }

  private stopChunks(): void {
    this.cancelChunk?.();
    this.cancelChunk = undefined;
  }

  /** Resolves once every item is rendered (after the idle batches of a long list). */
  async allRendered(): Promise<void> {
    await this.updateComplete;
    while (this.cancelChunk) {
      await new Promise((resolve) => setTimeout(resolve, 16));
      await this.updateComplete;
    }
  }
}
