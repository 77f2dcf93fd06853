import { expect } from '@open-wc/testing';
import { readingMinutes, wordCount } from '../../src/lib/reading-time.js';

describe('reading time', () => {
  it('counts words in Arabic and Latin script', () => {
    expect(wordCount('جهود روسية لتهدئة التوتر')).to.equal(4);
    expect(wordCount('“بوليتكال كيز | Political Keys”')).to.equal(4);
    expect(wordCount('سو-57')).to.equal(1);
  });

  it('reads Arabic more slowly than English', () => {
    const words = (n: number, word: string) => Array(n).fill(word).join(' ');
    expect(readingMinutes(words(276, 'كلمة'), 'ar')).to.equal(2);
    expect(readingMinutes(words(276, 'word'), 'en')).to.equal(1);
    expect(readingMinutes(words(276, 'word'), 'en', 100)).to.equal(3);
    expect(readingMinutes('', 'ar')).to.equal(0);
  });
});
