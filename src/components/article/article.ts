import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adaptArticleLazily } from '../../adapters/lazy.js';
import { DataController, type DataControllerOptions } from '../../lib/data-controller.js';
import { formatDate } from '../../lib/format.js';
import { formatNumber } from '../../lib/format-number.js';
import { readingMinutes } from '../../lib/reading-time.js';
import { heading, headingLevel } from '../../lib/heading.js';
import { article as arArticle } from '../../lib/i18n/ar/article.js';
import { article as enArticle } from '../../lib/i18n/en/article.js';
import { stringsLanguage } from '../../lib/i18n/index.js';
import { fieldDir } from '../../lib/field-dir.js';
import { MaqalDataElement } from '../../lib/maqal-data-element.js';
import { MaqalElement, upgradeProperty } from '../../lib/maqal-element.js';
import type { Article, ArticleInput, CommentFormat, NamedLink } from '../../lib/model.js';
import type { MaqalCommentForm } from '../comment-form/comment-form.js';
import { loadMarkdown } from '../../lib/markdown-loader.js';
import { ID_PREFIX } from '../../lib/markdown-ids.js';
import { isOtherOrigin } from '../../lib/safe-url.js';
import { trustedScript } from '../../lib/trusted-types.js';
import { parseArticle } from '../../lib/validate-article.js';
import { articleStyles } from './article.styles.js';

type MarkdownModule = typeof import('../../lib/markdown.js');

let markdownModule: Promise<MarkdownModule> | undefined;

/**
 * marked + DOMPurify, fetched the first time an article has a body, then shared. Through
 * `markdown-loader.js`, so the ES build makes it a lazy chunk and the classic script loads it
 * by URL.
 */
function markdown(): Promise<MarkdownModule> {
  markdownModule ??= loadMarkdown().catch((cause: unknown) => {
    markdownModule = undefined; // let a later article try again
    throw cause;
  });
  return markdownModule;
}

/** Default level of the title: an embedded widget must not force an `<h1>` on its host page. */
const DEFAULT_HEADING_LEVEL = 2;

/** The comment settings an article handed to one of its comment forms. */
interface GivenSettings {
  endpoint?: string;
  articleId?: string;
  format?: CommentFormat;
}

/** One for every article element (see DataControllerOptions). */
const articleData: DataControllerOptions<Article> = {
  adapt: (raw, article) => adaptArticleLazily(raw, article.format),
  parse: (raw) => parseArticle(raw),
};

/**
 * @tagname maqal-article
 * @summary The full article: category, title, byline, dates and reading time, lead image,
 * the body from Markdown (sanitised), tags and the publisher box, with slots after the body
 * for related articles and comments.
 *
 * @slot - Extra content after the body (and the inline `<script type="application/json">`).
 * @slot related - After the publisher box: e.g. `<maqal-related-articles slot="related">`.
 * @slot comments - After the related slot: e.g. `<maqal-comment-form slot="comments">`, which
 * gets the article's comment settings (endpoint, post id, format) it does not set itself, and is
 * hidden when the article's comments are closed. The data's endpoint is handed over only when it
 * is http(s) on the page's origin or the data's own (`src`).
 *
 * @csspart base - The `<article>`.
 * @csspart header - The header: category, title and the meta line.
 * @csspart category - The category label (a link when it has a URL).
 * @csspart title - The title heading.
 * @csspart meta - The line with author, dates and reading time.
 * @csspart author - The author's name.
 * @csspart reading-time - The reading time.
 * @csspart figure - The lead image's `<figure>`.
 * @csspart image - The lead image.
 * @csspart caption - The lead image's caption and credit.
 * @csspart body - The article's body.
 * @csspart tags - The tag list.
 * @csspart publisher - The publisher box.
 * @csspart publisher-logo - The publisher's logo.
 * @csspart error - The error message shown when the data cannot be loaded or is invalid.
 *
 * @cssprop [--maqal-font-family] - Font stack; by default Naskh-first Arabic fonts for right-to-left
 * text and the system UI font otherwise.
 * @cssprop [--maqal-font-size=17px] - Base text size.
 * @cssprop [--maqal-line-height=1.8] - Base line height.
 * @cssprop [--maqal-article-font-size=1.12em] - Body text size, relative to the base.
 * @cssprop [--maqal-article-line-height=1.95] - Body line height, generous for Naskh.
 * @cssprop [--maqal-article-measure=42em] - Maximum width of the article.
 * @cssprop [--maqal-article-text-align=start] - Body alignment; `justify` if you prefer it.
 * @cssprop [--maqal-color-text] - Text colour.
 * @cssprop [--maqal-color-text-muted] - Secondary text (meta line, captions).
 * @cssprop [--maqal-color-accent] - Category, links, quote rule and publisher box accent.
 * @cssprop [--maqal-color-surface] - Article background.
 * @cssprop [--maqal-color-surface-muted] - Tags, code, publisher box background.
 * @cssprop [--maqal-color-border] - Borders of tables, tags and the publisher box.
 * @cssprop [--maqal-color-focus] - Focus ring colour.
 * @cssprop [--maqal-color-danger] - Error accent.
 * @cssprop [--maqal-focus-ring-width=3px] - Focus ring width.
 * @cssprop [--maqal-radius=12px] - Corner radius.
 * @cssprop [--maqal-space=16px] - Spacing unit.
 */
