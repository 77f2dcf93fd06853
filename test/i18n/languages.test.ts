import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MaqalArticleCard } from '../../src/components/article-card/article-card.js';
import type { MaqalArticle } from '../../src/components/article/article.js';
import type { MaqalBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import type { MaqalCommentForm } from '../../src/components/comment-form/comment-form.js';
import type { MaqalRelatedArticles } from '../../src/components/related-articles/related-articles.js';
import { ar } from '../../src/lib/i18n/ar/index.js';
import { en } from '../../src/lib/i18n/en/index.js';
import { registerTranslation, resetTranslations } from '../../src/lib/i18n/index.js';
import { mockEndpoint } from '../helpers/mock-api.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`);
const rootOf = (el: Element) => el.shadowRoot!.querySelector('.root')!;

const ARTICLE = {
  id: 'l1',
  title: 'عنوان',
  url: '#l1',
  published: '2025-04-14T09:00:00Z',
  body: 'كلمة كلمة كلمة',
};

describe('languages', () => {
  afterEach(() => resetTranslations());

  describe('resolution: data lang, else element lang, else ancestor, else page, else Arabic', () => {
    let pageLang: string;
    beforeEach(() => (pageLang = document.documentElement.lang));
    afterEach(() => (document.documentElement.lang = pageLang));

    async function card(template: ReturnType<typeof html>, data: object = ARTICLE) {
      const wrapper = await fixture<HTMLElement>(template);
      const el =
        wrapper.localName === 'maqal-article-card'
          ? (wrapper as MaqalArticleCard)
          : wrapper.querySelector<MaqalArticleCard>('maqal-article-card')!;
      el.article = data as never;
      await el.updateComplete;
      return el;
    }

    it('takes the data lang over the element lang', async () => {
      const el = await card(html`<maqal-article-card lang="ar"></maqal-article-card>`, {
        ...ARTICLE,
        lang: 'en',
      });
      expect(rootOf(el).getAttribute('lang')).to.equal('en');
      expect(rootOf(el).getAttribute('dir')).to.equal('ltr');
      expect(text(part(el, 'meta'))).to.contain('April');
    });

    it('takes the element lang, then the ancestor lang, then the page lang', async () => {
      document.documentElement.lang = 'ar';
      const own = await card(html`<maqal-article-card lang="en"></maqal-article-card>`);
      expect(rootOf(own).getAttribute('lang')).to.equal('en');
      const ancestor = await card(
        html`<div lang="en"><maqal-article-card></maqal-article-card></div>`,
      );
      expect(rootOf(ancestor).getAttribute('dir')).to.equal('ltr');
      // An empty lang says nothing: the next ancestor with a language decides.
      const skipped = await card(
        html`<div lang="en">
          <div lang=""><maqal-article-card></maqal-article-card></div>
        </div>`,
      );
      expect(skipped.language).to.equal('en');
      document.documentElement.lang = 'en';
      const page = await card(html`<maqal-article-card></maqal-article-card>`);
      expect(rootOf(page).getAttribute('lang')).to.equal('en');
      document.documentElement.removeAttribute('lang');
      const none = await card(html`<maqal-article-card></maqal-article-card>`);
      expect(rootOf(none).getAttribute('lang')).to.equal('ar');
      expect(rootOf(none).getAttribute('dir')).to.equal('rtl');
      expect(text(part(none, 'meta'))).to.contain('أبريل');
    });

    it("gives a related list its items' language only when they agree", async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ar"><maqal-related-articles></maqal-related-articles></div>`,
      );
      const list = wrapper.querySelector<MaqalRelatedArticles>('maqal-related-articles')!;
      list.articles = [
        { id: '1', title: 'One', lang: 'en' },
        { id: '2', title: 'اثنان', lang: 'ar' },
      ];
      await list.updateComplete;
      expect(list.language).to.equal('ar');
      list.articles = [
        { id: '1', title: 'One', lang: 'en' },
        { id: '2', title: 'Two', lang: 'en' },
      ];
      await list.updateComplete;
      expect(list.language).to.equal('en');
    });

    it('lets `dir` win over the language', async () => {
      const el = await card(html`<maqal-article-card dir="ltr"></maqal-article-card>`, {
        ...ARTICLE,
        lang: 'ar',
      });
      expect(rootOf(el).getAttribute('dir')).to.equal('ltr');
      expect(rootOf(el).getAttribute('lang')).to.equal('ar');
    });

    it('follows a change of the page language', async () => {
      document.documentElement.lang = 'ar';
      const el = await card(html`<maqal-article-card></maqal-article-card>`);
      expect(rootOf(el).getAttribute('dir')).to.equal('rtl');
      document.documentElement.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(rootOf(el).getAttribute('dir')).to.equal('ltr');
    });
  });

  it('takes the language of where it is moved to: card, article, comment form', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div lang="en" id="from"></div>
        <div lang="ar" id="to"></div>
      </div>`,
    );
    const from = wrapper.querySelector('#from')!;
    const to = wrapper.querySelector('#to')!;
    const elements = ['maqal-article-card', 'maqal-article', 'maqal-comment-form'].map((tag) => {
      const el = document.createElement(tag) as MaqalArticleCard;
      if (tag !== 'maqal-comment-form') el.article = ARTICLE as never;
      from.append(el);
      return el;
    });
    await Promise.all(elements.map((el) => el.updateComplete));
    const shown = () =>
      elements.map((el) => {
        const root = el.shadowRoot!.querySelector('.root, [part=base]')!;
        return `${root.getAttribute('lang')} ${root.getAttribute('dir')}`;
      });
    expect(shown()).to.deep.equal(['en ltr', 'en ltr', 'en ltr']);
    to.append(...elements);
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(shown()).to.deep.equal(['ar rtl', 'ar rtl', 'ar rtl']);
  });

  it('renders an English LTR article, an Arabic one and a mixed page side by side', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="display: flex; gap: 16px">
        <maqal-article id="en" words-per-minute="1"></maqal-article>
        <maqal-article id="ar" words-per-minute="1"></maqal-article>
      </div>`,
    );
    const english = page.querySelector<MaqalArticle>('#en')!;
    const arabic = page.querySelector<MaqalArticle>('#ar')!;
    english.article = {
      ...ARTICLE,
      lang: 'en',
      title: 'Russian efforts to calm Algeria and Mali',
      body: 'One two three',
      author: 'Sara',
      tags: ['Sahel'],
    } as never;
    arabic.article = { ...ARTICLE, lang: 'ar', author: 'سارة', tags: ['الساحل'] } as never;
    await english.updateComplete;
    await arabic.updateComplete;
    expect(part(english, 'base')!.getAttribute('dir')).to.equal('ltr');
    expect(part(arabic, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(part(english, 'base')!).direction).to.equal('ltr');
    expect(getComputedStyle(part(arabic, 'base')!).direction).to.equal('rtl');
    // Strings, dates, numbers and plurals in each one's language.
    expect(text(part(english, 'meta'))).to.contain(`${en.article.by} Sara`);
    expect(text(part(english, 'meta'))).to.contain('April 14, 2025');
    expect(text(part(english, 'reading-time'))).to.equal(en.article.readingTime(3, '3'));
    expect(text(part(english, 'reading-time'))).to.equal('3 minutes read');
    expect(text(part(arabic, 'meta'))).to.contain(`${ar.article.by} سارة`);
    expect(text(part(arabic, 'meta'))).to.contain('أبريل');
    expect(text(part(arabic, 'reading-time'))).to.match(/^وقت القراءة: [٣3] دقائق$/);
    expect(text(english.shadowRoot!.querySelector('.tags-label'))).to.equal(en.article.tags);
    expect(text(arabic.shadowRoot!.querySelector('.tags-label'))).to.equal(ar.article.tags);
    // Titles start at each one's own start edge.
    const enTitle = part(english, 'title')!.getBoundingClientRect();
    const arTitle = part(arabic, 'title')!.getBoundingClientRect();
    const enBox = part(english, 'base')!.getBoundingClientRect();
    const arBox = part(arabic, 'base')!.getBoundingClientRect();
    expect(Math.abs(enTitle.left - enBox.left)).to.be.lessThan(
      Math.abs(enTitle.right - enBox.right) + 1,
    );
    expect(Math.abs(arTitle.right - arBox.right)).to.be.lessThan(
      Math.abs(arTitle.left - arBox.left) + 1,
    );
  });

  it('counts Arabic minutes with their plural forms, through Intl', async () => {
    const el = await fixture<MaqalArticle>(
      html`<maqal-article words-per-minute="1"></maqal-article>`,
    );
    const seen: string[] = [];
    for (const count of [1, 2, 3, 11, 100]) {
      el.article = { ...ARTICLE, lang: 'ar', body: Array(count).fill('كلمة').join(' ') } as never;
      await el.updateComplete;
      seen.push(text(part(el, 'reading-time')));
    }
    expect(seen).to.deep.equal(
      [1, 2, 3, 11, 100].map((n) =>
        ar.article.readingTime(n, new Intl.NumberFormat('ar').format(n)),
      ),
    );
    // Digits follow the locale's default numbering system (Intl), the noun its plural form.
    const forms = [/دقيقة واحدة$/, /دقيقتان$/, /[٣3] دقائق$/, /(١١|11) دقيقة$/, /(١٠٠|100) دقيقة$/];
    seen.forEach((shown, index) => expect(shown).to.match(forms[index]));
  });

  it('adds a language with registerTranslation: partial French falls back to English', async () => {
    registerTranslation({
      $code: 'fr',
      $name: 'Français',
      $dir: 'ltr',
      related: { heading: 'Articles liés' },
      article: { readingTime: (n: number) => `${n} min de lecture` },
    });
    const related = await fixture<MaqalRelatedArticles>(
      html`<maqal-related-articles lang="fr-CA" empty="message"></maqal-related-articles>`,
    );
    related.articles = [];
    await related.updateComplete;
    expect(text(part(related, 'heading'))).to.equal('Articles liés');
    expect(text(part(related, 'empty'))).to.equal(en.related.empty);
    const card = await fixture<MaqalArticleCard>(html`<maqal-article-card></maqal-article-card>`);
    card.article = { ...ARTICLE, lang: 'fr' } as never;
    await card.updateComplete;
    expect(text(part(card, 'meta'))).to.contain('14 avril 2025');
    const article = await fixture<MaqalArticle>(
      html`<maqal-article words-per-minute="1"></maqal-article>`,
    );
    article.article = { ...ARTICLE, lang: 'fr', body: 'un deux' } as never;
    await article.updateComplete;
    expect(text(part(article, 'reading-time'))).to.equal('2 min de lecture');
    const form = await fixture<MaqalCommentForm>(
      html`<maqal-comment-form lang="fr"></maqal-comment-form>`,
    );
    expect(text(part(form, 'heading'))).to.equal(en.commentForm.heading);
  });

  it('overrides strings of a built-in language site-wide with registerTranslation', async () => {
    registerTranslation({
      $code: 'ar',
      $name: 'العربية',
      $dir: 'rtl',
      related: { heading: 'اقرأ أيضاً' },
    });
    const related = await fixture<MaqalRelatedArticles>(
      html`<maqal-related-articles lang="ar" empty="message"></maqal-related-articles>`,
    );
    related.articles = [];
    await related.updateComplete;
    expect(text(part(related, 'heading'))).to.equal('اقرأ أيضاً');
    expect(text(part(related, 'empty'))).to.equal(ar.related.empty);
  });

  it('reads WordPress-style locales (ar_EG, en_US) as language tags', async () => {
    const arabic = await fixture<MaqalBackToTop>(
      html`<maqal-back-to-top lang="ar_EG"></maqal-back-to-top>`,
    );
    expect(rootOf(arabic).getAttribute('lang')).to.equal('ar-EG');
    expect(rootOf(arabic).getAttribute('dir')).to.equal('rtl');
    expect(rootOf(arabic).matches(':lang(ar)')).to.equal(true);
    expect(text(arabic.shadowRoot!.querySelector('.visually-hidden'))).to.equal(ar.backToTop.label);
    const english = await fixture<MaqalBackToTop>(
      html`<maqal-back-to-top lang="en_US"></maqal-back-to-top>`,
    );
    expect(rootOf(english).getAttribute('dir')).to.equal('ltr');
    expect(text(english.shadowRoot!.querySelector('.visually-hidden'))).to.equal(
      en.backToTop.label,
    );
  });

  it('adds to a registered language, and updates elements already on the page', async () => {
    const related = await fixture<MaqalRelatedArticles>(
      html`<maqal-related-articles lang="ar" empty="message"></maqal-related-articles>`,
    );
    related.articles = [];
    await related.updateComplete;
    expect(text(part(related, 'heading'))).to.equal(ar.related.heading);
    const arabic = { $code: 'ar', $name: 'العربية', $dir: 'rtl' } as const;
    registerTranslation({ ...arabic, related: { heading: 'اقرأ أيضاً' } });
    await related.updateComplete;
    expect(text(part(related, 'heading'))).to.equal('اقرأ أيضاً');
    // A second registration adds to the first instead of replacing it.
    registerTranslation({ ...arabic, related: { empty: 'لا شيء' } });
    await related.updateComplete;
    expect(text(part(related, 'heading'))).to.equal('اقرأ أيضاً');
    expect(text(part(related, 'empty'))).to.equal('لا شيء');
  });

  it('takes Hebrew, Persian and Urdu as right-to-left from Intl, with English strings', async () => {
    for (const lang of ['he', 'fa', 'ur', 'ckb']) {
      const el = await fixture<MaqalBackToTop>(
        html`<maqal-back-to-top lang=${lang}></maqal-back-to-top>`,
      );
      expect(rootOf(el).getAttribute('dir'), lang).to.equal('rtl');
      expect(text(el.shadowRoot!.querySelector('.visually-hidden')), lang).to.equal(
        en.backToTop.label,
      );
    }
    const ltr = await fixture<MaqalBackToTop>(
      html`<maqal-back-to-top lang="tr"></maqal-back-to-top>`,
    );
    expect(rootOf(ltr).getAttribute('dir')).to.equal('ltr');
  });

  it('marks English fallback strings lang="en"; what the reader types keeps the page language', async () => {
    const button = await fixture<MaqalBackToTop>(
      html`<maqal-back-to-top lang="de"></maqal-back-to-top>`,
    );
    expect(rootOf(button).getAttribute('lang')).to.equal('en');
    const form = await fixture<MaqalCommentForm>(
      html`<maqal-comment-form lang="de-AT"></maqal-comment-form>`,
    );
    const base = form.shadowRoot!.querySelector('[part=base]')!;
    expect(base.getAttribute('lang')).to.equal('en');
    expect(text(form.shadowRoot!.querySelector('[part=heading]'))).to.equal('Leave a Reply');
    for (const id of ['text', 'name']) {
      expect(form.shadowRoot!.getElementById(id)!.getAttribute('lang'), id).to.equal('de-AT');
    }
    // Languages with strings keep their own tag.
    const arabic = await fixture<MaqalBackToTop>(
      html`<maqal-back-to-top lang="ar-EG"></maqal-back-to-top>`,
    );
    expect(rootOf(arabic).getAttribute('lang')).to.equal('ar-EG');
    // Once German is registered, the button's strings are German.
    registerTranslation({
      $code: 'de',
      $name: 'Deutsch',
      $dir: 'ltr',
      backToTop: { label: 'Nach oben' },
    });
    await button.updateComplete;
    expect(rootOf(button).getAttribute('lang')).to.equal('de');
    // Only where German has strings: it has none for the form.
    await form.updateComplete;
    expect(base.getAttribute('lang'), 'German has no form strings').to.equal('en');
    // The page's own strings for the form are the page's language.
    form.strings = { commentForm: { heading: 'Hinterlasse einen Kommentar' } };
    await form.updateComplete;
    expect(base.getAttribute('lang')).to.equal('de-AT');
  });

  it('marks the article\'s and the card\'s English fallback labels lang="en", and only the labels', async () => {
    const el = await fixture<MaqalArticle>(html`<maqal-article></maqal-article>`);
    el.article = {
      ...ARTICLE,
      lang: 'de',
      title: 'Titel',
      body: 'Wort '.repeat(300),
      modified: '2025-04-15T09:00:00Z',
      author: { name: 'Sara' },
      tags: [{ name: 'Politik' }],
      publisher: { name: 'Verlag' },
      image: { src: '/a.png', alt: '', credit: 'Foto' },
    } as never;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const english = [...root.querySelectorAll('[lang=en]')].map((node) => text(node));
    expect(english).to.deep.equal([
      'By',
      'Published',
      'Updated:',
      '1 minute read',
      'Photo:',
      'Tags',
      'About the publisher',
    ]);
    // The data itself keeps its language.
    for (const selector of ['.title-text', '[part=author]', '.tag', '.publisher-name', 'time']) {
      expect(
        root.querySelector(selector)!.closest('[lang]')!.getAttribute('lang'),
        selector,
      ).to.equal('de');
    }
    // English and Arabic articles have their own labels: nothing is marked.
    el.article = { ...ARTICLE, lang: 'en', author: { name: 'Sara' } } as never;
    await el.updateComplete;
    expect(root.querySelectorAll('[lang=en] [lang=en]').length).to.equal(0);
    expect(root.querySelector('.byline [lang]') === null).to.equal(true);

    // The card's hidden "Published on" label too; the date keeps the card's language.
    const card = await fixture<MaqalArticleCard>(html`<maqal-article-card></maqal-article-card>`);
    card.article = { ...ARTICLE, lang: 'de' } as never;
    await card.updateComplete;
    const label = card.shadowRoot!.querySelector('.meta .visually-hidden')!;
    expect([label.getAttribute('lang'), text(label)]).to.deep.equal(['en', 'Published on']);
    expect(
      card.shadowRoot!.querySelector('time')!.closest('[lang]')!.getAttribute('lang'),
    ).to.equal('de');
    card.article = { ...ARTICLE, lang: 'en' } as never;
    await card.updateComplete;
    expect(label.hasAttribute('lang'), 'English has its own label').to.equal(false);

    // The related list's heading too, unless the page wrote its own.
    const list = await fixture<MaqalRelatedArticles>(
      html`<maqal-related-articles lang="de" empty="message"></maqal-related-articles>`,
    );
    list.articles = [];
    await list.updateComplete;
    const marked = [...list.shadowRoot!.querySelectorAll('[lang=en]')].map((node) => text(node));
    expect(marked).to.deep.equal(['Related articles', 'No related articles.']);
    list.heading = 'Mehr zum Thema';
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part=heading] [lang]') === null).to.equal(true);
  });

  it('marks English loading and error text lang="en" where the language has no strings', async () => {
    // Loading: the placeholder's hidden "Loading…" of a card, an article and a list.
    const path = await mockEndpoint('lang-loading', { hang: true });
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="de">
        <maqal-article-card src=${path}></maqal-article-card>
        <maqal-article src=${path}></maqal-article>
        <maqal-related-articles src=${path}></maqal-related-articles>
      </div>`,
    );
    const loading = ['maqal-article-card', 'maqal-article', 'maqal-related-articles'].map((tag) => {
      const label = wrapper.querySelector(tag)!.shadowRoot!.querySelector('.visually-hidden')!;
      return [text(label), label.getAttribute('lang')];
    });
    expect(loading).to.deep.equal([
      ['Loading…', 'en'],
      ['Loading…', 'en'],
      ['Loading…', 'en'],
    ]);

    // Error: the summary in English under German; the detail is maqal's English message.
    const card = await fixture<MaqalArticleCard>(
      html`<maqal-article-card lang="de"></maqal-article-card>`,
    );
    card.article = { title: 42 } as never;
    await card.updateComplete;
    const error = part(card, 'error')!;
    expect(error.getAttribute('lang')).to.equal('en');
    expect(error.querySelector('code')!.getAttribute('lang')).to.equal('en');
    // Arabic has its own strings: the summary keeps the card's language, the detail stays English.
    card.lang = 'ar';
    await card.updateComplete;
    expect(part(card, 'error')!.hasAttribute('lang')).to.equal(false);
    expect(part(card, 'error')!.querySelector('code')!.getAttribute('lang')).to.equal('en');
    // So does German once its error title is registered (the error view goes by its title).
    card.lang = 'de';
    registerTranslation({ $code: 'de', $name: 'Deutsch', $dir: 'ltr', errorTitle: 'Fehler' });
    await card.updateComplete;
    expect(text(part(card, 'error')!.querySelector('strong'))).to.equal('Fehler');
    expect(part(card, 'error')!.hasAttribute('lang')).to.equal(false);

    // Each string by its own key: that registration does not translate "Loading…", and an
    // element's own override does.
    const late = await mockEndpoint('lang-loading-late', { hang: true });
    const pending = await fixture<MaqalArticleCard>(
      html`<maqal-article-card lang="de" src=${late}></maqal-article-card>`,
    );
    const hidden = () => pending.shadowRoot!.querySelector('.visually-hidden')!;
    expect([text(hidden()), hidden().getAttribute('lang')]).to.deep.equal(['Loading…', 'en']);
    pending.strings = { loading: 'Wird geladen…' };
    await pending.updateComplete;
    expect([text(hidden()), hidden().getAttribute('lang')]).to.deep.equal(['Wird geladen…', null]);
  });

  it('overrides single strings per element, by JSON attribute and by property', async () => {
    const related = await fixture<MaqalRelatedArticles>(
      html`<maqal-related-articles
        strings=${JSON.stringify({ related: { heading: 'اقرأ أيضاً' } })}
      ></maqal-related-articles>`,
    );
    related.articles = [ARTICLE];
    await related.updateComplete;
    expect(text(part(related, 'heading'))).to.equal('اقرأ أيضاً');
    const plain = await fixture<MaqalRelatedArticles>(
      html`<maqal-related-articles></maqal-related-articles>`,
    );
    plain.articles = [ARTICLE];
    await plain.updateComplete;
    expect(text(part(plain, 'heading'))).to.equal(ar.related.heading);

    const form = await fixture<MaqalCommentForm>(html`<maqal-comment-form></maqal-comment-form>`);
    form.strings = {
      commentForm: {
        heading: 'شاركنا رأيك',
        submit: 'أرسل',
        replyHeading: (n: string) => `ردّ على ${n}`,
      },
    };
    form.parent = '1';
    form.parentName = 'سارة';
    await form.updateComplete;
    expect(text(part(form, 'heading'))).to.equal('ردّ على \u2068سارة\u2069');
    expect(text(part(form, 'submit'))).to.equal('أرسل');
    expect(text(form.shadowRoot!.querySelector('label[for=text]'))).to.contain(
      ar.commentForm.comment,
    );
  });

  it('keeps every Arabic user-visible string in the translation objects, not in the elements', async () => {
    const files = [
      'article-card/article-card.ts',
      'article/article.ts',
      'related-articles/related-articles.ts',
      'comment-form/comment-form.ts',
      'back-to-top/back-to-top.ts',
    ];
    /** Lines of a served module that hold Arabic letters, comments left out. */
    const arabicLines = async (path: string) => {
      const response = await fetch(path);
      expect(response.ok, path).to.equal(true);
      // esbuild writes non-ASCII string literals as \u escapes: read them back as letters.
      const code = (await response.text())
        .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')
        .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      return [...code.matchAll(/[^\n]*[\u0600-\u06ff][^\n]*/g)].map((match) => match[0].trim());
    };
    // Control: the same check does find the Arabic strings where they belong.
    expect(await arabicLines('/src/lib/i18n/ar/card.ts')).not.to.deep.equal([]);
    const found: string[] = [];
    for (const file of files) {
      for (const line of await arabicLines(`/src/components/${file}`))
        found.push(`${file}: ${line}`);
    }
    expect(found).to.deep.equal([]);
  });
});
