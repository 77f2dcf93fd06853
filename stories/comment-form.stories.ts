import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../src/components/comment-form/define.js';
import type {
  CommentResult,
  MaqalCommentForm,
} from '../src/components/comment-form/comment-form.js';
import { localized } from './samples.js';

interface FormArgs {
  lang: string;
  theme: 'auto' | 'light' | 'dark';
  format: 'json' | 'wordpress';
  endpoint?: string;
  articleId: string;
  parent?: string;
  parentName?: string;
  hideWebsite: boolean;
  optionalIdentity: boolean;
  headingLevel: number;
  /** Story only: what to type into the fields, as a person would. */
  values?: Partial<Record<'text' | 'name' | 'email' | 'website', string>>;
  /** Story only: press the submit button once rendered. */
  submit?: boolean;
  /**
   * Story only: take the sending over (`preventDefault()` on `maqal-comment-submit`) and report
   * this outcome; `'never'` leaves the form sending.
   */
  host?: CommentResult | 'never';
}

/** Types into the form's fields the way a person does: set the value, fire `input`. */
function typeInto(el: MaqalCommentForm, values: FormArgs['values'] = {}) {
  for (const [id, value] of Object.entries(values)) {
    const field = el.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`);
    if (!field || value === undefined) continue;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

async function setUp(el: MaqalCommentForm | undefined, args: Partial<FormArgs>) {
  if (!el || el.dataset.ready) return;
  el.dataset.ready = 'yes';
  await el.updateComplete;
  const host = args.host;
  if (host) {
    el.addEventListener('maqal-comment-submit', (event) => {
      event.preventDefault();
      if (host !== 'never') setTimeout(() => el.reportResult(host), 300);
    });
  }
  typeInto(el, args.values);
  if (args.submit) await el.submit();
}

/** Renders one form; every story uses it. */
export const renderForm = (args: Partial<FormArgs>) =>
  html`<maqal-comment-form
    style="max-inline-size: 720px"
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme ?? 'auto'}
    format=${args.format ?? 'json'}
    endpoint=${ifDefined(args.endpoint)}
    article-id=${ifDefined(args.articleId)}
    parent=${ifDefined(args.parent)}
    parent-name=${ifDefined(args.parentName)}
    ?hide-website=${args.hideWebsite}
    ?optional-identity=${args.optionalIdentity}
    heading-level=${args.headingLevel ?? 2}
    ${ref((el) => void setUp(el as MaqalCommentForm | undefined, args))}
  ></maqal-comment-form>`;

/** What a commenter types; the toolbar's English swaps in an English comment. */
const filled = localized(
  {
    text: 'شكراً على هذا التحليل الواضح لجهود الوساطة الروسية.',
    name: 'سارة',
    email: 'sara@example.com',
  },
  {
    text: 'Thank you for this clear analysis of the Russian mediation.',
    name: 'Sarah',
    email: 'sara@example.com',
  },
);

const meta: Meta<FormArgs> = {
  title: 'Widgets/Comment form',
  component: 'maqal-comment-form',
  excludeStories: /^render/,
  render: renderForm,
  args: {
    lang: '',
    theme: 'auto',
    format: 'json',
    articleId: 'storybook-article',
    hideWebsite: false,
    optionalIdentity: false,
    headingLevel: 2,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'ar', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    format: { control: 'inline-radio', options: ['json', 'wordpress'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    values: { table: { disable: true } },
    submit: { table: { disable: true } },
    host: { table: { disable: true } },
  },
  parameters: {
    actions: {
      handles: ['maqal-comment-submit', 'maqal-comment-posted', 'maqal-comment-cancel-reply'],
    },
  },
};
export default meta;

type Story = StoryObj<FormArgs>;

/** Without an endpoint, this story's host answers "pending" after a short wait. */
export const Empty: Story = { args: { articleId: 'story-empty', host: { status: 'pending' } } };

export const FilledWithErrors: Story = {
  args: {
    articleId: 'story-filled-with-errors',
    values: { text: '   ', name: 'سارة', email: 'sara@', website: 'example' },
    submit: true,
  },
};

export const Sending: Story = {
  args: { articleId: 'story-sending', values: filled, submit: true, host: 'never' },
};

export const Pending: Story = {
  args: { articleId: 'story-pending', values: filled, submit: true, host: { status: 'pending' } },
};

export const Approved: Story = {
  args: { articleId: 'story-approved', values: filled, submit: true, host: { status: 'approved' } },
};

/** A failed submission: the message says what to do, and every field is kept. */
export const Failed: Story = {
  args: {
    articleId: 'story-failed',
    values: filled,
    submit: true,
    // The host reports a failure: every field stays as typed, and the message says what to do.
    host: { status: 'error' },
  },
};

export const ReplyMode: Story = {
  args: {
    articleId: 'story-reply-mode',
    parent: '12',
    parentName: 'أحمد',
    host: { status: 'pending' },
  },
};

export const EnglishLeftToRight: Story = {
  args: { articleId: 'story-english-left-to-right', lang: 'en', host: { status: 'pending' } },
};

export const Dark: Story = {
  args: { articleId: 'story-dark', theme: 'dark', host: { status: 'pending' } },
};

export const WithoutWebsiteOptionalIdentity: Story = {
  args: {
    articleId: 'story-without-website-optional-identity',
    hideWebsite: true,
    optionalIdentity: true,
    host: { status: 'pending' },
  },
};
