import type { Article, ArticleSummary, CommentSettings, Publisher } from './model.js';
import {
  absent,
  compact,
  identifier,
  join,
  object,
  optional,
  parseArticleSummary,
  parseNamedLink,
  text,
  url,
  ValidationError,
  type Fields,
} from './validate.js';

/**
 * The checks only a full article and a list need, apart from `validate.ts` so that a page of
 * cards does not download them.
 */

/** Every field of an article; a summary's are the first eleven. */
const ARTICLE_FIELDS = [
  'id',
  'url',
  'lang',
  'dir',
  'category',
  'title',
  'excerpt',
  'image',
  'author',
  'published',
  'modified',
  'body',
  'bodyHtml',
  'publisher',
  'tags',
  'related',
  'comments',
];

/** Misspellings already reported: once per page each. */
const reported = new Set<string>();

/**
 * A field maqal does not know that looks like one it does (`imgae`, `pubished`) is ignored like
 * any other, but a misspelling would otherwise just make the image or the date vanish: say so,
 * once per page. Other unknown fields (an API's own `views`, `slug`) pass silently, and so do
 * short names (`_id`, `uri`), too close to `id` and `url` to be told from an API's own fields.
 */
function warnMisspelt(value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  // The first hundred keys: an object of 200,000 keys took seconds of edit distances.
  for (const key of Object.keys(value).slice(0, 100)) {
    if (key.length < 4 || ARTICLE_FIELDS.includes(key) || reported.has(key)) continue;
    const lower = key.toLowerCase();
    const match = ARTICLE_FIELDS.find(
      (name) => name.length >= 4 && nearlySame(lower, name.toLowerCase()),
    );
    if (match) {
      reported.add(key);
      console.warn(`maqal: ${join(path, key)}: unknown field, ignored (did you mean "${match}"?)`);
    }
  }
}

/** At most one edit apart (two for longer names); a swap of neighbours counts as one. */
function nearlySame(a: string, b: string): boolean {
  const allowed = b.length > 5 ? 2 : 1;
  if (Math.abs(a.length - b.length) > allowed) return false;
  // Optimal string alignment distance, row by row.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j], before[j - 2] + 1);
      }
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] <= allowed;
}

/** A summary in a list, with a word about misspelt fields. */
function summary(value: unknown, path: string): ArticleSummary {
  // A list item may be a whole article: its fields are known too, just not shown.
  warnMisspelt(value, path);
  return parseArticleSummary(value, path);
}

/**
 * Each item checked. One that cannot be shown is skipped, with one warning for the whole list, so
 * a bad date in one related item does not cost the list (or the article around it). If none can
 * be shown, the first problem is thrown when `orFail`, else the list is empty.
 */
export function eachValid<T>(
  items: unknown[],
  parse: (item: unknown, index: number) => T,
  source: string,
  orFail = true,
): T[] {
  const valid: T[] = [];
  const problems: unknown[] = [];
  items.forEach((item, index) => {
    try {
      valid.push(parse(item, index));
    } catch (cause) {
      problems.push(cause);
    }
  });
  if (problems.length === 0) return valid;
  if (valid.length === 0 && orFail) throw problems[0];
  // The first few reasons: a hundred thousand bad items made one 5 MB console message.
  const messages = problems
    .slice(0, 3)
    .map((cause) => (cause instanceof Error ? cause.message : String(cause)));
  if (problems.length > 3) messages.push(`${problems.length - 3} more`);
  console.warn(
    `maqal: ${source}: skipped ${problems.length} of ${items.length} items that cannot be shown (${messages.join('; ')})`,
  );
  return valid;
}

function list<T>(
  fields: Fields,
  key: string,
  path: string,
  parse: (value: unknown, path: string) => T,
  orFail: boolean,
): T[] | undefined {
  const value = fields[key];
  if (absent(value)) return undefined;
  const where = join(path, key);
  if (!Array.isArray(value)) throw new ValidationError(where, 'an array', value);
  return eachValid(
    value,
    (item, index) => parse(item, join(where, index)),
    where || 'data',
    orFail,
  );
}

export function parsePublisher(value: unknown, path: string): Publisher {
  const fields = object(value, path);
  return compact({
    name: text(fields, 'name', path, true),
    description: text(fields, 'description', path),
    url: url(fields, 'url', path),
    logo: url(fields, 'logo', path),
  });
}

export function parseCommentSettings(value: unknown, path: string): CommentSettings {
  const fields = object(value, path);
  const open = fields.open;
  if (!absent(open) && typeof open !== 'boolean') {
    throw new ValidationError(join(path, 'open'), 'true or false', open);
  }
  const format = fields.format;
  if (!absent(format) && format !== 'json' && format !== 'wordpress') {
    throw new ValidationError(join(path, 'format'), '"json" or "wordpress"', format);
  }
  return compact({
    open: open !== false,
    endpoint: url(fields, 'endpoint', path),
    format: (format ?? undefined) as CommentSettings['format'],
    postId: identifier(fields, 'postId', path),
  });
}

/** Checks a full article: a summary plus body, publisher, tags, related and comment settings. */
export function parseArticle(value: unknown, path = ''): Article {
  const fields = object(value, path);
  warnMisspelt(fields, path);
  return compact({
    ...parseArticleSummary(fields, path),
    body: text(fields, 'body', path),
    bodyHtml: text(fields, 'bodyHtml', path),
    publisher: optional(fields, 'publisher', path, parsePublisher),
    // A bad tag or related item is skipped (with a warning), never the article.
    tags: list(fields, 'tags', path, parseNamedLink, false),
    related: list(fields, 'related', path, summary, false),
    comments: optional(fields, 'comments', path, parseCommentSettings),
  });
}

/** A list of summaries: an array, or an object with an `articles` or `related` array. */
export function parseArticleList(value: unknown, path = ''): ArticleSummary[] {
  if (Array.isArray(value)) {
    const each = (item: unknown, index: number) => summary(item, join(path, index));
    return eachValid(value, each, path || 'data');
  }
  const fields = object(value, path);
  // `articles` when given (a wrong type is an error, not a silent empty list), else `related`.
  const key = absent(fields.articles) ? 'related' : 'articles';
  const articles = list(fields, key, path, summary, true);
  // An article without `related` has none to show; anything else was probably meant as a list.
  if (!articles && absent(fields.title)) {
    console.warn(`maqal: ${path || 'data'}: no "articles" or "related" list, so nothing to show`);
  }
  return articles ?? [];
}
