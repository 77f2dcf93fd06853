import { ValidationError } from '../lib/validate.js';
import { htmlToText, textToHtml } from './entities.js';
import { adaptEach, titleFromText } from './items.js';

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) in maqal's raw JSON shape; 1.0 feeds
 * (a single `author`) work too. A feed's items become article summaries for lists and cards;
 * one item becomes a full article. The result still goes through `validate.ts`.
 *
 * - `content_html` becomes `bodyHtml` (sanitised by the article like Markdown output);
 *   `content_text` is plain text, so it is escaped into paragraphs rather than read as Markdown.
 * - `summary` is the excerpt; `image` the lead image (JSON Feed has no alt text, so it is
 *   marked decorative: the title next to it says what it is about).
 * - `language` per item, else the feed's; the feed's title and home page are the publisher.
 */

type Fields = Record<string, unknown>;

const PREFIX = 'jsonfeed';

function fail(path: string, expected: string, received: unknown): never {
  throw new ValidationError(`${PREFIX}: ${path}`, expected, received);
}

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

export { isJsonFeed } from './detect.js';

function feedItems(value: unknown): unknown[] {
  if (!isObject(value)) fail('data', 'a JSON Feed object', value);
  if (!Array.isArray(value.items)) fail('items', 'an array', value.items);
  return value.items;
}

function person(value: unknown) {
  if (!isObject(value)) return undefined;
  const name = str(value.name);
  // The spec allows an author with only a url or avatar; maqal shows authors by name.
  if (!name) return undefined;
  return { name, url: str(value.url), avatar: str(value.avatar) };
}

function item(value: unknown, feed: Fields, path: string, full: boolean): Fields {
  if (!isObject(value)) fail(path, 'an item object', value);
  // Titles are optional in JSON Feed 1.1 (micro-blog posts have none): use the item's text.
  const title =
    str(value.title) ??
    titleFromText(
      str(value.summary) ?? str(value.content_text) ?? htmlToText(str(value.content_html)),
    );
  if (title === undefined) fail(`${path}.title`, 'a title, summary or content', value.title);
  const id = value.id ?? value.url;
  if (typeof id !== 'string' && typeof id !== 'number') fail(`${path}.id`, 'a string', id);
  const authors = Array.isArray(value.authors)
    ? value.authors
    : Array.isArray(feed.authors)
      ? feed.authors
      : [value.author ?? feed.author];
  const image = str(value.image);
  const summary: Fields = {
    id: String(id),
    url: str(value.url) ?? str(value.external_url),
    lang: str(value.language) ?? str(feed.language),
    title: title.trim(),
    excerpt: str(value.summary),
    image: image ? { src: image, alt: '' } : undefined,
    author: person(authors[0]),
    published: str(value.date_published),
    modified: str(value.date_modified),
  };
  if (!full) return summary;
  const contentHtml = str(value.content_html);
  const contentText = str(value.content_text);
  const tags = Array.isArray(value.tags)
    ? value.tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
    : undefined;
  const publisherName = str(feed.title);
  return {
    ...summary,
    bodyHtml: contentHtml ?? (contentText ? textToHtml(contentText) : undefined),
    tags: tags && tags.length > 0 ? tags : undefined,
    publisher: publisherName
      ? {
          name: publisherName,
          description: str(feed.description),
          url: str(feed.home_page_url),
          logo: str(feed.icon) ?? str(feed.favicon),
        }
      : undefined,
  };
}

/** The feed's items as article summaries. */
export function jsonFeedList(value: unknown): Fields[] {
  const feed = value as Fields;
  return adaptEach(
    feedItems(value),
    (entry, index) => item(entry, feed, `items[${index}]`, false),
    PREFIX,
  );
}

/** One article: the feed's first item (a one-item feed is the usual way to serve one). */
export function jsonFeedArticle(value: unknown): Fields {
  const items = feedItems(value);
  if (items.length === 0) {
    throw new Error(`${PREFIX}: items: expected at least one item, got an empty list`);
  }
  return item(items[0], value as Fields, 'items[0]', true);
}
