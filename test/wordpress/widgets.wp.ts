import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article-card/define.js';
import '../../src/components/article/define.js';
import '../../src/components/related-articles/define.js';
import type { MaqalArticleCard } from '../../src/components/article-card/article-card.js';
import type { MaqalArticle } from '../../src/components/article/article.js';
import '../../src/components/comment-form/define.js';
import type { MaqalCommentForm } from '../../src/components/comment-form/comment-form.js';
import type { MaqalRelatedArticles } from '../../src/components/related-articles/related-articles.js';
import { spyOnConsole, type ConsoleSpy } from '../helpers/console.js';
import { until } from '../helpers/seeds.js';
import { rest, site, type Site } from './helpers.js';

const shadow = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

const MAIN_TITLE = 'المغرب & الجزائر: “حوار” جديد حول الساحل';

/** Waits for the element's data to settle; fails with the error it shows, if any. */
async function loaded(el: MaqalArticleCard | MaqalArticle | MaqalRelatedArticles) {
  await until(
    () => el.state !== 'loading' && el.state !== 'empty',
    `${el.localName} to load`,
    15000,
  );
  await el.updateComplete;
  expect(el.state, text(shadow(el, '[part=error]'))).to.equal('ready');
}

/** Resolves when the image has really been fetched and decoded (cross-origin, from WordPress). */
async function imageLoaded(img: HTMLImageElement) {
  await until(() => img.complete, 'the image to load', 15000);
  expect(img.naturalWidth, `image ${img.currentSrc}`).to.be.greaterThan(0);
}

