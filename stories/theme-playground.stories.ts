import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define.js';
import { seedArticle, seedRelated, type Locale } from './samples.js';

/** The main public tokens; a colour left empty keeps the theme's own (light or dark) value. */
interface TokenArgs {
  fontFamily: string;
  fontSize: number;
  lineHeight: number;
  radius: number;
  space: number;
  focusRingWidth: number;
  colorText?: string;
  colorTextMuted?: string;
  colorAccent?: string;
  colorOnAccent?: string;
  colorSurface?: string;
  colorSurfaceMuted?: string;
  colorBorder?: string;
  colorFocus?: string;
}

/** Arg → custom property, with the unit a number takes. */
const TOKENS: [keyof TokenArgs, string, string][] = [
  ['fontFamily', '--maqal-font-family', ''],
  ['fontSize', '--maqal-font-size', 'px'],
  ['lineHeight', '--maqal-line-height', ''],
  ['radius', '--maqal-radius', 'px'],
  ['space', '--maqal-space', 'px'],
  ['focusRingWidth', '--maqal-focus-ring-width', 'px'],
  ['colorText', '--maqal-color-text', ''],
  ['colorTextMuted', '--maqal-color-text-muted', ''],
  ['colorAccent', '--maqal-color-accent', ''],
  ['colorOnAccent', '--maqal-color-on-accent', ''],
  ['colorSurface', '--maqal-color-surface', ''],
  ['colorSurfaceMuted', '--maqal-color-surface-muted', ''],
  ['colorBorder', '--maqal-color-border', ''],
  ['colorFocus', '--maqal-color-focus', ''],
];

const FONTS = {
  // Unset: Naskh-first Arabic fonts for right-to-left text, the system UI font otherwise.
  'Default (by direction)': '',
  'Noto Sans Arabic': "'Noto Sans Arabic', 'Segoe UI', Tahoma, sans-serif",
  'Noto Kufi Arabic': "'Noto Kufi Arabic', 'Noto Sans Arabic', Tahoma, sans-serif",
  Amiri: "'Amiri', 'Noto Naskh Arabic', serif",
  Tahoma: 'Tahoma, sans-serif',
  'System UI': 'system-ui, sans-serif',
};

/** The custom properties the args set, in token order. */
export function tokenValues(args: Partial<TokenArgs>): [string, string][] {
  return TOKENS.flatMap(([arg, property, unit]) => {
    const value = args[arg];
    if (value === undefined || value === '') return [];
    return [[property, typeof value === 'number' ? `${value}${unit}` : String(value)]];
  });
}

