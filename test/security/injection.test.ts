import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MaqalArticleCard } from '../../src/components/article-card/article-card.js';
import type { MaqalArticle } from '../../src/components/article/article.js';
import type { MaqalBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import type { MaqalCommentForm } from '../../src/components/comment-form/comment-form.js';
import type { MaqalRelatedArticles } from '../../src/components/related-articles/related-articles.js';
import { spyOnConsole, type ConsoleSpy } from '../helpers/console.js';
import { mockEndpoint } from '../helpers/mock-api.js';
import { until } from '../helpers/seeds.js';
import { INJECTIONS } from '../components/article/injections.js';
import {
  MARKDOWN_VECTORS,
  TEXT_VECTORS,
  URL_VECTORS,
  bodyProblems,
  control,
  flat,
  harmlessUrl,
  hostileCalls,
  installSpy,
  problemsIn,
  spyCalls,
  textOf,
} from './vectors.js';
import { clearMaqalStorage, fillCommentForm } from '../helpers/comment-form.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const IMAGE = { src: '/seeds/images/sample-1.svg', alt: 'صورة', width: 800, height: 450 };

/** An article whose every text field holds `vector`. */
function textArticle(vector: string, id = 'v') {
  return {
    id,
    url: '#article',
    lang: 'ar',
    title: vector,
    excerpt: vector,
    category: { name: vector, url: '#c' },
    image: { ...IMAGE, alt: vector, caption: vector, credit: vector },
    author: { name: vector, url: '#a' },
    publisher: { name: vector, description: vector, url: '#p' },
    tags: [{ name: vector, url: '#t' }, vector],
    published: '2025-04-14T09:00:00Z',
    body: 'نص.',
  };
}

/** An article whose every URL field holds `vector`. */
function urlArticle(vector: string, id = 'u') {
  return {
    id,
    title: 'عنوان',
    url: vector,
    excerpt: 'ملخص',
    category: { name: 'فئة', url: vector },
    image: { ...IMAGE, srcset: `${vector} 1x` },
    author: { name: 'كاتب', url: vector, avatar: vector },
    publisher: { name: 'ناشر', url: vector, logo: vector },
    tags: [{ name: 'وسم', url: vector }],
    comments: { open: true, endpoint: vector },
    body: 'نص.',
  };
}

describe('security: injection through every field of every widget', () => {
  let consoleSpy: ConsoleSpy;
  before(installSpy);
  beforeEach(() => {
    spyCalls.length = 0;
    consoleSpy = spyOnConsole();
  });
  afterEach(() => consoleSpy.restore());

  it('control: the spy catches a vector that does run', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<img src="/nope.png" onerror="window.__maqalSpy(\'proof\')">';
    document.body.append(host);
    await until(() => spyCalls.some((call) => call[0] === 'proof'), 'the proof vector');
    host.remove();
    expect(hostileCalls()).to.deep.equal([['proof']]);
  });

  describe('<maqal-article-card>', () => {
    for (const [name, vector] of TEXT_VECTORS) {
      it(`shows "${name}" as text in title, excerpt, category and alt`, async () => {
        const el = await fixture<MaqalArticleCard>(html`<maqal-article-card></maqal-article-card>`);
        el.article = textArticle(vector) as never;
        await el.updateComplete;
        expect(el.state).to.equal('ready');
        expect(textOf(part(el, 'title'))).to.equal(flat(vector));
        expect(textOf(part(el, 'excerpt'))).to.equal(flat(vector));
        expect(textOf(part(el, 'category'))).to.equal(flat(vector));
        expect(part(el, 'image')!.getAttribute('alt')).to.equal(vector);
        expect(problemsIn(el)).to.deep.equal([]);
        await control();
        expect(hostileCalls()).to.deep.equal([]);
      });
    }

    for (const [name, vector] of URL_VECTORS) {
      it(`drops the URL vector "${name}" from the link, image and srcset`, async () => {
        const card = await fixture<MaqalArticleCard>(
          html`<maqal-article-card></maqal-article-card>`,
        );
        card.article = urlArticle(vector) as never;
        await card.updateComplete;
        expect(card.state).to.equal('ready');
        expect(textOf(part(card, 'title'))).to.equal('عنوان');
        expect(problemsIn(card)).to.deep.equal([]);
        // The same vector as the image's only source: a readable error, nothing rendered from it.
        const imageless = await fixture<MaqalArticleCard>(
          html`<maqal-article-card></maqal-article-card>`,
        );
        imageless.article = { title: 'عنوان', image: { src: vector, alt: '' } } as never;
        await imageless.updateComplete;
        if (harmlessUrl(vector)) {
          // Only looks hostile: a relative or https URL, rendered as a plain attribute value.
          expect(imageless.state).to.equal('ready');
          expect(part(imageless, 'image')!.getAttribute('src')).to.equal(vector.trim());
        } else {
          expect(imageless.state).to.equal('error');
          expect(textOf(part(imageless, 'error'))).to.contain('image.src');
        }
        expect(problemsIn(imageless)).to.deep.equal([]);
        await control();
        expect(hostileCalls()).to.deep.equal([]);
      });
    }

    it('keeps hostile inline JSON and src data inert too', async () => {
      const vector =
        '<img src=x onerror="window.__maqalSpy(\'inline\')"></script><script>window.__maqalSpy("inline2")</script>';
      const inline = document.createElement('maqal-article-card') as MaqalArticleCard;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ title: vector, url: 'javascript:__maqalSpy(1)' });
      inline.append(script);
      document.body.append(inline);
      const path = await mockEndpoint('sec-card', { body: { title: vector, excerpt: vector } });
      const remote = await fixture<MaqalArticleCard>(
        html`<maqal-article-card src=${path}></maqal-article-card>`,
      );
      try {
        await until(() => remote.state === 'ready' && inline.state === 'ready', 'both cards');
        await inline.updateComplete;
        await remote.updateComplete;
        expect(textOf(part(inline, 'title'))).to.equal(flat(vector));
        expect(textOf(part(remote, 'title'))).to.equal(flat(vector));
        expect(part(inline, 'link')!.hasAttribute('href'), 'dropped href').to.equal(false);
        expect([...problemsIn(inline), ...problemsIn(remote)]).to.deep.equal([]);
        await control();
        expect(hostileCalls()).to.deep.equal([]);
      } finally {
        inline.remove();
      }
    });
  });

  describe('<maqal-article>', () => {
    async function article(data: unknown, template = html`<maqal-article></maqal-article>`) {
      const el = await fixture<MaqalArticle>(template);
      el.article = data as never;
      await el.updateComplete;
      return el;
    }

    for (const [name, vector] of TEXT_VECTORS) {
      it(`shows "${name}" as text in every text field`, async () => {
        const el = await article(textArticle(vector));
        expect(el.state).to.equal('ready');
        const expected = flat(vector);
        expect(textOf(part(el, 'title'))).to.equal(expected);
        expect(textOf(part(el, 'category'))).to.equal(expected);
        expect(textOf(part(el, 'author'))).to.equal(expected);
        expect(part(el, 'image')!.getAttribute('alt')).to.equal(vector);
        expect(textOf(part(el, 'caption'))).to.contain(expected);
        const root = el.shadowRoot!;
        expect(textOf(root.querySelector('.credit .isolated'))).to.equal(expected);
        expect(textOf(root.querySelector('.publisher-name'))).to.equal(expected);
        expect(textOf(root.querySelector('.publisher-description'))).to.equal(expected);
        expect([...root.querySelectorAll('[part=tags] .tag')].map(textOf)).to.deep.equal([
          expected,
          expected,
        ]);
        expect(problemsIn(el)).to.deep.equal([]);
        await control();
        expect(hostileCalls()).to.deep.equal([]);
      });
    }

    for (const [name, vector] of URL_VECTORS) {
      it(`drops the URL vector "${name}" from every URL field`, async () => {
        const el = await article(urlArticle(vector));
        expect(el.state).to.equal('ready');
        expect(textOf(part(el, 'title'))).to.equal('عنوان');
        expect(textOf(part(el, 'author'))).to.equal('كاتب');
        // Dropped, unless the vector only looks hostile (a relative or https URL).
        const kept = harmlessUrl(vector);
        expect(el.shadowRoot!.querySelector('.avatar') !== null).to.equal(kept);
        expect(part(el, 'publisher-logo') !== null).to.equal(kept);
        expect(part(el, 'author')!.hasAttribute('href')).to.equal(kept);
        expect(problemsIn(el)).to.deep.equal([]);
        await control();
        expect(hostileCalls()).to.deep.equal([]);
      });
    }

    const bodies: [string, string][] = [...INJECTIONS, ...MARKDOWN_VECTORS];
    for (const field of ['body', 'bodyHtml'] as const) {
      it(`sanitises every vector in ${field} (${bodies.length} vectors, one article each)`, async () => {
        const rendered: MaqalArticle[] = [];
        for (const [name, vector] of bodies) {
          const el = await article({
            id: name,
            title: name,
            [field]: `فقرة قبل.\n\n${vector}\n\nفقرة بعد.`,
          });
          expect(el.state, name).to.equal('ready');
          const body = part(el, 'body')!;
          expect(textOf(body), name).to.contain('فقرة قبل.');
          // Unclosed mXSS markup may swallow what follows (as any parser would); nothing runs.
          if (!/mXSS/.test(name)) expect(textOf(body), name).to.contain('فقرة بعد.');
          expect(problemsIn(el), name).to.deep.equal([]);
          expect(bodyProblems(body), name).to.deep.equal([]);
          rendered.push(el);
        }
        // Nothing escaped its box: the page is as it was.
        expect(document.querySelector('base, meta[http-equiv], link[rel=stylesheet]')).to.equal(
          null,
        );
        expect(getComputedStyle(document.body).display).to.equal('block');
        expect(typeof window.__maqalSpy).to.equal('function');
        expect(typeof document.createElement).to.equal('function');
        for (const el of rendered) {
          expect(getComputedStyle(part(el, 'title')!).display).not.to.equal('none');
        }
        await control();
        expect(hostileCalls()).to.deep.equal([]);
      });
    }

    it('keeps template-looking text in the body as text', async () => {
      const el = await article({
        title: 't',
        body: '${window.__maqalSpy(1)} {{7*7}} <!--?lit$1$--> lit$1$',
      });
      expect(textOf(part(el, 'body'))).to.equal('${window.__maqalSpy(1)} {{7*7}} lit$1$');
      await control();
      expect(hostileCalls()).to.deep.equal([]);
    });

    it('writes JSON-LD that no value can break out of', async () => {
      const vector = '</script><script>window.__maqalSpy("ld")</script><!--';
      const el = await article(textArticle(vector), html`<maqal-article json-ld></maqal-article>`);
      const ld = el.querySelector('script[type="application/ld+json"]')!;
      expect(ld.textContent).not.to.contain('<');
      expect(JSON.parse(ld.textContent!).headline).to.equal(vector);
      expect(el.querySelectorAll('script')).to.have.length(1);
      await control();
      expect(hostileCalls()).to.deep.equal([]);
    });
  });

  describe('<maqal-related-articles>', () => {
    for (const [name, vector] of TEXT_VECTORS) {
      it(`shows "${name}" as text in every card and in the heading`, async () => {
        const el = await fixture<MaqalRelatedArticles>(
          html`<maqal-related-articles heading=${vector}></maqal-related-articles>`,
        );
        el.articles = [textArticle(vector, 'a'), textArticle(vector, 'b')];
        await el.allRendered();
        const cards = [...el.shadowRoot!.querySelectorAll<MaqalArticleCard>('maqal-article-card')];
        expect(cards).to.have.length(2);
        await Promise.all(cards.map((card) => card.updateComplete));
        expect(textOf(part(el, 'heading'))).to.equal(flat(vector));
        for (const card of cards) {
          expect(textOf(part(card, 'title'))).to.equal(flat(vector));
          expect(textOf(part(card, 'category'))).to.equal(flat(vector));
        }
        expect(problemsIn(el)).to.deep.equal([]);
        await control();
        expect(hostileCalls()).to.deep.equal([]);
      });
    }

    it('drops every URL vector from every card', async () => {
      const el = await fixture<MaqalRelatedArticles>(
        html`<maqal-related-articles></maqal-related-articles>`,
      );
      el.articles = URL_VECTORS.map(([, vector], index) => urlArticle(vector, `u${index}`));
      await el.allRendered();
      const cards = [...el.shadowRoot!.querySelectorAll<MaqalArticleCard>('maqal-article-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      expect(cards).to.have.length(URL_VECTORS.length);
      expect(problemsIn(el)).to.deep.equal([]);
      await control();
      expect(hostileCalls()).to.deep.equal([]);
    });

    it('keeps a hostile strings attribute as text', async () => {
      const vector = '<img src=x onerror="window.__maqalSpy(\'strings\')">';
      const el = await fixture<MaqalRelatedArticles>(
        html`<maqal-related-articles
          empty="message"
          strings=${JSON.stringify({ related: { heading: vector, empty: vector } })}
        ></maqal-related-articles>`,
      );
      el.articles = [];
      await el.updateComplete;
      expect(textOf(part(el, 'heading'))).to.equal(flat(vector));
      expect(textOf(part(el, 'empty'))).to.equal(flat(vector));
      await control();
      expect(hostileCalls()).to.deep.equal([]);
    });
  });

  describe('<maqal-comment-form>', () => {
    const fill = fillCommentForm;
    afterEach(clearMaqalStorage);

    for (const [name, vector] of TEXT_VECTORS) {
      it(`echoes "${name}" back as text after posting, with the server's message as text`, async () => {
        const endpoint = await mockEndpoint('sec-comment', {
          status: 201,
          body: { status: 'approved', id: 7, message: `${vector} شكراً` },
        });
        const el = await fixture<MaqalCommentForm>(
          html`<maqal-comment-form
            article-id="sec"
            endpoint=${endpoint}
            parent="3"
            parent-name=${vector}
          ></maqal-comment-form>`,
        );
        expect(textOf(part(el, 'heading'))).to.contain(flat(vector));
        fill(el, { text: vector, name: vector, email: 'a@example.com' });
        await el.submit();
        await el.updateComplete;
        expect(el.state).to.equal('approved');
        const posted = part(el, 'posted')!;
        expect(textOf(posted.querySelector('.posted-text'))).to.equal(flat(vector));
        expect(textOf(posted.querySelector('.posted-author'))).to.equal(flat(vector));
        // The server's message is read as text (tags dropped by an inert parse), shown as text.
        expect(textOf(part(el, 'status'))).to.contain('شكراً');
        expect(problemsIn(el)).to.deep.equal([]);
        await control();
        expect(hostileCalls()).to.deep.equal([]);
      });
    }

    it('shows a hostile error message from the server as text', async () => {
      const endpoint = await mockEndpoint('sec-comment-error', {
        status: 400,
        body: {
          code: 'x',
          message: '<img src=x onerror="window.__maqalSpy(\'err\')"><b>مرفوض</b>',
        },
      });
      const el = await fixture<MaqalCommentForm>(
        html`<maqal-comment-form article-id="sec" endpoint=${endpoint}></maqal-comment-form>`,
      );
      fill(el, { text: 'نص', name: 'اسم', email: 'a@example.com' });
      await el.submit();
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(textOf(part(el, 'status'))).to.contain('مرفوض');
      expect(part(el, 'status')!.querySelector('img, b')).to.equal(null);
      await control();
      expect(hostileCalls()).to.deep.equal([]);
    });

    for (const [name, vector] of URL_VECTORS) {
      it(`refuses the URL vector "${name}" as endpoint and as website`, async () => {
        const el = await fixture<MaqalCommentForm>(
          html`<maqal-comment-form article-id="sec" endpoint=${vector}></maqal-comment-form>`,
        );
        fill(el, { text: 'نص', name: 'اسم', email: 'a@example.com', website: vector });
        await el.submit();
        await el.updateComplete;
        // The website is refused by validation before anything is sent.
        expect(el.state).to.equal('idle');
        expect(el.shadowRoot!.querySelector('#website')!.getAttribute('aria-invalid')).to.equal(
          'true',
        );
        fill(el, { website: '' });
        await el.submit();
        await el.updateComplete;
        expect(el.state).to.equal('error');
        // As an endpoint: a script URL is refused before any request, and says so; one the
        // browser reads as http(s) or relative (an entity, a quote) is only an address, and fails
        // as a request would.
        const refused = consoleSpy.errors.some((line) => line.includes('refusing endpoint'));
        expect(refused, vector).to.equal(!harmlessUrl(vector));
        expect(problemsIn(el)).to.deep.equal([]);
        await control();
        expect(hostileCalls()).to.deep.equal([]);
      });
    }
  });

  describe('<maqal-back-to-top>', () => {
    it('treats hostile target/container selectors and labels as inert', async () => {
      const vector = '<img src=x onerror="window.__maqalSpy(\'btt\')">';
      const el = await fixture<MaqalBackToTop>(
        html`<maqal-back-to-top
          target=${vector}
          container=${vector}
          strings=${JSON.stringify({ backToTop: { label: vector } })}
        ></maqal-back-to-top>`,
      );
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('.visually-hidden'))).to.equal(flat(vector));
      el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      expect(consoleSpy.errors.join('\n')).to.contain('not a valid CSS selector');
      expect(problemsIn(el)).to.deep.equal([]);
      await control();
      expect(hostileCalls()).to.deep.equal([]);
    });
  });

  describe('bidi controls in titles and names', () => {
    const BIDI = [
      ['RLO', '\u202Eevil.exe'],
      ['LRI', '\u2066abc'],
      ['RLI', '\u2067abc'],
      ['FSI', '\u2068abc'],
      ['PDI', 'abc\u2069\u2069'],
      ['mixed', 'عنوان \u202E\u2066 gnp.exe \u2069 نهاية'],
    ];

    /**
     * The element that bounds the bidi context `node`'s text lives in: the nearest block-level
     * ancestor or isolating inline (`<bdi>`, `unicode-bidi: isolate`).
     */
    function bidiBoundary(text: Node): Element {
      let at = text.parentElement!;
      for (;;) {
        const style = getComputedStyle(at);
        const isolates = /isolate|plaintext/.test(style.unicodeBidi);
        const block = !style.display.startsWith('inline') && style.display !== 'contents';
        if (isolates || block) return at;
        at = at.parentElement!;
      }
    }

    function textNodes(root: Node, value: string): Text[] {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const found: Text[] = [];
      while (walker.nextNode()) {
        if ((walker.currentNode as Text).data.includes(value))
          found.push(walker.currentNode as Text);
      }
      return found;
    }

    for (const [name, vector] of BIDI) {
      it(`keeps ${name} inside its own field (card, article, related)`, async () => {
        const data = textArticle(vector);
        const card = await fixture<MaqalArticleCard>(
          html`<maqal-article-card></maqal-article-card>`,
        );
        card.article = data as never;
        const full = await fixture<MaqalArticle>(html`<maqal-article></maqal-article>`);
        full.article = data as never;
        await card.updateComplete;
        await full.updateComplete;
        const nodes = [
          ...textNodes(card.shadowRoot!, vector),
          ...textNodes(full.shadowRoot!, vector),
        ];
        // title, excerpt, category (card); title, category, author, caption, credit, tags x2,
        // publisher name and description (article)
        expect(nodes.length).to.be.greaterThan(10);
        for (const node of nodes) {
          const boundary = bidiBoundary(node);
          expect(textOf(boundary), `<${boundary.localName} class=${boundary.className}>`).to.equal(
            flat(vector),
          );
        }
      });
    }

    it('keeps a reply name with a stray PDI isolated in the comment heading', async () => {
      const el = await fixture<MaqalCommentForm>(
        html`<maqal-comment-form
          parent="1"
          parent-name=${'\u2069\u202Eevil'}
        ></maqal-comment-form>`,
      );
      const heading = textOf(part(el, 'heading'));
      // Every isolate and embedding the name opens or closes stays between the FSI and its PDI.
      const start = heading.indexOf('\u2068');
      expect(start).to.be.greaterThan(-1);
      let depth = 0;
      let closedAt = -1;
      for (let i = start; i < heading.length; i++) {
        const c = heading[i];
        if (/[\u2066-\u2068]/.test(c)) depth++;
        else if (c === '\u2069') depth--;
        if (depth === 0) {
          closedAt = i;
          break;
        }
      }
      expect(heading.slice(start, closedAt + 1)).to.contain('evil');
      expect(heading.slice(closedAt + 1)).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
    });
  });
});
