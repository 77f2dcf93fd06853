import { detect, type DataFormat } from './detect.js';
import { jsonFeedArticle, jsonFeedList } from './jsonfeed.js';
import { wordpressArticle, wordpressList } from './wordpress.js';

/**
 * Foreign shapes into maqal's model. An adapter returns raw data in maqal's JSON shape, which
 * then goes through the same validation as any other input.
 *
 * - `maqal`: passed through.
 * - `wordpress`: WordPress REST posts (`/wp-json/wp/v2/posts/ID?_embed`, or a list of them).
 * - `jsonfeed`: a JSON Feed 1.1 document.
 * - `auto` (the default): WordPress or JSON Feed when the shape is unmistakable (a post has
 *   `title.rendered` and a `content` or `excerpt` object; a feed's `version` is a jsonfeed.org
 *   URL); anything else passes through as maqal data.
 *
 * An explicit format with a shape it does not know throws an Error naming the field:
 * `wordpress: title.rendered: expected a string, got nothing`.
 */
export type { DataFormat } from './detect.js';

/**
 * One article (or summary) in maqal's shape, from `raw` in `format`. A WordPress list or a
 * JSON Feed gives its first entry.
 */
export function adaptArticle(raw: unknown, format: DataFormat = 'auto'): unknown {
  switch (detect(raw, format)) {
    case 'wordpress':
      return wordpressArticle(raw);
    case 'jsonfeed':
      return jsonFeedArticle(raw);
    default:
      return raw;
  }
}

/** A list of summaries in maqal's shape, from `raw` in `format`. */
export function adaptArticleList(raw: unknown, format: DataFormat = 'auto'): unknown {
  switch (detect(raw, format)) {
    case 'wordpress':
      return wordpressList(raw);
    case 'jsonfeed':
      return jsonFeedList(raw);
    default:
      return raw;
  }
}

export { commentsEndpoint, srcsetFromSizes } from './wordpress.js';
export { htmlToText } from './entities.js';
export { isJsonFeed, isWordPressList, isWordPressPost } from './detect.js';
