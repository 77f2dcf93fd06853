import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MaqalArticleCard } from '../../src/components/article-card/article-card.js';
import type { MaqalArticle } from '../../src/components/article/article.js';
import type { MaqalCommentForm } from '../../src/components/comment-form/comment-form.js';
import type { MaqalRelatedArticles } from '../../src/components/related-articles/related-articles.js';
import { ar } from '../../src/lib/i18n/ar/index.js';
import { en } from '../../src/lib/i18n/en/index.js';
import { spyOnConsole, type ConsoleSpy } from '../helpers/console.js';
import {
  mockEndpoint,
  recordedRequests,
  scriptEndpoint,
  type MockResponse,
} from '../helpers/mock-api.js';
import { until } from '../helpers/seeds.js';
import { test, textOf } from './helpers.js';
import { clearMaqalStorage, fillCommentForm } from '../helpers/comment-form.js';

type DataElement = (MaqalArticleCard | MaqalArticle | MaqalRelatedArticles) & {
  timeout?: number;
  reload(): void;
};

const ARTICLE = {
  id: 'n1',
  title: 'عنوان من الشبكة',
  url: '#n1',
  lang: 'ar',
  body: 'فقرة.',
};
const RELATED = { articles: [ARTICLE, { ...ARTICLE, id: 'n2', title: 'عنوان ثان', url: '#n2' }] };

/** Each data widget, with a body its `src` answers with, and what it shows once ready. */
const WIDGETS = [
  { tag: 'maqal-article-card', body: ARTICLE, shown: (el: Element) => titleOf(el) },
  { tag: 'maqal-article', body: ARTICLE, shown: (el: Element) => titleOf(el) },
  {
    tag: 'maqal-related-articles',
    body: RELATED,
    shown: (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('maqal-article-card')].map(titleOf).join(' | '),
  },
] as const;

function titleOf(el: Element): string {
  return textOf(el.shadowRoot?.querySelector('[part~=title]'));
}

async function make(tag: string, src: string, timeout?: number): Promise<DataElement> {
  const el = document.createElement(tag) as DataElement;
  if (timeout) el.timeout = timeout;
  el.setAttribute('src', src);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  return el;
}

async function settled(el: DataElement): Promise<void> {
  await until(
    () => el.state === 'ready' || el.state === 'error',
    `<${el.localName}> to settle`,
    8000,
  );
  await el.updateComplete;
  if ('allRendered' in el) await el.allRendered();
  const cards = [
    ...(el.shadowRoot?.querySelectorAll<MaqalArticleCard>('maqal-article-card') ?? []),
  ];
  await Promise.all(cards.map((card) => card.updateComplete));
}

const errorText = (el: Element) => textOf(el.shadowRoot!.querySelector('[part=error]'));

