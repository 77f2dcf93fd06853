import type { CardStrings } from '../translation.js';

export const card: CardStrings = {
  noImage: 'No image',
  publishedOn: 'Published on',
};
