import { safeUrl } from '../lib/safe-url.js';
import { ValidationError } from '../lib/validate.js';
import { htmlToText } from './entities.js';
import { adaptEach, titleFromText } from './items.js';

/**
 * WordPress REST posts (`/wp-json/wp/v2/posts/ID?_embed`, or a list from
 * `/wp-json/wp/v2/posts?_embed&categories=3`) in maqal's raw JSON shape. The result still goes
 * through `validate.ts`, which checks every URL; this module only reshapes.
 *
 * - `title.rendered`, `excerpt.rendered`, term names, the image caption: HTML with entities
 *   (`&#8220;`), read as plain text.
 * - `content.rendered`: kept as HTML in `bodyHtml`; the article sanitises it like Markdown output.
 * - `_embedded`: author, featured image (with a `srcset` from `media_details.sizes`) and terms.
 *   Without `?_embed` only ids are there, and these are left out (with a console warning).
 * - `comments`: the post id and the site's `/wp/v2/comments` endpoint, for the comment form.
 */

type Fields = Record<string, unknown>;

const PREFIX = 'wordpress';

function fail(path: string, expected: string, received: unknown): never {
  throw new ValidationError(`${PREFIX}: ${path}`, expected, received);
}

/**
 * A piece the article can do without (the author, the image, one term) that is unusable: left
 * out with a warning naming it, instead of failing the whole article (`&nbsp;` as a tag name).
 */
function leaveOut(path: string, expected: string, received: unknown): undefined {
  const problem = new ValidationError(`${PREFIX}: ${path}`, expected, received);
  console.warn(`maqal: ${problem.message}; left out`);
  return undefined;
}

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export { isWordPressList, isWordPressPost } from './detect.js';

/** `{ rendered }` at `key`: its string, or a named error. `required` false allows absence. */
function rendered(post: Fields, key: string, path: string, required: boolean): string | undefined {
  const field = post[key];
  if (field === undefined || field === null) {
    if (required) fail(`${path}${key}.rendered`, 'a string', undefined);
    return undefined;
  }
  if (!isObject(field)) fail(`${path}${key}`, 'an object with "rendered"', field);
  const value = field.rendered;
  if (typeof value !== 'string') fail(`${path}${key}.rendered`, 'a string', value);
  return value;
}

/** A WordPress GMT date (no zone written) as ISO 8601 UTC. */
function gmtDate(post: Fields, key: string, fallback: string): string | undefined {
  const gmt = post[key];
  if (typeof gmt === 'string' && gmt.trim() !== '') {
    return /(Z|[+-]\d{2}:?\d{2})$/.test(gmt) ? gmt : `${gmt}Z`;
  }
  // Drafts have no GMT date; the site-local one is the best there is.
  const local = post[fallback];
  return typeof local === 'string' && local.trim() !== '' ? local : undefined;
}

/** The first embedded object under `key`, unless WordPress embedded an error in its place. */
function embedded(post: Fields, key: string): Fields | undefined {
  const embeds = post._embedded;
  if (!isObject(embeds)) return undefined;
  const list = embeds[key];
  if (!Array.isArray(list)) return undefined;
  const first: unknown = list[0];
  // Private media or a deleted author embed as `{ code, message, data }`: treat as missing.
  if (!isObject(first) || typeof first.code === 'string') return undefined;
  return first;
}

function author(post: Fields, path: string) {
  const person = embedded(post, 'author');
  if (!person) return undefined;
  const name = htmlToText(person.name);
  if (!name) return leaveOut(`${path}_embedded.author[0].name`, 'a name', person.name);
  // `avatar_urls` point at gravatar.com; a widget should not call a third party for a face.
  return { name, url: typeof person.link === 'string' ? person.link : undefined };
}

interface Size {
  url: string;
  width: number;
  height: number;
}

