import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/article/define.js';
import type { MaqalArticle } from '../../../src/components/article/article.js';
import '../../../src/components/comment-form/define.js';
import type { MaqalCommentForm } from '../../../src/components/comment-form/comment-form.js';
import type { Article } from '../../../src/lib/model.js';
import { safeUrl } from '../../../src/lib/safe-url.js';
import { spyOnConsole, type ConsoleSpy } from '../../helpers/console.js';
import { mockEndpoint } from '../../helpers/mock-api.js';
import { loadSeed, until } from '../../helpers/seeds.js';
import { textBox } from '../../helpers/text-box.js';
import { INJECTIONS } from './injections.js';

const shadow = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const all = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const words = (count: number, word = 'كلمة') => Array.from({ length: count }, () => word).join(' ');
const frames = async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
};

declare global {
  interface Window {
    __xss?: (...args: unknown[]) => void;
  }
}

describe('<maqal-article>', () => {
  let seed: Article;
  let seedEn: Article;
  let spy: ConsoleSpy;
  before(async () => {
    seed = await loadSeed<Article>('article.json');
    seedEn = await loadSeed<Article>('article-en.json');
  });
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  async function article(
    template = html`<maqal-article></maqal-article>`,
    data: unknown = seed,
  ): Promise<MaqalArticle> {
    const el = await fixture<MaqalArticle>(template);
    if (data) el.article = data as Article;
    await el.updateComplete;
    return el;
  }

  it('renders the seed completely: header, image, every paragraph, tags, publisher box', async () => {
    const el = await article();
    const category = shadow(el, '[part=category]')!;
    expect(category.localName).to.equal('a');
    expect(category.getAttribute('href')).to.equal('#category-africa');
    expect(text(category)).to.equal('أفريقيا');
    const title = shadow(el, '[part=title]')!;
    expect(title.localName).to.equal('h2');
    expect(text(title)).to.equal('جهود روسية لتهدئة التوتر بين الجزائر ومالي');

    const paragraphs = seed
      .body!.split(/\n\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const rendered = all(el, '[part=body] p');
    expect(rendered).to.have.length(paragraphs.length);
    rendered.forEach((p, i) => expect(p.textContent).to.equal(paragraphs[i]));
    expect(text(shadow(el, '[part=body]'))).to.contain('“بوليتكال كيز | Political Keys”');
    expect(text(shadow(el, '[part=body]'))).to.contain('“سو-57″');

    const img = shadow(el, 'img[part=image]') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal('/seeds/images/sahel-map.svg');
    expect(img.alt).to.equal('خريطة توضيحية للجزائر ومالي ومنطقة الساحل');
    expect(img.getAttribute('width')).to.equal('1200');
    expect(img.getAttribute('height')).to.equal('675');
    expect(img.closest('figure')).not.to.equal(null);
    const caption = shadow(el, 'figcaption[part=caption]')!;
    expect(text(caption)).to.equal(
      'الجزائر ومالي ودول الساحل (صورة توضيحية من عيّنات maqal). تصوير: maqal',
    );

    expect(all(el, '[part=tags] li').map(text)).to.deep.equal([
      'الجزائر',
      'مالي',
      'روسيا',
      'الساحل',
    ]);
    expect(text(shadow(el, '[part=tags] .tags-label'))).to.equal('الوسوم');
    // Named once for screen readers: the list carries the label, the visible word is hidden.
    expect(shadow(el, '[part=tags] .tags-label')!.getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el, '[part=tags] ul')!.getAttribute('aria-labelledby')).to.equal(
      'maqal-tags-label',
    );
    // The article is named by its title; the meta separators are not read.
    const base = shadow(el, '[part=base]')!;
    const labelledBy = base.getAttribute('aria-labelledby')!;
    expect(text(el.shadowRoot!.getElementById(labelledBy))).to.equal(
      text(shadow(el, '[part=title]')),
    );
    const separator = getComputedStyle(shadow(el, '.meta > span')!, '::after').content;
    expect(separator).to.equal('"·" / ""');

    const publisher = shadow(el, '[part=publisher]')!;
    expect(publisher.getAttribute('aria-labelledby')).to.equal('maqal-publisher-label');
    expect(text(publisher.querySelector('#maqal-publisher-label'))).to.equal('عن الناشر');
    expect(text(publisher.querySelector('.publisher-name'))).to.equal('Political Keys');
    expect(publisher.querySelector('.publisher-name')!.getAttribute('href')).to.equal('#publisher');
    expect(text(publisher.querySelector('.publisher-description'))).to.equal(
      seed.publisher!.description,
    );
    // Order on the page: header, figure, body, tags, publisher.
    const order = [
      '[part=header]',
      '[part=figure]',
      '[part=body]',
      '[part=tags]',
      '[part=publisher]',
    ];
    const tops = order.map((s) => shadow(el, s)!.getBoundingClientRect().top);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
  });

  it('reserves the lead image box before the image loads', async () => {
    const el = await article(html`<maqal-article style="width:600px"></maqal-article>`, {
      ...seed,
      image: { src: '/mock/never-an-image.png', alt: 'x', width: 1600, height: 900 },
    });
    const box = shadow(el, 'img[part=image]')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(300);
    expect(Math.round(box.height)).to.equal(Math.round((box.width * 9) / 16));
  });

  it('reserves a 16:9 box for a lead image given without its size, and crops a very tall one', async () => {
    const unsized = await article(html`<maqal-article style="width:600px"></maqal-article>`, {
      ...seed,
      image: { src: '/mock/never-an-image.png', alt: 'x' },
    });
    const box = shadow(unsized, 'img[part=image]')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(300);
    expect(Math.round(box.height)).to.equal(Math.round((box.width * 9) / 16));

    const tall = await article(html`<maqal-article style="width:600px"></maqal-article>`, {
      ...seed,
      image: { src: '/mock/never-an-image.png', alt: 'x', width: 600, height: 3000 },
    });
    const tallBox = shadow(tall, 'img[part=image]')!.getBoundingClientRect();
    expect(tallBox.height).to.be.within(100, innerHeight * 0.75 + 1);
  });

  it('renders Markdown features, with body headings below the title', async () => {
    const el = await article(undefined, {
      title: 'Markdown',
      lang: 'en',
      body: [
        '# Top',
        '## Second',
        'Text with **bold**, *em*, `code` and [a link](https://other.example/page).',
        '- one\n- two',
        '1. first\n2. second',
        '> quoted',
        '| a | b |\n| - | - |\n| 1 | 2 |',
        '![pic](/seeds/images/sample-1.svg)',
        '```\nblock\n```',
      ].join('\n\n'),
    });
    const body = shadow(el, '[part=body]')!;
    expect(text(body.querySelector('h3'))).to.equal('Top');
    expect(text(body.querySelector('h4'))).to.equal('Second');
    expect(body.querySelector('h1, h2')).to.equal(null);
    expect(text(body.querySelector('strong'))).to.equal('bold');
    expect(text(body.querySelector('em'))).to.equal('em');
    expect(body.querySelectorAll('ul li')).to.have.length(2);
    expect(body.querySelectorAll('ol li')).to.have.length(2);
    expect(text(body.querySelector('blockquote'))).to.equal('quoted');
    expect(body.querySelectorAll('td')).to.have.length(2);
    expect(text(body.querySelector('pre'))).to.equal('block');
    expect(getComputedStyle(body.querySelector('pre')!).direction).to.equal('ltr');
    const link = body.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://other.example/page');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    const img = body.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.alt).to.equal('pic');
  });

  it('renders the English seed left to right, with its Markdown', async () => {
    const el = await article(undefined, seedEn);
    const base = shadow(el, '[part=base]')!;
    expect(base.getAttribute('dir')).to.equal('ltr');
    expect(base.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(base).direction).to.equal('ltr');
    expect(text(shadow(el, '[part=body] h3'))).to.equal('Talks in Moscow');
    expect(all(el, '[part=body] li')).to.have.length(2);
    expect(text(shadow(el, '[part=author]'))).to.equal('Sample Author');
    expect(text(shadow(el, '.byline'))).to.equal('By Sample Author');
    expect(text(shadow(el, '#maqal-publisher-label'))).to.equal('About the publisher');
    expect(text(shadow(el, '[part=tags] .tags-label'))).to.equal('Tags');
  });

  it('is right to left for Arabic: text starts at the right, blockquote rule on the right', async () => {
    const el = await article(html`<maqal-article style="width:700px"></maqal-article>`, {
      ...seed,
      body: '> اقتباس قصير\n\nفقرة',
    });
    const base = shadow(el, '[part=base]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    const quote = getComputedStyle(shadow(el, '[part=body] blockquote')!);
    expect(quote.borderRightWidth).to.equal('4px');
    expect(quote.borderLeftWidth).to.equal('0px');
    const title = shadow(el, '.title-text')!.getBoundingClientRect();
    const header = shadow(el, '[part=header]')!.getBoundingClientRect();
    expect(Math.abs(header.right - title.right)).to.be.lessThan(2);

    const ltr = await article(html`<maqal-article dir="ltr"></maqal-article>`, {
      ...seed,
      body: '> quote',
    });
    expect(getComputedStyle(shadow(ltr, '[part=body] blockquote')!).borderLeftWidth).to.equal(
      '4px',
    );
  });

  it('isolates user strings: a title or author ending in Latin text reorders nothing around it', async () => {
    const el = await article(
      html`<maqal-article digits="latn" style="width:800px"></maqal-article>`,
      {
        ...seed,
        title: 'تقرير خاص عن Political Keys',
        category: { name: 'Tech 2025' },
        author: { name: 'Political Keys' },
      },
    );
    for (const selector of ['.title-text', '[part=category]', '[part=author]', '.publisher-name']) {
      expect(getComputedStyle(shadow(el, selector)!).unicodeBidi, selector).to.equal('isolate');
    }
    // The category stays at the inline start (right) above the title, whatever the title ends with.
    const category = shadow(el, '[part=category]')!.getBoundingClientRect();
    const title = shadow(el, '.title-text')!.getBoundingClientRect();
    expect(category.bottom).to.be.at.most(title.top + 1);
    expect(Math.abs(category.right - title.right)).to.be.lessThan(2);
    // In the meta line, the date comes after (to the left of) the Latin author name. Without
    // isolation the digits would join the Latin run and jump to its right.
    const author = shadow(el, '[part=author]')!.getBoundingClientRect();
    const time = shadow(el, '.published time')!.getBoundingClientRect();
    expect(time.right).to.be.at.most(author.left + 1);
  });

  it('lays out Arabic fields that start with a Latin word right to left, as the article reads', async () => {
    const el = await article(html`<maqal-article style="width:800px"></maqal-article>`, {
      ...seed,
      category: { name: 'Tech تقنية' },
      author: { name: 'BBC عربي' },
      publisher: { name: 'TechCrunch العربية' },
      image: {
        ...seed.image,
        caption: 'Su-57 خلال عرض جوي.',
        credit: 'Getty Images / وكالة الأنباء',
      },
    });
    const box = (selector: string, word: string) => textBox(shadow(el, selector)!, word);
    // Read right to left, the Latin word comes first: it sits to the right of the Arabic one.
    const pairs: [string, string, string][] = [
      ['[part=category]', 'Tech', 'تقنية'],
      ['[part=author]', 'BBC', 'عربي'],
      ['.publisher-name', 'TechCrunch', 'العربية'],
      ['[part=caption]', 'Su-57', 'خلال'],
      ['.credit', 'Getty', 'وكالة'],
    ];
    for (const [selector, latin, arabic] of pairs) {
      expect(box(selector, latin).left >= box(selector, arabic).right - 0.5, selector).to.equal(
        true,
      );
    }
    // The caption's full stop ends the sentence on the left, not beside "Su-57".
    expect(box('[part=caption]', '.').right <= box('[part=caption]', 'خلال').left + 0.5).to.equal(
      true,
    );

    // A field wholly in Latin letters keeps its own order and punctuation.
    el.article = {
      ...seed,
      category: { name: 'C++' },
      author: { name: 'John Smith Jr.' },
      image: { ...seed.image!, credit: '© Reuters' },
    };
    await el.updateComplete;
    expect(box('[part=category]', '++').left >= box('[part=category]', 'C').right - 0.5).to.equal(
      true,
    );
    expect(box('[part=author]', '.').left >= box('[part=author]', 'Jr').right - 0.5).to.equal(true);
    expect(
      box('.credit .isolated', '©').right <= box('.credit .isolated', 'Reuters').left + 0.5,
    ).to.equal(true);
  });

  it('breaks a long URL or word in any field rather than widen the page', async () => {
    const long =
      'https://example.com/a/very/long/unbroken/url/that/goes/on/and/on/forever/index.html';
    const el = await article(html`<maqal-article style="width:320px"></maqal-article>`, {
      ...seed,
      title: long,
      tags: [{ name: 'TechCrunchArabicEditionOfficialTagWithoutAnySpaces' }],
      publisher: { name: 'TechCrunchArabicEditionOfficialPublisherNameWithoutSpaces' },
    });
    expect(el.scrollWidth <= 320, `scrollWidth ${el.scrollWidth}`).to.equal(true);
    for (const selector of ['.title-text', '.tag', '.publisher-name']) {
      const part = shadow(el, selector)!.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(part.left >= host.left - 1 && part.right <= host.right + 1, selector).to.equal(true);
    }
  });

  it('writes dates as <time datetime> in Arabic and English, with digits, calendar and dual months', async () => {
    const el = await article(html`<maqal-article digits="latn"></maqal-article>`);
    const published = shadow(el, '.published time')!;
    expect(published.getAttribute('datetime')).to.equal('2025-04-14T09:00:00Z');
    expect(text(published)).to.equal('14 أبريل 2025');
    expect(text(shadow(el, '.published'))).to.equal('نُشر في 14 أبريل 2025');
    const modified = shadow(el, '.modified time')!;
    expect(modified.getAttribute('datetime')).to.equal('2025-04-14T12:30:00Z');
    expect(text(shadow(el, '.modified'))).to.equal('آخر تحديث: 14 أبريل 2025');

    el.digits = 'arab';
    await el.updateComplete;
    expect(text(published)).to.equal('١٤ أبريل ٢٠٢٥');
    el.months = 'dual';
    await el.updateComplete;
    expect(text(shadow(el, '.published time'))).to.equal('١٤ نيسان/ أبريل ٢٠٢٥');
    el.setAttribute('calendar', 'islamic-umalqura');
    el.setAttribute('digits', 'latn');
    await el.updateComplete;
    expect(text(shadow(el, '.published time'))).to.match(/^16 شوال 1446/);

    const en = await article(undefined, seedEn);
    expect(text(shadow(en, '.published time'))).to.equal('April 14, 2025');
    expect(text(shadow(en, '.published'))).to.equal('Published April 14, 2025');
    // The English seed has no `modified`: no "Updated" line.
    expect(shadow(en, '.modified')).to.equal(null);
  });

  it('keeps each date with its label on a narrow screen ("آخر تحديث:" never ends a line)', async () => {
    const el = await article(
      html`<maqal-article months="dual" style="width:300px;display:block"></maqal-article>`,
    );
    // Bidi runs may split a field into several boxes, but on one line they share their top.
    const lines = (field: string) =>
      new Set([...shadow(el, field)!.getClientRects()].map((box) => Math.round(box.top))).size;
    for (const field of ['.published', '.modified', '.reading-time']) {
      expect(lines(field), field).to.equal(1);
    }
    // The meta line itself does wrap (its fields do not fit side by side at this width).
    expect(shadow(el, '.meta')!.getClientRects()[0].height).to.be.above(
      shadow(el, '.modified')!.getBoundingClientRect().height * 1.5,
    );
  });

  it('wraps a date inside its field rather than overflow a line narrower than the field', async () => {
    const el = await article(
      html`<maqal-article months="dual" style="width:150px;display:block"></maqal-article>`,
    );
    const meta = shadow(el, '.meta')!.getBoundingClientRect();
    for (const field of ['.published', '.modified', '.reading-time']) {
      const box = shadow(el, field)!.getBoundingClientRect();
      expect(box.left >= meta.left - 1 && box.right <= meta.right + 1, field).to.equal(true);
    }
    // "آخر تحديث: ١٥ نيسان/ أبريل ٢٠٢٥" is wider than 150px: it takes more than one line.
    const modified = shadow(el, '.modified')!;
    const lineHeight = parseFloat(getComputedStyle(modified).lineHeight);
    expect(modified.getBoundingClientRect().height).to.be.above(lineHeight * 1.5);
  });

  it('writes the reading time in the same digits as the dates', async () => {
    const el = await article(html`<maqal-article digits="arab"></maqal-article>`);
    expect(text(shadow(el, '[part=reading-time]'))).to.equal('وقت القراءة: ٣ دقائق');
    expect(text(shadow(el, '.published time'))).to.match(/^[٠-٩]+ /);
    el.digits = 'latn';
    await el.updateComplete;
    expect(text(shadow(el, '[part=reading-time]'))).to.equal('وقت القراءة: 3 دقائق');
  });

  it('gives the reading time by language, with Arabic plural forms, and an override', async () => {
    const el = await article(html`<maqal-article digits="latn"></maqal-article>`);
    // The seed: 361 words at 138 a minute.
    expect(text(shadow(el, '[part=reading-time]'))).to.match(/^وقت القراءة: [3٣] دقائق$/);
    const cases: [number, RegExp][] = [
      [100, /^وقت القراءة: دقيقة واحدة$/],
      [276, /^وقت القراءة: دقيقتان$/],
      [138 * 11, /^وقت القراءة: (11|١١) دقيقة$/],
    ];
    for (const [count, expected] of cases) {
      el.article = { title: 'ع', lang: 'ar', body: words(count) } as Article;
      await el.updateComplete;
      expect(text(shadow(el, '[part=reading-time]')), `${count} words`).to.match(expected);
    }
    el.wordsPerMinute = 276;
    await el.updateComplete;
    expect(text(shadow(el, '[part=reading-time]'))).to.match(/^وقت القراءة: (6|٦) دقائق$/);

    // English reads faster: 456 words are two minutes in English, three in Arabic.
    const en = await article(undefined, { title: 'E', lang: 'en', body: words(456, 'word') });
    expect(text(shadow(en, '[part=reading-time]'))).to.equal('2 minutes read');
    en.article = { title: 'E', lang: 'en', body: words(100, 'word') } as Article;
    await en.updateComplete;
    expect(text(shadow(en, '[part=reading-time]'))).to.equal('1 minute read');
    en.setAttribute('words-per-minute', '50');
    await en.updateComplete;
    expect(text(shadow(en, '[part=reading-time]'))).to.equal('2 minutes read');
    en.setAttribute('words-per-minute', 'fast');
    await en.updateComplete;
    expect(text(shadow(en, '[part=reading-time]'))).to.equal('1 minute read');
    // Link targets and tags are not words.
    en.article = {
      title: 'E',
      lang: 'en',
      body: `${words(200, 'word')} [x](https://a.example/${words(300, 'w/')}) <span title="${words(300, 'w')}"></span>`,
    } as Article;
    await en.updateComplete;
    expect(text(shadow(en, '[part=reading-time]'))).to.equal('1 minute read');
  });

  it('takes the heading level from an attribute, 2 by default', async () => {
    const el = await article(undefined, { ...seed, body: '# قسم' });
    expect(shadow(el, '[part=title]')!.localName).to.equal('h2');
    expect(shadow(el, '[part=body] h3')).not.to.equal(null);
    el.setAttribute('heading-level', '1');
    await el.updateComplete;
    expect(shadow(el, '[part=title]')!.localName).to.equal('h1');
    expect(text(shadow(el, '[part=body] h2'))).to.equal('قسم');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(shadow(el, '[part=title]')!.localName).to.equal('h4');
    expect(shadow(el, '[part=body] h5')).not.to.equal(null);
    el.setAttribute('heading-level', '0');
    await el.updateComplete;
    expect(shadow(el, '[part=title]')!.localName).to.equal('h2');
  });

  it('slots related articles, comments and extra content after the publisher box', async () => {
    const el = await article(
      html`<maqal-article>
        <div slot="comments" id="c">التعليقات</div>
        <p id="extra">محتوى إضافي</p>
        <div slot="related" id="r">مقالات ذات صلة</div>
      </maqal-article>`,
    );
    const slot = (name: string) =>
      el.shadowRoot!.querySelector<HTMLSlotElement>(
        name ? `slot[name=${name}]` : 'slot:not([name])',
      )!;
    expect(
      slot('related')
        .assignedElements()
        .map((e) => e.id),
    ).to.deep.equal(['r']);
    expect(
      slot('comments')
        .assignedElements()
        .map((e) => e.id),
    ).to.deep.equal(['c']);
    expect(
      slot('')
        .assignedElements()
        .map((e) => e.id),
    ).to.deep.equal(['extra']);
    const top = (id: string) => document.getElementById(id)!.getBoundingClientRect().top;
    const publisher = shadow(el, '[part=publisher]')!.getBoundingClientRect();
    expect(top('r')).to.be.greaterThan(publisher.bottom - 1);
    expect(top('c')).to.be.greaterThan(top('r'));
    expect(top('extra')).to.be.greaterThan(top('c'));
  });

  it("lends its language to slotted widgets: an Arabic article's form speaks Arabic on an English page", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <maqal-article>
          <maqal-comment-form slot="comments" id="form"></maqal-comment-form>
          <maqal-comment-form slot="comments" id="own" lang="fr"></maqal-comment-form>
        </maqal-article>
        <maqal-comment-form id="outside"></maqal-comment-form>
      </div>`,
    );
    const el = wrapper.querySelector<MaqalArticle>('maqal-article')!;
    const form = (id: string) => wrapper.querySelector<MaqalCommentForm>(`#${id}`)!;
    const heading = (id: string) => text(form(id).shadowRoot!.querySelector('[part=heading]'));
    const direction = (id: string) =>
      getComputedStyle(form(id).shadowRoot!.querySelector('[part=base]')!).direction;
    el.article = seed; // lang "ar"
    await el.updateComplete;
    await form('form').updateComplete;
    expect([heading('form'), direction('form')]).to.deep.equal(['اترك تعليقاً', 'rtl']);
    expect([form('own').language, form('outside').language]).to.deep.equal(['fr', 'en']);
    expect(heading('outside')).to.equal('Leave a Reply');

    // A form added, or moved in, once the article shows takes its language too.
    const late = document.createElement('maqal-comment-form');
    wrapper.append(late);
    await late.updateComplete;
    expect(late.language).to.equal('en');
    late.slot = 'comments';
    el.append(late);
    await until(
      () => !!late.shadowRoot!.querySelector('[part=heading]')?.textContent?.includes('اترك'),
      'the moved form in Arabic',
    );

    // The article's language changes with its data; the form follows.
    el.article = seedEn;
    await el.updateComplete;
    await form('form').updateComplete;
    expect([heading('form'), direction('form')]).to.deep.equal(['Leave a Reply', 'ltr']);
  });

  it("hands its comment settings to the slotted comment form, the page's own settings first", async () => {
    const comments = {
      open: true,
      endpoint: '/mock/comments',
      format: 'wordpress' as const,
      postId: '7',
    };
    const el = await article(
      html`<maqal-article>
        <maqal-comment-form slot="comments" id="plain"></maqal-comment-form>
        <maqal-comment-form slot="comments" id="own" endpoint="/own" article-id="42" format="json">
        </maqal-comment-form>
      </maqal-article>`,
      { ...seed, comments },
    );
    const form = (id: string) => el.querySelector<MaqalCommentForm>(`#${id}`)!;
    expect([form('plain').endpoint, form('plain').articleId, form('plain').format]).to.deep.equal([
      '/mock/comments',
      '7',
      'wordpress',
    ]);
    expect([form('own').endpoint, form('own').articleId, form('own').format]).to.deep.equal([
      '/own',
      '42',
      'json',
    ]);

    // Closed comments hide the forms; open again, they come back.
    el.article = { ...seed, comments: { ...comments, open: false } };
    await el.updateComplete;
    expect(form('plain').hidden && form('own').hidden).to.equal(true);
    expect(form('plain').checkVisibility()).to.equal(false);
    el.article = { ...seed, comments };
    await el.updateComplete;
    expect(form('plain').hidden || form('own').hidden).to.equal(false);

    // Another article: what the article set follows it; what the page set stays.
    el.article = { ...seed, id: 'b', comments: { open: true, endpoint: '/mock/b', postId: '9' } };
    await el.updateComplete;
    expect([form('plain').endpoint, form('plain').articleId, form('plain').format]).to.deep.equal([
      '/mock/b',
      '9',
      'json',
    ]);
    expect([form('own').endpoint, form('own').articleId]).to.deep.equal(['/own', '42']);
    el.article = { ...seed, comments };

    // A form added later gets them too; without settings in the data, nothing is touched.
    const late = document.createElement('maqal-comment-form');
    late.slot = 'comments';
    el.append(late);
    await until(() => late.endpoint === '/mock/comments', 'the late form to get the endpoint');
    const bare = await article(
      html`<maqal-article
        ><maqal-comment-form slot="comments"></maqal-comment-form
      ></maqal-article>`,
      { ...seed, comments: undefined },
    );
    const untouched = bare.querySelector<MaqalCommentForm>('maqal-comment-form')!;
    expect(untouched.endpoint === undefined && !untouched.hidden).to.equal(true);
  });

  it("hands over only an endpoint on the page's origin: data cannot send readers' emails elsewhere", async () => {
    const elsewhere = `https://collector.example/comments?${Math.random()}`;
    const el = await article(
      html`<maqal-article id="lead"
        ><maqal-comment-form slot="comments"></maqal-comment-form
      ></maqal-article>`,
      { ...seed, comments: { open: true, endpoint: elsewhere, postId: '7' } },
    );
    const form = el.querySelector<MaqalCommentForm>('maqal-comment-form')!;
    expect([form.endpoint, form.articleId]).to.deep.equal([undefined, '7']);
    expect(spy.warnings.filter((line) => line.includes(elsewhere))).to.deep.equal([
      `<maqal-article#lead>: the data's comments endpoint ${elsewhere} is on another origin than the page and the data; not used (set the form's endpoint attribute to use it)`,
    ]);
    // Only http(s): a mailto endpoint is no place to post a comment to.
    el.article = {
      ...seed,
      comments: { open: true, endpoint: 'mailto:collector@example.com', postId: '8' },
    };
    await el.updateComplete;
    expect([form.endpoint, form.articleId]).to.deep.equal([undefined, '8']);
    // The same origin as the page, written in full, is fine.
    const here = `${location.origin}/mock/comments`;
    el.article = { ...seed, comments: { open: true, endpoint: here, postId: '7' } };
    await el.updateComplete;
    expect(form.endpoint).to.equal(here);
  });

  it('follows in-page links of the body (footnotes) inside its shadow root', async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `فقرة ${i + 1} ${words(30)}`).join('\n\n');
    // A WordPress footnote (core Footnotes block) and a Markdown link to an id.
    const body = `نص مع حاشية<sup><a href="#fn-1" id="fn-1-link">1</a></sup> ورابط [إلى الحاشية](#note).\n\n${filler}\n\n<p id="note">الحاشية هنا</p>\n\n<ol><li id="fn-1">حاشية مرقمة</li></ol>`;
    const el = await article(undefined, { ...seed, body });
    const link = shadow(el, '[part=body] a[href="#user-content-note"]')!;
    expect(link, 'the link follows the prefixed id').not.to.equal(null);
    const target = el.shadowRoot!.getElementById('user-content-note')!;
    expect(text(target)).to.equal('الحاشية هنا');
    const hashBefore = location.hash;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(target);
    expect(location.hash).to.equal(hashBefore);
    const box = target.getBoundingClientRect();
    expect(box.top >= -1 && box.top < innerHeight, 'the note is scrolled into view').to.equal(true);
    // The footnote mark works the same way.
    const footnote = shadow(el, '[part=body] sup a')!;
    expect(footnote.getAttribute('href')).to.equal('#user-content-fn-1');
    footnote.click();
    expect(el.shadowRoot!.activeElement).to.equal(
      el.shadowRoot!.getElementById('user-content-fn-1'),
    );
    window.scrollTo(0, 0);
  });

  it('takes data from inline JSON and from src', async () => {
    const inline = await fixture<MaqalArticle>(
      html`<maqal-article
        ><script type="application/json">
          { "title": "من JSON مضمّن", "lang": "ar", "body": "فقرة **مهمة**" }
        </script></maqal-article
      >`,
    );
    await inline.updateComplete;
    expect(text(shadow(inline, '[part=title]'))).to.equal('من JSON مضمّن');
    expect(text(shadow(inline, '[part=body] strong'))).to.equal('مهمة');

    const path = await mockEndpoint('article-src', { body: seed });
    const fromSrc = await fixture<MaqalArticle>(html`<maqal-article src=${path}></maqal-article>`);
    await until(() => fromSrc.state === 'ready', 'src to load');
    await fromSrc.updateComplete;
    expect(text(shadow(fromSrc, '[part=title]'))).to.equal(seed.title);
    expect(all(fromSrc, '[part=body] p')).to.have.length(10);
  });

  it('renders bodyHtml (from an adapter) sanitised when there is no Markdown body', async () => {
    const el = await article(undefined, {
      title: 'WP',
      lang: 'ar',
      bodyHtml:
        '<p>فقرة <a href="https://other.example/">رابط</a></p><img src="x" onerror="window.__xss()"><script>window.__xss()</script>',
    });
    const body = shadow(el, '[part=body]')!;
    expect(text(body.querySelector('p'))).to.equal('فقرة رابط');
    expect(body.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(body.querySelector('script')).to.equal(null);
    expect(body.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
  });

  describe('hostile input', () => {
    let calls: unknown[];
    beforeEach(() => {
      calls = [];
      window.__xss = (...args) => calls.push(args);
    });
    afterEach(() => delete window.__xss);

    const vector = '"><img src=x onerror="window.__xss(1)"><script>window.__xss(2)</script>';
    const badUrl = 'javascript:window.__xss(3)';

    function checkShadow(el: MaqalArticle) {
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        expect([
          'script',
          'iframe',
          'object',
          'embed',
          'style',
          'form',
          'svg',
          'math',
        ]).not.to.include(node.localName);
        // Lit's own <style> is adopted, never an element; any slot is one of ours.
        if (node.localName === 'slot') {
          expect(node.parentElement!.className).to.equal('after');
        }
        for (const attribute of node.attributes) {
          expect(attribute.name, `${node.localName}[${attribute.name}]`).not.to.match(/^on/);
          if (['href', 'src'].includes(attribute.name)) {
            expect(safeUrl(attribute.value), attribute.value).to.equal(attribute.value);
            expect(attribute.value).not.to.match(/script:/i);
          }
        }
      }
    }

    it('shows Markdown that exhausts the renderer as plain text, with one error and no rejection', async () => {
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        // Thousands of nested quotes overflow marked's recursive lexer (a RangeError).
        const body = `${'>'.repeat(5000)} نص عميق\n\nفقرة ثانية`;
        const el = await article(undefined, { ...seed, body });
        await until(() => el.shadowRoot!.querySelector('[part=body] p') !== null);
        await frames();
        expect(all(el, '[part=body] p').map(text)).to.deep.equal([
          `${'>'.repeat(5000)} نص عميق`,
          'فقرة ثانية',
        ]);
        expect(shadow(el, '[part=body]')!.hasAttribute('aria-busy')).to.equal(false);
        expect(spy.errors).to.have.length(1);
        expect(spy.errors[0]).to.contain('the body could not be rendered');
        expect(rejections).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });

    it('keeps layout breakers out of the body: no marquee or canvas, nothing wider than the column', async () => {
      const body = [
        '<marquee>يتحرك</marquee><blink>يومض</blink>',
        '<nobr>سطر لا ينكسر</nobr><canvas width="5000" height="10"></canvas>',
        '<hr width="4000"><img src="/seeds/images/sample-1.svg" width="6000" height="10" alt="">',
        '',
        'فقرة عادية',
      ].join('\n');
      const el = await article(
        html`<div style="width:500px"><maqal-article></maqal-article></div>`,
        null,
      );
      const inner = el.querySelector('maqal-article') as MaqalArticle;
      inner.article = { ...seed, body, image: undefined };
      await inner.updateComplete;
      const bodyPart = shadow(inner, '[part=body]')!;
      for (const name of ['marquee', 'blink', 'nobr', 'canvas']) {
        expect(bodyPart.querySelector(name) === null, name).to.equal(true);
      }
      expect(text(bodyPart)).to.contain('يتحرك');
      const column = bodyPart.getBoundingClientRect().width;
      for (const wide of bodyPart.querySelectorAll('hr, img')) {
        expect(wide.getBoundingClientRect().width, wide.localName).to.be.at.most(column + 0.5);
      }
      const page = document.documentElement;
      expect(page.scrollWidth <= page.clientWidth, 'no horizontal overflow').to.equal(true);
    });

    it('keeps sizes in the data from making the page millions of pixels tall', async () => {
      const body = [
        '<table height="99999999" border="99999999" cellpadding="99999999"><tr><td height="99999999">خلية</td></tr></table>',
        '<hr size="99999999">',
        '<img src="/seeds/images/sample-1.svg" width="1" height="99999999" alt="">',
        '',
        `${'<big>'.repeat(60)}${'كلمة '.repeat(30)}${'</big>'.repeat(60)}`,
        '',
        'فقرة عادية',
      ].join('\n');
      const el = await article(undefined, { ...seed, body, image: undefined });
      const bodyPart = shadow(el, '[part=body]')!;
      expect(text(bodyPart)).to.contain('خلية');
      for (const tall of bodyPart.querySelectorAll('table, td, hr, img')) {
        expect(tall.getBoundingClientRect().height, tall.localName).to.be.at.most(innerHeight);
      }
      expect(bodyPart.getBoundingClientRect().height).to.be.below(2 * innerHeight);
      // Nested <big>s stop growing after the first (each is 1.2 times its parent).
      const bigs = bodyPart.querySelectorAll('big');
      expect(bigs).to.have.length(60);
      expect(getComputedStyle(bigs[59]).fontSize).to.equal(getComputedStyle(bigs[0]).fontSize);
      // An image keeps its height attribute: it reserves the box before the image loads.
      expect(bodyPart.querySelector('img')!.getAttribute('height')).to.equal('99999999');
    });

    it('neutralises injection in every JSON field, shown as text', async () => {
      const el = await article(html`<maqal-article json-ld></maqal-article>`, {
        id: vector,
        url: badUrl,
        lang: 'ar',
        title: vector,
        excerpt: vector,
        category: { name: vector, url: badUrl },
        author: {
          name: vector,
          url: 'JaVaScRiPt:window.__xss(4)',
          avatar: 'data:image/svg+xml,<svg onload=window.__xss(5)>',
        },
        image: {
          src: 'javascript:window.__xss(6)//x.png',
          alt: vector,
          caption: vector,
          credit: vector,
        },
        publisher: {
          name: vector,
          description: vector,
          url: ' java\nscript:window.__xss(7)',
          logo: 'vbscript:x',
        },
        tags: [{ name: vector, url: badUrl }, vector],
        body: vector,
      });
      // The image src is required and unsafe: the whole article is refused, readably.
      expect(shadow(el, '[part=error]')).not.to.equal(null);
      expect(text(shadow(el, '[part=error]'))).to.contain('image.src');
      expect(spy.errors).to.have.length(1);

      el.article = {
        id: vector,
        url: badUrl,
        lang: 'ar',
        title: vector,
        excerpt: vector,
        category: { name: vector, url: badUrl },
        author: { name: vector, url: 'JaVaScRiPt:window.__xss(4)', avatar: 'data:image/svg+xml,x' },
        image: {
          src: '/mock/never-an-image.png',
          alt: vector,
          caption: vector,
          credit: vector,
          srcset: 'javascript:x 1x',
        },
        publisher: {
          name: vector,
          description: vector,
          url: ' java\nscript:window.__xss(7)',
          logo: 'vbscript:x',
        },
        tags: [{ name: vector, url: badUrl }, vector as unknown as { name: string }],
        body: vector,
      } as Article;
      await el.updateComplete;
      await frames();
      expect(shadow(el, '[part=error]')).to.equal(null);
      expect(calls).to.deep.equal([]);
      checkShadow(el);
      // Text fields are text: the vector is visible verbatim.
      for (const selector of [
        '.title-text',
        '[part=category]',
        '[part=author]',
        '.publisher-name',
        '.publisher-description',
        '.tag',
      ]) {
        expect(text(shadow(el, selector)), selector).to.equal(vector.replace(/\s+/g, ' '));
      }
      expect(text(shadow(el, '[part=caption]'))).to.contain(vector.replace(/\s+/g, ' '));
      expect((shadow(el, 'img[part=image]') as HTMLImageElement).alt).to.equal(vector);
      // Unsafe URLs were dropped: plain text instead of links, no avatar, no logo.
      expect(shadow(el, '[part=category]')!.localName).to.equal('span');
      expect(shadow(el, '[part=author]')!.localName).to.equal('span');
      expect(shadow(el, 'img[part=publisher-logo]')).to.equal(null);
      expect(shadow(el, '.avatar')).to.equal(null);
      expect(shadow(el, 'img[part=image]')!.hasAttribute('srcset')).to.equal(false);
      // The JSON-LD cannot close its script.
      const ld = el.querySelector('script[type="application/ld+json"]')!;
      expect(ld.textContent).not.to.contain('<');
      expect(JSON.parse(ld.textContent!).headline).to.equal(vector);
      expect(JSON.parse(ld.textContent!).url).to.equal(undefined);
      expect(el.querySelectorAll('script')).to.have.length(1);
    });

    for (const [name, vectorMd] of INJECTIONS) {
      it(`neutralises ${name} in the body`, async () => {
        const el = await article(
          html`<maqal-article><div slot="comments" id="slotted">c</div></maqal-article>`,
          {
            title: 'عنوان',
            lang: 'ar',
            body: `قبل\n\n${vectorMd}\n\nبعد`,
            // With tags and a publisher, so our own ids are there to be clashed with.
            tags: seed.tags,
            publisher: seed.publisher,
          },
        );
        await frames();
        expect(calls).to.deep.equal([]);
        checkShadow(el);
        // (An unclosed vector may swallow the text after it; the text before it stays.)
        expect(text(shadow(el, '[part=body]'))).to.match(/^قبل/);
        // The page's slotted content stays in our slot, not one smuggled into the body.
        expect(
          el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=comments]')!.assignedElements(),
        ).to.have.length(1);
        expect(shadow(el, '[part=body] [part]')).to.equal(null);
        // Our own ids stay unique, and every id from the body carries the sanitiser's prefix.
        expect(el.shadowRoot!.querySelectorAll('#maqal-tags-label')).to.have.length(1);
        expect(el.shadowRoot!.querySelectorAll('#maqal-publisher-label')).to.have.length(1);
        for (const node of el.shadowRoot!.querySelectorAll('[part=body] [id]')) {
          expect(node.id).to.match(/^user-content-/);
        }
      });
    }
  });

  describe('JSON-LD', () => {
    it('is off by default, on with json-ld, and removed when turned off or the element goes', async () => {
      const el = await article(html`<maqal-article></maqal-article>`);
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
      el.jsonLd = true;
      await el.updateComplete;
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(el.hasAttribute('json-ld')).to.equal(true);
      const data = JSON.parse(script.textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('NewsArticle');
      expect(data.headline).to.equal(seed.title);
      expect(data.inLanguage).to.equal('ar');
      expect(data.datePublished).to.equal('2025-04-14T09:00:00Z');
      expect(data.dateModified).to.equal('2025-04-14T12:30:00Z');
      expect(data.articleSection).to.equal('أفريقيا');
      expect(data.keywords).to.deep.equal(['الجزائر', 'مالي', 'روسيا', 'الساحل']);
      expect(data.image).to.deep.equal([
        new URL('/seeds/images/sahel-map.svg', document.baseURI).href,
      ]);
      expect(data.publisher).to.deep.equal({
        '@type': 'Organization',
        name: 'Political Keys',
        url: new URL('#publisher', document.baseURI).href,
      });
      expect(data.url).to.equal(new URL('#russia-algeria-mali-mediation', document.baseURI).href);
      // Not rendered, not taken for the inline data.
      expect(script.getBoundingClientRect().height).to.equal(0);
      expect(el.state).to.equal('ready');

      el.article = { ...seed, title: 'عنوان آخر' };
      await el.updateComplete;
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect(JSON.parse(el.querySelector('script')!.textContent!).headline).to.equal('عنوان آخر');

      el.removeAttribute('json-ld');
      await el.updateComplete;
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);

      el.jsonLd = true;
      await el.updateComplete;
      expect(el.querySelector('script[type="application/ld+json"]')).not.to.equal(null);
      const parent = el.parentElement!;
      el.remove();
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
      parent.append(el);
      await el.updateComplete;
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    });

    it('works alongside inline JSON data', async () => {
      const el = await fixture<MaqalArticle>(
        html`<maqal-article json-ld
          ><script type="application/json">
            { "title": "مضمّن", "lang": "ar" }
          </script></maqal-article
        >`,
      );
      await el.updateComplete;
      await frames();
      expect(el.state).to.equal('ready');
      expect(
        JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!).headline,
      ).to.equal('مضمّن');
      expect(spy.errors).to.deep.equal([]);
    });
  });

  const badInputs: [string, () => Promise<MaqalArticle>, RegExp][] = [
    [
      'malformed inline JSON',
      () =>
        fixture(
          html`<maqal-article
            ><script type="application/json">
              {"title":
            </script></maqal-article
          >`,
        ),
      /invalid JSON/,
    ],
    [
      'a wrong type',
      () => article(undefined, { title: 'x', body: 42 }),
      /body: expected a string, got number 42/,
    ],
    [
      'a 500',
      async () => {
        const el = await fixture<MaqalArticle>(
          html`<maqal-article
            src=${await mockEndpoint('article-500', { status: 500, body: {} })}
          ></maqal-article>`,
        );
        await until(() => el.state === 'error', 'the error');
        return el;
      },
      /answered 500/,
    ],
  ];
  for (const [name, make, message] of badInputs) {
    it(`shows a readable error state and one console error for ${name}`, async () => {
      const el = await make();
      await el.updateComplete;
      const error = shadow(el, '[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('تعذّر عرض المحتوى');
      expect(text(error)).to.match(message);
      expect(spy.errors).to.have.length(1);
      expect(spy.errors[0]).to.contain('<maqal-article>');
    });
  }

  it('reserves space while loading', async () => {
    const path = await mockEndpoint('article-slow', { body: seed, delay: 300 });
    const el = await fixture<MaqalArticle>(html`<maqal-article src=${path}></maqal-article>`);
    expect(el.state).to.equal('loading');
    expect(shadow(el, '[aria-busy=true]')).not.to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('sets Arabic typography on its own root: Naskh stack, no letter-spacing, whatever the host says', async () => {
    const style = document.createElement('style');
    style.textContent = `* { letter-spacing: 4px !important; font-family: serif !important; line-height: 1 !important }`;
    document.head.append(style);
    try {
      const el = await article();
      const body = getComputedStyle(shadow(el, '[part=body] p')!);
      expect(body.fontFamily).to.match(/^"Noto Naskh Arabic"/);
      expect(body.letterSpacing).to.equal('normal');
      expect(parseFloat(body.lineHeight) / parseFloat(body.fontSize)).to.be.within(1.8, 2.1);
      const custom = await article(
        html`<maqal-article style="--maqal-font-family: Amiri, serif"></maqal-article>`,
      );
      expect(getComputedStyle(shadow(custom, '[part=body] p')!).fontFamily).to.equal(
        'Amiri, serif',
      );
      // English takes the system's UI font (Naskh metrics would set Latin text too high);
      // the public token still sets it.
      const english = await article(undefined, seedEn);
      expect(getComputedStyle(shadow(english, '[part=body] p')!).fontFamily).to.match(
        /^system-ui,/,
      );
      const customEnglish = await article(
        html`<maqal-article style="--maqal-font-family: Amiri, serif"></maqal-article>`,
        seedEn,
      );
      expect(getComputedStyle(shadow(customEnglish, '[part=body] p')!).fontFamily).to.equal(
        'Amiri, serif',
      );
    } finally {
      style.remove();
    }
  });

  for (const [allowsMaqal, policies] of [
    [true, 'lit-html dompurify maqal'],
    [false, 'lit-html dompurify'],
  ] as const) {
    it(`works on a page that enforces Trusted Types (trusted-types ${policies})`, async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html>
        <meta http-equiv="Content-Security-Policy"
          content="require-trusted-types-for 'script'; trusted-types ${policies}; object-src 'none'; base-uri 'none'">
        <body>
        <script type="module">
          window.violations = [];
          window.warnings = [];
          console.warn = (message) => window.warnings.push(String(message));
          document.addEventListener('securitypolicyviolation', (event) =>
            window.violations.push(event.violatedDirective + ': ' + event.sample));
          await import('/src/components/article/define.ts');
          window.defined = true;
        </script>`;
      document.body.append(frame);
      try {
        const win = frame.contentWindow as Window & {
          defined?: boolean;
          violations?: string[];
          warnings?: string[];
        };
        await until(() => win.defined === true, 'the element to load in the frame', 8000);
        const doc = frame.contentDocument!;
        // Control: the frame really enforces Trusted Types.
        expect(() => (doc.body.innerHTML = '<b>x</b>')).to.throw();
        await until(() => win.violations!.length === 1, 'the control violation to be reported');
        win.violations!.length = 0;

        const el = doc.createElement('maqal-article') as MaqalArticle;
        el.jsonLd = true;
        doc.body.append(el);
        el.article = {
          ...seed,
          body: '## قسم\n\nفقرة **مهمة** و[رابط](https://other.example/).\n\n<img src=x onerror=alert(1)>',
        };
        await el.updateComplete;
        expect(text(shadow(el, '[part=body] strong'))).to.equal('مهمة');
        expect(shadow(el, '[part=body] a')!.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(shadow(el, '[part=body] img')!.hasAttribute('onerror')).to.equal(false);
        expect(text(shadow(el, '[part=title]'))).to.equal(seed.title);
        const ld = el.querySelector('script[type="application/ld+json"]');
        if (allowsMaqal) {
          expect(JSON.parse(ld!.textContent!).headline).to.equal(seed.title);
          expect(win.warnings).to.deep.equal([]);
        } else {
          // Not allowed to write script text: no JSON-LD, one warning that says what to allow.
          expect(ld).to.equal(null);
          expect(win.warnings).to.have.length(1);
          expect(win.warnings![0]).to.contain("'maqal'");
        }
        await frames(); // violation reports are queued: let any arrive
        // Only the refused policy name is reported (it tells the site what to allow); never a
        // blocked sink.
        expect(win.violations!.join('\n')).to.equal(allowsMaqal ? '' : 'trusted-types: maqal');
      } finally {
        frame.remove();
      }
    });
  }

  it('has a dark theme by attribute', async () => {
    const dark = await article(html`<maqal-article theme="dark"></maqal-article>`);
    expect(getComputedStyle(shadow(dark, '[part=base]')!).backgroundColor).to.equal(
      'rgb(30, 34, 39)',
    );
    expect(getComputedStyle(shadow(dark, '[part=body] p')!).color).to.equal('rgb(232, 234, 237)');
  });

  const variants: [string, () => Promise<MaqalArticle>][] = [
    ['Arabic', () => article()],
    [
      'Arabic at heading level 1',
      () => article(html`<maqal-article heading-level="1"></maqal-article>`),
    ],
    ['Arabic, dark', () => article(html`<maqal-article theme="dark"></maqal-article>`)],
    ['English', () => article(undefined, seedEn)],
    ['English, dark', () => article(html`<maqal-article theme="dark"></maqal-article>`, seedEn)],
    [
      'loading',
      async () =>
        fixture<MaqalArticle>(
          html`<maqal-article
            src=${await mockEndpoint('article-a11y', { hang: true })}
          ></maqal-article>`,
        ),
    ],
    ['error', () => article(undefined, { title: 42 })],
  ];
  for (const [name, make] of variants) {
    it(`is accessible: ${name}`, async () => {
      await expect(await make()).to.be.accessible();
    });
  }
});
