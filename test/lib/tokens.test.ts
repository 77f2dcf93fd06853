import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';
import type { MaqalArticleCard } from '../../src/components/article-card/article-card.js';
import type { MaqalArticle } from '../../src/components/article/article.js';
import type { MaqalRelatedArticles } from '../../src/components/related-articles/related-articles.js';
import '../../src/define.js';
import { mockEndpoint } from '../helpers/mock-api.js';

/**
 * Keeps the theming surface honest: every `--maqal-*` custom property an element's styles read
 * is documented on that element (`@cssprop` in its JSDoc, so in custom-elements.json), and
 * every documented one is really read. `npm test` regenerates the manifest first.
 */
interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string }[];
}

async function manifestElements(): Promise<ManifestDeclaration[]> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json (run `npm run analyze`)').to.equal(true);
  const manifest = (await response.json()) as {
    modules: { declarations?: ManifestDeclaration[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
}

/**
 * The `--maqal-*` properties an element's styles really read: directly, or through a private
 * `--_x: var(--maqal-x, …)` alias that the element then uses. A theme alias the element never
 * uses does not count, so shared tokens are documented only where they matter.
 */
function usedTokens(tag: string): Set<string> {
  const element = customElements.get(tag) as unknown as {
    elementStyles: (CSSResult | CSSStyleSheet)[];
  };
  const css = element.elementStyles
    .map((style) =>
      'cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join('\n'),
    )
    .join('\n');
  const aliases = new Map<string, string>();
  const withoutAliases = css.replace(
    /(--_[\w-]+)\s*:\s*var\(\s*(--maqal-[\w-]+)/g,
    (_all, alias: string, token: string) => {
      aliases.set(alias, token);
      return '';
    },
  );
  const used = new Set(
    [...withoutAliases.matchAll(/var\(\s*(--maqal-[\w-]+)/g)].map((match) => match[1]),
  );
  for (const match of withoutAliases.matchAll(/var\(\s*(--_[\w-]+)/g)) {
    const token = aliases.get(match[1]);
    if (token) used.add(token);
  }
  return used;
}

describe('design tokens', () => {
  it('every element documents exactly the --maqal-* properties its styles read', async () => {
    const elements = await manifestElements();
    expect(elements.length, 'elements in the manifest').to.be.greaterThan(0);
    const problems: string[] = [];
    for (const { tagName, cssProperties = [] } of elements) {
      const tag = tagName!;
      expect(customElements.get(tag), `${tag} is defined`).not.to.equal(undefined);
      const used = usedTokens(tag);
      const documented = new Set(cssProperties.map((property) => property.name));
      for (const name of used)
        if (!documented.has(name)) problems.push(`${tag}: ${name} is read but not documented`);
      for (const name of documented)
        if (!used.has(name)) problems.push(`${tag}: ${name} is documented but never read`);
    }
    expect(problems).to.deep.equal([]);
  });
});

describe('on paper and in forced colours', () => {
  const SUMMARY = {
    id: 'p1',
    title: 'عنوان',
    url: '#p1',
    image: { src: '/seeds/images/sahel-map.svg', alt: 'خريطة', width: 1200, height: 675 },
  };
  const styleOf = (host: Element, selector: string) =>
    getComputedStyle(host.shadowRoot!.querySelector(selector)!);

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await executeServerCommand('emulate-media-features', []);
  });

  it('prints in light colours, leaves the controls out and keeps cards and figures whole', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <maqal-article-card theme="dark"></maqal-article-card>
        <maqal-related-articles></maqal-related-articles>
        <maqal-article theme="dark"></maqal-article>
        <maqal-comment-form></maqal-comment-form>
        <maqal-back-to-top></maqal-back-to-top>
      </div>`,
    );
    const card = page.querySelector<MaqalArticleCard>('maqal-article-card')!;
    const list = page.querySelector<MaqalRelatedArticles>('maqal-related-articles')!;
    const article = page.querySelector<MaqalArticle>('maqal-article')!;
    card.article = SUMMARY;
    list.articles = [SUMMARY, { ...SUMMARY, id: 'p2' }];
    article.article = {
      ...SUMMARY,
      body: 'نص\n\n![صورة](/seeds/images/sahel-map.svg)',
      publisher: { name: 'ناشر' },
    };
    await Promise.all([card, list, article].map((el) => el.updateComplete));
    const form = page.querySelector('maqal-comment-form')!;
    const button = page.querySelector('maqal-back-to-top')!;

    expect(styleOf(card, '.card').color, 'dark on screen').to.equal('rgb(232, 234, 237)');
    expect(styleOf(card, '.card').breakInside).to.equal('auto');
    expect(getComputedStyle(form).display).not.to.equal('none');

    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    expect(styleOf(card, '.card').color, 'light on paper').to.equal('rgb(27, 31, 36)');
    expect(styleOf(article, '.root').color).to.equal('rgb(27, 31, 36)');
    expect(getComputedStyle(form).display).to.equal('none');
    expect(getComputedStyle(button).display).to.equal('none');
    const listCard = list.shadowRoot!.querySelector('maqal-article-card')!;
    const whole = [
      styleOf(card, '.card'),
      styleOf(listCard, '.card'),
      styleOf(list, '.item'),
      styleOf(article, '.figure'),
      styleOf(article, '.publisher'),
      styleOf(article, '.body img'),
    ].map((style) => style.breakInside);
    expect(whole).to.deep.equal(['avoid', 'avoid', 'avoid', 'avoid', 'avoid', 'avoid']);
  });

  it('keeps the loading bars filled and the send button outlined in forced colours', async () => {
    const path = await mockEndpoint('forced-loading', { hang: true });
    const page = await fixture<HTMLElement>(
      html`<div>
        <maqal-article-card src=${path}></maqal-article-card>
        <maqal-comment-form></maqal-comment-form>
      </div>`,
    );
    const card = page.querySelector('maqal-article-card')!;
    const form = page.querySelector('maqal-comment-form')!;
    await executeServerCommand('emulate-media-features', [
      { name: 'forced-colors', value: 'active' },
    ]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    // What GrayText is in this colour scheme, from an element of the page.
    const probe = document.createElement('span');
    probe.style.cssText = 'forced-color-adjust: none; background: GrayText';
    page.append(probe);
    const grayText = getComputedStyle(probe).backgroundColor;
    expect(styleOf(card, '.bar').backgroundColor).to.equal(grayText);
    expect(styleOf(card, '.card').backgroundColor, 'the card around it').not.to.equal(grayText);
    const submit = styleOf(form, '.submit');
    expect([submit.borderTopStyle, submit.borderTopWidth]).to.deep.equal(['solid', '1px']);

    // On screen, neither: the bars keep the theme's colour, the button its flat look.
    await executeServerCommand('emulate-media-features', []);
    expect(styleOf(card, '.bar').backgroundColor).to.equal('rgb(242, 243, 245)');
    expect(styleOf(form, '.submit').borderTopStyle).to.equal('none');
  });
});