function sizeOf(value: unknown): Size | undefined {
  if (!isObject(value)) return undefined;
  const { source_url: url, width, height } = value;
  if (typeof url !== 'string' || typeof width !== 'number' || typeof height !== 'number') {
    return undefined;
  }
  return width > 0 && height > 0 ? { url, width, height } : undefined;
}

/**
 * `srcset` from `media_details.sizes`, as WordPress builds it itself: only the sizes with the
 * original's aspect ratio (a square crop would distort), one candidate per width, narrowest first.
 */
export function srcsetFromSizes(
  sizes: unknown,
  full: { url: string; width?: number; height?: number },
): string | undefined {
  if (!isObject(sizes) || !full.width || !full.height) return undefined;
  const ratio = full.width / full.height;
  const byWidth = new Map<number, string>([[full.width, full.url]]);
  for (const value of Object.values(sizes)) {
    const size = sizeOf(value);
    if (!size || byWidth.has(size.width)) continue;
    // WordPress allows a rounding pixel between a size and its original.
    const expectedHeight = size.width / ratio;
    if (Math.abs(size.height - expectedHeight) > 1.5) continue;
    byWidth.set(size.width, size.url);
  }
  if (byWidth.size < 2) return undefined;
  return [...byWidth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([width, url]) => `${url} ${width}w`)
    .join(', ');
}

function image(post: Fields, path: string) {
  const media = embedded(post, 'wp:featuredmedia');
  if (!media) return undefined;
  const at = `${path}_embedded.wp:featuredmedia[0]`;
  const src = media.source_url;
  if (typeof src !== 'string' || !safeUrl(src)) {
    return leaveOut(`${at}.source_url`, 'an http(s) or relative URL', src);
  }
  const details = isObject(media.media_details) ? media.media_details : {};
  const positive = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
  const width = positive(details.width);
  const height = positive(details.height);
  const srcset = srcsetFromSizes(details.sizes, { url: src, width, height });
  const caption = isObject(media.caption) ? htmlToText(media.caption.rendered) : undefined;
  return {
    src,
    alt: typeof media.alt_text === 'string' ? media.alt_text.trim() : '',
    width,
    height,
    srcset,
    // WordPress's own default: the full viewport up to the image's width, then its width.
    sizes: srcset && width ? `(max-width: ${width}px) 100vw, ${width}px` : undefined,
    caption: caption || undefined,
  };
}

interface Term {
  name: string;
  url?: string;
}

/** Terms of one taxonomy from `_embedded['wp:term']` (an array of arrays, one per taxonomy). */
function terms(post: Fields, taxonomy: string, path: string): Term[] | undefined {
  const embeds = post._embedded;
  const groups = isObject(embeds) ? embeds['wp:term'] : undefined;
  if (!Array.isArray(groups)) return undefined;
  const found: Term[] = [];
  groups.forEach((group: unknown, groupIndex) => {
    if (!Array.isArray(group)) return;
    group.forEach((term: unknown, index) => {
      if (!isObject(term) || term.taxonomy !== taxonomy) return;
      const name = htmlToText(term.name);
      if (!name) {
        leaveOut(`${path}_embedded.wp:term[${groupIndex}][${index}].name`, 'a name', term.name);
        return;
      }
      found.push({ name, url: typeof term.link === 'string' ? term.link : undefined });
    });
  });
  return found;
}

/**
 * The site's comments endpoint, from the post's own links: `replies` is
 * `<site>/wp-json/wp/v2/comments?post=ID` (or `?rest_route=/wp/v2/comments&post=ID` without
 * pretty permalinks); else derived from `self`.
 */
