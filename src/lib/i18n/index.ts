import type { TextDirection } from '../model.js';
import { common as arCommon } from './ar/common.js';
import { common as enCommon } from './en/common.js';
import type {
  BuiltInStrings,
  CommonStrings,
  PartialTranslation,
  Translation,
} from './translation.js';

export type {
  BuiltInStrings,
  CommonStrings,
  PartialTranslation,
  Translation,
} from './translation.js';

/** Arabic first: with no language anywhere, maqal speaks Arabic. */
export const DEFAULT_LANGUAGE = 'ar';

/**
 * Built in: Arabic and English. Their shared strings live here; each element brings its own
 * section (`static strings` on the element class), so a page pays only for what it shows.
 */
const builtIn: Record<'ar' | 'en', CommonStrings> = { ar: arCommon, en: enCommon };

/** Languages (or overrides of built-in ones) that a site registered. */
const registered = new Map<string, PartialTranslation>();

/** Called after every registration; the base element re-renders what is on the page. */
const registrationListeners = new Set<() => void>();

export function onTranslationsChanged(listener: () => void): void {
  registrationListeners.add(listener);
}

/**
 * Adds a language, or overrides strings of a built-in one site-wide. Missing strings fall back
 * to English (or, for `ar`/`en`, to the built-in text), so a partial translation works at once.
 * Registering the same language again adds to what it has; elements already on the page update.
 */
export function registerTranslation(translation: PartialTranslation): void {
  const code = normalizedTag(translation.$code);
  const earlier = registered.get(code);
  registered.set(code, earlier ? mergeStrings(earlier, translation) : translation);
  cache.clear();
  registrationListeners.forEach((listener) => listener());
}

/** Lower case, with `_` read as `-`: WordPress and other systems write `ar_EG`. */
const normalizedTag = (lang: string) => lang.toLowerCase().replaceAll('_', '-');

/** The code maqal has strings for: exact, then the base language, then English. */
function resolveCode(lang: string): string {
  const code = normalizedTag(lang);
  const base = code.split('-')[0];
  for (const candidate of [code, base]) {
    if (registered.has(candidate) || candidate in builtIn) return candidate;
  }
  return 'en';
}

/**
 * The language of an element's `section` of strings (or of one shared string, by its key) for
 * `lang`: `lang` when maqal has them (built in, registered for it or its base language, or given
 * to the element as `overrides`), else `en`, the fallback. Marking English fallback text
 * `lang="en"` has it read in an English voice.
 */
export function stringsLanguage(
  lang: string,
  section: keyof Translation,
  overrides?: Partial<Record<keyof Translation, unknown>>,
): string {
  const code = resolveCode(lang);
  // `resolveCode` answers `en` when it falls back; English itself has its strings.
  const fellBack = code === 'en' && normalizedTag(lang).split('-')[0] !== 'en';
  const hasStrings = !fellBack && (code in builtIn || !!registered.get(code)?.[section]);
  return hasStrings || overrides?.[section] ? lang : 'en';
}

const cache = new Map<string, Translation>();
let sectionIds = new WeakMap<BuiltInStrings, number>();
let nextSectionId = 0;

/** The strings for `lang`: common strings plus the element's `sections`, with registrations. */
export function translationFor(lang: string, sections: BuiltInStrings): Translation {
  const code = resolveCode(lang);
  let id = sectionIds.get(sections);
  if (id === undefined) sectionIds.set(sections, (id = nextSectionId++));
  const key = `${code}|${id}`;
  let translation = cache.get(key);
  if (!translation) {
    const english = { ...enCommon, ...sections.en } as Translation;
    const own =
      code === 'ar' || code === 'en'
        ? ({ ...builtIn[code], ...sections[code] } as Translation)
        : english;
    translation = mergeStrings(own, registered.get(code));
    cache.set(key, translation);
  }
  return translation;
}

/**
 * Direction of a language: from maqal's own languages, else from the browser's knowledge of
 * the script (`Intl.Locale#getTextInfo`), else left-to-right.
 */
export function directionFor(lang: string): TextDirection {
  const code = normalizedTag(lang);
  const base = code.split('-')[0];
  const known = registered.get(code) ?? registered.get(base) ?? builtIn[base as 'ar' | 'en'];
  if (known) return known.$dir;
  try {
    const locale = new Intl.Locale(code) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * A deep merge of string overrides onto a base translation: objects merge, strings and
 * functions replace. An override must fit what it replaces (overrides often come from JSON in
 * an attribute): a string for a counted or templated string (a function) becomes that fixed
 * text, and anything else of the wrong type is ignored, so a typo never breaks rendering.
 */
export function mergeStrings<T extends object>(base: T, overrides: object | undefined): T {
  if (!overrides || typeof overrides !== 'object') return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    if (current === undefined || current === null) merged[key] = value;
    else if (typeof current === 'object') {
      if (value && typeof value === 'object') merged[key] = mergeStrings(current, value as object);
    } else if (typeof current === 'function') {
      if (typeof value === 'function') merged[key] = value;
      else if (typeof value === 'string') merged[key] = () => value;
    } else if (typeof value === typeof current) merged[key] = value;
  }
  return merged as T;
}

/** For tests: forget registrations. */
export function resetTranslations(): void {
  registered.clear();
  cache.clear();
  sectionIds = new WeakMap();
}
