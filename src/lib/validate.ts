import { directionFor } from './i18n/index.js';
import type { ArticleImage, ArticleSummary, NamedLink, Person, TextDirection } from './model.js';
import { safeSrcset, safeUrl } from './safe-url.js';

/**
 * Runtime checks for data that arrives from outside: what a card or a list needs (summaries),
 * with the field helpers that `validate-article.ts` builds the full article's checks from. Hand-written and small on purpose (a
 * schema library would cost more bytes than the whole card). Each failure names the field and
 * what was wrong: `image.width: expected a positive number, got "abc"`.
 */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly received: unknown,
  ) {
    super(`${path || 'data'}: expected ${expected}, got ${describe(received)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export type Fields = Record<string, unknown>;

export const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export function object(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(path, 'an object', value);
  }
  return value as Fields;
}

/** Absent means `undefined` or `null`: JSON writers use both for "no value". */
export const absent = (value: unknown) => value === undefined || value === null;

export function text(fields: Fields, key: string, path: string, required: true): string;
export function text(
  fields: Fields,
  key: string,
  path: string,
  required?: false,
): string | undefined;
export function text(
  fields: Fields,
  key: string,
  path: string,
  required = false,
): string | undefined {
  const value = fields[key];
  if (absent(value)) {
    if (required) throw new ValidationError(join(path, key), 'a string', value);
    return undefined;
  }
  if (typeof value !== 'string') throw new ValidationError(join(path, key), 'a string', value);
  // Blank includes invisible: a title of only U+200B or bidi marks would be a nameless link.
  if (required && /^[\s\p{Cf}]*$/u.test(value)) {
    throw new ValidationError(join(path, key), 'a non-empty string', value);
  }
  return value;
}

export function identifier(fields: Fields, key: string, path: string): string | undefined {
  const value = fields[key];
  if (absent(value)) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new ValidationError(join(path, key), 'a string or number id', value);
}

function positiveNumber(fields: Fields, key: string, path: string): number | undefined {
  const value = fields[key];
  if (absent(value)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ValidationError(join(path, key), 'a positive number', value);
  }
  return value;
}

/** A URL field: must be a string; unsafe schemes are dropped (with a warning), not fatal. */
export function url(
  fields: Fields,
  key: string,
  path: string,
  required = false,
): string | undefined {
  const value = text(fields, key, path, required as false);
  if (value === undefined) return undefined;
  const safe = safeUrl(value);
  if (safe === undefined) {
    if (required)
      throw new ValidationError(join(path, key), 'an http(s), mailto or relative URL', value);
    if (value.trim() !== '') {
      console.warn(
        `maqal: ${join(path, key)}: dropped a URL that is not http(s), mailto or relative`,
      );
    }
  }
  return safe;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function isoDate(fields: Fields, key: string, path: string): string | undefined {
  const value = text(fields, key, path);
  if (value === undefined || value.trim() === '') return undefined;
  const date = ISO_DATE.exec(value.trim());
  if (!date || !isCalendarDate(+date[1], +date[2], +date[3]) || Number.isNaN(Date.parse(value))) {
    throw new ValidationError(
      join(path, key),
      'an ISO 8601 date like "2025-04-14T10:00:00Z"',
      value,
    );
  }
  return value.trim();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Date.parse rolls "2025-02-30" over to March, so the day is checked against its month. By
 * arithmetic, not a Date round trip: a list validates a thousand dates.
 */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function language(fields: Fields, key: string, path: string): string | undefined {
  const value = text(fields, key, path);
  if (value === undefined || value.trim() === '') return undefined;
  const tag = value.trim();
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0];
    } catch {
      throw new ValidationError(
        join(path, key),
        'a BCP 47 language tag like "ar" or "en-GB"',
        value,
      );
    }
    canonicalTags.set(tag, canonical);
  }
  return canonical;
}

/** Canonical forms already computed: a page of cards repeats the same few tags. */
const canonicalTags = new Map<string, string>();

function direction(fields: Fields, key: string, path: string): TextDirection | undefined {
  const value = fields[key];
  if (absent(value) || value === 'auto') return undefined;
  if (value === 'rtl' || value === 'ltr') return value;
  throw new ValidationError(join(path, key), '"rtl" or "ltr"', value);
}

export function optional<T>(
  fields: Fields,
  key: string,
  path: string,
  parse: (value: unknown, path: string) => T,
): T | undefined {
  const value = fields[key];
  // An empty string is "no value" here too: exporters write `"category": ""` for none.
  return absent(value) || value === '' ? undefined : parse(value, join(path, key));
}

/**
 * A copy without the keys whose value is `undefined`, so parsed objects stay tidy to compare and
 * print. Copying (not `delete`) keeps the objects in V8's fast mode: a list of a thousand cards
 * holds a thousand of them.
 */
export function compact<T extends object>(value: T): T {
  const tidy: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) tidy[key] = value[key];
  return tidy as T;
}

/** A category or tag: an object {name, url?} or just its name. */
export function parseNamedLink(value: unknown, path: string): NamedLink {
  if (typeof value === 'string' && value.trim() !== '') return { name: value };
  const fields = object(value, path);
  return compact({ name: text(fields, 'name', path, true), url: url(fields, 'url', path) });
}

export function parseImage(value: unknown, path: string): ArticleImage {
  const fields = object(value, path);
  const src = url(fields, 'src', path, true) as string;
  const srcset = text(fields, 'srcset', path);
  return compact({
    src,
    alt: text(fields, 'alt', path) ?? '',
    width: positiveNumber(fields, 'width', path),
    height: positiveNumber(fields, 'height', path),
    srcset: srcset === undefined ? undefined : safeSrcset(srcset),
    sizes: text(fields, 'sizes', path),
    caption: text(fields, 'caption', path),
    credit: text(fields, 'credit', path),
  });
}

export function parsePerson(value: unknown, path: string): Person {
  if (typeof value === 'string' && value.trim() !== '') return { name: value };
  const fields = object(value, path);
  return compact({
    name: text(fields, 'name', path, true),
    url: url(fields, 'url', path),
    avatar: url(fields, 'avatar', path),
  });
}

/** Checks an article summary. `id` falls back to the URL, then the title, so cards need little. */
export function parseArticleSummary(value: unknown, path = ''): ArticleSummary {
  const fields = object(value, path);
  const title = text(fields, 'title', path, true);
  const articleUrl = url(fields, 'url', path);
  const lang = language(fields, 'lang', path);
  return compact({
    id: identifier(fields, 'id', path) ?? articleUrl ?? title,
    url: articleUrl,
    lang,
    dir: direction(fields, 'dir', path) ?? (lang ? directionFor(lang) : undefined),
    category: optional(fields, 'category', path, parseNamedLink),
    title,
    excerpt: text(fields, 'excerpt', path),
    image: optional(fields, 'image', path, parseImage),
    author: optional(fields, 'author', path, parsePerson),
    published: isoDate(fields, 'published', path),
    modified: isoDate(fields, 'modified', path),
  });
}
