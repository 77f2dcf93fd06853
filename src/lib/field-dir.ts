/** Letters of the right-to-left scripts (Hebrew to Arabic Extended, presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Letters of the left-to-right scripts most often found in Arabic news: Latin, Greek, Cyrillic. */
const LTR_LETTER = /[a-z\u00c0-\u024f\u0370-\u052f]/i;

/**
 * The direction to isolate a data field in (a category, a byline, a caption), inside content
 * of direction `dir`: `dir` when the field has a letter of that direction ("TechCrunch العربية"
 * in Arabic reads right to left, though it starts with a Latin word), else `auto`, so a field
 * wholly in the other direction keeps its own punctuation ("John Smith Jr.", "C++").
 */
export function fieldDir(text: string | undefined, dir: 'rtl' | 'ltr'): 'rtl' | 'ltr' | 'auto' {
  return !text || (dir === 'rtl' ? RTL_LETTER : LTR_LETTER).test(text) ? dir : 'auto';
}