describe('hardening: broken networks', () => {
  let consoleSpy: ConsoleSpy;
  beforeEach(() => (consoleSpy = spyOnConsole()));
  afterEach(() => consoleSpy.restore());

  for (const widget of WIDGETS) {
    describe(`<${widget.tag} src>`, () => {
      const failures: [string, MockResponse, (lang: typeof ar) => string][] = [
        ['404', { status: 404, body: { error: 'not found' } }, (t) => t.errorHttp(404)],
        ['500', { status: 500, raw: 'Internal Server Error' }, (t) => t.errorHttp(500)],
        [
          'a non-JSON answer',
          { raw: '<!doctype html><p>Login</p>', contentType: 'text/html' },
          (t) => t.errorInvalidJson,
        ],
        ['an empty answer', { raw: '' }, (t) => t.errorInvalidJson],
      ];
      for (const [name, response, message] of failures) {
        test(`shows ${name} as a readable error, then recovers on reload()`, async () => {
          const path = await mockEndpoint('net', response);
          const el = await make(widget.tag, path);
          await settled(el);
          expect(el.state).to.equal('error');
          expect(errorText(el)).to.contain(ar.errorTitle);
          expect(errorText(el)).to.contain(message(ar));
          expect(consoleSpy.errors, consoleSpy.errors.join('\n')).to.have.length(1);
          expect(consoleSpy.errors[0]).to.contain(`<${widget.tag}>`);

          await scriptEndpoint(path, { body: widget.body });
          el.reload();
          await settled(el);
          expect(el.state).to.equal('ready');
          expect(widget.shown(el)).to.contain('عنوان من الشبكة');
          expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
        });
      }

      test('gives up on a request that never answers after its `timeout`, in English too', async () => {
        const path = await mockEndpoint('net-hang', { hang: true });
        const el = await make(widget.tag, path, 300);
        el.setAttribute('lang', 'en');
        await settled(el);
        expect(el.state).to.equal('error');
        expect(errorText(el)).to.contain(en.errorTimeout);
        expect(consoleSpy.errors.join('\n')).to.contain('300 ms');
        // A later answer arrives under a new URL: no reload of the page needed.
        el.setAttribute('src', await mockEndpoint('net-after-hang', { body: widget.body }));
        await el.updateComplete;
        await settled(el);
        expect(el.state).to.equal('ready');
      });

      test('reads the timeout from the attribute', async () => {
        const path = await mockEndpoint('net-hang-attr', { hang: true });
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.innerHTML = `<${widget.tag} timeout="250" src="${path}"></${widget.tag}>`;
        const el = wrapper.firstElementChild as DataElement;
        expect(el.timeout).to.equal(250);
        await settled(el);
        expect(errorText(el)).to.contain(ar.errorTimeout);
      });

      test('says a refused connection is a network error', async () => {
        const el = await make(widget.tag, 'http://127.0.0.1:9/article.json');
        await settled(el);
        expect(el.state).to.equal('error');
        expect(errorText(el)).to.contain(ar.errorNetwork);
      });

      test('waits out a slow trickle that ends in time, showing the loading state meanwhile', async () => {
        const path = await mockEndpoint('net-trickle', {
          body: widget.body,
          trickle: { chunks: 4, interval: 150 },
        });
        const el = await make(widget.tag, path, 5000);
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        expect(el.shadowRoot!.querySelector('[aria-busy=true]')).not.to.equal(null);
        await settled(el);
        expect(el.state).to.equal('ready');
        expect(widget.shown(el)).to.contain('عنوان من الشبكة');
      });

      test('times out a trickle that takes longer than `timeout`', async () => {
        const path = await mockEndpoint('net-trickle-slow', {
          body: widget.body,
          trickle: { chunks: 20, interval: 200 },
        });
        const el = await make(widget.tag, path, 400);
        await settled(el);
        expect(el.state).to.equal('error');
        expect(errorText(el)).to.contain(ar.errorTimeout);
      });

      test('shows the answer for the current src, never a late one for an old src', async () => {
        const old = await mockEndpoint('net-old', {
          body:
            widget.tag === 'maqal-related-articles'
              ? { articles: [{ ...ARTICLE, title: 'قديم' }] }
              : { ...ARTICLE, title: 'قديم' },
          delay: 400,
        });
        const current = await mockEndpoint('net-new', { body: widget.body });
        const el = await make(widget.tag, old);
        await el.updateComplete;
        el.setAttribute('src', current);
        await settled(el);
        expect(widget.shown(el)).to.contain('عنوان من الشبكة');
        // Let the old answer's time pass (a slower request on the same server as a clock).
        await fetch(await mockEndpoint('net-clock', { body: {}, delay: 600 }));
        await el.updateComplete;
        expect(el.state).to.equal('ready');
        expect(widget.shown(el)).to.contain('عنوان من الشبكة');
        expect(widget.shown(el)).not.to.contain('قديم');
      });

      test('does not break a neighbouring widget when it fails', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const broken = document.createElement(widget.tag) as DataElement;
        broken.setAttribute('src', await mockEndpoint('net-broken', { status: 500 }));
        const fine = document.createElement(widget.tag) as DataElement;
        fine.setAttribute('src', await mockEndpoint('net-fine', { body: widget.body }));
        wrapper.append(broken, fine);
        await settled(broken);
        await settled(fine);
        expect(broken.state).to.equal('error');
        expect(fine.state).to.equal('ready');
        expect(widget.shown(fine)).to.contain('عنوان من الشبكة');
      });
    });
  }

  describe('<maqal-comment-form endpoint>', () => {
    const fill = (el: MaqalCommentForm) =>
      fillCommentForm(el, { text: 'تعليق لا يضيع', name: 'سارة', email: 'sara@example.com' });
    const t = ar.commentForm;
    const status = (el: Element) => textOf(el.shadowRoot!.querySelector('[part=status]'));
    afterEach(clearMaqalStorage);

    // The reader's message, and the console error for the site owner (naming the endpoint).
    const failures: [string, MockResponse | string, string, RegExp][] = [
      [
        '404',
        { status: 404, raw: 'Not Found' },
        t.failedNotFound(404),
        /net-comment\S* answered 404/,
      ],
      ['500', { status: 500, body: {} }, t.failedServer(500), /net-comment\S* answered 500/],
      [
        'a non-JSON answer',
        { status: 200, raw: '<html>oops</html>', contentType: 'text/html' },
        t.failedInvalidResponse,
        /answered 200 with something that is not a comment status/,
      ],
      ['a timeout', { hang: true }, t.failedTimeout, /did not answer in time/],
      [
        'a trickle past the timeout',
        { body: { status: 'approved' }, trickle: { chunks: 20, interval: 200 } },
        t.failedTimeout,
        /did not answer in time/,
      ],
      [
        'a refused connection',
        'http://127.0.0.1:9/comments',
        t.failedNetwork,
        /could not reach http:\/\/127\.0\.0\.1:9\/comments/,
      ],
    ];
    for (const [name, response, message, ownerError] of failures) {
      test(`keeps the text and says what happened on ${name}; a later success posts it`, async () => {
        const endpoint =
          typeof response === 'string' ? response : await mockEndpoint('net-comment', response);
        const el = await fixture<MaqalCommentForm>(
          html`<maqal-comment-form
            article-id="net"
            endpoint=${endpoint}
            timeout="400"
          ></maqal-comment-form>`,
        );
        fill(el);
        await el.submit();
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(status(el)).to.contain(message);
        expect(status(el)).to.contain(t.keepText);
        const ownerErrors = consoleSpy.errors.filter((line) =>
          line.startsWith('maqal-comment-form:'),
        );
        expect(ownerErrors).to.have.length(1);
        expect(ownerErrors[0]).to.match(ownerError);
        // Named, not handed over: the console would keep a removed form alive.
        expect(consoleSpy.elements).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#text')!.value).to.equal(
          'تعليق لا يضيع',
        );
        const retry = await mockEndpoint('net-comment-ok', {
          status: 201,
          body: { status: 'pending', id: 9 },
        });
        el.endpoint = retry;
        await el.submit();
        await el.updateComplete;
        expect(el.state).to.equal('pending');
        expect(status(el)).to.contain(t.pending);
        // What the retry sent is the text the failure kept.
        const [sent] = await recordedRequests(retry);
        expect(JSON.parse(sent.body).text).to.equal('تعليق لا يضيع');
      });
    }

    test('tells an offline reader to check the connection; a refusal the server explained is not logged', async () => {
      const el = await fixture<MaqalCommentForm>(
        html`<maqal-comment-form
          article-id="net"
          endpoint="http://127.0.0.1:9/comments"
        ></maqal-comment-form>`,
      );
      fill(el);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        await el.submit();
        await el.updateComplete;
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      expect(navigator.onLine).to.equal(true);
      expect(status(el)).to.contain(t.failedOffline);

      const duplicate = await mockEndpoint('net-comment-dup', {
        status: 409,
        body: { code: 'comment_duplicate', message: 'Duplicate comment detected' },
      });
      const wp = await fixture<MaqalCommentForm>(
        html`<maqal-comment-form
          article-id="7"
          format="wordpress"
          endpoint=${duplicate}
        ></maqal-comment-form>`,
      );
      fill(wp);
      const before = consoleSpy.errors.length;
      await wp.submit();
      await wp.updateComplete;
      expect(status(wp)).to.contain(t.wpDuplicate);
      expect(consoleSpy.errors.slice(before)).to.deep.equal([]);
    });

    test('warns when it posts without an article-id', async () => {
      const endpoint = await mockEndpoint('net-comment-noid', {
        status: 201,
        body: { status: 'pending' },
      });
      const el = await fixture<MaqalCommentForm>(
        html`<maqal-comment-form endpoint=${endpoint}></maqal-comment-form>`,
      );
      fill(el);
      await el.submit();
      expect(consoleSpy.warnings).to.deep.equal([
        'maqal-comment-form: no article-id; the comment is sent with articleId null.',
      ]);
    });

    test('accepts a slow trickle that ends within the timeout', async () => {
      const endpoint = await mockEndpoint('net-comment-trickle', {
        status: 201,
        body: { status: 'approved', id: 1 },
        trickle: { chunks: 4, interval: 100 },
      });
      const el = await fixture<MaqalCommentForm>(
        html`<maqal-comment-form
          article-id="net"
          endpoint=${endpoint}
          timeout="5000"
        ></maqal-comment-form>`,
      );
      fill(el);
      const sending = el.submit();
      await el.updateComplete;
      expect(el.state).to.equal('sending');
      await sending;
      await el.updateComplete;
      expect(el.state).to.equal('approved');
    });
  });
});
