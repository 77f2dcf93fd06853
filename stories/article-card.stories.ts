import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/article-card/define.js';
import article from '../seeds/article.json';
import articleEn from '../seeds/article-en.json';
import related from '../seeds/related.json';
import { forLocale } from './samples.js';

interface CardArgs {
  layout: 'vertical' | 'horizontal' | 'compact';
  theme: 'auto' | 'light' | 'dark';
  digits: 'auto' | 'latn' | 'arab';
  calendar: 'gregory' | 'islamic-umalqura';
  months: 'auto' | 'dual';
  headingLevel: number;
  data: unknown;
  src?: string;
  width: number;
}

/** Renders one card; stories and tests share it. */
export const renderCard = (args: Partial<CardArgs>) =>
  html`<maqal-article-card
    style="max-inline-size: ${args.width ?? 360}px"
    layout=${args.layout ?? 'vertical'}
    theme=${args.theme ?? 'auto'}
    digits=${args.digits ?? 'auto'}
    calendar=${args.calendar ?? 'gregory'}
    months=${args.months ?? 'auto'}
    heading-level=${args.headingLevel ?? 3}
    src=${ifDefined(args.src)}
    .article=${args.data ?? nothing}
  ></maqal-article-card>`;

const meta: Meta<CardArgs> = {
  title: 'Widgets/Article card',
  component: 'maqal-article-card',
  excludeStories: /^render/,
  render: renderCard,
  args: {
    layout: 'vertical',
    theme: 'auto',
    digits: 'auto',
    calendar: 'gregory',
    months: 'auto',
    headingLevel: 3,
    data: article,
    width: 360,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    digits: { control: 'inline-radio', options: ['auto', 'latn', 'arab'] },
    calendar: { control: 'inline-radio', options: ['gregory', 'islamic-umalqura'] },
    months: { control: 'inline-radio', options: ['auto', 'dual'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    width: { control: { type: 'range', min: 200, max: 900, step: 20 } },
    data: { control: 'object' },
  },
  parameters: {
    actions: { handles: ['maqal-article-select'] },
  },
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Vertical: Story = {};

export const Horizontal: Story = { args: { layout: 'horizontal', width: 640 } };

export const Compact: Story = { args: { layout: 'compact', width: 320 } };

export const Dark: Story = { args: { theme: 'dark' } };

export const DualMonthsAndLatinDigits: Story = { args: { months: 'dual', digits: 'latn' } };

export const HijriCalendar: Story = { args: { calendar: 'islamic-umalqura' } };

export const EnglishLeftToRight: Story = { args: { data: articleEn } };

export const WithoutImage: Story = { args: { data: related.articles[3] } };

export const FromSrc: Story = { args: { data: undefined, src: '/seeds/article.json' } };

export const InvalidData: Story = {
  args: { data: { title: 'عنوان', image: { src: '/seeds/images/sample-1.svg', width: 'abc' } } },
};

export const Grid: Story = {
  render: (args, { globals }) =>
    html`<div
      style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr))"
    >
      ${[article, ...related.articles].map((data) =>
        renderCard({ ...args, data: forLocale(data, globals.locale as string), width: 9999 }),
      )}
    </div>`,
};
