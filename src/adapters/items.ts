import { parseArticleSummary } from '../lib/validate.js';

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
 * Each item adapted. One that cannot be shown is skipped, with one warning for the list, so a
 * related list of ten does not turn into an error for one bad item; if none can be shown, the
 * first problem is the error.
 */
export function adaptEach<T>(
  items: unknown[],
  adapt: (item: unknown, index: number) => T,
  source: string,
): T[] {
  const adapted: T[] = [];
  const problems: Error[] = [];
  items.forEach((item, index) => {
    try {
      // What the list's validation would refuse (a date like "2025-02-30") is skipped here; the
      // checked summary goes on, so the list's own check finds nothing more to warn about.
      adapted.push(parseArticleSummary(adapt(item, index), `${source}: [${index}]`) as T);
    } catch (cause) {
      problems.push(cause instanceof Error ? cause : new Error(String(cause)));
    }
  });
  if (problems.length === 0) return adapted;
  if (adapted.length === 0) throw problems[0];
  console.warn(
    `maqal: ${source}: skipped ${problems.length} of ${items.length} items that cannot be shown (${problems
      .map((problem) => problem.message)
      .join('; ')})`,
  );
  return adapted;
}
