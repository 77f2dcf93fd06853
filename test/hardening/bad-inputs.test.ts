import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MaqalArticleCard } from '../../src/components/article-card/article-card.js';
import type { MaqalArticle } from '../../src/components/article/article.js';
import type { MaqalCommentForm } from '../../src/components/comment-form/comment-form.js';
import type { MaqalRelatedArticles } from '../../src/components/related-articles/related-articles.js';
import { ar } from '../../src/lib/i18n/ar/index.js';
import { spyOnConsole, type ConsoleSpy } from '../helpers/console.js';
import { until } from '../helpers/seeds.js';
import { test, textOf } from './helpers.js';
import { clearMaqalStorage, fillCommentForm } from '../helpers/comment-form.js';

type DataElement = MaqalArticleCard | MaqalArticle | MaqalRelatedArticles;
const TAGS = ['maqal-article-card', 'maqal-article', 'maqal-related-articles'] as const;

const GOOD = {
  id: 'good',
  title: 'عنوان سليم',
  url: '#good',
  lang: 'ar',
  published: '2025-04-14T09:00:00Z',
  body: 'فقرة.',
};
const MB = 1024 * 1024;

/** The data a widget takes, from one article: related lists take it as their only item. */
const wrap = (tag: string, article: unknown) =>
  tag === 'maqal-related-articles' ? [article] : article;

async function settled(el: DataElement): Promise<void> {
  await until(
    () => el.state === 'ready' || el.state === 'error',
    `<${el.localName}> to settle`,
    8000,
  );
  await el.updateComplete;
  if ('allRendered' in el) await el.allRendered();
}

/** Ready with something visible, or a readable error state: the only two acceptable outcomes. */
function expectOutcome(el: DataElement, label: string): 'ready' | 'error' {
  const state = el.state;
  expect(['ready', 'error'], label).to.include(state);
  if (state === 'error') {
    const error = el.shadowRoot!.querySelector('[part=error]');
    expect(error, label).not.to.equal(null);
    expect(textOf(error), label).to.contain(ar.errorTitle);
    expect(error!.getAttribute('role'), label).to.equal('alert');
  } else if (
    el.localName === 'maqal-related-articles' &&
    !(el as MaqalRelatedArticles).visibleArticles.length
  ) {
    // Nothing to list: the list hides itself (its documented `empty="hide"` default).
    expect(el.shadowRoot!.querySelector('[part=base]'), label).to.equal(null);
  } else {
    expect(el.shadowRoot!.querySelector('[part=base]'), label).not.to.equal(null);
  }
  return state as 'ready' | 'error';
}

/** Every field set to a wrong type, one at a time. */
const WRONG_TYPES: [string, Record<string, unknown>][] = [
  ['title number', { title: 42 }],
  ['title object', { title: { rendered: 'x' } }],
  ['title empty', { title: '   ' }],
  ['id object', { id: {} }],
  ['url number', { url: 42 }],
  ['lang number', { lang: 42 }],
  ['lang not a tag', { lang: 'not a language!!' }],
  ['dir', { dir: 'up' }],
  ['category number', { category: 42 }],
  ['category without name', { category: { url: '#c' } }],
  ['image string', { image: 'x.png' }],
  ['image width', { image: { src: '/a.png', alt: '', width: 'abc' } }],
  ['image negative height', { image: { src: '/a.png', alt: '', height: -1 } }],
  ['image srcset number', { image: { src: '/a.png', alt: '', srcset: 5 } }],
  ['author number', { author: 42 }],
  ['author array', { author: ['a'] }],
  ['publisher string', { publisher: 'x' }],
  ['tags string', { tags: 'x' }],
  ['tags of numbers', { tags: [1, 2] }],
  ['related of numbers', { related: [1, 2] }],
  ['related string', { related: 'x' }],
  ['comments string', { comments: 'x' }],
  ['comments.open string', { comments: { open: 'yes' } }],
  ['body number', { body: 42 }],
  ['bodyHtml array', { bodyHtml: ['<p>'] }],
  ['excerpt boolean', { excerpt: true }],
];

/** Fields only a full article reads: a card or a list of summaries takes no notice of them. */
/** Wrong items in a list of the right type: skipped, not fatal (see `eachValid`). */
const SKIPPED_ITEMS = new Set(['tags of numbers', 'related of numbers']);

