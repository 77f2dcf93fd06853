import type { RelatedStrings } from '../translation.js';

export const related: RelatedStrings = {
  heading: 'مقالات ذات صلة',
  empty: 'لا توجد مقالات ذات صلة.',
};
