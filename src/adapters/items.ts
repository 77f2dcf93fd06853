import { parseArticleSummary } from '../lib/validate.js';
import { eachValid } from '../lib/validate-article.js';

/**
 * What both adapters do with a feed's items: a title for an item that has none (JSON Feed 1.1
 * and WordPress both allow that), and lists that survive one odd item.
 */

/** The first words of an item's text, as its title: what a feed reader shows for it. */
export function titleFromText(text: string | undefined, words = 12): string | undefined {
  const clean = text?.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  const all = clean.split(' ');
  return all.length <= words ? clean : `${all.slice(0, words).join(' ')}…`;
}

/**
 * Each item adapted and checked; one that cannot be shown is skipped with one warning for the
 * list (`eachValid`). What the list's validation would refuse (a date like "2025-02-30") is
 * skipped here; the checked summary goes on, so the list's own check finds nothing more.
 */
export function adaptEach<T>(
  items: unknown[],
  adapt: (item: unknown, index: number) => T,
  source: string,
): T[] {
  return eachValid(
    items,
    (item, index) => parseArticleSummary(adapt(item, index), `${source}: [${index}]`) as T,
    source,
  );
}
