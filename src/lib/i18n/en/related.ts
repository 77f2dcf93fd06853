import type { RelatedStrings } from '../translation.js';

export const related: RelatedStrings = {
  heading: 'Related articles',
  empty: 'No related articles.',
};
