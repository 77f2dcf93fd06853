import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/back-to-top/define.js';

interface BackToTopArgs {
  mode: 'window' | 'container';
  /** Follows the toolbar's language when not set. */
  lang?: 'ar' | 'en';
  theme: 'auto' | 'light' | 'dark';
  progress: boolean;
  threshold?: number;
  target?: string;
}

const text = {
  ar: {
    title: 'مقال طويل للتجربة',
    paragraph:
      'تتواصل الجهود الدبلوماسية لتهدئة التوتر في منطقة الساحل، فيما تتابع العواصم المجاورة التطورات عن كثب. مرّر الصفحة إلى الأسفل ليظهر زر الذهاب إلى الأعلى في الزاوية السفلية اليسرى.',
  },
  en: {
    title: 'A long article to try it on',
    paragraph:
      'Diplomatic efforts to ease tension in the Sahel continue while neighbouring capitals watch closely. Scroll down and the back-to-top button appears in the bottom right corner.',
  },
};

/** Twenty paragraphs of sample text with a heading, in the story's language. */
const longText = (lang: 'ar' | 'en') =>
  html`<h2 id="story-top" style="margin-block-start: 0">${text[lang].title}</h2>
    ${Array.from({ length: 20 }, (_, i) => html`<p>${i + 1}. ${text[lang].paragraph}</p>`)}`;

const button = (args: BackToTopArgs, container?: string) =>
  html`<maqal-back-to-top
    lang=${args.lang}
    theme=${args.theme}
    ?progress=${args.progress}
    threshold=${ifDefined(args.threshold)}
    target=${ifDefined(args.target)}
    container=${ifDefined(container)}
  ></maqal-back-to-top>`;

/** Renders the element on a long page (window mode) or in a scrolling box (container mode). */
export const renderBackToTop = (storyArgs: BackToTopArgs) => {
  const args = { ...storyArgs, lang: storyArgs.lang === 'en' ? 'en' : 'ar' } as const;
  const dir = args.lang === 'ar' ? 'rtl' : 'ltr';
  const dark = args.theme === 'dark';
  const colours = dark ? 'background: #121417; color: #e8eaed;' : '';
  if (args.mode === 'container') {
    return html`<div
      id="story-box"
      lang=${args.lang}
      dir=${dir}
      tabindex="0"
      role="region"
      aria-label=${text[args.lang].title}
      style="block-size: 420px; max-inline-size: 560px; overflow: auto; padding: 16px; border: 1px solid #d9dce1; border-radius: 12px; ${colours}"
    >
      ${longText(args.lang)} ${button(args, '#story-box')}
    </div>`;
  }
  return html`<article
    lang=${args.lang}
    dir=${dir}
    style="max-inline-size: 40em; padding: 16px; ${colours}"
  >
    ${longText(args.lang)} ${button(args)}
  </article>`;
};

const meta: Meta<BackToTopArgs> = {
  title: 'Widgets/Back to top',
  component: 'maqal-back-to-top',
  render: renderBackToTop,
  // `renderBackToTop` is a helper for tests and other stories, not a story.
  excludeStories: /^render/,
  args: { mode: 'window', theme: 'auto', progress: false, threshold: 300 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['window', 'container'] },
    lang: { control: 'inline-radio', options: ['ar', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    progress: { control: 'boolean' },
    threshold: { control: { type: 'number', min: 0, step: 50 } },
    target: { control: 'text' },
  },
  parameters: {
    layout: 'fullscreen',
    // Window mode is fixed to the viewport: each story gets its own frame in the docs page.
    docs: { story: { inline: false, iframeHeight: 480 } },
  },
};
export default meta;

type Story = StoryObj<BackToTopArgs>;

/** Right to left by default; like every story without a `lang`, it follows the toolbar. */
export const WindowRightToLeft: Story = {};

export const WindowLeftToRight: Story = { args: { lang: 'en' } };

export const WithProgressRing: Story = { args: { progress: true } };

export const Dark: Story = { args: { theme: 'dark', progress: true } };

export const ContainerRightToLeft: Story = {
  args: { mode: 'container', lang: 'ar', threshold: undefined },
};

export const ContainerLeftToRight: Story = {
  args: { mode: 'container', lang: 'en', progress: true, threshold: undefined },
};

export const ToATarget: Story = { args: { target: '#story-top' } };
