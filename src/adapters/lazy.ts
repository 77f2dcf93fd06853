import { detect, type DataFormat } from './detect.js';

/**
 * What elements call: maqal data passes straight through; WordPress and JSON Feed data wait
 * for the adapters, which are loaded the first time such data arrives. A page that only shows
 * maqal JSON never downloads them.
 */
export function adaptArticleLazily(raw: unknown, format: DataFormat = 'auto'): unknown {
  if (detect(raw, format) === 'maqal') return raw;
  return import('./index.js').then((adapters) => adapters.adaptArticle(raw, format));
}

export function adaptArticleListLazily(raw: unknown, format: DataFormat = 'auto'): unknown {
  if (detect(raw, format) === 'maqal') return raw;
  return import('./index.js').then((adapters) => adapters.adaptArticleList(raw, format));
}

export type { DataFormat } from './detect.js';
