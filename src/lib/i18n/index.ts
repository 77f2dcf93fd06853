import type { TextDirection } from '../model.js';
import { ar } from './ar.js';
import { en } from './en.js';
import type { PartialTranslation, Translation } from './translation.js';

export type { PartialTranslation, Translation } from './translation.js';

/** Arabic first: with no language anywhere, maqal speaks Arabic. */
export const DEFAULT_LANGUAGE = 'ar';

const translations = new Map<string, Translation>([
  ['ar', ar],
  ['en', en],
]);

/**
 * Adds (or replaces) a language. Missing strings fall back to English, so a partial
 * translation is usable from day one.
 */
export function registerTranslation(translation: PartialTranslation): void {
  translations.set(translation.$code.toLowerCase(), mergeStrings(en, translation));
}

/** The best translation for a BCP 47 tag: exact, then its base language, then English. */
export function translationFor(lang: string): Translation {
  const code = lang.toLowerCase();
  return translations.get(code) ?? translations.get(code.split('-')[0]) ?? en;
}

/**
 * Direction of a language: from a registered translation, else from the browser's own
 * knowledge of the script (`Intl.Locale#getTextInfo`), else left-to-right.
 */
export function directionFor(lang: string): TextDirection {
  const code = lang.toLowerCase();
  const known = translations.get(code) ?? translations.get(code.split('-')[0]);
  if (known) return known.$dir;
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** A deep merge of string overrides onto a base translation (objects merge, the rest replaces). */
export function mergeStrings<T extends object>(base: T, overrides: object | undefined): T {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] =
      value && typeof value === 'object' && current && typeof current === 'object'
        ? mergeStrings(current as object, value as object)
        : value;
  }
  return merged as T;
}
