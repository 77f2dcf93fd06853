/**
 * Sample data for the stories, by language. The widgets take their language from the data
 * first, so the toolbar's language switch only matters if the data switches with it: each
 * Arabic sample is registered here with its English counterpart, and the decorator in
 * .storybook/preview.ts swaps every arg that holds a registered sample for the counterpart
 * when the toolbar says English. A story that sets other data (edited in the controls, or
 * English on purpose) keeps it.
 */
import article from '../seeds/article.json';
import articleEn from '../seeds/article-en.json';
import related from '../seeds/related.json';

export type Locale = 'ar' | 'en';

const counterparts = new WeakMap<object, unknown>();

/** Registers `en` as the English counterpart of the Arabic sample `ar`; returns `ar`. */
export function localized<T extends object>(ar: T, en: unknown): T {
  counterparts.set(ar, en);
  return ar;
}

/** `value`, or its English counterpart when `locale` is English and it has one. */
export function forLocale<T>(value: T, locale: string): T {
  if (locale !== 'en' || typeof value !== 'object' || value === null) return value;
  return (counterparts.get(value) as T | undefined) ?? value;
}

/** English summaries for the related list, with the same pictures as the Arabic samples. */
export const relatedEn: typeof related.articles = related.articles.map((item, index) => ({
  ...item,
  id: `en-${item.id}`,
  url: `#en-${item.id}`,
  lang: 'en',
  category: { name: ['Africa', 'Analysis', 'Military', 'Africa'][index] ?? 'Africa' },
  title: [
    'Sahel alliance discusses a joint military force',
    'What Wagner leaving Mali means for the balance of power',
    'Algeria receives its first Russian Su-57 fighters',
    'Drone crisis: Algeria and Mali recall their ambassadors',
  ][index],
  excerpt: 'Sample: a short summary of the story in one or two lines.',
}));
localized(related.articles, relatedEn);
localized(article.related, relatedEn);
related.articles.forEach((item, index) => localized(item, relatedEn[index]));
article.related.forEach((item, index) => localized(item, relatedEn[index]));

/** The English seed, with the English related list the Arabic seed has in Arabic. */
export const articleEnWithRelated = { ...articleEn, related: relatedEn };
localized(article, articleEnWithRelated);

/** The seed article (Arabic) or its English counterpart. */
export const seedArticle = (locale: string) => forLocale(article, locale);

/** The sample related summaries (Arabic) or their English counterparts. */
export const seedRelated = (locale: string) => forLocale(related.articles, locale);
