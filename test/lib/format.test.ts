import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, readingMinutes, wordCount } from '../../src/lib/format.js';

describe('format', () => {
  const date = '2025-04-03T10:00:00Z';

  it('formats dates in the language, with its month names', () => {
    expect(formatDate(date, 'en')).to.equal('April 3, 2025');
    const arabic = formatDate(date, 'ar');
    expect(arabic).to.contain('أبريل');
  });

  it('switches digits between Arabic-Indic and Latin', () => {
    expect(formatDate(date, 'ar', { digits: 'arab' })).to.contain('٢٠٢٥');
    expect(formatDate(date, 'ar', { digits: 'latn' })).to.contain('2025');
    expect(formatDate(date, 'ar', { digits: 'latn' })).not.to.match(/[٠-٩]/);
  });

  it('writes the pan-Arab dual month name', () => {
    const dual = formatDate(date, 'ar', { months: 'dual', digits: 'latn' });
    expect(dual).to.contain('نيسان/ أبريل');
    expect(dual).to.contain('3');
  });

  it('uses the Hijri calendar when asked', () => {
    const hijri = formatDate(date, 'ar', { calendar: 'islamic-umalqura', digits: 'latn' });
    expect(hijri).to.contain('1446');
    expect(hijri).to.contain('شوال');
  });

  it('returns an empty string for an unparseable date', () => {
    expect(formatDate('not a date', 'ar')).to.equal('');
  });

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

  it('formats numbers with the chosen digits', () => {
    expect(formatNumber(1234, 'ar', 'latn')).to.equal('1,234');
    expect(formatNumber(12, 'ar', 'arab')).to.equal('١٢');
  });
});
