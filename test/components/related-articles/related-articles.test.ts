import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/components/related-articles/define.js';
import type { MaqalArticleCard } from '../../../src/components/article-card/article-card.js';
import { MaqalRelatedArticles } from '../../../src/components/related-articles/related-articles.js';
import type { Article, ArticleListInput, ArticleSummary } from '../../../src/lib/model.js';
import { spyOnConsole, type ConsoleSpy } from '../../helpers/console.js';
import { mockEndpoint } from '../../helpers/mock-api.js';
import { loadSeed, until } from '../../helpers/seeds.js';
import { typographyOf, withHostilePageCss } from '../../helpers/hostile-css.js';

type Related = MaqalRelatedArticles;

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const cards = (el: Element) => $$(el, 'maqal-article-card') as MaqalArticleCard[];
const cardTitle = (card: Element) =>
  card.shadowRoot!.querySelector('[part=title]')!.textContent!.trim();
const cardIds = (el: Element) => cards(el).map((card) => card.article!.id);

/** Settles the list and every card in it (the cards render in their own update cycles). */
async function settled(el: Related): Promise<Related> {
  await el.allRendered();
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return el;
}

/**
 * The seeds link to fragments of the demo page (`#sample-…`); axe takes an off-screen link to a
 * missing fragment for a broken skip link. A scroller hides cards off-screen, so its axe runs use
 * ordinary article paths, as a real site has.
 */
const withPaths = <T extends { id: string; url?: string }>(items: T[]) =>
  items.map((item) => ({ ...item, url: `/news/${item.id}` }));

function summaries(count: number, prefix = 'item'): ArticleSummary[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    url: `#${prefix}-${index}`,
    lang: 'ar',
    title: `مقال رقم ${index + 1}`,
    excerpt: 'نص قصير يصف المقال.',
    category: { name: 'أفريقيا' },
    published: '2025-04-11T08:00:00Z',
  }));
}

