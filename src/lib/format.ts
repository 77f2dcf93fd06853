/**
 * Dates for people, through `Intl`, cached per options because formatter construction is the
 * expensive part and a related list formats hundreds of dates.
 */

export type Digits = 'auto' | 'latn' | 'arab';
export type Calendar = 'gregory' | 'islamic-umalqura';
/** `dual`: the Levantine and the Egyptian month name together, as Arab news sites write them. */
export type MonthNames = 'auto' | 'dual';

export interface DateOptions {
  digits?: Digits;
  calendar?: Calendar;
  months?: MonthNames;
  style?: 'long' | 'medium' | 'short';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `key` names the options (callers build it from the few fields they vary). */
function dateFormatter(
  locale: string,
  key: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

const locales = new Map<string, string>();

/**
 * A locale tag carrying the digit and calendar choices as Unicode extensions. Cached: a list of
 * cards asks for the same one a thousand times.
 */
export function localeWith(lang: string, { digits = 'auto', calendar }: DateOptions = {}): string {
  const key = `${lang}|${digits}|${calendar ?? ''}`;
  let tag = locales.get(key);
  if (tag === undefined) {
    try {
      tag = new Intl.Locale(lang, {
        ...(digits === 'auto' ? {} : { numberingSystem: digits }),
        ...(calendar ? { calendar } : {}),
      }).toString();
    } catch {
      tag = 'ar';
    }
    locales.set(key, tag);
  }
  return tag;
}

const STYLES: Record<NonNullable<DateOptions['style']>, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  medium: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' },
};

/**
 * The calendar day an ISO string names, as written: "2025-04-14T01:00+03:00" and a zone-less
 * "2025-04-14T01:00" are both the 14th, for every reader. (As an instant in UTC the first would
 * be the 13th; a zone-less time would even depend on the reader's own zone.)
 */
function calendarDay(iso: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return new Date(iso);
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(+day[1], +day[2] - 1, +day[3]);
  return date;
}

/** A date for people: "14 أبريل 2025" in Arabic, "14 April 2025" in English. */
export function formatDate(iso: string, lang: string, options: DateOptions = {}): string {
  const date = calendarDay(iso);
  if (Number.isNaN(date.getTime())) return '';
  const locale = localeWith(lang, options);
  const style = options.style ?? 'long';
  if (
    options.months === 'dual' &&
    (options.calendar ?? 'gregory') === 'gregory' &&
    lang.toLowerCase().split('-')[0] === 'ar'
  ) {
    return dualMonthDate(date, locale, style);
  }
  return dateFormatter(locale, style, STYLES[style]).format(date);
}

/**
 * "3 نيسان/ أبريل 2025": the Levantine month name (ar-SY) and the Egyptian one (ar-EG), both
 * from Intl, joined the way the seed page writes them.
 */
function dualMonthDate(date: Date, locale: string, style: keyof typeof STYLES): string {
  const long = { ...STYLES[style], month: 'long' as const };
  const key = `${style}|long`;
  const levantine = dateFormatter(levantineLocale(locale), key, long)
    .formatToParts(date)
    .find((part) => part.type === 'month')?.value;
  return dateFormatter(locale, key, long)
    .formatToParts(date)
    .map((part) =>
      part.type === 'month' && levantine && levantine !== part.value
        ? `${levantine}/ ${part.value}`
        : part.value,
    )
    .join('');
}

function levantineLocale(locale: string): string {
  const base = new Intl.Locale(locale);
  return new Intl.Locale('ar-SY', {
    ...(base.numberingSystem ? { numberingSystem: base.numberingSystem } : {}),
  }).toString();
}

/** The machine-readable value for `<time datetime>`: the ISO string as given. */
export const machineDate = (iso: string) => iso;
