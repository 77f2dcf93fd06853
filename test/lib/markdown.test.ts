import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { renderMarkdown, sanitizeHtml } from '../../src/lib/markdown.js';
import { safeUrl } from '../../src/lib/safe-url.js';
import { until } from '../helpers/seeds.js';
import { INJECTIONS } from '../components/article/injections.js';

declare global {
  interface Window {
    __xss?: (...args: unknown[]) => void;
  }
}

/** Puts the fragment in the live document (where handlers would fire) and returns its holder. */
async function mount(fragment: DocumentFragment): Promise<HTMLElement> {
  const holder = document.createElement('div');
  holder.append(fragment);
  document.body.append(holder);
  // Give error/load/toggle/focus handlers a chance to fire, were any left.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return holder;
}

describe('markdown.ts', () => {
  let calls: unknown[];
  beforeEach(() => {
    calls = [];
    window.__xss = (...args) => calls.push(args);
  });
  afterEach(() => delete window.__xss);

  it('renders GitHub-flavoured Markdown: headings, lists, quotes, tables, links, images, code', async () => {
    const md = [
      '# عنوان',
      '## Sub',
      'نص **عريض** و*مائل* و~~محذوف~~ و`code`.',
      '- أول\n- ثانٍ',
      '1. one\n2. two',
      '> اقتباس',
      '| a | b |\n| - | - |\n| ١ | ٢ |',
      '[رابط](/news/1) [خارجي](https://other.example/x) [بريد](mailto:a@b.example)',
      '![صورة](/seeds/images/sample-1.svg)',
      '```js\nconst x = 1 < 2;\n```',
      'https://auto.example/link',
    ].join('\n\n');
    const holder = await mount(renderMarkdown(md));
    expect(holder.querySelector('h1')!.textContent).to.equal('عنوان');
    expect(holder.querySelector('h2')!.textContent).to.equal('Sub');
    expect(holder.querySelector('strong')!.textContent).to.equal('عريض');
    expect(holder.querySelector('em')!.textContent).to.equal('مائل');
    expect(holder.querySelector('del')!.textContent).to.equal('محذوف');
    expect(holder.querySelectorAll('ul > li')).to.have.length(2);
    expect(holder.querySelectorAll('ol > li')).to.have.length(2);
    expect(holder.querySelector('blockquote')!.textContent!.trim()).to.equal('اقتباس');
    expect(holder.querySelectorAll('table th')).to.have.length(2);
    expect(holder.querySelector('table td')!.textContent).to.equal('١');
    expect(holder.querySelector('pre code')!.textContent).to.equal('const x = 1 < 2;\n');
    const links = [...holder.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '/news/1',
      'https://other.example/x',
      'mailto:a@b.example',
      'https://auto.example/link',
    ]);
    const img = holder.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('/seeds/images/sample-1.svg');
    expect(img.alt).to.equal('صورة');
    holder.remove();
  });

  it('gives links to other origins rel="noopener noreferrer", and images lazy async loading', async () => {
    const holder = await mount(
      renderMarkdown(
        `[in](/a) [same](${location.origin}/b) [out](https://other.example/) [mail](mailto:x@y.example)\n\n<a href="https://evil.example/" rel="opener">raw</a>\n\n![i](/seeds/images/sample-2.svg)`,
      ),
    );
    const rel = [...holder.querySelectorAll('a')].map((a) => a.getAttribute('rel'));
    expect(rel).to.deep.equal([null, null, 'noopener noreferrer', null, 'noopener noreferrer']);
    const img = holder.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    holder.remove();
  });

  it('resolves relative URLs against baseUrl and shifts headings to minHeadingLevel', async () => {
    const holder = await mount(
      renderMarkdown('# A\n\n## B\n\n###### F\n\n[r](img/x) ![i](/y.png) [h](#top)', {
        baseUrl: 'https://news.example/2025/post/',
        minHeadingLevel: 3,
      }),
    );
    expect([...holder.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName)).to.deep.equal(
      ['h3', 'h4', 'h6'],
    );
    expect(holder.querySelector('a')!.getAttribute('href')).to.equal(
      'https://news.example/2025/post/img/x',
    );
    expect(holder.querySelector('img')!.getAttribute('src')).to.equal('https://news.example/y.png');
    // An in-page link to something not in the body (the host page's #top) is left as written.
    expect(holder.querySelectorAll('a')[1].getAttribute('href')).to.equal('#top');
    holder.remove();
  });

  it('points in-page links at body ids, which get the user-content- prefix', async () => {
    const holder = await mount(
      sanitizeHtml(
        '<a href="#note">1</a> <a href="#comments">c</a> <a href="#100%">x</a><p id="note">n</p>',
      ),
    );
    const hrefs = [...holder.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['#user-content-note', '#comments', '#100%']);
    // An Arabic id, which marked percent-encodes in the link.
    const arabic = await mount(renderMarkdown('[١](#مصدر)\n\n<p id="مصدر">المصدر</p>'));
    expect(arabic.querySelector('a')!.getAttribute('href')).to.equal('#user-content-مصدر');
    arabic.remove();
    expect(holder.querySelector('p')!.id).to.equal('user-content-note');
    holder.remove();
  });

  it('drops link and image URLs that the URL check refuses, and gives images an empty alt', () => {
    // DOMPurify alone lets tel: links and data: images through; maqal's URL check does not.
    const body = renderMarkdown('[call](tel:123) ![i](data:image/png;base64,iVBORw0KGgo=)');
    expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect(body.querySelector('img')!.hasAttribute('src')).to.equal(false);
    // An image without alt in HTML is decorative rather than announced by its file name.
    expect(sanitizeHtml('<img src="/a.png">').querySelector('img')!.getAttribute('alt')).to.equal(
      '',
    );
  });

  it('resolves srcset candidates against baseUrl too', async () => {
    const holder = await mount(
      sanitizeHtml('<img src="a.jpg" srcset="a.jpg 1x, /b.jpg 2x" alt="">', {
        baseUrl: 'https://news.example/2025/post/',
      }),
    );
    expect(holder.querySelector('img')!.getAttribute('srcset')).to.equal(
      'https://news.example/2025/post/a.jpg 1x, https://news.example/b.jpg 2x',
    );
    holder.remove();
  });

  it('does not promote headings that already sit below the minimum level', async () => {
    const holder = await mount(renderMarkdown('#### Four', { minHeadingLevel: 2 }));
    expect(holder.querySelector('h4')).not.to.equal(null);
    holder.remove();
  });

  it('has a spy that does see code run (control for the vectors below)', async () => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__xss("control")');
    const fragment = document.createDocumentFragment();
    fragment.append(img);
    img.src = '/mock/never-an-image.png';
    const holder = await mount(fragment);
    await until(() => calls.length > 0, 'the control handler');
    expect(calls).to.deep.equal([['control']]);
    holder.remove();
  });

  for (const [name, vector] of INJECTIONS) {
    it(`neutralises ${name}`, async () => {
      for (const fragment of [
        renderMarkdown(`before\n\n${vector}\n\nafter`),
        sanitizeHtml(vector),
      ]) {
        const holder = await mount(fragment);
        expect(calls, 'window.__xss was called').to.deep.equal([]);
        for (const el of holder.querySelectorAll('*')) {
          expect([
            'script',
            'iframe',
            'object',
            'embed',
            'style',
            'slot',
            'form',
            'input',
            'base',
            'meta',
            'svg',
            'math',
            'template',
          ]).not.to.include(el.localName);
          for (const attribute of el.attributes) {
            expect(attribute.name, `${el.localName}[${attribute.name}]`).not.to.match(/^on/);
            expect(['style', 'class', 'part', 'slot', 'srcdoc', 'action']).not.to.include(
              attribute.name,
            );
            if (['href', 'src', 'xlink:href', 'data', 'formaction'].includes(attribute.name)) {
              expect(safeUrl(attribute.value), `${attribute.name}="${attribute.value}"`).to.equal(
                attribute.value,
              );
            }
          }
          if (el.id) expect(el.id).to.match(/^user-content-/);
        }
        holder.remove();
      }
    });
  }

  it('reads a long paragraph a few lines at a time, and keeps a line over 5,000 characters as written', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // 200 lines with single line breaks are one paragraph (13 KB): all of it still Markdown.
      const lines = Array.from(
        { length: 200 },
        (_, i) => `سطر **${i}** مع [رابط](https://example.com/${i}) ونص يكمله حتى آخره`,
      );
      const paragraph = renderMarkdown(lines.join('\n')).querySelector('p')!;
      expect(paragraph.querySelectorAll('strong').length).to.equal(200);
      expect(paragraph.querySelectorAll('a').length).to.equal(200);
      expect(warnings.length, 'nothing left as written').to.equal(0);

      // One line over the limit: shown as written, escaped, with one warning.
      const over = renderMarkdown(`# عنوان\n\n**قوي** <b>x</b> ${'كلمة '.repeat(1100)}\n\n*بعده*`);
      const [long, after] = over.querySelectorAll('p');
      expect(long.children.length, 'no element made from the long line').to.equal(0);
      expect(long.textContent!.startsWith('**قوي** <b>x</b> كلمة')).to.equal(true);
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0][0])).to.match(/shown as written/);
      // Only that line: the heading and the next paragraph are Markdown as usual.
      expect(over.querySelector('h1')?.textContent).to.equal('عنوان');
      expect(after.querySelector('em')?.textContent).to.equal('بعده');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the rest of a body as plain text once parsing it has taken a second', () => {
    // Each of these lines takes marked ~0.2 s (its emphasis matching is quadratic on such text):
    // two hundred would block the page for most of a minute, and fail this test's 30 s timeout.
    const crafted = 'ab+_'.repeat(1240);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const fragment = renderMarkdown([...Array(200).fill(crafted), '**آخر**'].join('\n\n'));
      const paragraphs = fragment.querySelectorAll('p');
      expect(paragraphs.length).to.equal(201);
      expect(paragraphs[200].innerHTML).to.equal('**آخر**');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the rest of a deeply nested body as plain text once parsing it has taken a second', () => {
    // A list nested 1,200 levels deep (1.4 MB) takes marked many seconds.
    const staircase = Array.from({ length: 1200 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    const warn = console.warn;
    console.warn = () => {};
    try {
      const fragment = renderMarkdown(`${staircase}\n\n**آخر**`);
      // The levels read before the budget ran out are lists; the rest is one plain paragraph.
      const lists = fragment.querySelectorAll('ul').length;
      expect(lists).to.be.greaterThan(0);
      expect(lists).to.be.lessThan(1200);
      expect(fragment.querySelector('strong')).to.equal(null);
      expect(fragment.textContent!.trimEnd().endsWith('**آخر**')).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('returns nodes, not strings, and leaves the global marked and DOMPurify alone', () => {
    expect(renderMarkdown('x')).to.be.instanceOf(DocumentFragment);
    expect(sanitizeHtml('<p>x</p>')).to.be.instanceOf(DocumentFragment);
    // Our hooks are on our own instance: the page's DOMPurify adds no rel.
    expect(DOMPurify.sanitize('<a href="https://other.example/">x</a>')).to.equal(
      '<a href="https://other.example/">x</a>',
    );
    // And the global marked keeps its defaults.
    expect(marked.defaults.gfm).to.equal(true);
    expect(marked.parse('line\nbreak', { async: false })).to.equal('<p>line\nbreak</p>\n');
  });
});
