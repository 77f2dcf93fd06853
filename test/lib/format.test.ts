import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/lib/format.js';

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

  it('writes dual month names in Arabic only', () => {
    expect(formatDate(date, 'en', { months: 'dual' })).to.equal(formatDate(date, 'en'));
    expect(formatDate(date, 'en', { months: 'dual' })).not.to.contain('/');
  });

  it('uses the Hijri calendar when asked', () => {
    const hijri = formatDate(date, 'ar', { calendar: 'islamic-umalqura', digits: 'latn' });
    expect(hijri).to.contain('1446');
    expect(hijri).to.contain('شوال');
  });

  it("shows the day the string names, whatever its offset or the reader's zone", () => {
    expect(formatDate('2025-04-14T01:00:00+03:00', 'en')).to.equal('April 14, 2025');
    expect(formatDate('2025-04-13T23:30:00-05:00', 'en')).to.equal('April 13, 2025');
    expect(formatDate('2025-04-14T01:00', 'en')).to.equal('April 14, 2025');
    expect(formatDate('2025-04-14 23:59', 'en')).to.equal('April 14, 2025');
    expect(formatDate('2025-04-14', 'en')).to.equal('April 14, 2025');
    // Years before 100 stay themselves (Date.UTC would read 0050 as 1950).
    expect(formatDate('0050-01-01', 'en')).to.equal('January 1, 50');
  });

  it('returns an empty string for an unparseable date', () => {
    expect(formatDate('not a date', 'ar')).to.equal('');
  });
});