export class MaqalArticle extends MaqalDataElement<Article> {
  static override styles = articleStyles;
  static override builtInStrings = { ar: { article: arArticle }, en: { article: enArticle } };

  static override properties = {
    headingLevel: { attribute: 'heading-level', type: Number },
    wordsPerMinute: { attribute: 'words-per-minute', type: Number },
    jsonLd: { attribute: 'json-ld', type: Boolean, reflect: true },
  };

  /**
   * Level of the title heading, 1 to 6 (default 2: the host page's `<h1>` is usually its own).
   * Use `1` when the article is the page's main content. Headings in the body start one below.
   */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /**
   * Reading speed for the reading time. Unset, it depends on the language (138 words a minute
   * for Arabic, 228 for English and others).
   */
  wordsPerMinute: number | undefined;

  /** Emit a schema.org `NewsArticle` as `<script type="application/ld+json">` in the light DOM. */
  jsonLd = false;

  protected readonly data = new DataController(this, articleData);

  /** The rendered, sanitised body, and what it was rendered from. */
  private bodyNode: HTMLElement | undefined;
  private bodyFailed = false;
  private bodySource: Article | undefined;
  private bodyLevel = 0;
  private bodyGeneration = 0;
  private bodyTask: Promise<void> | undefined;
  private jsonLdScript: HTMLScriptElement | undefined;
  /** Comment forms this element hid because the article's comments are closed. */
  private readonly closedForms = new WeakSet<Element>();
  /** What this element set on each comment form, so it can update (only) that. */
  private readonly givenSettings = new WeakMap<Element, GivenSettings>();
  private slottedLanguage: string | undefined;

  /** The article to show. Setting it validates it; invalid data shows the error state. */
  get article(): Article | undefined {
    return this.data.value;
  }

  set article(value: ArticleInput | null | undefined) {
    this.data.setValue(value);
  }