const ARTICLE_ONLY = new Set(['publisher', 'tags', 'related', 'comments', 'body', 'bodyHtml']);

/** Odd dates that are still real dates (shown), and those that are not (the error state). */
const REAL_DATES = new Set([
  '0000-01-01',
  '9999-12-31T23:59:59Z',
  '1970-01-01',
  '2025-04-14T09:00:00+14:00',
  '2025-04-14 09:00',
]);

const ODD_DATES = [
  'yesterday',
  '2025-02-30',
  '2025-13-01',
  '2025-04-14T25:00:00Z',
  '0000-01-01',
  '9999-12-31T23:59:59Z',
  '1970-01-01',
  '2025-04-14T09:00:00+14:00',
  '',
  '2025-04-14 09:00',
];

describe('hardening: bad inputs', () => {
  let consoleSpy: ConsoleSpy;
  beforeEach(() => (consoleSpy = spyOnConsole()));
  afterEach(() => consoleSpy.restore());

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      async function withData(data: unknown): Promise<DataElement> {
        const el = document.createElement(tag) as DataElement;
        (el as unknown as { [key: string]: unknown })[
          tag === 'maqal-related-articles' ? 'articles' : 'article'
        ] = data;
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.append(el);
        await el.updateComplete;
        return el;
      }

      async function withInline(text: string): Promise<DataElement> {
        const el = document.createElement(tag) as DataElement;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text;
        el.append(script);
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.append(el);
        await settled(el);
        return el;
      }

      const INVALID_JSON: [string, string][] = [
        ['truncated', '{"title": "عنوان'],
        ['single quotes', "{'title': 'x'}"],
        ['trailing comma', '{"title": "x",}'],
        ['NaN', '{"title": NaN}'],
        ['HTML', '<!doctype html><title>x</title>'],
        ['empty', ''],
        ['100k unclosed [', '['.repeat(100_000)],
      ];
      for (const [name, text] of INVALID_JSON) {
        test(`shows invalid inline JSON (${name}) as an error, once on the console`, async () => {
          const el = await withInline(text);
          expect(expectOutcome(el, name)).to.equal('error');
          expect(textOf(el.shadowRoot!.querySelector('[part=error]'))).to.contain(
            ar.errorInvalidJson,
          );
          expect(consoleSpy.errors, consoleSpy.errors.join('\n')).to.have.length(1);
        });
      }

      test('survives 100k levels of nesting, as arrays and as objects', async () => {
        const arrays = await withInline('['.repeat(100_000) + ']'.repeat(100_000));
        expect(expectOutcome(arrays, 'arrays')).to.equal('error');
        let deep = '{"title":"عميق"}';
        for (let i = 0; i < 100_000; i++) deep = `{"x":${deep}}`;
        const objects = await withInline(deep.replace(/^\{"x":/, '{"title":"عميق","x":'));
        expectOutcome(objects, 'objects');
      });

      for (const value of [null, undefined, 42, 'string', true, [], {}, [null], [42]]) {
        test(`takes ${JSON.stringify(value) ?? 'undefined'} as data without throwing`, async () => {
          const el = await withData(value);
          if (value === null || value === undefined) expect(el.state).to.equal('empty');
          else if (
            tag === 'maqal-related-articles' &&
            typeof value === 'object' &&
            Object.keys(value).length === 0
          ) {
            // An empty list, or an object without `articles`: nothing to list, not an error.
            expect(el.state).to.equal('ready');
          } else expect(expectOutcome(el, String(value))).to.equal('error');
        });
      }

      test('takes null in every field: only the missing title is an error', async () => {
        const nulls = Object.fromEntries(
          [
            'id',
            'url',
            'lang',
            'dir',
            'category',
            'excerpt',
            'image',
            'author',
            'published',
            'modified',
            'body',
            'bodyHtml',
            'publisher',
            'tags',
            'related',
            'comments',
          ].map((key) => [key, null]),
        );
        const el = await withData(wrap(tag, { ...nulls, title: 'عنوان' }));
        expect(expectOutcome(el, 'nulls')).to.equal('ready');
        const untitled = await withData(wrap(tag, { ...nulls, title: null }));
        expect(expectOutcome(untitled, 'no title')).to.equal('error');
        expect(textOf(untitled.shadowRoot!.querySelector('[part=error]'))).to.contain('title');
      });

      for (const [name, fields] of WRONG_TYPES) {
        const field = Object.keys(fields)[0];
        const ignored = tag !== 'maqal-article' && ARTICLE_ONLY.has(field);
        // Bad items of a well-formed list are skipped (with a warning naming them): the article
        // never fails for a tag or a related item.
        const skipped = !ignored && SKIPPED_ITEMS.has(name);
        const what = ignored
          ? 'not read here'
          : skipped
            ? 'skipped with a warning'
            : 'an error naming it';
        test(`handles a wrong type (${name}): ${what}`, async () => {
          const el = await withData(wrap(tag, { ...GOOD, ...fields }));
          expect(expectOutcome(el, name)).to.equal(ignored || skipped ? 'ready' : 'error');
          if (skipped) {
            expect(consoleSpy.warnings.join('\n')).to.contain(`skipped 2 of 2 items`);
            expect(consoleSpy.warnings.join('\n')).to.contain(`${field}[0]`);
          } else if (!ignored) {
            expect(textOf(el.shadowRoot!.querySelector('[part=error]'))).to.contain(field);
          }
        });
      }

      for (const date of ODD_DATES) {
        const real = REAL_DATES.has(date);
        const outcome = date === '' || real ? 'ready' : 'error';
        test(`handles the date "${date}": ${outcome}`, async () => {
          const el = await withData(wrap(tag, { ...GOOD, published: date, modified: date }));
          expect(expectOutcome(el, date)).to.equal(outcome);
          if (!real) return;
          const root =
            tag === 'maqal-related-articles'
              ? el.shadowRoot!.querySelector('maqal-article-card')!.shadowRoot!
              : el.shadowRoot!;
          const time = root.querySelector('time')!;
          expect(time.getAttribute('datetime')).to.equal(date);
          expect(textOf(time)).to.match(/\d|[٠-٩]/);
          expect(textOf(time)).not.to.match(/Invalid|NaN/);
        });
      }

      /** The shadow root that shows the article: the list's first card, or the element's. */
      const shown = async (el: DataElement) => {
        if (tag !== 'maqal-related-articles') return el.shadowRoot!;
        const card = el.shadowRoot!.querySelector('maqal-article-card') as DataElement;
        await card.updateComplete;
        return card.shadowRoot!;
      };

      test('renders relative, root-relative and protocol-relative URLs as given', async () => {
        const urls = ['article/7', '/news/7', '?p=7', '#frag', '//cdn.example.org/a'];
        for (const url of urls) {
          const el = await withData(wrap(tag, { ...GOOD, url, image: { src: url, alt: '' } }));
          expect(expectOutcome(el, url)).to.equal('ready');
          const root = await shown(el);
          expect(root.querySelector('img[part~=image]')!.getAttribute('src'), url).to.equal(url);
          if (tag !== 'maqal-article') {
            // The article shows no link to itself; cards link their title.
            expect(root.querySelector('[part~=link]')!.getAttribute('href'), url).to.equal(url);
          }
        }
      });

      test('renders an image without sizes', async () => {
        const src = '/seeds/images/sample-1.svg';
        const el = await withData(wrap(tag, { ...GOOD, image: { src, alt: 'خريطة' } }));
        expect(expectOutcome(el, 'no sizes')).to.equal('ready');
        const img = (await shown(el)).querySelector('img[part~=image]')!;
        expect(img.getAttribute('src')).to.equal(src);
        expect(img.getAttribute('alt')).to.equal('خريطة');
        expect(img.hasAttribute('sizes') || img.hasAttribute('width')).to.equal(false);
      });

      test('renders emoji and mixed-direction text as given', async () => {
        const title = '🇸🇦 عنوان مع English و 123 و 👩‍👩‍👧 ‎(ok)';
        const el = await withData(wrap(tag, { ...GOOD, title, excerpt: title }));
        expect(expectOutcome(el, 'emoji')).to.equal('ready');
        const root =
          tag === 'maqal-related-articles'
            ? el.shadowRoot!.querySelector('maqal-article-card')!.shadowRoot!
            : el.shadowRoot!;
        await (root.host as DataElement).updateComplete;
        expect(textOf(root.querySelector('[part~=title]'))).to.equal(title);
      });

      const size = 3 * MB;
      test(`renders a ${size / MB} MB title and a neighbour next to it`, async () => {
        const huge = 'كلمة '.repeat(Math.round(size / 5));
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const big = document.createElement(tag) as DataElement;
        const neighbour = document.createElement(tag) as DataElement;
        wrapper.append(big, neighbour);
        const set = (el: DataElement, data: unknown) =>
          ((el as unknown as Record<string, unknown>)[
            tag === 'maqal-related-articles' ? 'articles' : 'article'
          ] = data);
        set(big, wrap(tag, { ...GOOD, title: huge, excerpt: huge }));
        set(neighbour, wrap(tag, GOOD));
        await settled(big);
        await settled(neighbour);
        expect(expectOutcome(big, 'huge')).to.equal('ready');
        expect(expectOutcome(neighbour, 'neighbour')).to.equal('ready');
      });
    });
  }

  test('<maqal-article> renders a 3 MB Markdown body', async () => {
    const paragraph = 'هذه فقرة طويلة من نص عربي مع **تأكيد** و[رابط](https://a.example/). ';
    const body = Array.from({ length: Math.ceil((3 * MB) / (paragraph.length * 20)) }, () =>
      paragraph.repeat(20),
    ).join('\n\n');
    expect(body.length).to.be.greaterThan(3 * MB);
    const el = await fixture<MaqalArticle>(html`<maqal-article></maqal-article>`);
    el.article = { ...GOOD, body } as never;
    await settled(el);
    expect(expectOutcome(el, 'huge body')).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('[part=body] p').length).to.be.greaterThan(100);
    expect(textOf(el.shadowRoot!.querySelector('[part=reading-time]'))).to.match(/[٠-٩0-9]/);
  });

  test('<maqal-article> reads 3 MB of unclosed link and tag syntax without freezing', async () => {
    // The reading time's word count stripped `](…)` and `<…>` with patterns that rescanned to
    // the end from every opener: minutes of frozen page for this body. The test's timeout is
    // the guard; no time is asserted.
    const body = `${']('.repeat(1_000_000)}\n\n${'<x'.repeat(600_000)}`;
    expect(body.length).to.be.greaterThan(3 * MB);
    const el = await fixture<MaqalArticle>(html`<maqal-article></maqal-article>`);
    el.article = { ...GOOD, body } as never;
    await settled(el);
    expect(expectOutcome(el, 'hostile body')).to.equal('ready');
    expect(textOf(el.shadowRoot!.querySelector('[part=reading-time]'))).to.match(/[٠-٩0-9]/);
  });

  test('<maqal-related-articles> lists 10,000 items without freezing: first chunk now, the rest later', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      id: `i${i}`,
      title: `مقال ${i}`,
      url: `#i${i}`,
    }));
    const el = await fixture<MaqalRelatedArticles>(
      html`<maqal-related-articles></maqal-related-articles>`,
    );
    const start = performance.now();
    el.articles = items;
    await el.updateComplete;
    const firstRender = performance.now() - start;
    expect(el.visibleArticles).to.have.length(10_000);
    const cards = el.shadowRoot!.querySelectorAll('maqal-article-card').length;
    expect(cards).to.be.greaterThan(0);
    expect(cards).to.be.lessThan(100);
    // The page stays usable: the first render is a chunk, not ten thousand cards.
    expect(firstRender).to.be.lessThan(2000);
    el.limit = 40;
    await el.allRendered();
    expect(el.shadowRoot!.querySelectorAll('maqal-article-card')).to.have.length(40);
  });

  test('<maqal-related-articles> lists duplicate ids once', async () => {
    const el = await fixture<MaqalRelatedArticles>(
      html`<maqal-related-articles></maqal-related-articles>`,
    );
    el.articles = [
      { id: 'a', title: 'أ' },
      { id: 'a', title: 'أ مكرر' },
      { id: 1, title: 'ب' },
      { id: '1', title: 'ب مكرر' },
      { title: 'بلا معرّف' },
      { title: 'بلا معرّف' },
    ];
    await el.allRendered();
    expect(el.visibleArticles.map((a) => a.title)).to.deep.equal(['أ', 'ب', 'بلا معرّف']);
  });

  test('ignores nonsense attributes on every widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const odd =
      'heading-level="abc" limit="-5" digits="xyz" calendar="bogus" months="?" layout="diagonal" ' +
      'variant="3d" lang="!!!" dir="sideways" theme="neon" words-per-minute="-1" timeout="soon" ' +
      'placeholders="1e9" exclude=",,," format="yaml"';
    wrapper.innerHTML = TAGS.map((tag) => `<${tag} ${odd}></${tag}>`).join('');
    const elements = [...wrapper.children] as DataElement[];
    for (const el of elements) {
      (el as unknown as Record<string, unknown>)[
        el.localName === 'maqal-related-articles' ? 'articles' : 'article'
      ] = wrap(el.localName, GOOD);
    }
    for (const el of elements) {
      await settled(el);
      expect(expectOutcome(el, el.localName)).to.equal('ready');
    }
  });

  test('ignores a strings attribute that is not JSON, keeping the built-in strings', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML =
      `<maqal-related-articles strings="{not json"></maqal-related-articles>` +
      `<maqal-article strings='{"article":{"readingTime":"x","by":42}}'></maqal-article>`;
    const related = wrapper.children[0] as MaqalRelatedArticles;
    const article = wrapper.children[1] as MaqalArticle;
    related.articles = [GOOD];
    article.article = { ...GOOD, author: 'كاتب' } as never;
    await settled(related);
    await settled(article);
    expect(textOf(related.shadowRoot!.querySelector('[part=heading]'))).to.equal(
      ar.related.heading,
    );
    expect(consoleSpy.errors.join('\n')).to.contain('strings attribute is not a JSON object');
    // Wrong types are ignored; a plain string for a counted string becomes fixed text.
    expect(textOf(article.shadowRoot!.querySelector('[part=author]'))).to.equal('كاتب');
    expect(textOf(article.shadowRoot!.querySelector('.byline'))).to.contain(ar.article.by);
    expect(expectOutcome(article, 'strings')).to.equal('ready');
    expect(textOf(article.shadowRoot!.querySelector('[part=reading-time]'))).to.contain('x');
  });

  describe('<maqal-comment-form>', () => {
    const t = ar.commentForm;
    const fill = fillCommentForm;
    afterEach(clearMaqalStorage);

    test('refuses a comment past the limit, whitespace-only text and a broken email, in words', async () => {
      const el = await fixture<MaqalCommentForm>(
        html`<maqal-comment-form article-id="bad" endpoint="/mock/never"></maqal-comment-form>`,
      );
      fill(el, { text: 'ب'.repeat(70_000), name: ' ', email: 'not an email' });
      await el.submit();
      await el.updateComplete;
      const errors = [...el.shadowRoot!.querySelectorAll('[part=field-error]')].map(textOf);
      expect(errors).to.deep.equal([
        t.tooLong(t.comment, 65_525, new Intl.NumberFormat(el.language).format(65_525)),
        t.required(t.name),
        t.invalidEmail,
      ]);
      fill(el, { text: '   \n  ' });
      await el.submit();
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('[part=field-error]'))).to.equal(
        t.required(t.comment),
      );
    });

    test('takes emoji, mixed direction and odd attributes without throwing', async () => {
      const el = await fixture<MaqalCommentForm>(
        html`<maqal-comment-form
          article-id="bad"
          timeout="soon"
          heading-level="99"
          format="xml"
          parent-name="👩‍👩‍👧 Sara سارة"
          parent="1"
        ></maqal-comment-form>`,
      );
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('[part=heading]'))).to.contain('👩‍👩‍👧 Sara سارة');
      fill(el, { text: '🇸🇦 تعليق with English ١٢٣', name: 'سارة 🌙', email: 'a@example.com' });
      el.addEventListener('maqal-comment-submit', (event) => event.preventDefault(), {
        once: true,
      });
      await el.submit();
      expect(el.state).to.equal('sending');
      el.reportResult({ status: 'approved' });
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('.posted-text'))).to.equal(
        '🇸🇦 تعليق with English ١٢٣',
      );
    });

    test('survives a corrupt remembered author in localStorage', async () => {
      localStorage.setItem('maqal:comment-author', '{"name": ');
      const el = await fixture<MaqalCommentForm>(
        html`<maqal-comment-form article-id="bad"></maqal-comment-form>`,
      );
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal('');
      localStorage.setItem('maqal:comment-author', '[1,2]');
      const again = await fixture<MaqalCommentForm>(
        html`<maqal-comment-form article-id="bad2"></maqal-comment-form>`,
      );
      expect(again.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal('');
    });
  });
});
