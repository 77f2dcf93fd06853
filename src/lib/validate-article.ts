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

function list<T>(
  fields: Fields,
  key: string,
  path: string,
  parse: (value: unknown, path: string) => T,
): T[] | undefined {
  const value = fields[key];
  if (absent(value)) return undefined;
  if (!Array.isArray(value)) throw new ValidationError(join(path, key), 'an array', value);
  return value.map((item, index) => parse(item, join(join(path, key), index)));
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
  return compact({
    ...parseArticleSummary(fields, path),
    body: text(fields, 'body', path),
    bodyHtml: text(fields, 'bodyHtml', path),
    publisher: optional(fields, 'publisher', path, parsePublisher),
    tags: list(fields, 'tags', path, parseNamedLink),
    related: list(fields, 'related', path, parseArticleSummary),
    comments: optional(fields, 'comments', path, parseCommentSettings),
  });
}

/** A list of summaries: an array, or an object with an `articles` or `related` array. */
export function parseArticleList(value: unknown, path = ''): ArticleSummary[] {
  if (Array.isArray(value))
    return value.map((item, index) => parseArticleSummary(item, join(path, index)));
  const fields = object(value, path);
  const key = Array.isArray(fields.articles) ? 'articles' : 'related';
  return list(fields, key, path, parseArticleSummary) ?? [];
}
