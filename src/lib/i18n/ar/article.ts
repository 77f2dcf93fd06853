import type { ArticleStrings } from '../translation.js';

const pluralRules = new Intl.PluralRules('ar');

/** Arabic needs all six plural forms for counted nouns ("دقيقة" / "دقيقتان" / "دقائق" / ...). */
function minutes(count: number, n: string): string {
  switch (pluralRules.select(count)) {
    case 'zero':
      return 'أقل من دقيقة';
    case 'one':
      return 'دقيقة واحدة';
    case 'two':
      return 'دقيقتان';
    case 'few':
      return `${n} دقائق`;
    default:
      return `${n} دقيقة`;
  }
}

export const article: ArticleStrings = {
  by: 'بقلم',
  published: 'نُشر في',
  modified: 'آخر تحديث',
  readingTime: (count, formatted) => `وقت القراءة: ${minutes(count, formatted)}`,
  tags: 'الوسوم',
  publisher: 'عن الناشر',
  imageCredit: 'تصوير',
};