describe('maqal against a real WordPress (REST, another origin)', () => {
  let wp: Site;
  let spy: ConsoleSpy;
  before(async () => (wp = await site()));
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  it('runs WordPress on another origin than this page', () => {
    expect(new URL(wp.url).origin).not.to.equal(location.origin);
  });

  for (const format of ['wordpress', 'auto'] as const) {
    it(`<maqal-article-card format="${format}"> renders a post from its REST URL, image and category included`, async () => {
      const el = await fixture<MaqalArticleCard>(
        html`<maqal-article-card
          format=${format}
          src=${rest(wp, `posts/${wp.posts.main}?_embed`)}
        ></maqal-article-card>`,
      );
      await loaded(el);
      expect(text(shadow(el, '[part=title]'))).to.equal(MAIN_TITLE);
      expect(text(shadow(el, '[part=category]'))).to.equal('أخبار');
      expect(text(shadow(el, '[part=excerpt]'))).to.equal(
        'ملخص: جولة جديدة من الحوار بين البلدين حول أمن الساحل.',
      );
      const link = shadow(el, 'a[part=link]') as HTMLAnchorElement;
      expect(link.href.startsWith(`${wp.url}/`)).to.equal(true);
      expect(shadow(el, 'time')!.getAttribute('datetime')).to.equal('2025-04-14T09:00:00Z');
      const img = shadow(el, 'img[part=image]') as HTMLImageElement;
      expect(img.alt).to.equal('خريطة الساحل بين المغرب والجزائر');
      expect(img.getAttribute('srcset')).to.match(
        /-300x225\.png 300w, .*-768x576\.png 768w, .*\.png 800w$/,
      );
      await imageLoaded(img);
      await expect(el).to.be.accessible();
      expect(spy.errors).to.deep.equal([]);
    });
  }

  it('serves every srcset candidate WordPress listed', async () => {
    const el = await fixture<MaqalArticleCard>(
      html`<maqal-article-card
        src=${rest(wp, `posts/${wp.posts.main}?_embed`)}
      ></maqal-article-card>`,
    );
    await loaded(el);
    const candidates = el.article!.image!.srcset!.split(', ').map((entry) => entry.split(' ')[0]);
    expect(candidates).to.have.length(3);
    for (const url of candidates) {
      const answer = await fetch(url);
      expect(answer.status, url).to.equal(200);
      expect(answer.headers.get('content-type')).to.equal('image/png');
    }
  });

  it('reads the ?rest_route= form of the URL (sites without pretty permalinks)', async () => {
    const el = await fixture<MaqalArticleCard>(
      html`<maqal-article-card
        src=${`${wp.url}/?rest_route=/wp/v2/posts/${wp.posts.second}&_embed`}
      ></maqal-article-card>`,
    );
    await loaded(el);
    expect(text(shadow(el, '[part=title]'))).to.equal(
      'تقرير: أسعار الطاقة ترتفع في الأسواق العربية',
    );
  });

  it('shows WordPress’s 404 for a missing post as a readable error', async () => {
    const el = await fixture<MaqalArticleCard>(
      html`<maqal-article-card src=${rest(wp, 'posts/999999?_embed')}></maqal-article-card>`,
    );
    await until(() => el.state === 'error', 'the error', 15000);
    await el.updateComplete;
    expect(text(shadow(el, '[part=error]'))).to.contain('answered 404');
    expect(spy.errors).to.have.length(1);
  });

  it('<maqal-related-articles> renders a category’s posts, and only them', async () => {
    const el = await fixture<MaqalRelatedArticles>(
      html`<maqal-related-articles
        format="wordpress"
        src=${rest(wp, `posts?_embed&categories=${wp.category_id}`)}
      ></maqal-related-articles>`,
    );
    await loaded(el);
    const cards = [...el.shadowRoot!.querySelectorAll<MaqalArticleCard>('maqal-article-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(cards.map((card) => text(shadow(card, '[part=title]')))).to.deep.equal([
      MAIN_TITLE,
      'تقرير: أسعار الطاقة ترتفع في الأسواق العربية',
      'تحليل: مستقبل النقل العام في المدن الكبرى',
    ]);
    expect(cards.map((card) => text(shadow(card, '[part=category]')))).to.deep.equal([
      'أخبار',
      'أخبار',
      'أخبار',
    ]);
    await imageLoaded(shadow(cards[1], 'img[part=image]') as HTMLImageElement);
    await expect(el).to.be.accessible();
    expect(spy.errors).to.deep.equal([]);
  });

  it('<maqal-article> renders a full post: sanitised body, figure with caption, author, tags', async () => {
    const el = await fixture<MaqalArticle>(
      html`<maqal-article
        format="wordpress"
        src=${rest(wp, `posts/${wp.posts.main}?_embed`)}
      ></maqal-article>`,
    );
    await loaded(el);
    await until(() => !!shadow(el, '[part=body] h2, [part=body] h3'), 'the body to render', 15000);
    expect(text(shadow(el, 'h1, [part=title]'))).to.equal(MAIN_TITLE);
    const body = shadow(el, '[part=body]')!;
    expect(text(body)).to.contain('افتتح وزيرا الخارجية جولة جديدة');
    expect(text(body.querySelector('h2, h3'))).to.equal('خلفية الحوار');
    expect([...body.querySelectorAll('li')].map(text)).to.deep.equal([
      'الأمن الحدودي',
      'التجارة',
      'الهجرة',
    ]);
    expect(text(body.querySelector('blockquote'))).to.equal('الحوار هو الطريق الوحيد.');
    expect(body.querySelector('script, [onerror], [onclick]')).to.equal(null);
    expect(text(shadow(el, '[part=caption]'))).to.contain('تعليق الصورة: الرباط & الجزائر');
    expect(text(shadow(el, '[part=author]'))).to.contain('سارة المحررة');
    const tags = [...shadow(el, '[part=tags]')!.querySelectorAll('li')].map(text);
    expect(tags).to.have.members(['ووردبريس', 'اختبار']);
    await imageLoaded(shadow(el, 'img[part=image]') as HTMLImageElement);
    await expect(el).to.be.accessible();
    expect(spy.errors).to.deep.equal([]);
  });

  it("<maqal-article src> hands its slotted comment form the endpoint on the post's own origin", async () => {
    const el = await fixture<MaqalArticle>(
      html`<maqal-article src=${rest(wp, `posts/${wp.posts.main}?_embed`)}
        ><maqal-comment-form slot="comments"></maqal-comment-form
      ></maqal-article>`,
    );
    await loaded(el);
    const form = el.querySelector<MaqalCommentForm>('maqal-comment-form')!;
    // Another origin than the page's, but the data's own: WordPress's comments endpoint.
    expect([form.endpoint, form.articleId, form.format]).to.deep.equal([
      `${wp.url}/wp-json/wp/v2/comments`,
      String(wp.posts.main),
      'wordpress',
    ]);
    expect(spy.warnings).to.deep.equal([]);
  });
});
