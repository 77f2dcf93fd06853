/** Every tag maqal defines. */
export const TAGS = [
  'maqal-article-card',
  'maqal-article',
  'maqal-related-articles',
  'maqal-comment-form',
  'maqal-back-to-top',
] as const;