describe('<maqal-related-articles>', () => {
  let seed: Article;
  let seedEn: Article;
  let related: { articles: ArticleSummary[] };
  let spy: ConsoleSpy;
  before(async () => {
    seed = await loadSeed<Article>('article.json');
    seedEn = await loadSeed<Article>('article-en.json');
    related = await loadSeed('related.json');
  });
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  async function list(
    template: TemplateResult = html`<maqal-related-articles></maqal-related-articles>`,
    articles: unknown = related,
  ): Promise<Related> {
    const el = await fixture<Related>(template);
    if (articles !== undefined) el.articles = articles as ArticleListInput; // bad data on purpose, too
    return settled(el);
  }

  describe('content', () => {
    it('renders a labelled section with the default heading and a list of cards', async () => {
      const el = await list();
      const section = $(el, 'section')!;
      expect(section.getAttribute('part')).to.equal('base');
      const heading = $(el, '[part=heading]')!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent!.trim()).to.equal('مقالات ذات صلة');
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect($(el, 'ul[part=list]')).not.to.equal(null);
      const items = $$(el, 'ul > li');
      expect(items).to.have.length(4);
      expect(items.every((li) => li.querySelector('maqal-article-card'))).to.equal(true);
      expect(cards(el).map(cardTitle)).to.deep.equal(related.articles.map((a) => a.title));
      expect(cards(el)[0].shadowRoot!.querySelector('[part=title]')!.localName).to.equal('h3');
    });

    it('lists the related field of an article and never the article itself', async () => {
      const article = {
        ...seed,
        related: [...seed.related!, { id: seed.id, title: seed.title, url: seed.url }],
      };
      const el = await list(undefined, article);
      expect(cardIds(el)).to.deep.equal(seed.related!.map((a) => a.id));
      expect(cardIds(el)).not.to.include(seed.id);
    });

    it('takes data from inline JSON and from src, and validates it', async () => {
      const inline = await fixture<Related>(
        html`<maqal-related-articles
          ><script type="application/json">
            [{ "id": "a", "title": "من JSON مضمّن", "url": "#a" }]
          </script></maqal-related-articles
        >`,
      );
      await settled(inline);
      expect(cards(inline).map(cardTitle)).to.deep.equal(['من JSON مضمّن']);

      const fromSrc = await fixture<Related>(
        html`<maqal-related-articles src="/seeds/related.json"></maqal-related-articles>`,
      );
      await until(() => fromSrc.state === 'ready', 'src to load');
      await settled(fromSrc);
      expect(cardIds(fromSrc)).to.deep.equal(related.articles.map((a) => a.id));

      const path = await mockEndpoint('related-article', { body: seed });
      const fromArticle = await fixture<Related>(
        html`<maqal-related-articles src=${path}></maqal-related-articles>`,
      );
      await until(() => fromArticle.state === 'ready', 'the article to load');
      await settled(fromArticle);
      expect(cardIds(fromArticle)).to.deep.equal(seed.related!.map((a) => a.id));
    });

    it('drops duplicates, excluded ids and the current article, then applies limit', async () => {
      const items = summaries(8);
      const el = await list(
        html`<maqal-related-articles
          exclude="item-1, item-3 item-4"
          current="item-0"
        ></maqal-related-articles>`,
        [...items, items[2], { ...items[5], title: 'نسخة مكررة' }],
      );
      expect(cardIds(el)).to.deep.equal(['item-2', 'item-5', 'item-6', 'item-7']);
      expect(cards(el).map(cardTitle)).not.to.include('نسخة مكررة');

      el.limit = 2;
      await settled(el);
      expect(cardIds(el)).to.deep.equal(['item-2', 'item-5']);

      el.exclude = ['item-2'];
      el.current = '';
      await settled(el);
      expect(cardIds(el)).to.deep.equal(['item-0', 'item-1']);

      (el as unknown as { exclude: string }).exclude = 'item-0,item-1';
      await settled(el);
      expect(cardIds(el)).to.deep.equal(['item-2', 'item-3']);

      // A framework may set the current id as a number (a WordPress post id).
      const numeric = await list(html`<maqal-related-articles></maqal-related-articles>`, [
        { id: '41', title: 'أ' },
        { id: '42', title: 'ب' },
      ]);
      (numeric as unknown as { current: number }).current = 42;
      await settled(numeric);
      expect(cardIds(numeric)).to.deep.equal(['41']);

      el.setAttribute('limit', '0');
      await settled(el);
      expect(cardIds(el)).to.have.length(6);
    });

    it('overrides the heading text and level; the cards are one level below', async () => {
      const el = await list(
        html`<maqal-related-articles
          heading="اقرأ أيضاً"
          heading-level="4"
        ></maqal-related-articles>`,
      );
      const heading = $(el, '[part=heading]')!;
      expect(heading.localName).to.equal('h4');
      expect(heading.textContent!.trim()).to.equal('اقرأ أيضاً');
      expect(cards(el)[0].getAttribute('heading-level')).to.equal('5');
      expect(cards(el)[0].shadowRoot!.querySelector('[part=title]')!.localName).to.equal('h5');

      el.setAttribute('heading-level', '9');
      await settled(el);
      expect($(el, '[part=heading]')!.localName).to.equal('h2');
      el.headingLevel = 6;
      await settled(el);
      expect($(el, '[part=heading]')!.localName).to.equal('h6');
      expect(cards(el)[0].shadowRoot!.querySelector('[part=title]')!.localName).to.equal('h6');
    });

    it('passes theme, language, dates and card layout down to the cards', async () => {
      const el = await list(
        html`<maqal-related-articles
          theme="dark"
          layout="compact"
          digits="latn"
          calendar="islamic-umalqura"
          months="dual"
        ></maqal-related-articles>`,
      );
      const card = cards(el)[0];
      for (const [name, value] of [
        ['theme', 'dark'],
        ['layout', 'compact'],
        ['digits', 'latn'],
        ['calendar', 'islamic-umalqura'],
        ['months', 'dual'],
        ['lang', 'ar'],
      ]) {
        expect(card.getAttribute(name), name).to.equal(value);
      }
      expect(
        card.shadowRoot!.querySelector('.card')!.classList.contains('layout-compact'),
      ).to.equal(true);
      expect(card.shadowRoot!.querySelector('time')!.textContent).to.match(/\d/);
      const surface = getComputedStyle(card.shadowRoot!.querySelector('.card')!).backgroundColor;
      expect(surface).to.equal('rgb(30, 34, 39)');

      el.theme = 'light';
      el.layout = 'horizontal';
      await settled(el);
      expect(card.getAttribute('theme')).to.equal('light');
      expect(
        card.shadowRoot!.querySelector('.card')!.classList.contains('layout-horizontal'),
      ).to.equal(true);
      el.setAttribute('layout', 'bogus');
      await settled(el);
      expect(card.getAttribute('layout')).to.equal('vertical');
    });

    it('is Arabic and right-to-left by default, English and left-to-right when asked', async () => {
      const ar = await list();
      expect($(ar, 'section')!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle($(ar, 'section')!).direction).to.equal('rtl');

      const en = await list(html`<maqal-related-articles lang="en"></maqal-related-articles>`, [
        { ...seedEn, related: undefined },
        { id: 'en-2', title: 'Another story', url: '#en-2', lang: 'en' },
      ]);
      expect($(en, '[part=heading]')!.textContent!.trim()).to.equal('Related articles');
      expect($(en, 'section')!.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle($(en, 'section')!).direction).to.equal('ltr');

      // Without a lang attribute, the language the items share wins over the page's.
      const fromData = await list(undefined, [{ ...seedEn, related: undefined }]);
      expect($(fromData, '[part=heading]')!.textContent!.trim()).to.equal('Related articles');
    });

    it('replaces the list when new data is set', async () => {
      const el = await list();
      el.articles = summaries(2, 'next');
      await settled(el);
      expect(cardIds(el)).to.deep.equal(['next-0', 'next-1']);
    });
  });

  describe('layout', () => {
    const columns = (el: Element) =>
      new Set($$(el, 'li').map((li) => Math.round(li.getBoundingClientRect().left))).size;

    for (const [width, expected] of [
      [360, 1],
      [600, 2],
      [900, 3],
      [1200, 4],
    ] as const) {
      it(`shows ${expected} column(s) at ${width}px`, async () => {
        const el = await list(
          html`<maqal-related-articles style="width:${width}px"></maqal-related-articles>`,
          summaries(8),
        );
        expect(columns(el)).to.equal(expected);
      });
    }

    it('puts the first card at the inline start: right in RTL, left in LTR', async () => {
      const rtl = await list(
        html`<maqal-related-articles style="width:900px"></maqal-related-articles>`,
      );
      const [first, second] = $$(rtl, 'li').map((li) => li.getBoundingClientRect());
      expect(first.left).to.be.greaterThan(second.left);

      const ltr = await list(
        html`<maqal-related-articles dir="ltr" style="width:900px"></maqal-related-articles>`,
      );
      const [a, b] = $$(ltr, 'li').map((li) => li.getBoundingClientRect());
      expect(a.left).to.be.lessThan(b.left);
    });

    it('keeps one column in the list variant, and two at most for horizontal cards', async () => {
      const el = await list(
        html`<maqal-related-articles
          variant="list"
          layout="horizontal"
          style="width:1100px"
        ></maqal-related-articles>`,
      );
      expect(columns(el)).to.equal(1);
      el.variant = 'grid';
      await settled(el);
      expect(columns(el)).to.equal(2);
    });

    it('scrolls horizontally in one row in the scroller variant, snapping to cards', async () => {
      const el = await list(
        html`<maqal-related-articles
          variant="scroller"
          style="width:500px"
        ></maqal-related-articles>`,
        withPaths(summaries(6)),
      );
      const scroller = $(el, '.scroller')!;
      const rows = new Set($$(el, 'li').map((li) => Math.round(li.getBoundingClientRect().top)));
      expect(rows.size).to.equal(1);
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(getComputedStyle(scroller).scrollSnapType).to.contain('mandatory');
      expect(getComputedStyle($(el, 'li')!).scrollSnapAlign).to.contain('start');
      // RTL: the first card is at the right edge, the next ones to its left.
      const [first, second] = $$(el, 'li').map((li) => li.getBoundingClientRect());
      expect(first.left).to.be.greaterThan(second.left);
      // The cards' links make it keyboard-scrollable, so the region itself takes no focus.
      expect(scroller.hasAttribute('tabindex')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('makes the scroller a focusable, labelled group when no card has a link', async () => {
      const el = await list(
        html`<maqal-related-articles
          variant="scroller"
          style="width:400px"
        ></maqal-related-articles>`,
        summaries(6).map(({ url: _url, ...rest }) => rest),
      );
      const scroller = $(el, '.scroller')!;
      expect(scroller.getAttribute('tabindex')).to.equal('0');
      // A group, not a second landmark named like the section.
      expect(scroller.getAttribute('role')).to.equal('group');
      expect(scroller.getAttribute('aria-labelledby')).to.equal('heading');
      await expect(el).to.be.accessible();
      const start = document.createElement('button');
      start.textContent = 'قبل';
      el.before(start);
      start.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(scroller);
      const before = scroller.scrollLeft;
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => scroller.scrollLeft !== before, 'the arrow key to scroll');
      start.remove();

      // Some cards with links, some without: the linkless ones need the region's focus too.
      const mixed = await list(
        html`<maqal-related-articles
          variant="scroller"
          style="width:400px"
        ></maqal-related-articles>`,
        summaries(6).map((item, i) => (i % 2 ? { ...item, url: undefined } : item)),
      );
      expect($(mixed, '.scroller')!.getAttribute('tabindex')).to.equal('0');
    });
  });

  describe('theming', () => {
    it('follows --maqal-related-gap and --maqal-related-item-size', async () => {
      const el = await list(
        html`<maqal-related-articles
          dir="ltr"
          style="width:900px; --maqal-related-gap: 40px"
        ></maqal-related-articles>`,
      );
      const [a, b] = cards(el).map((card) => card.getBoundingClientRect());
      expect(b.left - a.right).to.be.closeTo(40, 1);

      const scroller = await list(
        html`<maqal-related-articles
          variant="scroller"
          style="width:900px; --maqal-related-item-size: 250px"
        ></maqal-related-articles>`,
      );
      expect(cards(scroller)[0].getBoundingClientRect().width).to.be.closeTo(250, 1);
    });

    it('keeps its typography when the host page sets hostile global CSS', async () => {
      const plain = await list();
      const before = typographyOf($(plain, '[part=heading]')!);
      const listWidth = $(plain, 'ul')!.getBoundingClientRect().width;
      await withHostilePageCss(
        'h2 { font-size: 50px } ul { list-style: square; padding: 40px }',
        async () => {
          const hostile = await list();
          expect(typographyOf($(hostile, '[part=heading]')!)).to.deep.equal(before);
          expect($(hostile, 'ul')!.getBoundingClientRect().width).to.equal(listWidth);
        },
      );
    });
  });

  describe('states', () => {
    for (const [name, attrs, width] of [
      ['vertical cards in a grid', { layout: 'vertical' }, 700],
      ['vertical cards in one column', { layout: 'vertical' }, 380],
      ['horizontal cards', { layout: 'horizontal' }, 900],
      ['compact cards', { layout: 'compact' }, 900],
      ['the scroller', { layout: 'vertical', variant: 'scroller' }, 700],
    ] as const) {
      it(`reserves the space while loading, without a layout shift: ${name}`, async () => {
        const path = await mockEndpoint('related-slow', { body: related, delay: 800 });
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width:${width}px">
            <maqal-related-articles
              src=${path}
              limit="4"
              layout=${attrs.layout}
              variant=${'variant' in attrs ? attrs.variant : 'grid'}
            ></maqal-related-articles>
            <p id="after">بعد القائمة</p>
          </div>`,
        );
        const el = wrapper.querySelector('maqal-related-articles')!;
        const after = wrapper.querySelector('#after')!;
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        expect($$(el, '[part=placeholder]')).to.have.length(4);
        expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
        expect($(el, 'section')!.textContent).to.contain('جارٍ التحميل');
        const loadingHeight = el.getBoundingClientRect().height;
        const loadingAfter = after.getBoundingClientRect().top;
        expect(loadingHeight).to.be.greaterThan(150);

        await until(() => el.state === 'ready', 'the data');
        await settled(el);
        expect($$(el, '[part=placeholder]')).to.have.length(0);
        expect(cards(el)).to.have.length(4);
        expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('false');
        expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);
        expect(after.getBoundingClientRect().top).to.be.closeTo(loadingAfter, 1);
      });
    }

    it('does not pulse its placeholders under prefers-reduced-motion', async () => {
      const path = await mockEndpoint('related-still', { body: related, delay: 600 });
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<Related>(
          html`<maqal-related-articles src=${path} limit="2"></maqal-related-articles>`,
        );
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        const bar = $(el, '.bar')!;
        // An infinite animation cut to 0.01ms would flip opacity every frame: one run only.
        expect(getComputedStyle(bar).animationIterationCount).to.equal('1');
        await until(() => el.state === 'ready', 'the data');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('shows as many placeholders as asked', async () => {
      const path = await mockEndpoint('related-hang', { hang: true });
      const el = await fixture<Related>(
        html`<maqal-related-articles
          src=${path}
          placeholders="2"
          limit="6"
        ></maqal-related-articles>`,
      );
      expect($$(el, '[part=placeholder]')).to.have.length(2);
      el.removeAttribute('placeholders');
      await el.updateComplete;
      expect($$(el, '[part=placeholder]')).to.have.length(6);
      // A page cannot ask for a screenful of boxes: at most 12.
      el.setAttribute('placeholders', '50');
      await el.updateComplete;
      expect($$(el, '[part=placeholder]')).to.have.length(12);
      await expect(el).to.be.accessible();
    });

    it('hides itself when nothing is left to list', async () => {
      const el = await list(
        html`<maqal-related-articles current="only"></maqal-related-articles>`,
        [{ id: 'only', title: 'المقال نفسه', url: '#only' }],
      );
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(el.shadowRoot!.querySelector('section')).to.equal(null);
      expect(spy.errors).to.have.length(0);

      el.current = '';
      await settled(el);
      expect(getComputedStyle(el).display).to.equal('block');
      expect(cards(el)).to.have.length(1);

      const none = await list(undefined, []);
      expect(getComputedStyle(none).display).to.equal('none');
    });

    it('says the list is empty with empty="message"', async () => {
      const el = await list(
        html`<maqal-related-articles empty="message"></maqal-related-articles>`,
        [],
      );
      expect(getComputedStyle(el).display).to.equal('block');
      expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('مقالات ذات صلة');
      expect($(el, '[part=empty]')!.textContent!.trim()).to.equal('لا توجد مقالات ذات صلة.');
      await expect(el).to.be.accessible();
      const en = await list(
        html`<maqal-related-articles empty="message" lang="en"></maqal-related-articles>`,
        [],
      );
      expect($(en, '[part=empty]')!.textContent!.trim()).to.equal('No related articles.');
    });

    const badInputs: [string, () => Promise<Related>, RegExp][] = [
      [
        'malformed inline JSON',
        () =>
          fixture(
            html`<maqal-related-articles
              ><script type="application/json">
                [{"title":
              </script></maqal-related-articles
            >`,
          ),
        /invalid JSON/,
      ],
      [
        'items none of which can be shown',
        () =>
          list(undefined, [
            { id: 'a', title: 42 },
            { id: 'b', published: 'yesterday' },
          ]),
        /\[0\]\.title: expected a string/,
      ],
      ['a string instead of a list', () => list(undefined, 'مقالات'), /expected an object/],
      [
        'a 404',
        async () => {
          const el = await fixture<Related>(
            html`<maqal-related-articles
              src=${await mockEndpoint('related-404', { status: 404, body: {} })}
            ></maqal-related-articles>`,
          );
          await until(() => el.state === 'error', 'the error');
          return el;
        },
        /answered 404/,
      ],
    ];
    it('skips an item that cannot be shown, with one warning, and shows the rest', async () => {
      const el = await list(undefined, [
        { id: 'a', title: 'أ' },
        { id: 'b', title: 42 },
        { id: 'c', title: 'ج', published: '8/4/2025' },
        { id: 'd', title: 'د' },
      ]);
      expect(cards(el).map((card) => card.article!.id)).to.deep.equal(['a', 'd']);
      expect(spy.warnings).to.have.length(1);
      expect(spy.warnings[0]).to.match(/skipped 2 of 4 items.*\[1\]\.title.*\[2\]\.published/);
      expect(spy.errors).to.deep.equal([]);
    });

    for (const [name, make, message] of badInputs) {
      it(`shows a readable error and one console error for ${name}`, async () => {
        const neighbour = await list();
        const el = await make();
        await el.updateComplete;
        const error = $(el, '[part=error]')!;
        expect(error, 'error state').not.to.equal(null);
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.contain('تعذّر عرض المحتوى');
        expect(error.textContent).to.match(message);
        expect(getComputedStyle(el).display).to.equal('block');
        expect(spy.errors).to.have.length(1);
        expect(spy.errors[0]).to.contain('<maqal-related-articles>');
        expect(cards(neighbour)).to.have.length(4);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('events and keyboard', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('lets maqal-article-select from a card reach the element and the document', async () => {
      const el = await list();
      const onElement: CustomEvent[] = [];
      const onDocument: CustomEvent[] = [];
      const elementListener = (e: Event) => onElement.push(e as CustomEvent);
      const documentListener = (e: Event) => onDocument.push(e as CustomEvent);
      el.addEventListener('maqal-article-select', elementListener);
      document.addEventListener('maqal-article-select', documentListener);
      try {
        const link = cards(el)[1].shadowRoot!.querySelector('a')!;
        link.click();
        expect(onElement).to.have.length(1);
        expect(onDocument).to.have.length(1);
        const event = onDocument[0];
        expect(event.detail.article.id).to.equal(related.articles[1].id);
        expect(event.detail.article.title).to.equal(related.articles[1].title);
        expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
        // Retargeted: outside the list, the list itself is the target.
        expect(event.target).to.equal(el);
        expect(event.defaultPrevented).to.equal(false);
        expect(location.hash).to.equal(related.articles[1].url);
      } finally {
        el.removeEventListener('maqal-article-select', elementListener);
        document.removeEventListener('maqal-article-select', documentListener);
      }
    });

    it('does not follow the link when a listener cancels the event (single-page routing)', async () => {
      const el = await list();
      const before = location.href;
      let routed: ArticleSummary | undefined;
      const router = (e: Event) => {
        e.preventDefault();
        routed = (e as CustomEvent).detail.article;
      };
      document.addEventListener('maqal-article-select', router);
      try {
        const link = cards(el)[2].shadowRoot!.querySelector('a')!;
        const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
        link.dispatchEvent(click);
        expect(click.defaultPrevented).to.equal(true);
        expect(routed!.id).to.equal(related.articles[2].id);
        expect(location.href).to.equal(before);
      } finally {
        document.removeEventListener('maqal-article-select', router);
      }
    });

    for (const dir of ['rtl', 'ltr']) {
      it(`reaches every card with Tab in reading order, with a visible focus ring (${dir})`, async () => {
        const el = await list(
          html`<maqal-related-articles dir=${dir} style="width:900px"></maqal-related-articles>`,
          summaries(6),
        );
        const start = document.createElement('button');
        start.textContent = 'قبل';
        el.before(start);
        start.focus();
        try {
          const all = cards(el);
          for (const card of all) {
            await sendKeys({ press: 'Tab' });
            expect(document.activeElement).to.equal(el);
            expect(el.shadowRoot!.activeElement).to.equal(card);
            expect(card.shadowRoot!.activeElement).to.equal(card.shadowRoot!.querySelector('a'));
            const ring = getComputedStyle(card.shadowRoot!.querySelector('.card')!);
            expect(ring.outlineStyle).to.equal('solid');
            expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
          }
          // The items clip their paint (content-visibility): they leave room for the ring.
          const li = $(el, 'li')!.getBoundingClientRect();
          const box = cards(el)[0].getBoundingClientRect();
          for (const [outer, inner] of [
            [box.top, li.top],
            [li.bottom, box.bottom],
            [box.left, li.left],
            [li.right, box.right],
          ]) {
            expect(outer - inner).to.be.at.least(5);
          }
        } finally {
          start.remove();
        }
      });
    }
  });

  describe('a thousand related items', () => {
    async function measure(chunkSize: number) {
      const original = MaqalRelatedArticles.chunkSize;
      MaqalRelatedArticles.chunkSize = chunkSize;
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      try {
        const el = await fixture<Related>(
          html`<maqal-related-articles style="width:900px"></maqal-related-articles>`,
        );
        const items = summaries(1000, `big${chunkSize}`);
        const started = performance.now();
        el.articles = items;
        await el.updateComplete;
        const firstCount = cards(el).length;
        const firstPaint = performance.now() - started;
        await el.allRendered();
        const total = performance.now() - started;
        // Let the observer deliver the last entries.
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { el, firstCount, firstPaint, total, longTasks: [...longTasks] };
      } finally {
        observer.disconnect();
        MaqalRelatedArticles.chunkSize = original;
      }
    }

    it('renders the first chunk at once and the rest in idle batches (figures logged)', async function () {
      // Two thousand cards on a shared machine: generous, and no time is asserted.
      this.timeout(120_000);
      const chunked = await measure(MaqalRelatedArticles.chunkSize);
      expect(chunked.firstCount).to.equal(MaqalRelatedArticles.chunkSize);
      expect(cards(chunked.el)).to.have.length(1000);
      expect(new Set(cardIds(chunked.el)).size).to.equal(1000);
      expect(cardIds(chunked.el)[999]).to.equal(`big${MaqalRelatedArticles.chunkSize}-999`);
      expect(getComputedStyle($(chunked.el, 'li')!).contentVisibility).to.equal('auto');
      // A short list renders every card normally.
      const short = await list();
      expect(getComputedStyle($(short, 'li')!).contentVisibility).to.equal('visible');
      chunked.el.remove();

      const whole = await measure(1000);
      expect(whole.firstCount).to.equal(1000);
      whole.el.remove();

      const report = (name: string, run: typeof chunked) =>
        `${name}: first render ${run.firstPaint.toFixed(0)} ms (${run.firstCount} cards), all 1000 after ${run.total.toFixed(0)} ms, ` +
        `${run.longTasks.length} long tasks, longest ${Math.max(0, ...run.longTasks).toFixed(0)} ms`;
      // Figures for the report; timing varies by machine, so nothing is asserted on it.
      spy.restore();
      console.log(`[related-articles bench] ${report('chunked', chunked)}`);
      console.log(`[related-articles bench] ${report('all at once', whole)}`);
    });
  });

  it('finishes a long list that was moved while it was still rendering', async () => {
    const el = await fixture<Related>(
      html`<maqal-related-articles style="width:900px"></maqal-related-articles>`,
    );
    // Items without a language: the list speaks the language of where it is.
    el.articles = summaries(200, 'moved').map(({ lang: _lang, ...item }) => item);
    await el.updateComplete;
    expect(cards(el).length).to.be.lessThan(200);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.allRendered();
    expect(cards(el)).to.have.length(200);
    expect(cardIds(el)[199]).to.equal('moved-199');
    // Moved again once complete, into an English part of the page: it speaks English there,
    // and keeps the very same cards (nothing rebuilt).
    const last = cards(el)[199];
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    english.append(el);
    await el.updateComplete;
    expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('Related articles');
    expect(cards(el)).to.have.length(200);
    expect(cards(el)[199] === last).to.equal(true);
    english.remove();
    elsewhere.remove();
  });

  describe('accessibility', () => {
    for (const variant of ['grid', 'list', 'scroller'] as const) {
      for (const layout of ['vertical', 'horizontal', 'compact'] as const) {
        it(`is accessible: ${variant}, ${layout} cards, RTL and LTR`, async () => {
          const ar = await list(
            html`<maqal-related-articles
              variant=${variant}
              layout=${layout}
            ></maqal-related-articles>`,
            variant === 'scroller' ? withPaths(related.articles) : related,
          );
          await expect(ar).to.be.accessible();
          const en = await list(
            html`<maqal-related-articles
              variant=${variant}
              layout=${layout}
              lang="en"
            ></maqal-related-articles>`,
            withPaths([
              { ...seedEn, related: undefined },
              { id: 'x', title: 'Another', lang: 'en' },
            ]),
          );
          await expect(en).to.be.accessible();
        });
      }
    }

    it('is accessible in the dark theme', async () => {
      const el = await list(html`<maqal-related-articles theme="dark"></maqal-related-articles>`);
      await expect(el).to.be.accessible();
    });
  });
});
