import type { TextDirection } from '../model.js';

/**
 * Every user-visible string of every element, per language. A language is one object of this
 * type; `register()` in `index.ts` adds one, and elements read strings only through it.
 */
export interface Translation {
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

  card: {
    noImage: string;
    publishedOn: string;
  };

  article: {
    by: string;
    published: string;
    modified: string;
    readingTime: (minutes: number) => string;
    tags: string;
    publisher: string;
    imageCredit: string;
  };

  related: {
    heading: string;
    empty: string;
  };

  commentForm: {
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
    tooLong: (field: string, max: number) => string;
    invalidEmail: string;
    invalidUrl: string;
    failedNetwork: string;
    failedTimeout: string;
    failedServer: (status: number) => string;
    failedInvalidResponse: string;
    /** A failure with no detail (e.g. a host reported an error without a message). */
    failedGeneric: string;
    keepText: string;
    wpLoginRequired: string;
    wpDuplicate: string;
    wpFlood: string;
    wpAuthorDataRequired: string;
    wpContentInvalid: string;
    wpInvalidPost: string;
    honeypot: string;
  };

  backToTop: {
    label: string;
  };
}

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
