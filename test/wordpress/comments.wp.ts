import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { adaptArticle } from '../../src/adapters/index.js';
import '../../src/components/comment-form/define.js';
import type { MaqalCommentForm } from '../../src/components/comment-form/comment-form.js';
import type { CommentSettings } from '../../src/lib/model.js';
import { parseArticle } from '../../src/lib/validate-article.js';
import { spyOnConsole, type ConsoleSpy } from '../helpers/console.js';
import { until } from '../helpers/seeds.js';
import { anonymousComments, rest, site, storedComments, type Site } from './helpers.js';

// These tests run in order. WordPress refuses a second comment from the same address within
// 15 s of the last one it stored (comment_flood): the flood test comes right after the comment
// is posted. WordPress checks for duplicates and permissions before floods, so the 409 and
// 401 tests do not depend on timing.

const shadow = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const statusText = (el: MaqalCommentForm) => text(shadow(el, '[part=status]')) ?? '';

/** Types into the form as a reader would (one input event per field) and presses the button. */
async function send(el: MaqalCommentForm, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) {
    const field = shadow(el, `#${id}`) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  (shadow(el, 'button[type=submit]') as HTMLButtonElement).click();
  await until(() => el.state === 'sending', 'the form to send');
  await until(() => el.state !== 'sending', 'WordPress to answer', 15000);
  await el.updateComplete;
}

describe('<maqal-comment-form format="wordpress"> against a real WordPress', () => {
  let wp: Site;
  let comments: CommentSettings;
  let spy: ConsoleSpy;
  const stamp = Date.now().toString(36);
  const first = {
    name: 'قارئة من الرباط',
    email: `reader-${stamp}@example.com`,
    text: `تعليق تجريبي ${stamp}: شكراً على هذا المقال.`,
  };

  before(async () => {
    wp = await site();
    await anonymousComments(true);
    // The form's endpoint and post id, as the adapter derives them from the REST post.
    const answer = await fetch(rest(wp, `posts/${wp.posts.main}?_embed`));
    comments = parseArticle(adaptArticle(await answer.json())).comments!;
  });
  after(() => anonymousComments(true));
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  async function form() {
    return fixture<MaqalCommentForm>(
      html`<maqal-comment-form
        format="wordpress"
        endpoint=${comments.endpoint!}
        article-id=${comments.postId!}
      ></maqal-comment-form>`,
    );
  }

  it('gets its endpoint and post id from the WordPress adapter', () => {
    expect(comments).to.deep.equal({
      open: true,
      format: 'wordpress',
      postId: String(wp.posts.main),
      endpoint: `${wp.url}/wp-json/wp/v2/comments`,
    });
  });

  it('posts a comment that WordPress holds for moderation, and says so', async () => {
    const before = await storedComments(wp.posts.main);
    const el = await form();
    const posted = oneEvent(el, 'maqal-comment-posted');
    await send(el, first);
    const { detail } = await posted;
    expect(detail.status).to.equal('pending');
    expect(statusText(el)).to.contain('تعليقك في انتظار المراجعة.');

    const after = await storedComments(wp.posts.main);
    expect(after).to.have.length(before.length + 1);
    const stored = after.find((comment) => comment.id === Number(detail.id))!;
    expect(stored, 'the comment in WordPress').not.to.equal(undefined);
    expect(stored.status).to.equal('hold');
    expect(stored.post).to.equal(wp.posts.main);
    expect(stored.author_name).to.equal(first.name);
    expect(stored.author_email).to.equal(first.email);
    expect(stored.content.raw).to.equal(first.text);
    await expect(el).to.be.accessible();
  });

  it('gets comment_flood for a second comment within 15 s, with a clear message', async () => {
    const before = await storedComments(wp.posts.main);
    const el = await form();
    await send(el, { ...first, text: `تعليق ثانٍ بسرعة ${stamp}` });
    expect(el.state).to.equal('error');
    expect(statusText(el)).to.contain('أنت ترسل التعليقات بسرعة كبيرة');
    expect(await storedComments(wp.posts.main)).to.have.length(before.length);
  });

  it('gets WordPress’s 409 for the same comment again, with a clear message', async () => {
    const before = await storedComments(wp.posts.main);
    const el = await form();
    await send(el, first);
    expect(el.state).to.equal('error');
    expect(statusText(el)).to.contain('يبدو أنك أرسلت هذا التعليق من قبل.');
    // The reader's text stays, to be edited.
    expect((shadow(el, '#text') as HTMLTextAreaElement).value).to.equal(first.text);
    expect(await storedComments(wp.posts.main)).to.have.length(before.length);
    await expect(el).to.be.accessible();
  });

  it('gets 401 rest_comment_login_required with the plugin off, with a clear message', async () => {
    await anonymousComments(false);
    const before = await storedComments(wp.posts.main);
    const el = await form();
    await send(el, {
      name: 'زائر آخر',
      email: `other-${stamp}@example.com`,
      text: `تعليق دون الإضافة ${stamp}`,
    });
    expect(el.state).to.equal('error');
    expect(statusText(el)).to.contain('لا يسمح هذا الموقع بالتعليق دون تسجيل الدخول.');
    expect(await storedComments(wp.posts.main)).to.have.length(before.length);
    await expect(el).to.be.accessible();
  });
});
