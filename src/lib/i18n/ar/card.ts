import type { CardStrings } from '../translation.js';

export const card: CardStrings = {
  publishedOn: 'نُشر في',
};
