import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MaqalArticleCard } from '../../src/components/article-card/article-card.js';
import type { MaqalArticle } from '../../src/components/article/article.js';
import type { MaqalBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import type { MaqalCommentForm } from '../../src/components/comment-form/comment-form.js';
import type { MaqalRelatedArticles } from '../../src/components/related-articles/related-articles.js';
import { spyOnConsole } from '../helpers/console.js';
import { mockEndpoint } from '../helpers/mock-api.js';
import { until } from '../helpers/seeds.js';
import { clearMaqalStorage } from '../helpers/comment-form.js';

/** Everything outside the widgets that a widget could read or write by mistake. */
function snapshot() {
  const attributes = (el: Element) =>
    [...el.attributes].map((attribute) => `${attribute.name}=${attribute.value}`).sort();
  return {
    html: attributes(document.documentElement),
    body: attributes(document.body),
    head: [...document.head.children].map((child) => child.outerHTML),
    localStorage: Object.keys(localStorage).sort(),
    sessionStorage: Object.keys(sessionStorage).sort(),
    cookie: document.cookie,
    globals: Object.getOwnPropertyNames(window).sort(),
    title: document.title,
    styleSheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    scroll: [window.scrollX, window.scrollY],
    location: location.href,
  };
}

describe('isolation: the widgets touch nothing outside themselves but what they document', () => {
  it('leaves the page as it was, except the comment draft, the remembered author and JSON-LD', async () => {
    const consoleSpy = spyOnConsole();
    clearMaqalStorage();
    const endpoint = await mockEndpoint('isolation-comment', {
      status: 201,
      body: { status: 'pending', id: 1 },
    });
    const related = await mockEndpoint('isolation-related', {
      body: {
        articles: [
          { id: 'a', title: 'أ' },
          { id: 'b', title: 'ب' },
        ],
      },
    });
    const before = snapshot();
    try {
      const page = await fixture<HTMLElement>(
        html`<div>
          <maqal-article-card></maqal-article-card>
          <maqal-article json-ld theme="dark" lang="en"></maqal-article>
          <maqal-related-articles src=${related}></maqal-related-articles>
          <maqal-comment-form article-id="iso" endpoint=${endpoint}></maqal-comment-form>
          <maqal-comment-form article-id="iso-draft"></maqal-comment-form>
          <maqal-back-to-top threshold="0" progress></maqal-back-to-top>
        </div>`,
      );
      const card = page.querySelector<MaqalArticleCard>('maqal-article-card')!;
      card.article = { id: 'c', title: 'بطاقة', url: '#c' };
      const article = page.querySelector<MaqalArticle>('maqal-article')!;
      article.article = { id: 'x', title: 'T', body: '# H\n\n[a](https://a.example/) <img src=x>' };
      const list = page.querySelector<MaqalRelatedArticles>('maqal-related-articles')!;
      await until(() => list.state === 'ready', 'the list');
      await Promise.all([card.updateComplete, article.updateComplete, list.allRendered()]);

      const [form, draft] = page.querySelectorAll<MaqalCommentForm>('maqal-comment-form');
      const type = (el: MaqalCommentForm, id: string, value: string) => {
        const field = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      type(form, 'text', 'تعليق');
      type(form, 'name', 'سارة');
      type(form, 'email', 'sara@example.com');
      const consent = form.shadowRoot!.querySelector<HTMLInputElement>('#consent')!;
      consent.click();
      await form.submit();
      type(draft, 'text', 'مسودة');
      draft.remove(); // flushes the draft

      const button = page.querySelector<MaqalBackToTop>('maqal-back-to-top')!;
      await button.updateComplete;

      const after = snapshot();
      // Documented: the JSON-LD script, inside the article element (light DOM), nowhere else.
      expect(article.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      const added = after.localStorage.filter((key) => !before.localStorage.includes(key));
      expect(added).to.deep.equal([
        'maqal:comment-author',
        'maqal:comment-draft:iso-draft:0',
        'maqal:comment-drafts',
      ]);
      expect({ ...after, localStorage: before.localStorage }).to.deep.equal(before);
      expect(consoleSpy.errors).to.deep.equal([]);
    } finally {
      consoleSpy.restore();
      clearMaqalStorage();
    }
  });
});
