import type { ArticleStrings } from '../translation.js';

const pluralRules = new Intl.PluralRules('en');

export const article: ArticleStrings = {
  by: 'By',
  published: 'Published',
  modified: 'Updated',
  readingTime: (count, formatted) =>
    count < 1
      ? 'Less than a minute read'
      : `${formatted} ${pluralRules.select(count) === 'one' ? 'minute' : 'minutes'} read`,
  tags: 'Tags',
  publisher: 'About the publisher',
  imageCredit: 'Photo',
};
