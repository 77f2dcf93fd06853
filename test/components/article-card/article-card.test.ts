import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/article-card/define.js';
import type { MaqalArticleCard } from '../../../src/components/article-card/article-card.js';
import type { Article } from '../../../src/lib/model.js';
import { spyOnConsole, type ConsoleSpy } from '../../helpers/console.js';
import { mockEndpoint } from '../../helpers/mock-api.js';
import { loadSeed, until } from '../../helpers/seeds.js';
import { typographyOf, withHostilePageCss } from '../../helpers/hostile-css.js';
import { textBox } from '../../helpers/text-box.js';

const shadow = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('<maqal-article-card>', () => {
  let seed: Article;
  let spy: ConsoleSpy;
  before(async () => (seed = await loadSeed<Article>('article.json')));
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  async function card(
    template = html`<maqal-article-card></maqal-article-card>`,
    article: unknown = seed,
  ) {
    const el = await fixture<MaqalArticleCard>(template);
    if (article) el.article = article as Article;
    await el.updateComplete;
    return el;
  }

  it('takes the data as a site writes it, and reads back the checked shape', async () => {
    const el = await card(undefined, null);
    // No casts: the property's type accepts what validation accepts (`npm run typecheck`
    // covers tests), a bare category name, a numeric id, an image without alt.
    el.article = { id: 7, title: 'عنوان', category: 'أفريقيا', image: { src: '/a.jpg' } };
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.article).to.deep.equal({
      id: '7',
      title: 'عنوان',
      category: { name: 'أفريقيا' },
      image: { src: '/a.jpg', alt: '' },
    });
    // JSON's nulls are absent fields, and dir "auto" is the language's direction.
    el.article = {
      title: 'عنوان',
      lang: 'ar',
      dir: 'auto',
      image: null,
      excerpt: null,
      published: null,
    };
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.article!.dir).to.equal('rtl');
    expect(el.article!.image).to.equal(undefined);
    // @ts-expect-error a title is text: the type still catches it, and so does validation.
    el.article = { title: 5 };
    await el.updateComplete;
    expect(el.state).to.equal('error');
  });

  it('keeps a long URL or word inside the card at phone width', async () => {
    const el = await card(html`<maqal-article-card style="width:300px"></maqal-article-card>`, {
      ...seed,
      title: 'https://example.com/a/very/long/unbroken/url/that/goes/on/and/on/forever/index.html',
      excerpt: 'Supercalifragilisticexpialidociousantidisestablishmentarianism',
      category: { name: 'مممممممممممممممممممممممممممممممممممممممممممممممممممم' },
    });
    const host = el.getBoundingClientRect();
    for (const selector of ['.title-text', '[part=excerpt]', '[part=category]']) {
      const box = shadow(el, selector)!.getBoundingClientRect();
      expect(box.left >= host.left - 1 && box.right <= host.right + 1, selector).to.equal(true);
    }
  });

  it('sets Arabic words in English text in an Arabic font, and reads "Tech تقنية" right to left', async () => {
    const en = await card(undefined, {
      ...seed,
      lang: 'en',
      title: 'Apple unveils «الذكاء الاصطناعي» features',
    });
    // Same width as in the first Arabic font of the stack: not the system's last-resort font.
    const arabic = 'الذكاء الاصطناعي';
    const probe = document.createElement('span');
    probe.textContent = arabic;
    probe.style.cssText = `font: ${getComputedStyle(shadow(en, '.title-text')!).font}; font-family: 'Noto Naskh Arabic'; white-space: nowrap`;
    document.body.append(probe);
    const expected = probe.getBoundingClientRect().width;
    probe.remove();
    expect(Math.abs(textBox(shadow(en, '.title-text')!, arabic).width - expected)).to.be.lessThan(
      1,
    );

    const ar = await card(undefined, { ...seed, category: { name: 'Tech تقنية' } });
    const category = shadow(ar, '[part=category]')!;
    expect(textBox(category, 'Tech').left >= textBox(category, 'تقنية').right - 0.5).to.equal(true);
    // Wholly Latin, it keeps its own order: "C++", not "++C".
    ar.article = { ...seed, category: { name: 'C++' } };
    await ar.updateComplete;
    expect(textBox(category, '++').left >= textBox(category, 'C').right - 0.5).to.equal(true);
  });

  it('renders the seed: category, title as the single link, excerpt, date', async () => {
    const el = await card();
    expect(shadow(el, '[part=category]')!.textContent!.trim()).to.equal('أفريقيا');
    const title = shadow(el, '[part=title]')!;
    expect(title.localName).to.equal('h3');
    expect(title.textContent!.trim()).to.equal('جهود روسية لتهدئة التوتر بين الجزائر ومالي');
    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('#russia-algeria-mali-mediation');
    expect(shadow(el, '[part=excerpt]')!.textContent).to.contain('بوليتكال كيز | Political Keys');
    const time = shadow(el, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-04-14T09:00:00Z');
    expect(time.textContent).to.contain('أبريل');
    const img = shadow(el, 'img[part=image]') as HTMLImageElement;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal('1200');
    expect(img.getAttribute('height')).to.equal('675');
    expect(img.alt).to.equal('خريطة توضيحية للجزائر ومالي ومنطقة الساحل');
  });

  it('names its <article> by its title, for screen readers listing articles', async () => {
    const el = await card(html`<maqal-article-card heading-level="2"></maqal-article-card>`);
    const base = el.shadowRoot!.querySelector('[part=base]')!;
    expect(base.localName).to.equal('article');
    const label = el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!);
    expect(label?.localName).to.equal('h2');
    expect(label?.textContent?.trim()).to.equal(seed.title);
  });

  it('is right-to-left for Arabic and left-to-right for English', async () => {
    const el = await card();
    const base = shadow(el, '[part=base]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(base).direction).to.equal('rtl');

    const en = await card(undefined, await loadSeed('article-en.json'));
    const enBase = shadow(en, '[part=base]')!;
    expect(enBase.getAttribute('dir')).to.equal('ltr');
    expect(shadow(en, 'time')!.textContent).to.equal('April 14, 2025');
  });

  it('places the image at the inline start in horizontal layout, on the right in RTL', async () => {
    const el = await card(
      html`<maqal-article-card layout="horizontal" style="width:600px"></maqal-article-card>`,
    );
    const media = shadow(el, '.media')!.getBoundingClientRect();
    const content = shadow(el, '.content')!.getBoundingClientRect();
    expect(media.left).to.be.greaterThan(content.left);

    const ltr = await card(
      html`<maqal-article-card
        layout="horizontal"
        dir="ltr"
        style="width:600px"
      ></maqal-article-card>`,
    );
    expect(shadow(ltr, '.media')!.getBoundingClientRect().left).to.be.lessThan(
      shadow(ltr, '.content')!.getBoundingClientRect().left,
    );
  });

  it('stacks the image above the text in vertical layout and drops it in compact layout', async () => {
    const el = await card(html`<maqal-article-card style="width:320px"></maqal-article-card>`);
    expect(shadow(el, '.media')!.getBoundingClientRect().bottom).to.be.at.most(
      shadow(el, '.content')!.getBoundingClientRect().top + 1,
    );
    el.layout = 'compact';
    await el.updateComplete;
    expect(shadow(el, '.media') === null, 'no image box').to.equal(true);
    expect(shadow(el, '[part=excerpt]')!.checkVisibility(), 'excerpt shown').to.equal(false);
    expect(shadow(el, '[part=title]')!.checkVisibility(), 'title shown').to.equal(true);
  });

  it('reserves the image box before the image loads', async () => {
    const el = await card(html`<maqal-article-card style="width:320px"></maqal-article-card>`, {
      ...seed,
      image: { src: '/mock/never-an-image.png', alt: '', width: 1200, height: 675 },
    });
    const box = shadow(el, '.media')!.getBoundingClientRect();
    expect(Math.round(box.height)).to.equal(Math.round((box.width * 9) / 16));
  });

  it('shows a clean placeholder without an image', async () => {
    const { image: _image, ...withoutImage } = seed;
    const el = await card(undefined, withoutImage);
    const placeholder = shadow(el, '.placeholder')!;
    expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
    expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(shadow(el, 'img')).to.equal(null);
  });

  it('shows nothing for what the data lacks, and no link without a URL', async () => {
    const el = await card(undefined, { title: 'عنوان فقط' });
    for (const part of ['[part=category]', '[part=excerpt]', '[part=meta]']) {
      expect(shadow(el, part)!.checkVisibility(), part).to.equal(false);
    }
    expect(shadow(el, '[part=title]')!.textContent).to.equal('عنوان فقط');
    expect(el.shadowRoot!.querySelector('a[href]') === null, 'no href').to.equal(true);
    expect(shadow(el, 'time')!.hasAttribute('datetime')).to.equal(false);
    let selected = false;
    el.addEventListener('maqal-article-select', () => (selected = true));
    shadow(el, '[part=link]')!.click();
    expect(selected, 'select event without a URL').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('updates the DOM when attributes and properties change', async () => {
    const el = await card();
    el.setAttribute('heading-level', '2');
    await el.updateComplete;
    expect(shadow(el, '[part=title]')!.localName).to.equal('h2');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(shadow(el, '[part=title]')!.localName).to.equal('h3');

    el.setAttribute('digits', 'latn');
    await el.updateComplete;
    expect(shadow(el, 'time')!.textContent).to.match(/14/);
    el.setAttribute('digits', 'arab');
    await el.updateComplete;
    expect(shadow(el, 'time')!.textContent).to.contain('١٤');

    el.article = { ...seed, title: 'عنوان جديد' };
    await el.updateComplete;
    expect(shadow(el, '[part=title]')!.textContent!.trim()).to.equal('عنوان جديد');
  });

  it('takes data from inline JSON and from src', async () => {
    const inline = await fixture<MaqalArticleCard>(
      html`<maqal-article-card
        ><script type="application/json">
          { "title": "من JSON مضمّن", "lang": "ar" }
        </script></maqal-article-card
      >`,
    );
    expect(shadow(inline, '[part=title]')!.textContent!.trim()).to.equal('من JSON مضمّن');

    const fromSrc = await fixture<MaqalArticleCard>(
      html`<maqal-article-card src="/seeds/article.json"></maqal-article-card>`,
    );
    await until(() => fromSrc.state === 'ready', 'src to load');
    await fromSrc.updateComplete;
    expect(shadow(fromSrc, '[part=title]')!.textContent!.trim()).to.equal(seed.title);
  });

  it('reserves its space while loading', async () => {
    const path = await mockEndpoint('card-slow', { body: seed, delay: 300 });
    const el = await fixture<MaqalArticleCard>(
      html`<maqal-article-card src=${path} style="width:320px"></maqal-article-card>`,
    );
    expect(el.state).to.equal('loading');
    expect(shadow(el, '[aria-busy=true]')).not.to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
  });

  const badInputs: [string, () => Promise<MaqalArticleCard>, RegExp][] = [
    [
      'malformed inline JSON',
      () =>
        fixture(
          html`<maqal-article-card
            ><script type="application/json">
              {"title":
            </script></maqal-article-card
          >`,
        ),
      /invalid JSON/,
    ],
    [
      'a wrong type',
      () => card(undefined, { title: 'x', image: { src: 'a.png', width: 'abc' } }),
      /image\.width: expected a positive number, got "abc"/,
    ],
    ['a missing title', () => card(undefined, { excerpt: 'x' }), /title: expected a string/],
    [
      'an invalid date',
      () => card(undefined, { title: 'x', published: '2025-13-45' }),
      /published: expected an ISO 8601 date/,
    ],
    [
      'a 404',
      async () => {
        const el = await fixture<MaqalArticleCard>(
          html`<maqal-article-card
            src=${await mockEndpoint('card-404', { status: 404, body: {} })}
          ></maqal-article-card>`,
        );
        await until(() => el.state === 'error', 'the error');
        await el.updateComplete;
        return el;
      },
      /answered 404/,
    ],
  ];
  for (const [name, make, message] of badInputs) {
    it(`shows a readable error state and one console error for ${name}`, async () => {
      const neighbour = await card();
      const el = await make();
      await el.updateComplete;
      const error = shadow(el, '[part=error]')!;
      expect(error, 'error state').not.to.equal(null);
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('تعذّر عرض المحتوى');
      expect(error.textContent).to.match(message);
      // The Arabic message is marked as Arabic and laid out right to left, even on a page
      // that says nothing about its language.
      expect(error.closest('.root')!.getAttribute('lang')).to.equal('ar');
      expect(error.closest('.root')!.getAttribute('dir')).to.equal('rtl');
      expect(spy.errors).to.have.length(1);
      expect(spy.errors[0]).to.contain('<maqal-article-card>');
      // The neighbour is untouched.
      expect(shadow(neighbour, '[part=title]')!.textContent!.trim()).to.equal(seed.title);
    });
  }

  it('emits a cancelable maqal-article-select when the link is activated', async () => {
    const el = await card();
    const link = shadow(el, 'a')!;
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'maqal-article-select');
    expect(event.detail.article.id).to.equal('russia-algeria-mali-mediation');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);

    // Cancelling the select event cancels the click, so the link is not followed.
    el.addEventListener('maqal-article-select', (e) => e.preventDefault(), { once: true });
    const cancelled = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(cancelled);
    expect(cancelled.defaultPrevented).to.equal(true);
    // Not cancelled: the click goes ahead.
    const followed = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(followed);
    expect(followed.defaultPrevented).to.equal(false);
  });

  it('shows the newest data when an older value is still being adapted', async () => {
    // A WordPress post loads its adapter first; the article set right after must win.
    const post = (await (await fetch('/test/fixtures/wordpress/post.json')).json()).body;
    const el = await card(undefined, null);
    el.article = post;
    el.article = { title: 'الأحدث' };
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect(el.article?.title).to.equal('الأحدث');
    expect(shadow(el, '.title-text')!.textContent).to.equal('الأحدث');
  });

  it('leaves modified and middle clicks to the browser (new tab, download): no select event', async () => {
    const el = await card();
    let selects = 0;
    el.addEventListener('maqal-article-select', () => selects++);
    // Keeps the test page where it is; the card's own listener has run by then.
    el.addEventListener('click', (event) => event.preventDefault());
    const link = shadow(el, 'a')!;
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      link.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
      );
    }
    expect(selects).to.equal(0);
    link.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }),
    );
    expect(selects).to.equal(1);
  });

  it('is reachable with Tab, with a visible focus ring on the card', async () => {
    const el = await card();
    const start = document.createElement('button');
    start.textContent = 'قبل';
    el.before(start);
    start.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, 'a'));
    const outline = getComputedStyle(shadow(el, '.card')!);
    expect(outline.outlineStyle).to.equal('solid');
    expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
    start.remove();
  });

  it('follows theme tokens: a --maqal-* property changes the computed style', async () => {
    const el = await card(
      html`<maqal-article-card
        style="--maqal-color-accent: rgb(1, 2, 3); --maqal-radius: 3px"
      ></maqal-article-card>`,
    );
    expect(getComputedStyle(shadow(el, '[part=category]')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(shadow(el, '.card')!).borderTopLeftRadius).to.equal('3px');
  });

  it('has a dark theme by attribute', async () => {
    const light = await card(html`<maqal-article-card theme="light"></maqal-article-card>`);
    const dark = await card(html`<maqal-article-card theme="dark"></maqal-article-card>`);
    const bg = (el: Element) => getComputedStyle(shadow(el, '.card')!).backgroundColor;
    expect(bg(light)).to.equal('rgb(255, 255, 255)');
    expect(bg(dark)).to.equal('rgb(30, 34, 39)');
  });

  it("follows the page's colour scheme by default, the system's with theme=auto", async () => {
    const bg = (el: Element) => getComputedStyle(shadow(el, '.card')!).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      // A light-only page (no color-scheme): light widgets, even on a dark system.
      const plain = await card();
      expect(bg(plain)).to.equal('rgb(255, 255, 255)');
      // A page that supports dark: dark on a dark system.
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: light dark"><maqal-article-card></maqal-article-card></div>`,
      );
      const inDarkPage = wrapper.querySelector<MaqalArticleCard>('maqal-article-card')!;
      inDarkPage.article = seed;
      await inDarkPage.updateComplete;
      expect(bg(inDarkPage)).to.equal('rgb(30, 34, 39)');
      // theme="auto": the system, whatever the page says.
      const auto = await card(html`<maqal-article-card theme="auto"></maqal-article-card>`);
      expect(bg(auto)).to.equal('rgb(30, 34, 39)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    const auto = await card(html`<maqal-article-card theme="auto"></maqal-article-card>`);
    expect(bg(auto)).to.equal('rgb(255, 255, 255)');
  });

  it('keeps its typography when the host page sets hostile global CSS', async () => {
    const plain = await card();
    const parts = ['[part=title]', '[part=excerpt]', '[part=category]', 'time'];
    const before = parts.map((part) => typographyOf(shadow(plain, part)!));
    await withHostilePageCss('h3 { font-size: 50px } a { color: red }', async () => {
      const hostile = await card();
      parts.forEach((part, index) =>
        expect(typographyOf(shadow(hostile, part)!), part).to.deep.equal(before[index]),
      );
    });
  });

  it('follows the element and page language when the data has none', async () => {
    const el = await card(html`<maqal-article-card lang="en"></maqal-article-card>`, {
      title: 'A title',
      published: '2025-04-14',
    });
    expect(shadow(el, '[part=base]')!.getAttribute('dir')).to.equal('ltr');
    expect(shadow(el, 'time')!.textContent).to.equal('April 14, 2025');
  });

  it('is accessible in every layout and direction', async () => {
    for (const layout of ['vertical', 'horizontal', 'compact'] as const) {
      const ar = await card(html`<maqal-article-card layout=${layout}></maqal-article-card>`);
      await expect(ar).to.be.accessible();
      const en = await card(
        html`<maqal-article-card layout=${layout}></maqal-article-card>`,
        await loadSeed('article-en.json'),
      );
      await expect(en).to.be.accessible();
    }
    const dark = await card(html`<maqal-article-card theme="dark"></maqal-article-card>`);
    await expect(dark).to.be.accessible();
  });
});
