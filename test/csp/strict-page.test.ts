import { expect } from '@open-wc/testing';
import type { MaqalArticleCard } from '../../src/components/article-card/article-card.js';
import type { MaqalArticle } from '../../src/components/article/article.js';
import type { MaqalBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import type { MaqalCommentForm } from '../../src/components/comment-form/comment-form.js';
import type { MaqalRelatedArticles } from '../../src/components/related-articles/related-articles.js';
import { mockEndpoint } from '../helpers/mock-api.js';
import { until } from '../helpers/seeds.js';

/** The policy a site needs for maqal, and that this page is served with (a real header). */
export const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify maqal',
].join('; ');

type StrictWindow = Window & {
  defined?: boolean;
  violations: string[];
  reports: string[];
};

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`);

async function strictFrame(policy = STRICT_POLICY): Promise<HTMLIFrameElement> {
  const page = await (await fetch('/test/fixtures/hardening/strict-page.html')).text();
  const path = await mockEndpoint('strict-page', {
    raw: page,
    contentType: 'text/html; charset=utf-8',
    headers: { 'Content-Security-Policy': policy },
  });
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 600px';
  frame.src = path;
  document.body.append(frame);
  await until(
    () => (frame.contentWindow as StrictWindow | null)?.defined === true,
    'the elements to load in the strict page',
    8000,
  );
  return frame;
}

/** Lets queued violation events and reports arrive. */
const reportsArrive = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('strict pages: CSP without unsafe-inline/eval, and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let win: StrictWindow;
  let doc: Document;
  beforeEach(async () => {
    frame = await strictFrame();
    win = frame.contentWindow as StrictWindow;
    doc = frame.contentDocument!;
  });
  afterEach(() => frame.remove());

  it('control: the page really enforces the policy, and violations are recorded', async () => {
    expect(() => (doc.body.innerHTML = '<b>x</b>')).to.throw();
    const inline = doc.createElement('div');
    inline.setAttribute('style', 'color: red');
    doc.body.append(inline);
    await until(() => win.violations.length >= 2, 'the control violations');
    expect(win.violations.join('\n')).to.contain('require-trusted-types-for');
    expect(win.violations.join('\n')).to.contain('style-src');
    await until(() => win.reports.length >= 1, 'a ReportingObserver report');
  });

  it('runs every widget, with every data path, and records no violation', async () => {
    // Inline JSON, parsed on the page.
    const inlineCard = doc.querySelector<MaqalArticleCard>('#inline-card')!;
    await until(() => inlineCard.state === 'ready', 'the inline card');
    await inlineCard.updateComplete;
    expect(text(part(inlineCard, 'title'))).to.equal('بطاقة من JSON مضمّن');

    // WordPress data: its HTML titles become text (an inert parse) on a Trusted Types page.
    const wpCard = doc.createElement('maqal-article-card') as MaqalArticleCard;
    wpCard.setAttribute(
      'src',
      await mockEndpoint('strict-wp', {
        body: {
          id: 5,
          link: 'https://news.example/5',
          title: { rendered: 'عنوان &#8220;مقتبس&#8221; <b>غامق</b>' },
          excerpt: { rendered: '<p>ملخص &amp; تفاصيل</p>' },
          content: { rendered: '<p>نص</p>' },
          date_gmt: '2025-04-14T09:00:00',
        },
      }),
    );
    doc.body.append(wpCard);

    // The full article: Markdown with hostile HTML, lazy Markdown module, JSON-LD.
    const article = doc.createElement('maqal-article') as MaqalArticle;
    article.jsonLd = true;
    doc.body.append(article);
    article.article = {
      id: 'strict',
      title: 'مقال على صفحة صارمة',
      lang: 'ar',
      author: { name: 'كاتب', url: 'https://news.example/a' },
      image: { src: '/seeds/images/sample-1.svg', alt: '', caption: 'تعليق' },
      publisher: { name: 'ناشر' },
      tags: [{ name: 'وسم' }],
      published: '2025-04-14T09:00:00Z',
      body: '## قسم\n\nفقرة **مهمة** و[رابط](https://other.example/).\n\n![خريطة](/seeds/images/sample-1.svg)\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    };

    // A WordPress article body (HTML, sanitised).
    const wpArticle = doc.createElement('maqal-article') as MaqalArticle;
    doc.body.append(wpArticle);
    wpArticle.article = {
      title: 'HTML',
      bodyHtml: '<p>فقرة <em>HTML</em></p><script>alert(1)</script>',
    } as never;

    // Related list from src.
    const related = doc.createElement('maqal-related-articles') as MaqalRelatedArticles;
    related.setAttribute(
      'src',
      await mockEndpoint('strict-related', {
        body: {
          articles: [
            { id: 'a', title: 'أ', url: '#a' },
            { id: 'b', title: 'ب', url: '#b' },
          ],
        },
      }),
    );
    doc.body.append(related);

    // The comment form, posting for real; the server's message is read as text.
    const form = doc.createElement('maqal-comment-form') as MaqalCommentForm;
    form.setAttribute('article-id', 'strict');
    form.setAttribute(
      'endpoint',
      await mockEndpoint('strict-comment', {
        status: 201,
        body: { status: 'approved', id: 3, message: '<strong>شكراً</strong> &amp; مرحباً' },
      }),
    );
    doc.body.append(form);
    await form.updateComplete;
    for (const [id, value] of Object.entries({
      text: 'تعليق',
      name: 'سارة',
      email: 'sara@example.com',
    })) {
      const field = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await form.submit();

    await until(() => wpCard.state !== 'loading' && wpCard.state !== 'empty', 'the WordPress card');
    await until(() => related.state === 'ready', 'the related list');
    await Promise.all([wpCard, article, wpArticle, related, form].map((el) => el.updateComplete));
    await related.allRendered();

    expect(wpCard.state).to.equal('ready');
    expect(text(part(wpCard, 'title'))).to.equal('عنوان “مقتبس” غامق');
    expect(text(part(wpCard, 'excerpt'))).to.equal('ملخص & تفاصيل');

    expect(text(part(article, 'body')!.querySelector('strong'))).to.equal('مهمة');
    expect(part(article, 'body')!.querySelector('table')).not.to.equal(null);
    expect(part(article, 'body')!.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    const ld = article.querySelector('script[type="application/ld+json"]')!;
    expect(JSON.parse(ld.textContent!).headline).to.equal('مقال على صفحة صارمة');
    expect(text(part(wpArticle, 'body'))).to.equal('فقرة HTML');

    const cards = [...related.shadowRoot!.querySelectorAll<MaqalArticleCard>('maqal-article-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(cards.map((card) => text(part(card, 'title')))).to.deep.equal(['أ', 'ب']);

    expect(form.state).to.equal('approved');
    expect(text(part(form, 'status'))).to.contain('شكراً & مرحباً');

    // Styles apply through constructable stylesheets (style-src 'self' allows no <style>).
    expect(getComputedStyle(part(article, 'base')!).maxInlineSize).not.to.equal('none');
    const button = doc.querySelector<MaqalBackToTop>('maqal-back-to-top')!;
    await button.updateComplete;
    expect(button.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);

    await reportsArrive();
    expect(win.violations).to.deep.equal([]);
    expect(win.reports).to.deep.equal([]);
  });

  it('blocks (and reports) inline handlers in a hostile body; nothing runs, nothing else is reported', async () => {
    const calls: unknown[] = [];
    (win as unknown as { spy: (x: unknown) => void }).spy = (x) => calls.push(x);
    const article = doc.createElement('maqal-article') as MaqalArticle;
    doc.body.append(article);
    article.article = {
      id: 'hostile',
      title: 'عدائي',
      body: 'نص.\n\n<img src=x onerror=spy(1)>\n\n<b onclick=spy(2)>b</b>\n\n<script>spy(3)</script>',
    };
    await article.updateComplete;
    expect(text(part(article, 'body'))).to.equal('نص. b');
    expect(part(article, 'body')!.querySelector('[onerror], [onclick], script')).to.equal(null);
    await reportsArrive();
    // DOMPurify parses the body in an inert document that inherits the page's policy: the
    // browser reports the inline handlers it saw there (blocked), before they are removed.
    expect(win.violations.length).to.be.greaterThan(0);
    expect([...new Set(win.violations)]).to.deep.equal(['script-src-attr: inline']);
    expect(calls).to.deep.equal([]);
  });
});