  private get titleLevel(): number {
    return headingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL);
  }

  override connectedCallback(): void {
    upgradeProperty(this, 'article');
    super.connectedCallback();
    if (this.jsonLd) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeJsonLd();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let task: Promise<void> | undefined;
    while (this.bodyTask && this.bodyTask !== task) {
      task = this.bodyTask;
      await task;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.syncBody();
  }

  protected override updated(): void {
    this.syncJsonLd();
    this.syncCommentForms();
    // Slotted maqal elements speak the article's language (`MaqalElement#language`).
    const language = this.language;
    if (language !== this.slottedLanguage) {
      this.slottedLanguage = language;
      for (const child of this.children) if (child instanceof MaqalElement) child.requestUpdate();
    }
  }

  /** A widget newly shown in a slot takes the article's language, and a form its settings. */
  private onSlotChange(event: Event): void {
    for (const child of (event.target as HTMLSlotElement).assignedElements()) {
      if (child instanceof MaqalElement) child.requestUpdate();
    }
    this.syncCommentForms();
  }

  /**
   * Hands the article's comment settings (from WordPress, or the JSON's `comments`) to the
   * `<maqal-comment-form slot="comments">` children: the endpoint, post id and format the page
   * did not set itself (what the article set, it updates when the article changes), and closed
   * comments hide the form.
   */
  private syncCommentForms(): void {
    // While the next article loads, the forms keep the last one's settings (clearing them would
    // reset a form, and what a reader types then, twice).
    if (this.data.state !== 'ready') return;
    const settings = this.data.value?.comments;
    const forms = this.querySelectorAll<MaqalCommentForm>(
      ':scope > maqal-comment-form[slot="comments"]',
    );
    for (const form of forms) {
      if (settings && !settings.open) {
        if (!form.hidden) this.closedForms.add(form);
        form.hidden = true;
        continue;
      }
      if (this.closedForms.delete(form)) form.hidden = false;
      // Ours to change: what is unset, or still what this article set last time.
      const given = this.givenSettings.get(form) ?? {};
      const next: GivenSettings = {};
      if (form.endpoint === undefined || form.endpoint === given.endpoint) {
        form.endpoint = next.endpoint = this.dataEndpoint(settings?.endpoint);
      }
      if (form.articleId === undefined || form.articleId === given.articleId) {
        form.articleId = next.articleId = settings?.postId;
      }
      if (!form.hasAttribute('format') && form.format === (given.format ?? 'json')) {
        form.format = next.format = settings?.format ?? 'json';
      }
      this.givenSettings.set(form, next);
    }
  }

  /**
   * The data's comment endpoint, when it is on the page's origin or on the origin the data came
   * from (`src`): the form sends readers' names and emails there, and data from one place must
   * not send them to another. The page's own `endpoint` attribute can name any.
   */
  private dataEndpoint(endpoint: string | undefined): string | undefined {
    if (!endpoint) return undefined;
    // Where the form would post (resolved as fetch resolves it), against where the page is (not
    // its <base>) and where the data came from.
    const target = absolute(endpoint);
    const source = absolute(this.src);
    if (
      target &&
      /^https?:/.test(target) &&
      (!isOtherOrigin(target, location.href) || (source && !isOtherOrigin(target, source)))
    ) {
      return endpoint;
    }
    if (!warnedEndpoints.has(endpoint)) {
      warnedEndpoints.add(endpoint);
      console.warn(
        `${elementName(this)}: the data's comments endpoint ${endpoint} is on another origin than the page and the data; not used (set the form's endpoint attribute to use it)`,
      );
    }
    return undefined;
  }

  override render() {
    const article = this.data.value;
    if (this.data.state !== 'ready' || !article) {
      return this.renderNotReady(() => this.renderPlaceholder());
    }

    const lang = this.language;
    return html`
      <article
        part="base"
        class="root article"
        lang=${lang}
        dir=${this.direction}
        aria-labelledby="maqal-title"
      >
        <header part="header" class="header">
          ${article.category ? this.renderCategory(article.category) : nothing}
          ${heading(this.titleLevel, html`<span class="title-text">${article.title}</span>`, {
            part: 'title',
            className: 'title',
            id: 'maqal-title',
          })}
          ${this.renderMeta(article, lang)}
        </header>
        ${this.renderFigure(article)} ${this.renderBody(article)} ${this.renderTags(article)}
        ${this.renderPublisher(article)}
        <div class="after">
          <slot name="related" @slotchange=${this.onSlotChange}></slot>
          <slot name="comments" @slotchange=${this.onSlotChange}></slot>
          <slot @slotchange=${this.onSlotChange}></slot>
        </div>
      </article>
    `;
  }

  private renderCategory(category: NamedLink) {
    const name = category.name;
    const dir = fieldDir(name, this.direction);
    return category.url
      ? html`<a
          part="category"
          class="category"
          dir=${dir}
          href=${category.url}
          rel=${ifDefined(rel(category.url))}
          >${name}</a
        >`
      : html`<span part="category" class="category" dir=${dir}>${name}</span>`;
  }

  /**
   * `en` when the article's labels are the English fallback (a language maqal has no strings
   * for), so screen readers read them in an English voice; else nothing (the article's `lang`).
   */
  private get labelsLang(): string | undefined {
    const lang = this.language;
    const strings = stringsLanguage(lang, 'article', this.strings);
    return strings === lang ? undefined : strings;
  }

  private renderMeta(article: Article, lang: string) {
    const t = this.t.article;
    const labels = this.labelsLang;
    const dateOptions = { digits: this.digits, calendar: this.calendar, months: this.months };
    const date = (iso: string) =>
      html`<time datetime=${iso}>${formatDate(iso, lang, dateOptions)}</time>`;
    const minutes = readingMinutes(bodyText(article), lang, this.rate);
    const author = article.author;
    const modified =
      article.modified && article.modified !== article.published ? article.modified : undefined;
    if (!author && !article.published && !modified && minutes === 0) return nothing;
    return html`<p part="meta" class="meta">
      ${
        author
          ? html`<span class="byline"
              >${
                author.avatar
                  ? html`<img
                      class="avatar"
                      src=${author.avatar}
                      alt=""
                      width="28"
                      height="28"
                      loading="lazy"
                      decoding="async"
                    />`
                  : nothing
              }<span lang=${ifDefined(labels)}>${t.by}</span> ${
                author.url
                  ? html`<a
                      part="author"
                      class="author"
                      dir=${fieldDir(author.name, this.direction)}
                      href=${author.url}
                      rel=${ifDefined(rel(author.url))}
                      >${author.name}</a
                    >`
                  : html`<span
                      part="author"
                      class="author"
                      dir=${fieldDir(author.name, this.direction)}
                      >${author.name}</span
                    >`
              }</span
            >`
          : nothing
      }
      ${
        article.published
          ? html`<span class="published"
              ><span class="visually-hidden" lang=${ifDefined(labels)}>${t.published}</span>
              ${date(article.published)}</span
            >`
          : nothing
      }
      ${
        modified
          ? html`<span class="modified"
              ><span lang=${ifDefined(labels)}>${t.modified}:</span> ${date(modified)}</span
            >`
          : nothing
      }
      ${
        minutes > 0
          ? html`<span part="reading-time" class="reading-time" lang=${ifDefined(labels)}
              >${t.readingTime(minutes, formatNumber(minutes, lang, dateOptions))}</span
            >`
          : nothing
      }
    </p>`;
  }

  private get rate(): number | undefined {
    const rate = Number(this.wordsPerMinute);
    return this.wordsPerMinute !== undefined &&
      this.wordsPerMinute !== null &&
      Number.isFinite(rate) &&
      rate > 0
      ? rate
      : undefined;
  }

  private renderFigure(article: Article) {
    const image = article.image;
    if (!image) return nothing;
    const t = this.t.article;
    return html`<figure part="figure" class="figure">
      <img
        part="image"
        src=${image.src}
        srcset=${ifDefined(image.srcset)}
        sizes=${ifDefined(image.sizes)}
        alt=${image.alt}
        width=${ifDefined(image.width)}
        height=${ifDefined(image.height)}
        decoding="async"
      />
      ${
        image.caption || image.credit
          ? html`<figcaption part="caption" class="figcaption">
              ${
                image.caption
                  ? html`<span class="isolated" dir=${fieldDir(image.caption, this.direction)}
                      >${image.caption}</span
                    >`
                  : nothing
              }
              ${
                image.credit
                  ? html`<span class="credit"
                      ><span lang=${ifDefined(this.labelsLang)}>${t.imageCredit}:</span>
                      <span class="isolated" dir=${fieldDir(image.credit, this.direction)}
                        >${image.credit}</span
                      ></span
                    >`
                  : nothing
              }
            </figcaption>`
          : nothing
      }
    </figure>`;
  }

  private renderBody(article: Article) {
    if (article.body === undefined && article.bodyHtml === undefined) return nothing;
    if (this.bodyNode) {
      return html`<div part="body" class="body" @click=${this.onBodyClick}>${this.bodyNode}</div>`;
    }
    if (this.bodyFailed) {
      // Without the Markdown module, the text is still readable: paragraphs, as plain text.
      return html`<div part="body" class="body">
        ${plainParagraphs(article).map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>`;
    }
    return html`<div part="body" class="body" aria-busy="true"></div>`;
  }

  private renderTags(article: Article) {
    const tags = article.tags;
    if (!tags || tags.length === 0) return nothing;
    return html`<div part="tags" class="tags">
      <!-- Hidden from the accessibility tree: it names the list, and would be read twice. -->
      <span
        class="tags-label"
        id="maqal-tags-label"
        aria-hidden="true"
        lang=${ifDefined(this.labelsLang)}
        >${this.t.article.tags}</span
      >
      <ul aria-labelledby="maqal-tags-label">
        ${tags.map(
          (tag) =>
            html`<li>
              ${
                tag.url
                  ? html`<a class="tag" href=${tag.url} rel=${ifDefined(rel(tag.url))}
                      >${tag.name}</a
                    >`
                  : html`<span class="tag">${tag.name}</span>`
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderPublisher(article: Article) {
    const publisher = article.publisher;
    if (!publisher) return nothing;
    const name = publisher.name;
    return html`<section part="publisher" class="publisher" aria-labelledby="maqal-publisher-label">
      ${
        publisher.logo
          ? html`<img
              part="publisher-logo"
              class="publisher-logo"
              src=${publisher.logo}
              alt=""
              width="64"
              height="64"
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }
      <div class="publisher-text">
        <p class="publisher-label" id="maqal-publisher-label" lang=${ifDefined(this.labelsLang)}>
          ${this.t.article.publisher}
        </p>
        ${
          publisher.url
            ? html`<a
                class="publisher-name"
                dir=${fieldDir(name, this.direction)}
                href=${publisher.url}
                rel=${ifDefined(rel(publisher.url))}
                >${name}</a
              >`
            : html`<p class="publisher-name" dir=${fieldDir(name, this.direction)}>${name}</p>`
        }
        ${
          publisher.description
            ? html`<p class="publisher-description">${publisher.description}</p>`
            : nothing
        }
      </div>
    </section>`;
  }

  /** Same boxes as the real article, roughly, so the page moves little when the data arrives. */
  private renderPlaceholder() {
    return html`<div
      class="root article skeleton"
      aria-busy="true"
      lang=${this.language}
      dir=${this.direction}
    >
      <span class="bar bar-short"></span>
      <span class="bar bar-title"></span>
      <span class="bar bar-short"></span>
      <span class="bar bar-long"></span>
      <span class="bar bar-long"></span>
      <span class="bar"></span>
      <span class="visually-hidden" lang=${ifDefined(this.fallbackLang('loading'))}
        >${this.t.loading}</span
      >
    </div>`;
  }

  /** Starts rendering the body when the article or the heading level changed. */
  private syncBody(): void {
    const article = this.data.state === 'ready' ? this.data.value : undefined;
    const level = Math.min(6, this.titleLevel + 1);
    if (article === this.bodySource && level === this.bodyLevel) return;
    this.bodySource = article;
    this.bodyLevel = level;
    this.bodyNode = undefined;
    this.bodyFailed = false;
    const generation = ++this.bodyGeneration;
    if (!article || (article.body === undefined && article.bodyHtml === undefined)) {
      this.bodyTask = undefined;
      return;
    }
    this.bodyTask = markdown().then(
      (engine) => {
        if (generation !== this.bodyGeneration) return;
        const options = { baseUrl: article.url, minHeadingLevel: level };
        let fragment: DocumentFragment;
        try {
          fragment =
            article.body !== undefined
              ? engine.renderMarkdown(article.body, options)
              : engine.sanitizeHtml(article.bodyHtml ?? '', options);
        } catch (cause) {
          // Hostile Markdown can exhaust marked (e.g. thousands of nested quotes): say so once
          // and show the text rather than reject at the page.
          return this.failBody('the body could not be rendered', cause);
        }
        const prose = document.createElement('div');
        prose.append(fragment);
        this.bodyNode = prose;
        this.requestUpdate();
      },
      (cause: unknown) => {
        if (generation !== this.bodyGeneration) return;
        this.failBody('the Markdown renderer did not load', cause);
      },
    );
  }

  /**
   * In-page links of the body (footnotes, a table of contents) point into this shadow root,
   * where the document cannot follow them: scroll to the target and move focus there.
   */
  private onBodyClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.(`a[href^="#${ID_PREFIX}"]`);
    if (!link || event.defaultPrevented) return;
    const target = (this.renderRoot as ShadowRoot).getElementById(
      link.getAttribute('href')!.slice(1),
    );
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }

  /** Falls back to the body as plain paragraphs, with one console error saying why. */
  private failBody(what: string, cause: unknown): void {
    const reason = cause instanceof Error ? cause.message : String(cause);
    console.error(`${elementName(this)}: ${what} (${reason}); showing the body as plain text`);
    this.bodyFailed = true;
    this.requestUpdate();
  }

  private syncJsonLd(): void {
    const article = this.jsonLd && this.data.state === 'ready' ? this.data.value : undefined;
    if (!article || !this.isConnected) {
      this.removeJsonLd();
      return;
    }
    const text = jsonLdText(article, this.language);
    let script = this.jsonLdScript;
    if (!script || script.parentNode !== this) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.maqal = 'article';
      this.jsonLdScript = script;
      this.append(script);
    }
    if (script.textContent !== text) {
      const trusted = trustedScript(text);
      if (trusted === undefined) {
        this.removeJsonLd();
        return;
      }
      (script as unknown as { text: unknown }).text = trusted;
    }
  }

  private removeJsonLd(): void {
    this.jsonLdScript?.remove();
    this.jsonLdScript = undefined;
  }
}

/**
 * How console messages name an element, as the data controller's errors do (written there
 * inline: an export would add bytes to the size-budgeted cards-only path).
 */
const elementName = (element: Element) =>
  `<${element.localName}${element.id ? `#${element.id}` : ''}>`;

/** Refused comment endpoints already reported: one warning each, not one per render. */
const warnedEndpoints = new Set<string>();

/** Links to other origins do not get to know this page or reach `window.opener`. */
function rel(url: string): string | undefined {
  return isOtherOrigin(url) ? 'noopener noreferrer' : undefined;
}

/** `bodyText` per article: every render shows the reading time, and a body can be megabytes. */
const bodyTexts = new WeakMap<Article, string>();

/**
 * The body as plain text, for the word count: Markdown link targets and HTML tags removed. The
 * patterns stop at the next `<` or `]`, so hostile input ("](" or "<" a million times) costs
 * linear time: `[^>]*` would rescan to the end from every opener, minutes for a few MB.
 */
function bodyText(article: Article): string {
  let text = bodyTexts.get(article);
  if (text === undefined) {
    text = (article.body ?? article.bodyHtml ?? '')
      .replace(/<[^<>]*>/g, ' ')
      .replace(/\]\([^)\]]*\)/g, ']')
      .replace(/&[a-z0-9#]+;/gi, ' ');
    bodyTexts.set(article, text);
  }
  return text;
}

function plainParagraphs(article: Article): string[] {
  return bodyText(article)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

function absolute(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/**
 * schema.org NewsArticle as JSON, safe inside `<script>` however it is later serialised:
 * every `<` is written `\u003c`, so no value can close the script element.
 */
export function jsonLdText(article: Article, lang: string): string {
  const url = absolute(article.url);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.excerpt,
    inLanguage: article.lang ?? lang,
    url,
    mainEntityOfPage: url,
    image: article.image ? [absolute(article.image.src)] : undefined,
    datePublished: article.published,
    dateModified: article.modified ?? article.published,
    articleSection: article.category?.name,
    keywords: article.tags?.map((tag) => tag.name),
    author: article.author
      ? { '@type': 'Person', name: article.author.name, url: absolute(article.author.url) }
      : undefined,
    publisher: article.publisher
      ? {
          '@type': 'Organization',
          name: article.publisher.name,
          url: absolute(article.publisher.url),
          logo: article.publisher.logo
            ? { '@type': 'ImageObject', url: absolute(article.publisher.logo) }
            : undefined,
        }
      : undefined,
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
