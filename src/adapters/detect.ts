/**
 * Recognising foreign shapes, kept apart from the adapters themselves so that elements can
 * decide cheaply whether an adapter is needed at all (and load it only then).
 */
export type DataFormat = 'auto' | 'maqal' | 'wordpress' | 'jsonfeed';
export type Detected = Exclude<DataFormat, 'auto'>;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasRendered = (value: unknown) => isObject(value) && typeof value.rendered === 'string';

/** A single post, unmistakably: `title.rendered` plus a `content` or `excerpt` object. */
export function isWordPressPost(value: unknown): value is Fields {
  return (
    isObject(value) &&
    hasRendered(value.title) &&
    (hasRendered(value.content) || hasRendered(value.excerpt))
  );
}

/** A list of posts: a non-empty array whose every entry is a post. */
export function isWordPressList(value: unknown): value is Fields[] {
  return Array.isArray(value) && value.length > 0 && value.every(isWordPressPost);
}

/** A JSON Feed, unmistakably: `version` is a jsonfeed.org version URL. */
export function isJsonFeed(value: unknown): value is Fields {
  return (
    isObject(value) &&
    typeof value.version === 'string' &&
    /^https?:\/\/(www\.)?jsonfeed\.org\/version\//.test(value.version)
  );
}

/** The shape of `raw`: the format asked for, or in `auto` what the shape unmistakably is. */
export function detect(raw: unknown, format: DataFormat): Detected {
  if (format === 'wordpress' || format === 'jsonfeed' || format === 'maqal') return format;
  if (isWordPressPost(raw) || isWordPressList(raw)) return 'wordpress';
  if (isJsonFeed(raw)) return 'jsonfeed';
  return 'maqal';
}
