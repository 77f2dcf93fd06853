/**
 * maqal's data model. Every source (a property, inline JSON, a `src` URL, an adapter) ends up
 * as one of these shapes after `validate.ts` has checked it, so elements can trust what they
 * render. URL fields only ever hold URLs that `safe-url.ts` accepted.
 */

export type TextDirection = 'rtl' | 'ltr';

/** A named link: a category, a tag. `url` is optional; without it the name renders as text. */
export interface NamedLink {
  name: string;
  url?: string;
}

export interface ArticleImage {
  src: string;
  /** Empty string marks a decorative image. */
  alt: string;
  width?: number;
  height?: number;
  /** Responsive candidates, already checked URL by URL. */
  srcset?: string;
  sizes?: string;
  caption?: string;
  credit?: string;
}

export interface Person {
  name: string;
  url?: string;
  avatar?: string;
}

export interface Publisher {
  name: string;
  description?: string;
  url?: string;
  logo?: string;
}

export type CommentFormat = 'json' | 'wordpress';

export interface CommentSettings {
  /** False hides the article's slotted `<maqal-comment-form slot="comments">`. */
  open: boolean;
  endpoint?: string;
  format?: CommentFormat;
  /** The id the comment endpoint knows the article by (WordPress's post id). */
  postId?: string;
}

/** What a card or a related list needs: an article without its body. */
export interface ArticleSummary {
  id: string;
  url?: string;
  /** BCP 47 language tag, canonicalised. */
  lang?: string;
  /** Given in the data, or derived from `lang`. */
  dir?: TextDirection;
  category?: NamedLink;
  title: string;
  excerpt?: string;
  image?: ArticleImage;
  author?: Person;
  /** ISO 8601. */
  published?: string;
  /** ISO 8601. */
  modified?: string;
}

export interface Article extends ArticleSummary {
  /** Markdown. Untrusted: rendered only through `markdown.ts`. */
  body?: string;
  /** HTML from an adapter (WordPress's `content.rendered`). Untrusted, sanitised like Markdown output. */
  bodyHtml?: string;
  publisher?: Publisher;
  tags?: NamedLink[];
  related?: ArticleSummary[];
  comments?: CommentSettings;
}

/**
 * What the data properties accept: the JSON as a site writes it, looser than the shapes above,
 * which validation makes of it (a category or author may be a bare name, an `id` a number or
 * absent, an image without `alt` is decorative). Reading the property gives the checked shape.
 * Data in another `format` (a WordPress post) is accepted at run time: type it `any`, or cast it.
 */
/** Optional fields may also be `null` in JSON (validation reads `null` as absent). */
type Nullable<T> = { [K in keyof T]: undefined extends T[K] ? T[K] | null : T[K] };

export type NamedLinkInput = Nullable<NamedLink> | string;

export type ArticleImageInput = Nullable<Omit<ArticleImage, 'alt'> & { alt?: string }>;

export type ArticleSummaryInput = Nullable<
  Omit<ArticleSummary, 'id' | 'dir' | 'category' | 'image' | 'author'> & {
    id?: string | number;
    /** `auto` is the language's direction, as when `dir` is absent. */
    dir?: TextDirection | 'auto';
    category?: NamedLinkInput;
    image?: ArticleImageInput;
    author?: Nullable<Person> | string;
  }
>;

export type ArticleInput = ArticleSummaryInput &
  Nullable<{
    body?: string;
    bodyHtml?: string;
    publisher?: Nullable<Publisher>;
    tags?: NamedLinkInput[];
    related?: ArticleSummaryInput[];
    comments?: Nullable<
      Omit<CommentSettings, 'open' | 'postId'> & { open?: boolean; postId?: string | number }
    >;
  }>;

/** A related list's data: the summaries, or an object holding them as `articles` or `related`. */
export type ArticleListInput =
  ArticleSummaryInput[] | { articles: ArticleSummaryInput[] } | { related: ArticleSummaryInput[] };
