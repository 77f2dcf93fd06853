/**
 * Foreign shapes into maqal's model. An adapter returns raw data in maqal's JSON shape, which
 * then goes through the same validation as any other input.
 *
 * `maqal` passes data through; `auto` recognises unmistakable shapes and otherwise passes
 * through. WordPress REST and JSON Feed adapters plug in here.
 */
export type DataFormat = 'auto' | 'maqal' | 'wordpress' | 'jsonfeed';

/** One article (or summary) in maqal's shape, from `raw` in `format`. */
export function adaptArticle(raw: unknown, format: DataFormat = 'auto'): unknown {
  void format;
  return raw;
}

/** A list of summaries in maqal's shape, from `raw` in `format`. */
export function adaptArticleList(raw: unknown, format: DataFormat = 'auto'): unknown {
  void format;
  return raw;
}