export function commentsEndpoint(post: Fields): string | undefined {
  const links = isObject(post._links) ? post._links : {};
  const href = (key: string): string | undefined => {
    const list = links[key];
    const first: unknown = Array.isArray(list) ? list[0] : undefined;
    return isObject(first) && typeof first.href === 'string' ? first.href : undefined;
  };
  const parse = (value: string | undefined) => {
    if (!value) return undefined;
    try {
      return new URL(value);
    } catch {
      return undefined;
    }
  };
  const replies = parse(href('replies'));
  if (replies) {
    replies.searchParams.delete('post');
    return replies.href;
  }
  const self = parse(href('self'));
  if (!self) return undefined;
  const route = self.searchParams.get('rest_route');
  if (route !== null) {
    self.search = '';
    self.searchParams.set('rest_route', '/wp/v2/comments');
    return self.href;
  }
  const at = self.pathname.indexOf('/wp/v2/');
  if (at < 0) return undefined;
  self.pathname = `${self.pathname.slice(0, at)}/wp/v2/comments`;
  self.search = '';
  return self.href;
}

let warnedNoEmbed = false;

function warnWithoutEmbed(post: Fields): void {
  if (warnedNoEmbed || isObject(post._embedded)) return;
  const ids = (key: string) => Array.isArray(post[key]) && (post[key] as unknown[]).length > 0;
  if (post.featured_media || ids('categories') || ids('tags')) {
    warnedNoEmbed = true;
    console.warn(
      'maqal: wordpress: the post has no "_embedded" data; add "_embed" to the REST URL to show its image, author and terms',
    );
  }
}

function post(value: unknown, path: string, full: boolean): Fields {
  if (!isObject(value)) {
    if (Array.isArray(value)) fail(path || 'data', 'a post', value);
    fail(path || 'data', 'a post object', value);
  }
  // A REST error that arrived with status 200 (some caches and proxies do this).
  if (typeof value.code === 'string' && typeof value.message === 'string' && !('title' in value)) {
    throw new Error(`${PREFIX}: the site answered an error: ${value.message} (${value.code})`);
  }
  const at = path ? `${path}.` : '';
  const titleHtml = rendered(value, 'title', at, true) as string;
  const excerptHtml = rendered(value, 'excerpt', at, false);
  // WordPress lets a post go out without a title; its excerpt's first words stand in.
  const title = htmlToText(titleHtml) || titleFromText(htmlToText(excerptHtml));
  if (!title) fail(`${at}title.rendered`, 'a non-empty title (or an excerpt)', titleHtml);
  const contentHtml = full ? rendered(value, 'content', at, false) : undefined;
  if (excerptHtml === undefined && (!full || contentHtml === undefined)) {
    // Without either, this is not something WordPress answered for a post.
    rendered(value, full ? 'content' : 'excerpt', at, true);
  }
  const id = value.id;
  if (typeof id !== 'number' && typeof id !== 'string') fail(`${at}id`, 'a post id', id);
  warnWithoutEmbed(value);

  const categories = terms(value, 'category', at);
  const summary: Fields = {
    id: String(id),
    url: typeof value.link === 'string' ? value.link : undefined,
    title,
    excerpt: htmlToText(excerptHtml) || undefined,
    category: categories?.[0],
    image: image(value, at),
    author: author(value, at),
    published: gmtDate(value, 'date_gmt', 'date'),
    modified: gmtDate(value, 'modified_gmt', 'modified'),
  };
  if (!full) return summary;
  const tags = terms(value, 'post_tag', at);
  return {
    ...summary,
    bodyHtml: contentHtml,
    tags: tags && tags.length > 0 ? tags : undefined,
    comments: {
      open: value.comment_status === 'open',
      format: 'wordpress',
      postId: String(id),
      endpoint: commentsEndpoint(value),
    },
  };
}

/** One post as a maqal article. A list (e.g. `?slug=...` answers) gives its first post. */
export function wordpressArticle(value: unknown): Fields {
  if (Array.isArray(value)) {
    if (value.length === 0) throw new Error(`${PREFIX}: expected a post, got an empty list`);
    return post(value[0], '[0]', true);
  }
  return post(value, '', true);
}

/** A list of posts as maqal article summaries. A single post makes a list of one. */
export function wordpressList(value: unknown): Fields[] {
  if (!Array.isArray(value)) return [post(value, '', false)];
  return adaptEach(value, (item, index) => post(item, `[${index}]`, false), PREFIX);
}
