import type { TextDirection } from '../model.js';

/** The language itself, and the strings every element shares (loading and error states). */
export interface CommonStrings {
  /** BCP 47 code of the language this object is for. */
  $code: string;
  /** The language's own name for itself. */
  $name: string;
  $dir: TextDirection;

  /** Shared by every element. */
  loading: string;
  errorTitle: string;
  errorInvalidJson: string;
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: (status: number) => string;
  errorInvalidData: string;
}

export interface CardStrings {
  publishedOn: string;
}

export interface ArticleStrings {
  by: string;
  published: string;
  modified: string;
  /** `formatted`: `minutes` written in the element's language and digits (`digits`). */
  readingTime: (minutes: number, formatted: string) => string;
  tags: string;
  publisher: string;
  imageCredit: string;
}

export interface RelatedStrings {
  heading: string;
  empty: string;
}

export interface CommentFormStrings {
  heading: string;
  replyHeading: (name: string) => string;
  cancelReply: string;
  notice: string;
  requiredMark: string;
  comment: string;
  name: string;
  email: string;
  website: string;
  consent: string;
  submit: string;
  sending: string;
  pending: string;
  approved: string;
  required: (field: string) => string;
  /** `formatted`: `max` written in the form's language and its digits. */
  tooLong: (field: string, max: number, formatted: string) => string;
  invalidEmail: string;
  invalidUrl: string;
  /** The server could not be reached while the browser is online. */
  failedNetwork: string;
  /** The browser is offline. */
  failedOffline: string;
  failedTimeout: string;
  failedServer: (status: number) => string;
  /** 404, 405, 410: the address that takes comments is wrong; trying again will not help. */
  failedNotFound: (status: number) => string;
  failedInvalidResponse: string;
  /** A failure with no detail (e.g. a host reported an error without a message). */
  failedGeneric: string;
  keepText: string;
  /** Said when a submission stops at the form's own checks (the fields say what is wrong). */
  checkFields: string;
  wpLoginRequired: string;
  wpDuplicate: string;
  wpFlood: string;
  wpAuthorDataRequired: string;
  wpContentInvalid: string;
  wpInvalidPost: string;
  wpClosed: string;
  wpInvalidEmail: string;
  /** The endpoint answered with a redirect: a POST is not followed (it would turn into a GET). */
  failedRedirect: string;
  honeypot: string;
}

export interface BackToTopStrings {
  label: string;
}

/**
 * Every user-visible string of every element, in one language: the common strings and one
 * section per element. A language file (`ar.ts`, `en.ts`) exports these parts one by one;
 * `registerTranslation()` in `index.ts` takes a whole object of this type.
 */
export interface Translation extends CommonStrings {
  card: CardStrings;
  article: ArticleStrings;
  related: RelatedStrings;
  commentForm: CommentFormStrings;
  backToTop: BackToTopStrings;
}

/** The sections an element brings along for the built-in languages. */
export type BuiltInStrings = Record<'ar' | 'en', Partial<Omit<Translation, keyof CommonStrings>>>;

/** A translation for a language, partial: missing strings fall back to English. */
export type PartialTranslation = Pick<Translation, '$code' | '$name' | '$dir'> &
  DeepPartial<Omit<Translation, '$code' | '$name' | '$dir'>>;

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K];
};
