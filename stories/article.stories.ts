import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/article/define.js';
import article from '../seeds/article.json';
import articleEn from '../seeds/article-en.json';
import { localized } from './samples.js';

interface ArticleArgs {
  theme: 'auto' | 'light' | 'dark';
  digits: 'auto' | 'latn' | 'arab';
  calendar: 'gregory' | 'islamic-umalqura';
  months: 'auto' | 'dual';
  headingLevel: number;
  wordsPerMinute?: number;
  jsonLd: boolean;
  data: unknown;
  src?: string;
}

/** Renders one article; stories and tests share it. */
export const renderArticle = (args: Partial<ArticleArgs>) =>
  html`<maqal-article
    theme=${args.theme ?? 'auto'}
    digits=${args.digits ?? 'auto'}
    calendar=${args.calendar ?? 'gregory'}
    months=${args.months ?? 'auto'}
    heading-level=${args.headingLevel ?? 2}
    words-per-minute=${ifDefined(args.wordsPerMinute)}
    ?json-ld=${args.jsonLd ?? false}
    src=${ifDefined(args.src)}
    .article=${args.data ?? nothing}
  ></maqal-article>`;

const { image: _image, ...arabicWithoutImage } = article;
/** The toolbar's English swaps in the English seed, which has no image either. */
const withoutImage = localized(arabicWithoutImage, articleEn);

const meta: Meta<ArticleArgs> = {
  title: 'Widgets/Article',
  component: 'maqal-article',
  excludeStories: /^render/,
  render: renderArticle,
  args: {
    theme: 'auto',
    digits: 'auto',
    calendar: 'gregory',
    months: 'dual',
    headingLevel: 2,
    jsonLd: false,
    data: withoutImage,
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    digits: { control: 'inline-radio', options: ['auto', 'latn', 'arab'] },
    calendar: { control: 'inline-radio', options: ['gregory', 'islamic-umalqura'] },
    months: { control: 'inline-radio', options: ['auto', 'dual'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    wordsPerMinute: { control: { type: 'number', min: 50, max: 600 } },
    data: { control: 'object' },
  },
};
export default meta;

type Story = StoryObj<ArticleArgs>;

/** The seed article without its lead image. */
export const Plain: Story = {};

/** The seed as published: lead image with caption and credit. */
export const WithImage: Story = { args: { data: article } };

export const Dark: Story = { args: { data: article, theme: 'dark' } };

export const EnglishLeftToRight: Story = { args: { data: articleEn, months: 'auto' } };

export const HijriCalendarArabicDigits: Story = {
  args: { data: article, calendar: 'islamic-umalqura', digits: 'arab', months: 'auto' },
};

export const FromSrc: Story = { args: { data: undefined, src: '/seeds/article.json' } };

/** Composition: the page's related list and comment form go into the article's slots. */
export const WithSlots: Story = {
  render: (args) =>
    html`<maqal-article .article=${args.data} heading-level=${args.headingLevel}>
      <section slot="related" style="padding: 16px; border: 1px dashed #888">
        <code dir="ltr">slot="related"</code>
      </section>
      <section slot="comments" style="padding: 16px; border: 1px dashed #888">
        <code dir="ltr">slot="comments"</code>
      </section>
    </maqal-article>`,
  args: { data: article },
};

const vector =
  "\"><img src=x onerror=\"window.__xss('attribute')\"><script>window.__xss('script')</script>";

/**
 * Script, event handlers, `javascript:` URLs and raw HTML in every field and in the body. The
 * text shows as text, the unsafe URLs are dropped, and the banner turns red if anything runs.
 */
export const HostileInput: Story = {
  args: {
    jsonLd: true,
    data: {
      title: `عنوان ${vector}`,
      lang: 'ar',
      url: 'javascript:window.__xss("url")',
      excerpt: vector,
      category: { name: vector, url: 'JaVaScRiPt:window.__xss("category")' },
      author: { name: vector, url: ' java\tscript:window.__xss("author")' },
      image: {
        src: '/seeds/images/sample-2.svg',
        alt: vector,
        caption: vector,
        credit: vector,
        srcset: 'javascript:window.__xss("srcset") 1x',
      },
      publisher: { name: vector, description: vector, logo: 'vbscript:x' },
      tags: [vector, { name: 'وسم', url: 'data:text/html,<script>window.__xss("tag")</script>' }],
      body: [
        'نص قبل المتجهات.',
        '<script>window.__xss("body script")</script>',
        '<img src="/seeds/images/sample-1.svg" alt="" onload="window.__xss(\'onload\')">',
        '[رابط جافاسكربت](javascript:window.__xss("md-link"))',
        '![صورة](javascript:window.__xss("md-image"))',
        '<a href="java&#9;script:window.__xss(\'tab\')">رابط مموّه</a>',
        '<iframe srcdoc="<script>parent.__xss(\'iframe\')</script>"></iframe>',
        '<details open ontoggle="window.__xss(\'toggle\')"><summary>تفاصيل</summary></details>',
        '<style>* { display: none !important }</style><p style="position:fixed;inset:0;background:red">غطاء</p>',
        '<form action="javascript:window.__xss(\'form\')"><input autofocus onfocus="window.__xss(\'focus\')"></form>',
        '<svg onload="window.__xss(\'svg\')"></svg>',
        'نص بعد المتجهات.',
      ].join('\n\n'),
    },
  },
  render: (args) => {
    const banner = document.createElement('p');
    banner.setAttribute('role', 'status');
    banner.style.cssText =
      'padding: 8px 12px; border-radius: 8px; background: #1e6b34; color: #fff';
    banner.textContent = 'لم يُنفَّذ أي شيء · nothing executed';
    (window as Window & { __xss?: (where: string) => void }).__xss = (where) => {
      banner.style.background = '#b3261e';
      banner.textContent = `نُفِّذت شيفرة! · code ran: ${where}`;
    };
    return html`${banner} ${renderArticle(args)}`;
  },
};
