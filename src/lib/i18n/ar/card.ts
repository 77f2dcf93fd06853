import type { CardStrings } from '../translation.js';

export const card: CardStrings = {
  noImage: 'لا توجد صورة',
  publishedOn: 'نُشر في',
};
