import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define.js';
import type { MaqalCommentForm } from '../src/components/comment-form/comment-form.js';
import { SCRIPT } from '../.storybook/manifest-docs.js';
import { seedArticle, type Locale } from './samples.js';

interface PageArgs {
  variant: 'grid' | 'list' | 'scroller';
  months: 'auto' | 'dual';
  progress: boolean;
  /** Sample data: the seed article in the toolbar's language unless set here. */
  data?: unknown;
}

/** The site around the widgets: its own header and footer, in the page's language. */
const site = {
  ar: {
    name: 'صحيفة المثال',
    nav: 'القائمة الرئيسية',
    home: 'الرئيسية',
    world: 'العالم',
    footer: '© صحيفة المثال',
  },
  en: {
    name: 'The Example Daily',
    nav: 'Main menu',
    home: 'Home',
    world: 'World',
    footer: '© The Example Daily',
  },
};

/**
 * The comment form on a site without a comments endpoint: the site takes the sending over and
 * says the comment awaits moderation, as the seed's `comments: { open: true }` implies.
 */
function moderate(form?: Element) {
  if (!form || (form as HTMLElement).dataset.host) return;
  (form as HTMLElement).dataset.host = 'moderation';
  form.addEventListener('maqal-comment-submit', (event) => {
    event.preventDefault();
    setTimeout(() => (form as MaqalCommentForm).reportResult({ status: 'pending' }), 300);
  });
}

/**
 * The seed page as a site embeds it: the article, its related list and the comment form in the
 * article's slots, and the back-to-top button. Stories and tests share it.
 */
export const renderComposedPage = (args: Partial<PageArgs>, locale: Locale = 'ar') => {
  const article = (args.data ?? seedArticle(locale)) as { id?: string };
  const text = site[locale];
  return html`<div
    style="max-inline-size: 980px; margin-inline: auto; font-family: system-ui, sans-serif"
  >
    <header
      style="display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: baseline; padding-block-end: 12px; margin-block-end: 24px; border-block-end: 3px solid #b3261e"
    >
      <a
        href="#top"
        style="font-size: 1.5rem; font-weight: 700; color: inherit; text-decoration: none"
        >${text.name}</a
      >
      <nav aria-label=${text.nav}>
        <a href="#home" style="color: inherit">${text.home}</a> ·
        <a href="#world" style="color: inherit">${text.world}</a>
      </nav>
    </header>
    <main>
      <maqal-article .article=${article} heading-level="1" months=${args.months ?? 'dual'}>
        <maqal-related-articles
          slot="related"
          .articles=${article}
          variant=${args.variant ?? 'grid'}
          months=${args.months ?? 'dual'}
        ></maqal-related-articles>
        <maqal-comment-form
          slot="comments"
          article-id=${article.id ?? 'seed'}
          ${ref(moderate)}
        ></maqal-comment-form>
      </maqal-article>
    </main>
    <footer
      style="margin-block-start: 32px; padding-block: 16px; border-block-start: 1px solid #d9dce1"
    >
      <small>${text.footer}</small>
    </footer>
    <maqal-back-to-top ?progress=${args.progress ?? true}></maqal-back-to-top>
  </div>`;
};

const meta: Meta<PageArgs> = {
  title: 'Pages/Composed page',
  excludeStories: /^render/,
  render: (args, { globals }) => renderComposedPage(args, globals.locale === 'en' ? 'en' : 'ar'),
  args: { variant: 'grid', months: 'dual', progress: true },
  argTypes: {
    variant: { control: 'inline-radio', options: ['grid', 'list', 'scroller'] },
    months: { control: 'inline-radio', options: ['auto', 'dual'] },
    progress: { control: 'boolean' },
    data: { control: 'object' },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The whole seed page as a site embeds it: `<maqal-article>` with the related list and ' +
          'the comment form in its `related` and `comments` slots, and `<maqal-back-to-top>`. ' +
          'The toolbar switches it between Arabic (right to left) and English (left to right) ' +
          'and between the themes. On this sample site the comment form is taken over by the ' +
          'page, which answers that the comment awaits moderation.',
      },
      // The back-to-top button is fixed to the viewport: the page gets its own frame.
      story: { inline: false, iframeHeight: 900 },
      source: {
        language: 'html',
        code: `${SCRIPT}

<main>
  <maqal-article src="/api/articles/42.json" heading-level="1" months="dual">
    <!-- the same JSON: the related list takes its "related" field -->
    <maqal-related-articles slot="related" src="/api/articles/42.json"></maqal-related-articles>
    <maqal-comment-form slot="comments" endpoint="/api/comments" article-id="42"></maqal-comment-form>
  </maqal-article>
</main>
<maqal-back-to-top progress></maqal-back-to-top>`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<PageArgs>;

/** The seed page in the toolbar's language and theme. */
export const SeedPage: Story = {};

/** The related list as a single column. */
export const WithRelatedList: Story = { args: { variant: 'list' } };
