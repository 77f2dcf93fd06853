import { expect, fixture, html } from '@open-wc/testing';
import { adaptArticle, adaptArticleList } from '../../src/adapters/index.js';
import { htmlToText, textToHtml } from '../../src/adapters/entities.js';
import '../../src/components/article-card/define.js';
import type { MaqalArticleCard } from '../../src/components/article-card/article-card.js';
import { parseArticle, parseArticleList } from '../../src/lib/validate-article.js';
import { spyOnConsole, type ConsoleSpy } from '../helpers/console.js';
import { mockEndpoint } from '../helpers/mock-api.js';
import { until } from '../helpers/seeds.js';

type Feed = Record<string, unknown> & { items: Record<string, unknown>[] };

const shadow = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('JSON Feed adapter', () => {
  let feed: Feed;
  let spy: ConsoleSpy;
  before(async () => {
    feed = (await (await fetch('/test/fixtures/jsonfeed/feed.json')).json()) as Feed;
  });
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  it('turns a JSON Feed 1.1 into summaries for lists and cards', () => {
    const summaries = parseArticleList(adaptArticleList(structuredClone(feed), 'jsonfeed'));
    expect(summaries).to.have.length(3);
    expect(summaries[0]).to.deep.equal({
      id: 'https://news.example/2025/04/sahel-alliance',
      url: 'https://news.example/2025/04/sahel-alliance',
      lang: 'ar',
      dir: 'rtl',
      title: 'تحالف دول الساحل يبحث إنشاء قوة عسكرية مشتركة',
      excerpt: 'يناقش وزراء دفاع مالي والنيجر وبوركينا فاسو خطة لتوحيد القيادة العسكرية.',
      image: { src: '/seeds/images/sample-1.svg', alt: '' },
      author: { name: 'ليلى حسن', url: 'https://news.example/authors/leila' },
      published: '2025-04-11T08:00:00Z',
      modified: '2025-04-11T10:30:00Z',
    });
    // No authors on the item: the feed's own.
    expect(summaries[1].author).to.deep.equal({
      name: 'فريق التحرير',
      url: 'https://news.example/team',
    });
    expect(summaries[1].id).to.equal('wagner-exit');
  });

  it('turns the first item into a full article with body, tags and publisher', () => {
    const article = parseArticle(adaptArticle(structuredClone(feed), 'jsonfeed'));
    expect(article.title).to.equal('تحالف دول الساحل يبحث إنشاء قوة عسكرية مشتركة');
    expect(article.bodyHtml).to.equal(feed.items[0].content_html);
    expect(article.tags).to.deep.equal([{ name: 'الساحل' }, { name: 'أمن' }]);
    expect(article.publisher).to.deep.equal({
      name: 'نشرة مقال التجريبية',
      description: 'عيّنة JSON Feed 1.1 لاختبار maqal (ليست من موقع حقيقي).',
      url: 'https://news.example/',
    });
  });

  it('keeps content_text as text: escaped into paragraphs, not read as Markdown or HTML', () => {
    const one = { ...structuredClone(feed), items: [structuredClone(feed.items[1])] };
    const article = parseArticle(adaptArticle(one, 'jsonfeed'));
    expect(article.body).to.equal(undefined);
    expect(article.bodyHtml).to.equal(
      '<p>فقرة أولى بنص عادي، فيها * نجمة و # علامة لا تعني Markdown.</p>\n<p>فقرة ثانية<br>بسطر جديد.</p>',
    );
    expect(textToHtml('<b>&</b>')).to.equal('<p>&lt;b&gt;&amp;&lt;/b&gt;</p>');
  });

  it('recognises a feed by its version URL in auto format, 1.0 included', () => {
    expect(adaptArticleList(structuredClone(feed))).to.deep.equal(
      adaptArticleList(structuredClone(feed), 'jsonfeed'),
    );
    const v1 = {
      version: 'https://jsonfeed.org/version/1',
      title: 'قديم',
      author: { name: 'كاتب' },
      favicon: 'https://old.example/favicon.png',
      items: [{ id: '1', title: 'عنوان', content_text: 'نص' }],
    };
    const old = parseArticle(adaptArticle(v1));
    expect(old.author).to.deep.equal({ name: 'كاتب' });
    expect(old.publisher).to.deep.equal({ name: 'قديم', logo: 'https://old.example/favicon.png' });
    const notAFeed = { version: '1.1', items: [] };
    expect(adaptArticleList(notAFeed)).to.equal(notAFeed);
  });

  it('names the missing field for partial feeds', () => {
    const cases: [() => unknown, string][] = [
      [
        () => adaptArticleList({ version: 'https://jsonfeed.org/version/1.1' }, 'jsonfeed'),
        'jsonfeed: items: expected an array, got nothing',
      ],
      [
        () => adaptArticleList([], 'jsonfeed'),
        'jsonfeed: data: expected a JSON Feed object, got an array',
      ],
      [
        () => adaptArticle({ items: [] }, 'jsonfeed'),
        'jsonfeed: items: expected at least one item, got an empty list',
      ],
      [
        () => adaptArticleList({ items: [{ id: 'b' }] }, 'jsonfeed'),
        'jsonfeed: items[0].title: expected a title, summary or content, got nothing',
      ],
      [
        () => adaptArticle({ items: [{ title: 'x' }] }, 'jsonfeed'),
        'jsonfeed: items[0].id: expected a string, got nothing',
      ],
      [
        () => adaptArticle({ items: ['x'] }, 'jsonfeed'),
        'jsonfeed: items[0]: expected an item object, got "x"',
      ],
    ];
    for (const [run, message] of cases) expect(run).to.throw(message);
  });

  it('titles an untitled item from its text, and skips what cannot be shown with one warning', () => {
    const micro = {
      items: [
        { id: 'm1', content_text: 'صباح الخير من الرباط، والقهوة جاهزة.' },
        { id: 'm2', content_html: '<p>منشور <b>قصير</b> بلا عنوان</p>' },
        { id: 'm3' },
        { id: 'm4', title: 'بعنوان' },
        { id: 'm5', title: 'تاريخ غير موجود', date_published: '2025-02-30T10:00:00Z' },
      ],
    };
    const items = parseArticleList(adaptArticleList(micro, 'jsonfeed'));
    expect(items.map((item) => [item.id, item.title])).to.deep.equal([
      ['m1', 'صباح الخير من الرباط، والقهوة جاهزة.'],
      ['m2', 'منشور قصير بلا عنوان'],
      ['m4', 'بعنوان'],
    ]);
    expect(spy.warnings).to.have.length(1);
    expect(spy.warnings[0]).to.contain('skipped 2 of 5 items');
    expect(spy.warnings[0]).to.contain('items[2].title');
    expect(spy.warnings[0]).to.contain('[4].published');
  });

  it('decodes HTML to text without running it', () => {
    expect(htmlToText('&#8220;حوار&#8221; &amp; &lt;b&gt;')).to.equal('“حوار” & <b>');
    expect(htmlToText('<p>أ</p>\n<p>ب <em>ج</em></p><script>x()</script>')).to.equal('أ ب ج');
    expect(htmlToText('  نص   بلا وسوم ')).to.equal('نص بلا وسوم');
    expect(htmlToText(7)).to.equal(undefined);
  });

  it('renders a feed in the card from src, and validation still drops unsafe URLs', async () => {
    const hostile = structuredClone(feed);
    hostile.items[0].url = 'javascript:alert(1)';
    const path = await mockEndpoint('feed', { body: hostile });
    const el = await fixture<MaqalArticleCard>(
      html`<maqal-article-card format="jsonfeed" src=${path}></maqal-article-card>`,
    );
    await until(() => el.state === 'ready', 'the feed to load');
    await el.updateComplete;
    expect(shadow(el, '[part=title]')!.textContent!.trim()).to.equal(
      'تحالف دول الساحل يبحث إنشاء قوة عسكرية مشتركة',
    );
    // The dropped URL leaves the title's <a> without an href: not a link, nothing to follow.
    expect(el.shadowRoot!.querySelector('a[href]') === null, 'no href').to.equal(true);
    expect(spy.warnings.join()).to.contain('url: dropped a URL');
    expect((shadow(el, 'img[part=image]') as HTMLImageElement).getAttribute('src')).to.equal(
      '/seeds/images/sample-1.svg',
    );
    await expect(el).to.be.accessible();
  });
});
