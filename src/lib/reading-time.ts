/**
 * Reading time: words counted in any script, at a reading speed that depends on the language.
 * Only the full article shows it, so it lives apart from the date formatting cards need.
 */

/**
 * Words per minute by language. Silent reading studies (Trauzettel-Klosinski & Dietz, 2012)
 * give about 138 for Arabic and 228 for English; other languages use the English figure.
 */
export const WORDS_PER_MINUTE: Record<string, number> = { ar: 138, en: 228 };

export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes to read `text`, at least 1 for any non-empty text. */
export function readingMinutes(text: string, lang: string, wordsPerMinute?: number): number {
  const words = wordCount(text);
  if (words === 0) return 0;
  const rate = wordsPerMinute ?? WORDS_PER_MINUTE[lang.toLowerCase().split('-')[0]] ?? 228;
  return Math.max(1, Math.round(words / rate));
}
