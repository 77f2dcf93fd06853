import { expect } from '@open-wc/testing';
import { spyOnConsole } from '../helpers/console.js';
import { loadSeed } from '../helpers/seeds.js';
import { ValidationError, parseArticleSummary } from '../../src/lib/validate.js';
import { parseArticle, parseArticleList } from '../../src/lib/validate-article.js';

function errorOf(action: () => unknown): ValidationError {
  try {
    action();
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('validate', () => {
  it('accepts the seed article and derives its direction from its language', async () => {
    const article = parseArticle(await loadSeed('article.json'));
    expect(article.title).to.equal('جهود روسية لتهدئة التوتر بين الجزائر ومالي');
    expect(article.category).to.deep.equal({ name: 'أفريقيا', url: '#category-africa' });
    expect(article.dir).to.equal('rtl');
    expect(article.publisher?.name).to.equal('Political Keys');
    expect(article.related).to.have.length(4);
    expect(article.tags?.[0]).to.deep.equal({ name: 'الجزائر' });
  });

  it('accepts real calendar dates only, leap days included', () => {
    const published = (date: string) => parseArticleSummary({ title: 't', published: date });
    for (const date of ['2024-02-29', '2000-02-29T12:00:00Z', '2025-12-31 23:59', '2025-04-30']) {
      expect(published(date).published, date).to.equal(date);
    }
    for (const date of ['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10']) {
      expect(errorOf(() => published(date)).path, date).to.equal('published');
    }
    expect(errorOf(() => published('2025-04-00')).path).to.equal('published');
  });

  it('derives ltr for English and leaves dir unset without a language', () => {
    expect(parseArticleSummary({ title: 'x', lang: 'en' }).dir).to.equal('ltr');
    expect(parseArticleSummary({ title: 'x', lang: 'he' }).dir).to.equal('rtl');
    expect(parseArticleSummary({ title: 'x' }).dir).to.equal(undefined);
    expect(parseArticleSummary({ title: 'x', lang: 'ar', dir: 'ltr' }).dir).to.equal('ltr');
  });

  it('names the bad field and why', () => {
    expect(
      errorOf(() => parseArticleSummary({ title: 't', image: { src: 'a.png', width: 'abc' } }))
        .message,
    ).to.equal('image.width: expected a positive number, got "abc"');
    expect(errorOf(() => parseArticleSummary({})).message).to.equal(
      'title: expected a string, got nothing',
    );
    expect(errorOf(() => parseArticleSummary({ title: '   ' })).message).to.match(
      /^title: expected a non-empty string/,
    );
    expect(errorOf(() => parseArticleSummary({ title: 7 })).message).to.equal(
      'title: expected a string, got number 7',
    );
    expect(
      errorOf(() => parseArticleSummary({ title: 't', published: 'yesterday' })).message,
    ).to.match(/^published: expected an ISO 8601 date/);
    expect(
      errorOf(() => parseArticleSummary({ title: 't', published: '2025-02-30T00:00:00Z' })).path,
    ).to.equal('published');
    expect(
      errorOf(() => parseArticleSummary({ title: 't', lang: 'not a language!' })).path,
    ).to.equal('lang');
    expect(errorOf(() => parseArticleSummary({ title: 't', dir: 'up' })).path).to.equal('dir');
    expect(errorOf(() => parseArticleSummary(null)).message).to.equal(
      'data: expected an object, got null',
    );
    expect(errorOf(() => parseArticleSummary([])).message).to.equal(
      'data: expected an object, got an array',
    );
    expect(errorOf(() => parseArticle({ title: 't', tags: 'a,b' })).path).to.equal('tags');
    expect(errorOf(() => parseArticle({ title: 't', comments: { open: 'yes' } })).path).to.equal(
      'comments.open',
    );
  });

  it('refuses an image size of 0, and reads dir "auto" as the language\'s direction', () => {
    expect(
      errorOf(() => parseArticleSummary({ title: 'x', image: { src: '/a.png', width: 0 } })).path,
    ).to.equal('image.width');
    expect(parseArticleSummary({ title: 'x', lang: 'ar', dir: 'auto' }).dir).to.equal('rtl');
    expect(parseArticleSummary({ title: 'x', lang: 'en', dir: 'auto' }).dir).to.equal('ltr');
  });

  it('treats null as absent', () => {
    const summary = parseArticleSummary({
      title: 't',
      excerpt: null,
      image: null,
      category: null,
      published: null,
    });
    expect(summary).to.deep.equal({ id: 't', title: 't' });
    // So is an empty string where an object (or a name) goes: the article still shows.
    expect(parseArticleSummary({ title: 't', category: '', author: '', image: '' })).to.deep.equal({
      id: 't',
      title: 't',
    });
    expect(parseArticle({ title: 't', publisher: '', comments: '' })).to.deep.equal({
      id: 't',
      title: 't',
    });
  });

  it('drops unsafe URLs with a warning instead of failing', () => {
    const spy = spyOnConsole();
    try {
      const summary = parseArticleSummary({
        title: 't',
        url: 'javascript:alert(1)',
        category: { name: 'c', url: ' JAVASCRIPT:alert(1)' },
      });
      expect(summary.url).to.equal(undefined);
      expect(summary.category).to.deep.equal({ name: 'c' });
      expect(spy.warnings.join('\n')).to.contain('url: dropped a URL');
    } finally {
      spy.restore();
    }
  });

  it('fails when a required URL is unsafe', () => {
    expect(
      errorOf(() =>
        parseArticleSummary({
          title: 't',
          image: { src: 'data:image/svg+xml,<svg onload=alert(1)>' },
        }),
      ).path,
    ).to.equal('image.src');
  });

  it('accepts numeric ids and falls back to url, then title, for the id', () => {
    expect(parseArticleSummary({ id: 42, title: 't' }).id).to.equal('42');
    expect(parseArticleSummary({ title: 't', url: '/a' }).id).to.equal('/a');
    expect(parseArticleSummary({ title: 't' }).id).to.equal('t');
  });

  it('reads lists as arrays or as {articles} / {related}', async () => {
    const related = await loadSeed('related.json');
    expect(parseArticleList(related)).to.have.length(4);
    expect(parseArticleList([{ title: 'a' }])).to.have.length(1);
    expect(parseArticleList({ related: [{ title: 'a' }] })).to.have.length(1);
    expect(errorOf(() => parseArticleList([{}, { title: 5 }])).path).to.equal('[0].title');
    expect(errorOf(() => parseArticleList({ articles: [{}] })).path).to.equal('articles[0].title');
    expect(parseArticleList([])).to.deep.equal([]);
    // `articles` of the wrong type is an error, not an empty list.
    expect(errorOf(() => parseArticleList({ articles: 'x' })).path).to.equal('articles');
    // No list at all: nothing to show, said once in the console; an article without
    // `related` simply has none.
    const spy = spyOnConsole();
    try {
      expect(parseArticleList({ items: [{ title: 'a' }] })).to.deep.equal([]);
      expect(parseArticleList({ title: 'an article', body: 'x' })).to.deep.equal([]);
      expect(spy.warnings).to.deep.equal([
        'maqal: data: no "articles" or "related" list, so nothing to show',
      ]);
    } finally {
      spy.restore();
    }
  });

  it('refuses a required text made only of invisible characters', () => {
    for (const title of ['\u200b', '\u200f\u202e', ' \u2066\u2069 ', '\ufeff']) {
      expect(errorOf(() => parseArticleSummary({ title })).message, JSON.stringify(title)).to.match(
        /^title: expected a non-empty string/,
      );
    }
    // Visible text with such marks in it is fine.
    expect(parseArticleSummary({ title: '\u200fعنوان' }).title).to.equal('\u200fعنوان');
  });

  it('keeps its console short for huge inputs: three reasons, the first hundred keys', () => {
    const spy = spyOnConsole();
    try {
      const items = Array.from({ length: 1000 }, (_, i) => ({ id: i, title: '' }));
      parseArticleList([...items, { title: 'ok' }]);
      expect(spy.warnings).to.have.length(1);
      expect(spy.warnings[0]).to.match(/skipped 1000 of 1001 items .*; 997 more\)$/);
      expect(spy.warnings[0].length).to.be.lessThan(400);

      // A misspelt field after the first hundred keys is not looked for.
      const keys = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`key${i}`, i]));
      parseArticle({ title: 't', ...keys, publshed: 'x' });
      expect(spy.warnings).to.have.length(1);
      parseArticle({ title: 't', excrpt: 'x' });
      expect(spy.warnings[1]).to.match(
        /excrpt: unknown field, ignored \(did you mean "excerpt"\?\)/,
      );
    } finally {
      spy.restore();
    }
  });

  it('warns once about a field that looks like a misspelt known one; other extra fields pass', async () => {
    const spy = spyOnConsole();
    try {
      const article = parseArticle({
        title: 't',
        imgae: { src: '/a.png' },
        pubished: '2025-04-14',
        Excerp: 'x',
        auther: 'a',
        relatd: [],
        views: 3,
        slug: 's',
        _note: 'a comment in the JSON',
        related: [{ title: 'r', categroy: 'c', link: '/x' }],
      });
      expect(article.image).to.equal(undefined);
      expect(spy.warnings).to.deep.equal([
        'maqal: imgae: unknown field, ignored (did you mean "image"?)',
        'maqal: pubished: unknown field, ignored (did you mean "published"?)',
        'maqal: Excerp: unknown field, ignored (did you mean "excerpt"?)',
        'maqal: auther: unknown field, ignored (did you mean "author"?)',
        'maqal: relatd: unknown field, ignored (did you mean "related"?)',
        'maqal: related[0].categroy: unknown field, ignored (did you mean "category"?)',
      ]);
      // Once per page: the same slip in a thousand list items is one warning.
      parseArticleList([
        { title: 'a', imgae: {} },
        { title: 'b', imgae: {} },
      ]);
      expect(spy.warnings).to.have.length(6);
      // An article's own fields in a list item, and short API names, are not misspellings.
      parseArticleList([{ title: 'c', publisher: { name: 'p' }, body: 'b', _id: 1, uri: '/u' }]);
      expect(spy.warnings).to.have.length(6);
      // The seeds carry `_note` and `_sample` fields: nothing to say about them.
      parseArticle(await loadSeed('article.json'));
      parseArticleList(await loadSeed('related.json'));
      expect(spy.warnings).to.have.length(6);
    } finally {
      spy.restore();
    }
  });

  it('skips a list item that cannot be shown, with one warning naming it; never the article', () => {
    const spy = spyOnConsole();
    try {
      expect(
        parseArticleList([{ title: 'a' }, {}, { title: 'c' }]).map((a) => a.title),
      ).to.deep.equal(['a', 'c']);
      expect(spy.warnings).to.deep.equal([
        'maqal: data: skipped 1 of 3 items that cannot be shown ([1].title: expected a string, got nothing)',
      ]);
      // A bad date in one related item, a bad tag: the article stays, without them.
      const article = parseArticle({
        title: 't',
        related: [{ title: 'ok' }, { title: 'bad date', published: '8/4/2025' }],
        tags: ['a', { url: '/b' }],
      });
      expect(article.related!.map((a) => a.title)).to.deep.equal(['ok']);
      expect(article.tags).to.deep.equal([{ name: 'a' }]);
      expect(spy.warnings[2]).to.match(
        /^maqal: related: skipped 1 of 2 items .*related\[1\]\.published/,
      );
      expect(spy.warnings[1]).to.match(/^maqal: tags: skipped 1 of 2 items .*tags\[1\]\.name/);
      // Even when none of them can be shown.
      expect(parseArticle({ title: 't', related: [{ title: 5 }] }).related).to.deep.equal([]);
      expect(spy.errors).to.deep.equal([]);
    } finally {
      spy.restore();
    }
  });
});
