import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/related-articles/define.js';
import article from '../seeds/article.json';
import articleEn from '../seeds/article-en.json';
import related from '../seeds/related.json';
import { localized, relatedEn } from './samples.js';

interface RelatedArgs {
  variant: 'grid' | 'list' | 'scroller';
  layout: 'vertical' | 'horizontal' | 'compact';
  theme: 'auto' | 'light' | 'dark';
  lang: string;
  dir: '' | 'rtl' | 'ltr';
  heading: string;
  headingLevel: number;
  limit: number;
  exclude: string;
  empty: 'hide' | 'message';
  months: 'auto' | 'dual';
  data: unknown;
  src?: string;
  width: number;
}

/** Renders one list; stories and tests share it. */
export const renderRelated = (args: Partial<RelatedArgs>) =>
  html`<div style="max-inline-size: ${args.width ?? 980}px">
    <maqal-related-articles
      variant=${args.variant ?? 'grid'}
      layout=${args.layout ?? 'vertical'}
      theme=${args.theme ?? 'auto'}
      lang=${ifDefined(args.lang || undefined)}
      dir=${ifDefined(args.dir || undefined)}
      heading=${ifDefined(args.heading || undefined)}
      heading-level=${args.headingLevel ?? 2}
      limit=${args.limit ?? 0}
      exclude=${args.exclude ?? ''}
      empty=${args.empty ?? 'hide'}
      months=${args.months ?? 'auto'}
      src=${ifDefined(args.src)}
      .articles=${args.data ?? nothing}
    ></maqal-related-articles>
  </div>`;

/** English summaries for the left-to-right story: the English seed and relabelled samples. */
const englishList = [
  { ...articleEn, related: undefined },
  ...related.articles.slice(1).map((item, index) => ({
    ...item,
    id: `en-${item.id}`,
    lang: 'en',
    category: { name: ['Analysis', 'Military', 'Africa'][index] ?? 'Africa' },
    title: [
      'What Wagner leaving Mali means for the balance of power',
      'Algeria receives its first Russian Su-57 fighters',
      'Drone crisis: Algeria and Mali recall their ambassadors',
    ][index],
    excerpt: 'Sample: a short summary of the story in one or two lines.',
  })),
];

/** Cards link to ordinary article paths, as on a real site. */
const withPaths = (items: { id: string }[]) =>
  items.map((item) => ({ ...item, url: `/news/${item.id}` }));

const meta: Meta<RelatedArgs> = {
  title: 'Widgets/Related articles',
  component: 'maqal-related-articles',
  excludeStories: /^render/,
  render: renderRelated,
  args: {
    variant: 'grid',
    layout: 'vertical',
    theme: 'auto',
    lang: '',
    dir: '',
    heading: '',
    headingLevel: 2,
    limit: 0,
    exclude: '',
    empty: 'hide',
    months: 'auto',
    data: article,
    width: 980,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['grid', 'list', 'scroller'] },
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    dir: { control: 'inline-radio', options: ['', 'rtl', 'ltr'] },
    empty: { control: 'inline-radio', options: ['hide', 'message'] },
    months: { control: 'inline-radio', options: ['auto', 'dual'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    limit: { control: { type: 'number', min: 0, max: 20 } },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
    data: { control: 'object' },
  },
  parameters: {
    actions: { handles: ['maqal-article-select'] },
  },
};
export default meta;

type Story = StoryObj<RelatedArgs>;

/** The seed article's related list: one to four columns by the width available. */
export const Grid: Story = {};

export const List: Story = { args: { variant: 'list', layout: 'horizontal', width: 720 } };

export const Scroller: Story = {
  args: {
    variant: 'scroller',
    data: localized(withPaths(related.articles), withPaths(relatedEn)),
    width: 640,
  },
};

export const CompactCards: Story = { args: { layout: 'compact', limit: 3 } };

export const Narrow: Story = { args: { width: 360 } };

export const Dark: Story = { args: { theme: 'dark', months: 'dual' } };

export const RightToLeft: Story = { args: { lang: 'ar', dir: 'rtl', heading: 'اقرأ أيضاً' } };

export const LeftToRight: Story = { args: { lang: 'en', data: englishList } };

export const ScrollerLeftToRight: Story = {
  args: { variant: 'scroller', lang: 'en', data: withPaths(englishList), width: 640 },
};

export const FromSrc: Story = { args: { data: undefined, src: '/seeds/related.json' } };

/** Nothing left to list: hidden by default; `empty="message"` says so instead. */
export const Empty: Story = { args: { data: [], empty: 'message' } };

export const EmptyHidden: Story = {
  args: { data: [] },
  render: (args) =>
    html`<p>القائمة أدناه فارغة فهي مخفية:</p>
      ${renderRelated(args)}`,
};

export const ErrorState: Story = {
  args: {
    data: [
      { id: 'a', title: 'عنوان' },
      { id: 'b', title: 42 },
    ],
  },
};

export const AThousandItems: Story = {
  // Not on the docs page, which would be 150,000px tall; the story itself is in the sidebar.
  tags: ['!autodocs'],
  args: {
    data: Array.from({ length: 1000 }, (_, index) => ({
      ...related.articles[index % related.articles.length],
      id: `item-${index}`,
      url: `/news/${index}`,
      title: `${related.articles[index % related.articles.length].title} (${index + 1})`,
    })),
  },
};
