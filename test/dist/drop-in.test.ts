import { expect } from '@open-wc/testing';
import { TAGS } from '../helpers/tags.js';

/**
 * The built drop-in script and ES modules (run `npm run build` first). Each check loads a page
 * in a same-origin iframe, so every page starts with no element defined.
 */

interface Frame {
  window: Window & typeof globalThis;
  document: Document;
  errors: string[];
  warnings: string[];
  remove(): void;
}

const settle = (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms));

/** Loads `html` into an iframe, recording its console errors, warnings and uncaught errors. */
async function page(html: string, width = 1000): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width:${width}px;height:800px;border:0`;
  const errors: string[] = [];
  const warnings: string[] = [];
  document.body.append(iframe);
  const win = iframe.contentWindow as Window & typeof globalThis;
  // Spy before any script of the page runs.
  const install = () => {
    const w = iframe.contentWindow as Window & typeof globalThis;
    w.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    w.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    w.addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
    w.addEventListener('unhandledrejection', (event) => errors.push(`unhandled: ${event.reason}`));
  };
  const doc = win.document;
  doc.open();
  install();
  doc.write(html);
  doc.close();
  // `load` may fire before a listener could be added after `close()`; poll the state instead.
  while (iframe.contentDocument!.readyState !== 'complete') await settle(20);
  return { window: iframe.contentWindow as Window & typeof globalThis, document: iframe.contentDocument!, errors, warnings, remove: () => iframe.remove() };
}


const resources = (frame: Frame) =>
  frame.window.performance.getEntriesByType('resource').map((entry) => entry.name);

describe('dist/maqal.js, the classic drop-in script', () => {
  it('defines all five elements on a blank page, with no console error', async () => {
    const frame = await page(`<!doctype html><html lang="ar"><body>
      <script src="/dist/maqal.js"></script></body></html>`);
    try {
      for (const tag of TAGS) expect(frame.window.customElements.get(tag), tag).not.to.equal(undefined);
      expect(frame.errors).to.deep.equal([]);
      expect(frame.warnings).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('works from <head> without defer: elements upgrade before their JSON child is parsed', async () => {
    const frame = await page(`<!doctype html><html lang="ar"><head>
      <script src="/dist/maqal.js"></script></head><body>
      <maqal-article-card><script type="application/json">{"title":"من الرأس"}</script></maqal-article-card>
      </body></html>`);
    try {
      const card = frame.document.querySelector('maqal-article-card') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal('من الرأس');
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('works when added after the page has loaded', async () => {
    const frame = await page(`<!doctype html><html lang="ar"><body>
      <maqal-article-card><script type="application/json">{"title":"بعد التحميل"}</script></maqal-article-card>
      </body></html>`);
    try {
      const script = frame.document.createElement('script');
      script.src = '/dist/maqal.js';
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
      frame.document.head.append(script);
      await loaded;
      const card = frame.document.querySelector('maqal-article-card') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal('بعد التحميل');
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('is harmless when loaded twice: nothing throws, one warning', async () => {
    const frame = await page(`<!doctype html><html lang="ar"><body>
      <maqal-article-card><script type="application/json">{"title":"مرتين"}</script></maqal-article-card>
      <script src="/dist/maqal.js"></script><script src="/dist/maqal.js?again"></script></body></html>`);
    try {
      expect(frame.errors).to.deep.equal([]);
      expect(frame.warnings).to.have.length(1);
      expect(frame.warnings[0]).to.contain('already defined');
      const card = frame.document.querySelector('maqal-article-card')!;
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(card.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal('مرتين');
    } finally {
      frame.remove();
    }
  });

  it('offers maqal.registerTranslation() to pages without a bundler; a second copy keeps the first', async () => {
    const frame = await page(`<!doctype html><html lang="fr"><body>
      <maqal-related-articles><script type="application/json">[{"title":"Un article","lang":"fr"}]</script></maqal-related-articles>
      <div id="maqal"></div>
      <script src="/dist/maqal.js"></script><script>window.first = window.maqal;</script>
      <script src="/dist/maqal.js?again"></script></body></html>`);
    try {
      type Api = { registerTranslation(t: object): void };
      const win = frame.window as unknown as { maqal?: Api; first?: Api };
      expect(typeof win.maqal?.registerTranslation).to.equal('function');
      expect(win.maqal === win.first, 'the second copy left the global alone').to.equal(true);
      const list = frame.document.querySelector('maqal-related-articles') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await list.updateComplete;
      const heading = () => list.shadowRoot!.querySelector('[part=heading]')!.textContent!.trim();
      expect(heading()).to.equal('Related articles'); // French is unknown: English
      win.maqal!.registerTranslation({ $code: 'fr', $name: 'Français', $dir: 'ltr', related: { heading: 'À lire aussi' } });
      await list.updateComplete;
      expect(heading()).to.equal('À lire aussi');
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('never downloads the Markdown engine on a page without a full article', async () => {
    const frame = await page(`<!doctype html><html lang="ar"><body>
      <maqal-article-card src="/seeds/article.json"></maqal-article-card>
      <maqal-related-articles src="/seeds/related.json"></maqal-related-articles>
      <maqal-comment-form></maqal-comment-form>
      <maqal-back-to-top></maqal-back-to-top>
      <script src="/dist/maqal.js"></script></body></html>`);
    try {
      await settle(800);
      const card = frame.document.querySelector('maqal-article-card')!;
      expect(card.shadowRoot!.querySelector('[part=title]'), 'the card rendered').not.to.equal(null);
      expect(resources(frame).filter((url) => /markdown/.test(url))).to.deep.equal([]);
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('fetches the Markdown chunk, relative to the script, when an article is shown', async () => {
    const frame = await page(`<!doctype html><html lang="ar"><body>
      <maqal-article src="/seeds/article.json"></maqal-article>
      <script src="/dist/maqal.js"></script></body></html>`);
    try {
      const article = frame.document.querySelector('maqal-article') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      const start = performance.now();
      while (!article.shadowRoot?.querySelector('[part=body] p') && performance.now() - start < 5000) await settle(50);
      expect(article.shadowRoot!.querySelectorAll('[part=body] p').length).to.equal(10);
      const chunks = resources(frame).filter((url) => /\/dist\/chunks\/markdown-[\w-]+\.js$/.test(url));
      expect(chunks).to.have.length(1);
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('finds its Markdown chunk next to itself even when page markup clobbers document.currentScript', async () => {
    // `<img name="currentScript">` makes `document.currentScript` that image: reading its `src`
    // would import the chunk from wherever the page's (possibly user-written) markup says.
    const frame = await page(`<!doctype html><html lang="ar"><body>
      <img name="currentScript" src="/not-maqal/pixel.png" alt="">
      <maqal-article src="/seeds/article.json"></maqal-article>
      <script src="/dist/maqal.js"></script></body></html>`);
    try {
      expect((frame.document as unknown as { currentScript: Element }).currentScript.localName).to.equal('img');
      const article = frame.document.querySelector('maqal-article')!;
      const start = performance.now();
      while (!article.shadowRoot?.querySelector('[part=body] p') && performance.now() - start < 5000) await settle(50);
      expect(article.shadowRoot!.querySelectorAll('[part=body] p').length).to.equal(10);
      expect(resources(frame).filter((url) => /markdown/.test(url))).to.have.length(1);
      expect(resources(frame).filter((url) => /\/not-maqal\/chunks\//.test(url))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('the ES builds', () => {
  it('a cards-only page (the self-contained CDN build) loads no Markdown chunk and no adapter', async () => {
    const frame = await page(`<!doctype html><html lang="ar"><body>
      <maqal-article-card src="/seeds/article.json"></maqal-article-card>
      <script type="module" src="/dist/cdn/article-card.js"></script></body></html>`);
    try {
      await settle(800);
      const card = frame.document.querySelector('maqal-article-card')!;
      expect(card.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal(
        'جهود روسية لتهدئة التوتر بين الجزائر ومالي',
      );
      const loaded = resources(frame).filter((url) => url.includes('/dist/'));
      expect(loaded.filter((url) => /markdown|adapters/.test(url))).to.deep.equal([]);
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('`index` exports the classes and registers nothing; a class works under a tag of your own', async () => {
    const frame = await page(`<!doctype html><html lang="ar"><body>
      <script type="module">
        import * as maqal from '/dist/index.js';
        window.exported = Object.keys(maqal);
        customElements.define('my-card', maqal.MaqalArticleCard);
        customElements.define('my-related', maqal.MaqalRelatedArticles);
        window.done = true;
      </script></body></html>`);
    try {
      const start = performance.now();
      const win = frame.window as Window & typeof globalThis & { done?: boolean; exported?: string[] };
      while (!win.done && performance.now() - start < 5000) await settle(50);
      expect(win.done).to.equal(true);
      expect(win.exported).to.include.members(['MaqalArticleCard', 'MaqalRelatedArticles', 'MaqalArticle']);
      for (const tag of TAGS) expect(frame.window.customElements.get(tag) === undefined, tag).to.equal(true);
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the npm build shares the app\'s Lit, and fetches marked and DOMPurify by name only for an article', async () => {
    // The test server resolves names from node_modules, as a bundler does.
    const frame = await page(`<!doctype html><html lang="ar"><body>
      <maqal-article-card src="/seeds/article.json"></maqal-article-card>
      <script type="module" src="/test/fixtures/npm-build-app.js"></script></body></html>`);
    try {
      const win = frame.window as Window &
        typeof globalThis & { done?: boolean; sameLit?: boolean; litElementVersions?: string[] };
      const start = performance.now();
      while (!win.done && performance.now() - start < 5000) await settle(50);
      await settle(500);
      expect(win.sameLit).to.equal(true);
      expect(win.litElementVersions).to.have.length(1);
      const card = frame.document.querySelector('maqal-article-card')!;
      expect(card.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal(
        'جهود روسية لتهدئة التوتر بين الجزائر ومالي',
      );
      expect(resources(frame).filter((url) => /marked|dompurify|markdown/.test(url))).to.deep.equal([]);

      const article = frame.document.createElement('maqal-article') as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      article.setAttribute('src', '/seeds/article.json');
      await frame.window.eval(`import('/dist/article.js')`);
      frame.document.body.append(article);
      const body = () => article.shadowRoot?.querySelector('[part=body] p')?.textContent ?? '';
      const shown = performance.now();
      while (!body() && performance.now() - shown < 5000) await settle(50);
      expect(body()).to.include('Political Keys');
      const loaded = resources(frame);
      expect(loaded.some((url) => /\/node_modules\/marked\//.test(url)), 'marked').to.equal(true);
      expect(loaded.some((url) => /\/node_modules\/dompurify\//.test(url)), 'dompurify').to.equal(true);
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the README\'s import map: the CDN build under the bundler\'s names, one registry', async () => {
    const frame = await page(`<!doctype html><html lang="fr"><head>
      <script type="importmap">{ "imports": {
        "maqal": "/dist/cdn/index.js",
        "maqal/article-card": "/dist/cdn/article-card.js",
        "maqal/related-articles": "/dist/cdn/related-articles.js"
      } }</script></head><body>
      <maqal-related-articles>
        <script type="application/json">[{ "title": "Un article", "url": "#un" }]</script>
      </maqal-related-articles>
      <script type="module">
        import 'maqal/related-articles';
        import { registerTranslation } from 'maqal';
        registerTranslation({ $code: 'fr', $name: 'Français', $dir: 'ltr', related: { heading: 'À lire aussi' } });
        window.done = true;
      </script></body></html>`);
    try {
      const win = frame.window as Window & typeof globalThis & { done?: boolean };
      const start = performance.now();
      const list = frame.document.querySelector('maqal-related-articles') as HTMLElement & {
        state?: string;
      };
      // Done when the script ran and the list shows its card (data without `lang`: French).
      while ((!win.done || list.state !== 'ready') && performance.now() - start < 5000) await settle(50);
      await settle(100);
      const root = list.shadowRoot!;
      expect(root.querySelector('[part=heading]')!.textContent!.trim()).to.equal('À lire aussi');
      expect(root.querySelectorAll('maqal-article-card')).to.have.length(1);
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('`define` registers every element', async () => {
    const frame = await page(`<!doctype html><html><body>
      <script type="module" src="/dist/cdn/define.js"></script></body></html>`);
    try {
      // Module scripts load asynchronously: wait for the definitions, up to a few seconds.
      const start = performance.now();
      while (TAGS.some((tag) => !frame.window.customElements.get(tag)) && performance.now() - start < 5000) {
        await settle(50);
      }
      for (const tag of TAGS) expect(frame.window.customElements.get(tag), tag).not.to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});

describe('a hostile host page (demo/embed.html)', () => {
  /** Computed styles that make a widget look the way it does, for a few inner elements. */
  function look(frame: Frame) {
    const card = frame.document.querySelector('maqal-article-card')!.shadowRoot!;
    const article = frame.document.querySelector('maqal-article')!.shadowRoot!;
    const form = frame.document.querySelector('maqal-comment-form')!.shadowRoot!;
    const parts = {
      'card title': card.querySelector('[part=title]'),
      'card excerpt': card.querySelector('[part=excerpt]'),
      'article title': article.querySelector('[part=title]'),
      'article body paragraph': article.querySelector('[part=body] p'),
      'form submit': form.querySelector('[part=submit]'),
      'form textarea': form.querySelector('textarea'),
    };
    const props = ['fontFamily', 'fontSize', 'lineHeight', 'letterSpacing', 'color', 'textAlign', 'textTransform', 'boxSizing', 'fontWeight', 'borderTopWidth', 'backgroundColor'] as const;
    return Object.fromEntries(
      Object.entries(parts).map(([name, el]) => {
        expect(el, name).not.to.equal(null);
        const style = getComputedStyle(el!);
        return [name, Object.fromEntries(props.map((prop) => [prop, style[prop]]))];
      }),
    );
  }

  async function ready(frame: Frame) {
    const start = performance.now();
    while (performance.now() - start < 8000) {
      const article = frame.document.querySelector('maqal-article')?.shadowRoot;
      const card = frame.document.querySelector('maqal-article-card')?.shadowRoot;
      if (article?.querySelector('[part=body] p') && card?.querySelector('[part=title]')) return;
      await settle(50);
    }
    throw new Error('widgets did not render');
  }

  it('leaves the widgets looking as on a plain page, and the host page as it styled itself', async () => {
    const embed = await page(await (await fetch('/demo/embed.html')).text());
    const plainHtml = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/dist/maqal.css"><script src="/dist/maqal.js" defer></script></head><body>
      <div lang="ar" dir="rtl"><maqal-article src="/seeds/article.json" heading-level="2" months="dual">
        <maqal-related-articles slot="related" src="/seeds/article.json" heading-level="3"></maqal-related-articles>
        <maqal-comment-form slot="comments" article-id="russia-algeria-mali-mediation" heading-level="3"></maqal-comment-form>
      </maqal-article></div>
      <div style="max-width: 380px"><maqal-article-card src="/seeds/article.json"></maqal-article-card></div></body></html>`;
    const plain = await page(plainHtml);
    try {
      // The embed page's relative URLs point at ../dist and ../seeds from /demo/.
      await Promise.all([ready(embed), ready(plain)]);
      expect(look(embed)).to.deep.equal(look(plain));
      // The host's own elements keep the host's styles.
      const hostLink = getComputedStyle(embed.document.querySelector('.host-article a')!);
      expect(hostLink.fontWeight).to.equal('900');
      expect(hostLink.color).to.equal('rgb(203, 75, 22)');
      const hostHeading = getComputedStyle(embed.document.querySelector('.host-article h1')!);
      expect(hostHeading.fontSize).to.equal('48px');
      expect(hostHeading.textTransform).to.equal('uppercase');
      expect(getComputedStyle(embed.document.querySelector('.host-article button')!).fontFamily).to.contain('Comic Sans MS');
      expect(getComputedStyle(embed.document.documentElement).direction).to.equal('ltr');
      expect(embed.errors).to.deep.equal([]);
    } finally {
      embed.remove();
      plain.remove();
    }
  });
});

describe('the benchmark pages (npm run bench)', () => {
  // The benchmark times maqal against hand-written baselines only if they build the same DOM;
  // it checks that before timing, but it is not part of CI, so a card change could break it
  // unnoticed (one did: the category's `dir`).
  for (const page of ['cards.html?', 'lit-floor.html?', 'lit-floor.html?element=reactive&']) {
    it(`${page}variant=compare: every card builds the same DOM as the baseline`, async () => {
      const iframe = document.createElement('iframe');
      iframe.src = `/bench/pages/${page}variant=compare`;
      document.body.append(iframe);
      try {
        const win = () => iframe.contentWindow as (Window & { benchResult?: unknown }) | null;
        const start = performance.now();
        while (!win()?.benchResult && performance.now() - start < 15000) await settle(50);
        const result = win()!.benchResult as { compared: number; mismatches: unknown[] };
        expect(result.mismatches).to.deep.equal([]);
        expect(result.compared).to.be.greaterThan(3);
      } finally {
        iframe.remove();
      }
    });
  }
});