/** The CSS a site pastes into its stylesheet to get what the playground shows. */
export function tokenCss(args: Partial<TokenArgs>): string {
  const lines = tokenValues(args).map(([property, value]) => `  ${property}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

const labels = {
  ar: {
    copy: 'نسخ CSS',
    copied: 'نُسخ إلى الحافظة.',
    failed: 'تعذّر النسخ: حدِّد النص أدناه وانسخه.',
    output: 'CSS المولَّد',
    box: 'صندوق قابل للتمرير',
  },
  en: {
    copy: 'Copy CSS',
    copied: 'Copied to the clipboard.',
    failed: 'Could not copy: select the text below and copy it.',
    output: 'Generated CSS',
    box: 'Scrolling box',
  },
};

async function copy(event: Event, css: string, locale: Locale) {
  const button = event.currentTarget as HTMLButtonElement;
  const status = button.parentElement?.querySelector('[role="status"]');
  let done = false;
  try {
    await navigator.clipboard.writeText(css);
    done = true;
  } catch {
    // No clipboard permission (e.g. an embedding frame without clipboard-write): select the
    // text and use the older command.
    const pre = button.parentElement?.parentElement?.querySelector('pre');
    if (pre) {
      const range = document.createRange();
      range.selectNodeContents(pre);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      done = document.execCommand('copy');
    }
  }
  if (status) status.textContent = done ? labels[locale].copied : labels[locale].failed;
}

/** Scrolls the box a little, so its back-to-top button shows. */
const scrolled = (box?: Element) => {
  if (box) requestAnimationFrame(() => (box.scrollTop = 120));
};

let boxes = 0;

/** Every widget under one set of tokens, and the CSS for them. Stories and tests share it. */
export const renderPlayground = (args: Partial<TokenArgs>, locale: Locale = 'ar') => {
  const css = tokenCss(args);
  const style = Object.fromEntries(tokenValues(args));
  const article = seedArticle(locale);
  const [first, ...others] = seedRelated(locale);
  const text = labels[locale];
  const box = `playground-box-${++boxes}`;
  return html`<div
    style="display: grid; gap: 24px; max-inline-size: 1040px; font-family: system-ui, sans-serif"
  >
    <section aria-label=${text.output} style="display: grid; gap: 8px">
      <div style="display: flex; gap: 12px; align-items: center; flex-wrap: wrap">
        <button
          type="button"
          style="font: inherit; padding: 6px 14px; border-radius: 8px; border: 1px solid currentColor; background: transparent; color: inherit; cursor: pointer"
          @click=${(event: Event) => copy(event, css, locale)}
        >
          ${text.copy}
        </button>
        <span role="status"></span>
      </div>
      <pre
        dir="ltr"
        style="margin: 0; padding: 12px 16px; border-radius: 8px; background: #1b1f24; color: #e8eaed; font-size: 13px; overflow: auto; text-align: left"
      ><code>${css}</code></pre>
    </section>
    <div style=${styleMap({ display: 'grid', gap: '24px', ...style })}>
      <div
        style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); align-items: start"
      >
        <maqal-article-card .article=${article} heading-level="2"></maqal-article-card>
        <maqal-article-card
          .article=${first}
          layout="compact"
          heading-level="2"
        ></maqal-article-card>
      </div>
      <maqal-related-articles
        .articles=${others}
        variant="list"
        layout="horizontal"
      ></maqal-related-articles>
      <maqal-comment-form article-id="theme-playground"></maqal-comment-form>
      <div
        id=${box}
        ${ref(scrolled)}
        role="region"
        aria-label=${text.box}
        tabindex="0"
        style="block-size: 260px; overflow: auto; border: 1px solid #d9dce1; border-radius: 12px"
      >
        <maqal-article
          .article=${{ ...article, related: undefined }}
          heading-level="2"
        ></maqal-article>
        <maqal-back-to-top container="#${box}" threshold="50" progress></maqal-back-to-top>
      </div>
    </div>
  </div>`;
};

const meta: Meta<TokenArgs> = {
  title: 'Theming/Theme playground',
  excludeStories: /^render|^token/,
  render: (args, { globals }) => renderPlayground(args, globals.locale === 'en' ? 'en' : 'ar'),
  args: {
    fontFamily: FONTS['Default (by direction)'],
    fontSize: 17,
    lineHeight: 1.8,
    radius: 12,
    space: 16,
    focusRingWidth: 3,
  },
  argTypes: {
    fontFamily: {
      control: 'select',
      options: Object.values(FONTS),
      labels: Object.fromEntries(Object.entries(FONTS).map(([label, stack]) => [stack, label])),
      table: { category: 'font' },
    },
    fontSize: {
      control: { type: 'range', min: 13, max: 24, step: 1 },
      table: { category: 'font' },
    },
    lineHeight: {
      control: { type: 'range', min: 1.2, max: 2.4, step: 0.1 },
      table: { category: 'font' },
    },
    radius: { control: { type: 'range', min: 0, max: 32, step: 1 }, table: { category: 'shape' } },
    space: { control: { type: 'range', min: 4, max: 32, step: 1 }, table: { category: 'shape' } },
    focusRingWidth: {
      control: { type: 'range', min: 2, max: 6, step: 1 },
      table: { category: 'shape' },
    },
    ...Object.fromEntries(
      TOKENS.filter(([arg]) => arg.startsWith('color')).map(([arg, property]) => [
        arg,
        {
          control: 'color',
          description: `\`${property}\`; empty keeps the theme's light or dark value.`,
          table: { category: 'colours' },
        },
      ]),
    ),
  },
  parameters: {
    docs: {
      description: {
        component:
          'The main `--maqal-*` tokens, applied live to every widget. Change them in the ' +
          'controls, then **Copy CSS** puts the `:root { … }` block for your stylesheet on the ' +
          'clipboard. A colour left empty keeps the theme value, so light and dark both still ' +
          'work; a colour that is set applies to both themes.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<TokenArgs>;

/** The defaults: what a site gets without setting anything. */
export const Defaults: Story = {};

/** A rounder, airier look with a sans-serif face and a blue accent. */
export const SoftBlue: Story = {
  args: {
    fontFamily: FONTS['Noto Sans Arabic'],
    fontSize: 18,
    radius: 20,
    space: 20,
    colorAccent: '#1a5fd0',
    colorFocus: '#b3261e',
  },
};

/** Square corners, tight spacing, a newspaper's dark red. */
export const Newsprint: Story = {
  args: {
    fontFamily: FONTS.Amiri,
    radius: 0,
    space: 12,
    lineHeight: 1.7,
    // Pairs for light and dark: a lone light surface would put dark mode's light text on cream.
    colorAccent: 'light-dark(#7a1712, #f28b82)',
    colorSurface: 'light-dark(#fbf8f1, #1f1d1a)',
    colorSurfaceMuted: 'light-dark(#efe9dc, #2b2823)',
    colorBorder: 'light-dark(#cfc6b4, #4a443a)',
  },
};
