import { expect, fixture, html } from '@open-wc/testing';
import { adaptArticle, adaptArticleList, commentsEndpoint } from '../../src/adapters/index.js';
import { srcsetFromSizes } from '../../src/adapters/wordpress.js';
import '../../src/components/article-card/define.js';
import type { MaqalArticleCard } from '../../src/components/article-card/article-card.js';
import { parseArticle, parseArticleList } from '../../src/lib/validate-article.js';
import { spyOnConsole, type ConsoleSpy } from '../helpers/console.js';
import { mockEndpoint } from '../helpers/mock-api.js';
import { afterBrokenImage, until } from '../helpers/seeds.js';

/** What a real WordPress 6.1 answered, captured by scripts/wordpress/capture-fixtures.mjs. */
interface Captured {
  status: number;
  body: Record<string, unknown> & Record<string, unknown>[];
}

async function captured(name: string): Promise<Captured> {
  const response = await fetch(`/test/fixtures/wordpress/${name}.json`);
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return (await response.json()) as Captured;
}

const SITE = 'https://wordpress.example';
const UPLOADS = `${SITE}/wp-content/uploads/`;
const clone = <T>(value: T): T => structuredClone(value);
const shadow = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('WordPress adapter', () => {
  let post: Record<string, unknown>;
  let list: Record<string, unknown>[];
  let spy: ConsoleSpy;
  before(async () => {
    post = (await captured('post')).body;
    list = (await captured('posts-news')).body;
  });
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  it('turns a real REST post with _embed into a valid maqal article', () => {
    const article = parseArticle(adaptArticle(clone(post), 'wordpress'));
    // title.rendered is "المغرب &amp; الجزائر: &#8220;حوار&#8221; ...": decoded, as text.
    expect(article.title).to.equal('المغرب & الجزائر: “حوار” جديد حول الساحل');
    expect(article.id).to.equal('4');
    expect(article.url).to.match(/^https:\/\/wordpress\.example\/%d8%a7/);
    expect(article.excerpt).to.equal('ملخص: جولة جديدة من الحوار بين البلدين حول أمن الساحل.');
    expect(article.bodyHtml).to.equal((post.content as { rendered: string }).rendered);
    expect(article.bodyHtml).to.contain('<h2>خلفية الحوار</h2>');
    expect(article.published).to.equal('2025-04-14T09:00:00Z');
    expect(article.modified).to.equal('2025-04-14T09:00:00Z');
    expect(article.author).to.deep.equal({ name: 'سارة المحررة', url: `${SITE}/author/admin/` });
    expect(article.category).to.deep.equal({ name: 'أخبار', url: `${SITE}/category/news/` });
    expect(article.tags!.map((tag) => tag.name)).to.have.members(['ووردبريس', 'اختبار']);
    expect(article.tags!.every((tag) => tag.url?.startsWith(`${SITE}/tag/`))).to.equal(true);
    expect(article.comments).to.deep.equal({
      open: true,
      format: 'wordpress',
      postId: '4',
      endpoint: `${SITE}/wp-json/wp/v2/comments`,
    });
  });

  it('maps the featured image: alt, caption as text, size, and a srcset of same-ratio sizes', () => {
    const { image } = parseArticle(adaptArticle(clone(post), 'wordpress'));
    const month = /uploads\/(\d{4}\/\d{2})\//.exec(image!.src)![1];
    const file = (name: string) => `${UPLOADS}${month}/${name}`;
    expect(image).to.deep.equal({
      src: file('ci-featured.png'),
      alt: 'خريطة الساحل بين المغرب والجزائر',
      width: 800,
      height: 600,
      // The 150x150 thumbnail is a square crop of a 4:3 image: WordPress leaves it out too.
      srcset: [
        `${file('ci-featured-300x225.png')} 300w`,
        `${file('ci-featured-768x576.png')} 768w`,
        `${file('ci-featured.png')} 800w`,
      ].join(', '),
      sizes: '(max-width: 800px) 100vw, 800px',
      caption: 'تعليق الصورة: الرباط & الجزائر',
    });
  });

  it('recognises a post and a list of posts in auto format', () => {
    expect(adaptArticle(clone(post))).to.deep.equal(adaptArticle(clone(post), 'wordpress'));
    expect(adaptArticleList(clone(list))).to.deep.equal(adaptArticleList(clone(list), 'wordpress'));
    // Not WordPress: passes through untouched.
    const maqal = { title: { rendered: 'x' }, body: 'no content or excerpt object' };
    expect(adaptArticle(maqal)).to.equal(maqal);
  });

  it('turns a category listing into summaries, newest first, with the auto excerpt', () => {
    const summaries = parseArticleList(adaptArticleList(clone(list), 'wordpress'));
    expect(summaries.map((summary) => summary.title)).to.deep.equal([
      'المغرب & الجزائر: “حوار” جديد حول الساحل',
      'تقرير: أسعار الطاقة ترتفع في الأسواق العربية',
      'تحليل: مستقبل النقل العام في المدن الكبرى',
    ]);
    expect(summaries.every((summary) => summary.category?.name === 'أخبار')).to.equal(true);
    expect(summaries[1].image?.alt).to.equal('خريطة الساحل بين المغرب والجزائر');
    expect(summaries[2].image).to.equal(undefined);
    // WordPress wrote this excerpt from the content; no HTML is left in it.
    expect(summaries[2].excerpt).to.contain('يواجه النقل العام');
    expect(summaries[2].excerpt).not.to.match(/[<>]|&[a-z#0-9]+;/);
    // Summaries carry no body.
    expect(summaries[0]).not.to.have.property('bodyHtml');
  });

  it('gives a list’s first post as the article (e.g. a ?slug= answer)', () => {
    const article = parseArticle(adaptArticle(clone(list), 'wordpress'));
    expect(article.id).to.equal(String(list[0].id));
    expect(article.bodyHtml).to.be.a('string');
  });

  it('never runs or injects markup from titles, excerpts and term names', async () => {
    const hostile = clone(post);
    (window as unknown as Record<string, unknown>).pwned = false;
    hostile.title = {
      rendered: '<img src=x onerror="window.pwned=true">عنوان<script>window.pwned=true</script>',
    };
    hostile.excerpt = { rendered: '<p>أ</p><p>ب<style>p{}</style></p>' };
    // Category and tag names arrive in _embedded['wp:term'], as HTML too.
    const terms = (hostile._embedded as Record<string, { name: string }[][]>)['wp:term'];
    for (const group of terms) {
      for (const term of group) {
        term.name = `<img src=x onerror="window.pwned=true">${term.name}<script>window.pwned=true</script>`;
      }
    }
    const article = parseArticle(adaptArticle(hostile, 'wordpress'));
    expect(article.title).to.equal('عنوان');
    expect(article.excerpt).to.equal('أ ب');
    expect(article.category?.name).to.equal('أخبار');
    expect(article.tags?.length).to.be.greaterThan(0);
    for (const tag of article.tags!) expect(tag.name).not.to.match(/[<>]/);
    const el = await fixture<MaqalArticleCard>(
      html`<maqal-article-card .article=${hostile}></maqal-article-card>`,
    );
    // The broken image the title named would have fired its error by the time this one does.
    await afterBrokenImage();
    expect((window as unknown as Record<string, unknown>).pwned).to.equal(false);
    expect(shadow(el, '[part=title]')!.textContent!.trim()).to.equal('عنوان');
    expect(shadow(el, '[part=category]')!.textContent!.trim()).to.equal('أخبار');
    expect(el.shadowRoot!.querySelectorAll('script, img:not([part=image])')).to.have.length(0);
  });

  it('names the missing or wrong field for partial shapes', async () => {
    const cases: [unknown, string][] = [
      [{}, 'wordpress: title.rendered: expected a string, got nothing'],
      [
        { title: 'نص', content: { rendered: '' } },
        'wordpress: title: expected an object with "rendered", got "نص"',
      ],
      [
        { title: { rendered: 5 }, content: { rendered: '' } },
        'wordpress: title.rendered: expected a string, got number 5',
      ],
      [
        { id: 1, title: { rendered: 'x' } },
        'wordpress: content.rendered: expected a string, got nothing',
      ],
      [
        { title: { rendered: 'x' }, content: { rendered: '' } },
        'wordpress: id: expected a post id, got nothing',
      ],
      [
        { id: 1, title: { rendered: ' ' }, content: { rendered: '' } },
        'wordpress: title.rendered: expected a non-empty title (or an excerpt), got " "',
      ],
      [[], 'wordpress: expected a post, got an empty list'],
      [null, 'wordpress: data: expected a post object, got null'],
      // What WordPress answers for a missing post (with 404; some proxies turn that into 200).
      [
        (await captured('post-missing')).body,
        'wordpress: the site answered an error: Invalid post ID. (rest_post_invalid_id)',
      ],
    ];
    for (const [raw, message] of cases) {
      expect(() => adaptArticle(raw, 'wordpress'), JSON.stringify(raw)).to.throw(message);
    }
    // In a list, a post that cannot be shown is skipped with one warning; if none can, the
    // first problem is the error.
    const broken = clone(list);
    delete (broken[1].title as Record<string, unknown>).rendered;
    const rest = adaptArticleList(broken, 'wordpress') as { id: string }[];
    expect(rest.map((item) => item.id)).to.deep.equal(
      list.filter((_, i) => i !== 1).map((item) => String(item.id)),
    );
    expect(spy.warnings).to.have.length(1);
    expect(spy.warnings[0]).to.contain('skipped 1 of');
    expect(spy.warnings[0]).to.contain('[1].title.rendered: expected a string, got nothing');
    expect(() => adaptArticleList([broken[1]], 'wordpress')).to.throw(
      'wordpress: [0].title.rendered: expected a string, got nothing',
    );
    spy.warnings.length = 0;
    // WordPress allows a post without a title: the excerpt's first words stand in.
    const untitled = clone(post);
    (untitled.title as Record<string, unknown>).rendered = '';
    (untitled.excerpt as Record<string, unknown>).rendered =
      '<p>واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر اثنا عشر ثلاثة عشر</p>';
    expect(parseArticle(adaptArticle(untitled, 'wordpress')).title).to.equal(
      'واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر…', // twelve words
    );
  });

  it('leaves out an unusable author, image or term with a warning, and keeps the article', () => {
    const odd = clone(post);
    const embedded = odd._embedded as Record<string, Record<string, unknown>[]>;
    embedded['wp:featuredmedia'][0].source_url = 'ftp://example.com/a.jpg';
    embedded.author[0].name = '&nbsp;';
    const terms = (odd._embedded as Record<string, Record<string, unknown>[][]>)['wp:term'];
    const tags = terms.find((group) => group.some((term) => term.taxonomy === 'post_tag'))!;
    const kept = tags[1].name;
    tags[0].name = '<span></span>';
    const article = parseArticle(adaptArticle(odd, 'wordpress'));
    expect(article.title).to.equal(parseArticle(adaptArticle(post, 'wordpress')).title);
    expect([article.image, article.author]).to.deep.equal([undefined, undefined]);
    expect(article.tags!.map((tag) => tag.name)).to.deep.equal([kept]);
    expect(spy.warnings).to.deep.equal([
      'maqal: wordpress: _embedded.wp:featuredmedia[0].source_url: expected an http(s) or relative URL, got "ftp://example.com/a.jpg"; left out',
      'maqal: wordpress: _embedded.author[0].name: expected a name, got "&nbsp;"; left out',
      `maqal: wordpress: _embedded.wp:term[${terms.indexOf(tags)}][0].name: expected a name, got "<span></span>"; left out`,
    ]);
  });

  it('leaves out media WordPress could not embed, and warns once when _embed is missing', async () => {
    const privateMedia = clone(post);
    (privateMedia._embedded as Record<string, unknown>)['wp:featuredmedia'] = [
      {
        code: 'rest_forbidden',
        message: 'Sorry, you are not allowed to do that.',
        data: { status: 401 },
      },
    ];
    expect(parseArticle(adaptArticle(privateMedia, 'wordpress')).image).to.equal(undefined);

    const bare = parseArticle(adaptArticle((await captured('post-no-embed')).body, 'wordpress'));
    expect(bare.title).to.equal('المغرب & الجزائر: “حوار” جديد حول الساحل');
    expect(bare.image).to.equal(undefined);
    expect(bare.category).to.equal(undefined);
    expect(bare.comments?.endpoint).to.equal(`${SITE}/wp-json/wp/v2/comments`);
    adaptArticle((await captured('post-no-embed')).body, 'wordpress');
    expect(spy.warnings.filter((warning) => warning.includes('_embed'))).to.have.length(1);
  });

  it('finds the comments endpoint with pretty permalinks, ?rest_route= and self links', () => {
    const links = (key: string, href: string) => ({ _links: { [key]: [{ href }] } });
    expect(
      commentsEndpoint(links('replies', 'https://a.example/wp-json/wp/v2/comments?post=7')),
    ).to.equal('https://a.example/wp-json/wp/v2/comments');
    expect(
      commentsEndpoint(links('replies', 'https://a.example/?rest_route=/wp/v2/comments&post=7')),
    ).to.equal('https://a.example/?rest_route=%2Fwp%2Fv2%2Fcomments');
    expect(
      commentsEndpoint(links('self', 'https://a.example/blog/wp-json/wp/v2/posts/7')),
    ).to.equal('https://a.example/blog/wp-json/wp/v2/comments');
    expect(
      commentsEndpoint(links('self', 'https://a.example/?rest_route=/wp/v2/posts/7')),
    ).to.equal('https://a.example/?rest_route=%2Fwp%2Fv2%2Fcomments');
    expect(commentsEndpoint({})).to.equal(undefined);
  });

  it('builds no srcset from a single size or without dimensions', () => {
    const full = { url: 'https://a.example/i.png', width: 800, height: 600 };
    expect(srcsetFromSizes({}, full)).to.equal(undefined);
    expect(
      srcsetFromSizes(
        { medium: { source_url: 'https://a.example/m.png', width: 300, height: 225 } },
        { url: full.url },
      ),
    ).to.equal(undefined);
    expect(
      srcsetFromSizes(
        { medium: { source_url: 'https://a.example/m.png', width: 300, height: 225 } },
        full,
      ),
    ).to.equal('https://a.example/m.png 300w, https://a.example/i.png 800w');
  });

  it('renders in the card from a REST answer over the network, image and category included', async () => {
    const path = await mockEndpoint('wp-post', { body: clone(post) });
    const el = await fixture<MaqalArticleCard>(
      html`<maqal-article-card format="wordpress" src=${path}></maqal-article-card>`,
    );
    await until(() => el.state === 'ready', 'the post to load');
    await el.updateComplete;
    expect(shadow(el, '[part=title]')!.textContent!.trim()).to.equal(
      'المغرب & الجزائر: “حوار” جديد حول الساحل',
    );
    expect(shadow(el, '[part=category]')!.textContent!.trim()).to.equal('أخبار');
    const img = shadow(el, 'img[part=image]') as HTMLImageElement;
    expect(img.alt).to.equal('خريطة الساحل بين المغرب والجزائر');
    expect(img.getAttribute('srcset')).to.contain('768w');
    // The card's own width picks the candidate; WordPress's content-column sizes are the fallback.
    expect(img.getAttribute('sizes')).to.equal('auto, (max-width: 800px) 100vw, 800px');
    el.style.width = '280px';
    img.setAttribute('srcset', img.getAttribute('srcset')!); // choose again at the new width
    await until(() => img.currentSrc.endsWith('-300x225.png'), 'the 300w candidate');
    el.style.width = '';
    expect(shadow(el, 'time')!.getAttribute('datetime')).to.equal('2025-04-14T09:00:00Z');
    await expect(el).to.be.accessible();
  });

  it('shows a readable error naming the field when format="wordpress" gets another shape', async () => {
    const el = await fixture<MaqalArticleCard>(
      html`<maqal-article-card format="wordpress"></maqal-article-card>`,
    );
    el.article = { id: '1', title: 'maqal shape' };
    await el.updateComplete;
    const error = shadow(el, '[part=error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('wordpress: title: expected an object with "rendered"');
    expect(spy.errors).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
