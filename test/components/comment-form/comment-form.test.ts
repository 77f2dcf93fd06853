import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/comment-form/define.js';
import type {
  CommentData,
  MaqalCommentForm,
} from '../../../src/components/comment-form/comment-form.js';
import { ar } from '../../../src/lib/i18n/ar/index.js';
import { en } from '../../../src/lib/i18n/en/index.js';
import { spyOnFetch } from '../../helpers/fetch-spy.js';
import { spyOnConsole, type ConsoleSpy } from '../../helpers/console.js';
import { mockEndpoint, recordedRequests, type MockResponse } from '../../helpers/mock-api.js';
import { until } from '../../helpers/seeds.js';
import { clearMaqalStorage, fillCommentForm } from '../../helpers/comment-form.js';
import { textBox } from '../../helpers/text-box.js';

const t = ar.commentForm;
const shadow = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const control = (el: Element, id: string) =>
  shadow<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const statusText = (el: Element) => text(shadow(el, '[part=status]'));
const focused = (el: Element) => el.shadowRoot!.activeElement?.id;

const fill = fillCommentForm;

const VALID = {
  text: 'مقال مفيد، شكراً.\nسطر ثانٍ.',
  name: 'سارة',
  email: 'sara@example.com',
  website: 'https://sara.example.org',
};

async function settled(el: MaqalCommentForm) {
  await until(() => el.state !== 'sending', 'the submission to settle', 8000);
  await el.updateComplete;
}

const clearStorage = clearMaqalStorage;

describe('<maqal-comment-form>', () => {
  let spy: ConsoleSpy;
  beforeEach(() => {
    clearStorage();
    spy = spyOnConsole();
  });
  afterEach(() => {
    spy.restore();
    clearStorage();
  });

  async function form(template = html`<maqal-comment-form article-id="42"></maqal-comment-form>`) {
    const el = await fixture<MaqalCommentForm>(template);
    await el.updateComplete;
    return el;
  }

  async function withEndpoint(
    responses: MockResponse[],
    attrs: { format?: string; parent?: string; timeout?: number } = {},
  ) {
    const path = await mockEndpoint('comments', ...responses);
    const el = await form(
      html`<maqal-comment-form
        article-id="42"
        endpoint=${path}
        format=${attrs.format ?? 'json'}
        parent=${attrs.parent ?? ''}
        timeout=${attrs.timeout ?? 15000}
      ></maqal-comment-form>`,
    );
    return { el, path };
  }

  /** Fills the form with VALID, presses Enter on its focused button; returns the sending button. */
  async function sendFromButton(el: MaqalCommentForm) {
    fill(el, VALID);
    const button = shadow<HTMLButtonElement>(el, '[part=submit]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state).to.equal('sending');
    return button;
  }

  it("renders WordPress's form in Arabic: heading, notice, labelled fields in order, consent, submit", async () => {
    const el = await form();
    const heading = shadow(el, '[part=heading]')!;
    expect(heading.localName).to.equal('h2');
    expect(text(heading)).to.equal('اترك تعليقاً');
    expect(text(shadow(el, '[part=notice]'))).to.equal(
      'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
    );

    const fields = [...el.shadowRoot!.querySelectorAll('[part~=input]')].map((node) => node.id);
    expect(fields).to.deep.equal(['text', 'name', 'email', 'website']);
    const labels = Object.fromEntries(
      [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label[part=label]')].map((label) => [
        label.htmlFor,
        text(label).replace(/ \*$/, ''),
      ]),
    );
    expect(labels).to.deep.equal({
      text: 'التعليق',
      name: 'الاسم',
      email: 'البريد الإلكتروني',
      website: 'الموقع الإلكتروني',
    });
    // Labels are real: each control's accessible label is its <label>, and there is no placeholder.
    for (const id of fields) {
      const field = control(el, id);
      expect(field.labels![0].htmlFor).to.equal(id);
      expect(field.hasAttribute('placeholder')).to.equal(false);
    }

    const limits = { text: '65525', name: '245', email: '100', website: '200' };
    const autocomplete = { text: 'off', name: 'name', email: 'email', website: 'url' };
    for (const id of fields) {
      expect(control(el, id).getAttribute('maxlength'), id).to.equal(limits[id as 'text']);
      expect(control(el, id).getAttribute('autocomplete'), id).to.equal(autocomplete[id as 'text']);
    }
    expect(control(el, 'email').type).to.equal('email');
    expect(control(el, 'website').type).to.equal('url');
    expect(['text', 'name', 'email'].every((id) => control(el, id).required)).to.equal(true);
    expect(control(el, 'website').required).to.equal(false);
    expect(control(el, 'email').getAttribute('aria-describedby')).to.equal('notice');

    const consent = control(el, 'consent') as HTMLInputElement;
    expect(consent.type).to.equal('checkbox');
    expect(text(consent.labels![0])).to.equal(
      'احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.',
    );
    expect(text(shadow(el, '[part=submit]'))).to.equal('إرسال التعليق');
    expect(shadow<HTMLFormElement>(el, 'form')!.noValidate).to.equal(true);
    expect(shadow(el, '[part=status]')!.getAttribute('role')).to.equal('status');
  });

  it('writes limits in the form\'s digits with the Arabic counted noun, and keeps "https://" in order', async () => {
    const el = await form(
      html`<maqal-comment-form lang="ar-EG" article-id="42"></maqal-comment-form>`,
    );
    fill(el, {
      ...VALID,
      name: 'س'.repeat(250),
      email: `${'a'.repeat(95)}@example.com`,
      website: 'www.example.com',
    });
    await el.submit();
    await el.updateComplete;
    // Egyptian Arabic writes Arabic-Indic digits; after a round hundred the noun is "حرف".
    expect(text(shadow(el, '#name-error'))).to.equal(
      'حقل «الاسم» أطول من الحد المسموح (٢٤٥ حرفاً).',
    );
    expect(text(shadow(el, '#email-error'))).to.match(/\(١٠٠ حرف\)\.$/);
    // "https://" is isolated left to right: "https" stays left of "://" inside Arabic text.
    const message = shadow(el, '#website-error')!;
    expect(textBox(message, 'https').right <= textBox(message, '://').left + 0.5).to.equal(true);
  });

  it('still says a field is too long on a page whose lang is not a valid tag', async () => {
    const el = await form(html`<maqal-comment-form lang="en-US.UTF-8"></maqal-comment-form>`);
    fill(el, { ...VALID, name: 'n'.repeat(250) });
    await el.submit();
    await el.updateComplete;
    expect(text(shadow(el, '#name-error'))).to.match(/245/);
  });

  it('gives a WordPress byte limit in characters of the text typed', async () => {
    const el = await form(html`<maqal-comment-form format="wordpress"></maqal-comment-form>`);
    // 245 bytes of UTF-8 hold 122 Arabic letters (two bytes each), not 245.
    fill(el, { ...VALID, name: 'س'.repeat(130) });
    await el.submit();
    await el.updateComplete;
    expect(text(shadow(el, '#name-error'))).to.equal(t.tooLong(t.name, 122, '122'));
    // A JSON endpoint counts characters.
    const json = await form();
    fill(json, { ...VALID, name: 'س'.repeat(250) });
    await json.submit();
    await json.updateComplete;
    expect(text(shadow(json, '#name-error'))).to.equal(t.tooLong(t.name, 245, '245'));
  });

  it('speaks English left to right, and lays Arabic out right to left', async () => {
    const en_ = await form(html`<maqal-comment-form lang="en"></maqal-comment-form>`);
    expect(text(shadow(en_, '[part=heading]'))).to.equal('Leave a Reply');
    expect(text(shadow(en_, '[part=notice]'))).to.equal(
      'Your email address will not be published. Required fields are marked *',
    );
    expect(
      [...en_.shadowRoot!.querySelectorAll('label[part=label]')].map((label) =>
        text(label).replace(/ \*$/, ''),
      ),
    ).to.deep.equal(['Comment', 'Name', 'Email', 'Website']);
    expect(text(shadow(en_, '[part=submit]'))).to.equal('Post Comment');
    expect(getComputedStyle(shadow(en_, '[part=base]')!).direction).to.equal('ltr');

    const ar_ = await form(html`<maqal-comment-form style="width:600px"></maqal-comment-form>`);
    expect(getComputedStyle(shadow(ar_, '[part=base]')!).direction).to.equal('rtl');
    // Labels start at the right edge in Arabic, at the left edge in English.
    const arLabel = shadow(ar_, 'label[for=name]')!.getBoundingClientRect();
    const arField = control(ar_, 'name').getBoundingClientRect();
    expect(Math.abs(arLabel.right - arField.right)).to.be.below(2);
    const enLabel = shadow(en_, 'label[for=name]')!.getBoundingClientRect();
    const enField = control(en_, 'name').getBoundingClientRect();
    expect(Math.abs(enLabel.left - enField.left)).to.be.below(2);
  });

  it("marks every invalid field on the form's inline start, whatever the field's own direction", async () => {
    for (const [lang, bar, other] of [
      ['ar', 'borderRightWidth', 'borderLeftWidth'],
      ['en', 'borderLeftWidth', 'borderRightWidth'],
    ] as const) {
      const el = await form(html`<maqal-comment-form lang=${lang}></maqal-comment-form>`);
      shadow(el, '[part=submit]')!.click();
      await el.updateComplete;
      // The comment follows the form; the email is always left to right.
      for (const id of ['text', 'name', 'email']) {
        const style = getComputedStyle(control(el, id));
        expect(control(el, id).getAttribute('aria-invalid'), `${lang} ${id}`).to.equal('true');
        expect([style[bar], style[other]], `${lang} ${id}`).to.deep.equal(['4px', '1px']);
      }
    }
  });

  it('gives empty comment and name fields the form direction, then follows what is typed', async () => {
    const el = await form();
    const direction = (id: string) => getComputedStyle(control(el, id)).direction;
    expect([direction('text'), direction('name')]).to.deep.equal(['rtl', 'rtl']);
    fill(el, { text: 'A comment in English.', name: 'John' });
    await el.updateComplete;
    expect([direction('text'), direction('name')]).to.deep.equal(['ltr', 'ltr']);
    fill(el, { text: 'تعليق', name: '' });
    await el.updateComplete;
    expect([direction('text'), direction('name')]).to.deep.equal(['rtl', 'rtl']);
    expect(direction('email')).to.equal('ltr');
  });

  it("keeps its field sizes whatever the host page's root font size", async () => {
    const el = await form(html`<maqal-comment-form style="width:900px"></maqal-comment-form>`);
    const width = () => control(el, 'name').getBoundingClientRect().width;
    const before = width();
    document.documentElement.style.fontSize = '62.5%';
    try {
      expect(width()).to.equal(before);
      document.documentElement.style.fontSize = '24px';
      expect(width()).to.equal(before);
    } finally {
      document.documentElement.style.fontSize = '';
    }
    expect(before).to.be.within(300, 600);
  });

  it('hides the website field and makes name and email optional on request', async () => {
    const el = await form(
      html`<maqal-comment-form hide-website optional-identity></maqal-comment-form>`,
    );
    expect(shadow(el, '#website')).to.equal(null);
    expect(control(el, 'name').required).to.equal(false);
    expect(control(el, 'email').required).to.equal(false);
    expect(shadow(el, 'label[for=name] .required')).to.equal(null);
    expect(shadow(el, 'label[for=text] .required')).not.to.equal(null);

    fill(el, { text: 'تعليق بلا اسم' });
    el.addEventListener('maqal-comment-submit', (event) => event.preventDefault(), { once: true });
    setTimeout(() => shadow(el, '[part=submit]')!.click());
    const event = await oneEvent(el, 'maqal-comment-submit');
    expect(event.detail).to.deep.equal({
      articleId: null,
      parentId: null,
      name: '',
      email: '',
      website: '',
      text: 'تعليق بلا اسم',
    });
  });

  it('validates on submit in its own language, marks fields invalid and focuses the first', async () => {
    const { el, path } = await withEndpoint([{ body: { status: 'pending' } }]);
    let submitted = 0;
    el.addEventListener('maqal-comment-submit', () => submitted++);
    fill(el, { text: '   \n\t ' });
    shadow(el, '[part=submit]')!.click();
    await el.updateComplete;
    await el.updateComplete;

    for (const [id, label] of [
      ['text', 'التعليق'],
      ['name', 'الاسم'],
      ['email', 'البريد الإلكتروني'],
    ]) {
      const field = control(el, id);
      expect(field.getAttribute('aria-invalid'), id).to.equal('true');
      const error = shadow(el, `#${id}-error`)!;
      expect(text(error)).to.equal(`حقل «${label}» مطلوب.`);
      expect(field.getAttribute('aria-describedby')!.split(' ')).to.include(`${id}-error`);
    }
    expect(control(el, 'email').getAttribute('aria-describedby')).to.equal('notice email-error');
    expect(control(el, 'website').hasAttribute('aria-invalid')).to.equal(false);
    expect(focused(el)).to.equal('text');
    expect(submitted).to.equal(0);
    expect(await recordedRequests(path)).to.have.length(0);

    // Fixing the comment moves focus to the next invalid field on the next try.
    fill(el, { text: 'نص', name: 'سارة', email: 'not-an-email', website: 'javascript:alert(1)' });
    shadow(el, '[part=submit]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)).to.equal('email');
    expect(text(shadow(el, '#email-error'))).to.equal(t.invalidEmail);
    expect(text(shadow(el, '#website-error'))).to.equal(t.invalidUrl);
    expect(shadow(el, '#text-error')).to.equal(null);
    expect(control(el, 'text').hasAttribute('aria-invalid')).to.equal(false);
    expect(await recordedRequests(path)).to.have.length(0);
  });

  it('validates a field when it loses focus after typing, and clears the message once fixed', async () => {
    const el = await form(html`<maqal-comment-form lang="en"></maqal-comment-form>`);
    control(el, 'text').focus();
    // Tabbing through an untouched field says nothing.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('name');
    expect(shadow(el, '#text-error')).to.equal(null);

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('email');
    await sendKeys({ type: 'sara@' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(text(shadow(el, '#email-error'))).to.equal(en.commentForm.invalidEmail);
    expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');

    control(el, 'email').focus();
    await sendKeys({ type: 'example.com' });
    await el.updateComplete;
    expect(shadow(el, '#email-error')).to.equal(null);
    expect(control(el, 'email').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('sends the exact JSON body and shows an approved comment as text, then clears the form', async () => {
    const { el, path } = await withEndpoint([{ body: { status: 'approved', id: 901 } }]);
    const hostile = '<img src=x onerror="window.__pwned=1"> <b>عريض</b>';
    fill(el, { ...VALID, text: `  ${hostile}  `, name: ' سارة ' });
    setTimeout(() => shadow(el, '[part=submit]')!.click());
    const posted = await oneEvent(el, 'maqal-comment-posted');
    await el.updateComplete;

    const [request] = await recordedRequests(path);
    expect(request.method).to.equal('POST');
    expect(request.headers['content-type']).to.equal('application/json');
    expect(JSON.parse(request.body)).to.deep.equal({
      articleId: '42',
      parentId: null,
      name: 'سارة',
      email: 'sara@example.com',
      website: 'https://sara.example.org',
      text: hostile,
    });
    expect(posted.detail.status).to.equal('approved');
    expect(posted.detail.id).to.equal(901);

    expect(el.state).to.equal('approved');
    expect(statusText(el)).to.equal(t.approved);
    const shown = shadow(el, '[part=posted]')!;
    expect(text(shown.querySelector('.posted-text'))).to.equal(hostile);
    const label = el.shadowRoot!.getElementById(shown.getAttribute('aria-labelledby')!);
    expect(text(label), 'the comment is named by its author').to.equal('سارة');
    expect(shown.querySelector('img, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(['text', 'name', 'email', 'website'].map((id) => control(el, id).value)).to.deep.equal([
      '',
      '',
      '',
      '',
    ]);
  });

  it('says a pending comment awaits moderation, clears the form and the draft', async () => {
    const { el, path } = await withEndpoint([{ body: { status: 'pending' } }]);
    fill(el, VALID);
    await until(() => localStorage.getItem('maqal:comment-draft:42:0') !== null, 'draft saved');
    await el.submit();
    await el.updateComplete;
    expect(await recordedRequests(path)).to.have.length(1);
    expect(statusText(el)).to.equal('تعليقك في انتظار المراجعة.');
    expect(shadow(el, '[part=posted]')).to.equal(null);
    expect(control(el, 'text').value).to.equal('');
    expect(localStorage.getItem('maqal:comment-draft:42:0')).to.equal(null);
  });

  it('posts the exact WordPress body and reads status "hold" as pending', async () => {
    const { el, path } = await withEndpoint(
      [{ status: 201, body: { id: 7, post: 42, parent: 3, status: 'hold' } }],
      { format: 'wordpress', parent: '3' },
    );
    fill(el, VALID);
    await el.submit();
    await el.updateComplete;
    const [request] = await recordedRequests(path);
    expect(request.method).to.equal('POST');
    expect(request.headers['content-type']).to.equal('application/json');
    expect(JSON.parse(request.body)).to.deep.equal({
      post: 42,
      parent: 3,
      author_name: 'سارة',
      author_email: 'sara@example.com',
      author_url: 'https://sara.example.org',
      content: VALID.text,
    });
    expect(el.state).to.equal('pending');
    expect(statusText(el)).to.equal(t.pending);

    const approved = await withEndpoint([{ status: 201, body: { id: 8, status: 'approved' } }], {
      format: 'wordpress',
    });
    fill(approved.el, VALID);
    await approved.el.submit();
    expect(approved.el.state).to.equal('approved');
    expect(JSON.parse((await recordedRequests(approved.path))[0].body).parent).to.equal(0);
  });

  it("maps WordPress's error codes to clear messages and keeps every field", async () => {
    const cases: [number, string, string][] = [
      [401, 'rest_comment_login_required', t.wpLoginRequired],
      [409, 'comment_duplicate', t.wpDuplicate],
      [400, 'comment_flood', t.wpFlood],
      [400, 'rest_comment_author_data_required', t.wpAuthorDataRequired],
      [400, 'rest_comment_content_invalid', t.wpContentInvalid],
      [403, 'rest_comment_invalid_post_id', t.wpInvalidPost],
      // Any other code: WordPress's own message, as text.
      [
        400,
        'comment_content_column_length',
        'Error: Your comment is too long. <script>alert(1)</script>',
      ],
    ];
    for (const [status, code, expected] of cases) {
      const { el } = await withEndpoint(
        [
          {
            status,
            body: {
              code,
              message:
                code === 'comment_content_column_length'
                  ? '<strong>Error:</strong> Your comment is too long. &lt;script&gt;alert(1)&lt;/script&gt;'
                  : 'WordPress said no.',
              data: { status },
            },
          },
        ],
        { format: 'wordpress' },
      );
      fill(el, VALID);
      await el.submit();
      await el.updateComplete;
      expect(el.state, code).to.equal('error');
      expect(text(shadow(el, '.status-main')), code).to.equal(expected);
      expect(text(shadow(el, '.status-more')), code).to.equal(t.keepText);
      expect(shadow(el, '[part=status] strong, [part=status] script')).to.equal(null);
      expect(
        ['text', 'name', 'email', 'website'].map((id) => control(el, id).value),
        code,
      ).to.deep.equal([VALID.text, VALID.name, VALID.email, VALID.website]);
    }
  });

  it('keeps everything and says what to do on 4xx with a message, 5xx, and a non-JSON answer', async () => {
    const cases: [MockResponse, string][] = [
      [
        { status: 422, body: { message: 'التعليق يحتوي روابط كثيرة.' } },
        'التعليق يحتوي روابط كثيرة.',
      ],
      [{ status: 500, raw: 'Internal Server Error' }, t.failedServer(500)],
      [{ status: 503, body: {} }, t.failedServer(503)],
      [{ status: 200, raw: '<html>ok</html>', contentType: 'text/html' }, t.failedInvalidResponse],
      [{ status: 200, body: { status: 'maybe' } }, t.failedInvalidResponse],
    ];
    for (const [response, expected] of cases) {
      const { el } = await withEndpoint([response]);
      fill(el, VALID);
      await until(() => localStorage.getItem('maqal:comment-draft:42:0') !== null, 'draft saved');
      await el.submit();
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(text(shadow(el, '.status-main'))).to.equal(expected);
      expect(text(shadow(el, '.status-more'))).to.equal(t.keepText);
      expect(control(el, 'text').value).to.equal(VALID.text);
      expect(control(el, 'email').value).to.equal(VALID.email);
      expect(localStorage.getItem('maqal:comment-draft:42:0')).to.equal(VALID.text);
      expect(shadow<HTMLButtonElement>(el, '[part=submit]')!.disabled).to.equal(false);
    }
  });

  it('gives up after `timeout` ms on a hanging server, and reports a network failure', async () => {
    const { el } = await withEndpoint([{ hang: true }], { timeout: 300 });
    fill(el, VALID);
    await el.submit();
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(text(shadow(el, '.status-main'))).to.equal(t.failedTimeout);
    expect(control(el, 'text').value).to.equal(VALID.text);

    const down = await form(
      html`<maqal-comment-form endpoint="http://127.0.0.1:9/comments"></maqal-comment-form>`,
    );
    fill(down, VALID);
    await down.submit();
    await down.updateComplete;
    expect(text(shadow(down, '.status-main'))).to.equal(t.failedNetwork);
    expect(control(down, 'text').value).to.equal(VALID.text);
  });

  it('sends one request however fast the clicks, and is busy while sending', async () => {
    const { el, path } = await withEndpoint([{ delay: 400, body: { status: 'pending' } }]);
    fill(el, VALID);
    const button = shadow<HTMLButtonElement>(el, '[part=submit]')!;
    button.click();
    button.click();
    shadow<HTMLFormElement>(el, 'form')!.requestSubmit();
    await el.updateComplete;
    expect(el.state).to.equal('sending');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    // The fields are read-only meanwhile (what is typed now would be cleared on success), and
    // the form is not aria-busy: that would hide its own live region from screen readers.
    expect(control(el, 'text').readOnly && control(el, 'name').readOnly).to.equal(true);
    expect(shadow(el, 'form')!.hasAttribute('aria-busy')).to.equal(false);
    expect(statusText(el)).to.equal(t.sending);
    button.click();
    await el.submit();
    await settled(el);
    expect(el.state).to.equal('pending');
    expect(await recordedRequests(path)).to.have.length(1);
    expect(control(el, 'text').readOnly).to.equal(false);
    expect(button.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('keeps focus on the submit button while sending (a disabled button would drop it)', async () => {
    const { el } = await withEndpoint([{ delay: 400, body: { status: 'pending' } }]);
    const button = await sendFromButton(el);
    expect(el.shadowRoot!.activeElement === button, 'focus while sending').to.equal(true);
    await settled(el);
    expect(el.shadowRoot!.activeElement === button, 'focus after').to.equal(true);
  });

  it('gives focus back to the submit button when something took it while sending', async () => {
    const { el } = await withEndpoint([{ delay: 300, body: { status: 'pending' } }]);
    fill(el, VALID);
    const button = shadow<HTMLButtonElement>(el, '[part=submit]')!;
    button.focus();
    button.click();
    await el.updateComplete;
    expect(el.state).to.equal('sending');
    button.blur();
    expect(el.shadowRoot!.activeElement === null).to.equal(true);
    await settled(el);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === button).to.equal(true);
  });

  it("marks the server's words as the page's language, and its own fallback messages as English", async () => {
    const path = await mockEndpoint(
      'comments-lang',
      { status: 500, body: {} },
      { status: 422, body: { message: 'Trop de liens.' } },
    );
    const el = await form(
      html`<maqal-comment-form
        lang="fr"
        article-id="42"
        endpoint=${path}
        format="json"
      ></maqal-comment-form>`,
    );
    const reason = () => shadow(el, '[part=status] bdi')!;
    expect(shadow(el, '[part=base]')!.getAttribute('lang'), 'no French strings').to.equal('en');
    fill(el, VALID);
    await el.submit();
    await settled(el);
    expect(text(reason())).to.equal(en.commentForm.failedServer(500));
    expect(reason().hasAttribute('lang'), "maqal's English, under the section's lang").to.equal(
      false,
    );
    await el.submit();
    await settled(el);
    expect([text(reason()), reason().getAttribute('lang')]).to.deep.equal(['Trop de liens.', 'fr']);
  });

  it('leaves focus where the reader moved it while sending', async () => {
    const { el } = await withEndpoint([{ delay: 300, body: { status: 'pending' } }]);
    const after = document.createElement('a');
    after.href = '#after';
    after.textContent = 'after the form';
    el.after(after);
    try {
      await sendFromButton(el);
      after.focus();
      await settled(el);
      await el.updateComplete;
      expect(el.state).to.equal('pending');
      expect(document.activeElement === after, 'focus stays on the link').to.equal(true);
    } finally {
      after.remove();
    }
  });

  it('checks email and website hosts for a dot, and takes a name of exactly the limit', async () => {
    const el = await form();
    fill(el, {
      ...VALID,
      name: 'ن'.repeat(245),
      email: 'sara@example',
      website: 'http://localhost',
    });
    await el.submit();
    await el.updateComplete;
    expect(text(shadow(el, '#email-error'))).to.equal(t.invalidEmail);
    expect(text(shadow(el, '#website-error'))).to.equal(t.invalidUrl);
    expect(shadow(el, '#name-error') === null, 'a name of 245 characters fits').to.equal(true);
  });

  it('says in its live region when its own checks stop a submission, every time', async () => {
    const el = await form();
    fill(el, { text: 'نص', name: 'سارة', email: 'sara@' });
    control(el, 'email').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Focus was already on the bad field, so nothing else would speak.
    expect(focused(el)).to.equal('email');
    expect(statusText(el)).to.equal(t.checkFields);
    const first = shadow(el, '[part=status] .status-main')!;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The same words as new content, which a live region announces again.
    const second = shadow(el, '[part=status] .status-main')!;
    expect(second.textContent!.trim()).to.equal(t.checkFields);
    expect(second === first).to.equal(false);
    // Fixed: the message goes.
    fill(el, { email: 'sara@example.com' });
    await el.updateComplete;
    expect(statusText(el)).to.equal('');
  });

  it('drops "correct the marked fields" when the only marked field is hidden', async () => {
    const el = await form();
    fill(el, { ...VALID, website: 'javascript:alert(1)' });
    await el.submit();
    await el.updateComplete;
    expect(statusText(el)).to.equal(t.checkFields);
    // Focus elsewhere (leaving the field re-checks it: still wrong), then the field goes.
    control(el, 'text').focus();
    await el.updateComplete;
    expect(statusText(el)).to.equal(t.checkFields);
    el.hideWebsite = true;
    await el.updateComplete;
    expect(statusText(el)).to.equal('');
  });

  it('keeps its live region in the accessibility tree while empty', async () => {
    const el = await form();
    const region = shadow(el, '[part=status]')!;
    expect(statusText(el)).to.equal('');
    expect(getComputedStyle(region).display).to.not.equal('none');
    expect(region.getBoundingClientRect().height).to.be.below(2);
  });

  it('fires maqal-comment-submit before sending; a host may enrich it, or veto and report back', async () => {
    const { el, path } = await withEndpoint([{ body: { status: 'approved' } }]);
    fill(el, VALID);
    const enrich = (event: CustomEvent<CommentData>) => {
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      (event.detail as CommentData & { source?: string }).source = 'host';
    };
    el.addEventListener('maqal-comment-submit', enrich, { once: true });
    await el.submit();
    expect(JSON.parse((await recordedRequests(path))[0].body).source).to.equal('host');

    // A host that takes over: no request, the form waits for reportResult().
    const host = await withEndpoint([{ body: { status: 'approved' } }]);
    const form2 = host.el;
    form2.addEventListener('maqal-comment-submit', (event) => event.preventDefault());
    fill(form2, VALID);
    await form2.submit();
    await form2.updateComplete;
    expect(form2.state).to.equal('sending');
    expect(await recordedRequests(host.path)).to.have.length(0);
    expect(form2.reportResult({ status: 'error', message: '<b>رفض</b> الخادم' })).to.equal(true);
    await form2.updateComplete;
    expect(text(shadow(form2, '.status-main'))).to.equal('رفض الخادم');
    expect(control(form2, 'text').value).to.equal(VALID.text);

    await form2.submit();
    expect(form2.reportResult({ status: 'pending' })).to.equal(true);
    await form2.updateComplete;
    expect(statusText(form2)).to.equal(t.pending);
    expect(control(form2, 'text').value).to.equal('');
    // Nothing waits any more: a stray report is refused with a warning.
    expect(form2.reportResult({ status: 'approved' })).to.equal(false);
    expect(spy.warnings).to.have.length(1);
  });

  it('accepts a report made inside the submit listener itself', async () => {
    const { el, path } = await withEndpoint([{ body: { status: 'approved' } }], { timeout: 300 });
    const reports: boolean[] = [];
    el.addEventListener('maqal-comment-submit', (event) => {
      event.preventDefault();
      reports.push(el.reportResult({ status: 'pending' }));
    });
    fill(el, VALID);
    await el.submit();
    await el.updateComplete;
    expect(reports).to.deep.equal([true]);
    expect(el.state).to.equal('pending');
    expect(statusText(el)).to.equal(t.pending);
    // No timeout fires later, nothing is sent, nothing is reported wrong.
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(el.state).to.equal('pending');
    expect(await recordedRequests(path)).to.have.length(0);
    expect(spy.warnings).to.deep.equal([]);
    expect(spy.errors).to.deep.equal([]);
  });

  it('refuses a late report for an earlier submission when the host passes the detail', async () => {
    const { el } = await withEndpoint([{ body: { status: 'approved' } }], { timeout: 200 });
    const submissions: CommentData[] = [];
    el.addEventListener('maqal-comment-submit', (event) => {
      event.preventDefault();
      submissions.push(event.detail);
    });
    fill(el, VALID);
    await el.submit();
    await until(() => el.state === 'error', 'the first submission to time out');
    await el.submit(); // the commenter sends again
    expect(submissions).to.have.length(2);
    // The first submission's answer arrives late: refused, the second still waits.
    expect(el.reportResult({ status: 'approved' }, submissions[0])).to.equal(false);
    expect(el.state).to.equal('sending');
    expect(control(el, 'text').value).to.equal(VALID.text);
    expect(el.reportResult({ status: 'pending' }, submissions[1])).to.equal(true);
    await el.updateComplete;
    expect(el.state).to.equal('pending');
  });

  it('takes numeric ids from frameworks, and starts afresh when reused for another article', async () => {
    const { el, path } = await withEndpoint([{ body: { status: 'approved' } }]);
    // Typed to take numbers: this compiles without a cast (`npm run typecheck` covers tests).
    el.articleId = 7;
    el.parent = 0;
    await el.updateComplete;
    expect(el.articleId).to.equal('7');
    // WordPress's parent 0 is a top-level comment, not a reply.
    expect(el.parent).to.equal(undefined);
    expect(shadow(el, '[part=cancel]') === null).to.equal(true);
    fill(el, VALID);
    await el.submit();
    await settled(el);
    expect(el.state).to.equal('approved');
    expect(JSON.parse((await recordedRequests(path))[0].body).articleId).to.equal('7');

    // null clears an id, as a framework may write it.
    el.parent = null;
    await el.updateComplete;
    expect(el.parent).to.equal(undefined);

    // Same element, next article: no "posted" status or comment from the last one.
    el.articleId = '8';
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(statusText(el)).to.equal('');
    expect(shadow(el, '[part=posted]') === null).to.equal(true);
    // Its draft is its own; going back finds the first article's unsent text.
    control(el, 'text').value = 'مسودة للمقال 8';
    control(el, 'text').dispatchEvent(new Event('input'));
    el.articleId = '9';
    await el.updateComplete;
    expect(control(el, 'text').value).to.equal('');
    el.articleId = '8';
    await el.updateComplete;
    expect(control(el, 'text').value).to.equal('مسودة للمقال 8');
    localStorage.clear();
  });

  it('drops the answer of a comment sent for the previous article', async () => {
    const { el, path } = await withEndpoint([{ delay: 400, body: { status: 'approved' } }]);
    const posted: CustomEvent[] = [];
    el.addEventListener('maqal-comment-posted', (event) => posted.push(event));
    fill(el, VALID);
    const sent = el.submit();
    await el.updateComplete;
    expect(el.state).to.equal('sending');
    el.articleId = 'next';
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(shadow<HTMLButtonElement>(el, '[part=submit]')!.disabled).to.equal(false);
    await sent;
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The answer came for article 42: nothing of it shows here, but the comment was accepted,
    // so its draft is gone (no duplicate later) and the page hears of it.
    expect(el.state).to.equal('idle');
    expect(shadow(el, '[part=posted]') === null).to.equal(true);
    expect(localStorage.getItem('maqal:comment-draft:42:0')).to.equal(null);
    expect(posted.map((event) => event.detail.comment.articleId)).to.deep.equal(['42']);
    expect(await recordedRequests(path)).to.have.length(1);
  });

  it('times out a host that took the sending over and never reports, keeping the text', async () => {
    const { el, path } = await withEndpoint([{ body: { status: 'approved' } }], { timeout: 300 });
    el.addEventListener('maqal-comment-submit', (event) => event.preventDefault());
    fill(el, VALID);
    await el.submit();
    await el.updateComplete;
    expect(el.state).to.equal('sending');
    await until(() => el.state === 'error', 'the host timeout');
    await el.updateComplete;
    expect(text(shadow(el, '.status-main'))).to.equal(t.failedTimeout);
    expect(control(el, 'text').value).to.equal(VALID.text);
    expect(shadow<HTMLButtonElement>(el, '[part=submit]')!.disabled).to.equal(false);
    expect(spy.errors).to.have.length(1);
    expect(spy.errors[0]).to.contain('reportResult()');
    expect(await recordedRequests(path)).to.have.length(0);
    // The host answering late changes nothing.
    expect(el.reportResult({ status: 'approved' })).to.equal(false);
    expect(el.state).to.equal('error');
  });

  it('announces the same failure again when it happens twice in a row', async () => {
    const el = await form();
    fill(el, VALID);
    await el.submit();
    await el.updateComplete;
    const first = shadow(el, '[part=status] .status-main')!;
    await el.submit();
    await el.updateComplete;
    const second = shadow(el, '[part=status] .status-main')!;
    expect(second.textContent).to.equal(first.textContent);
    expect(second === first, 'new content for the live region').to.equal(false);
  });

  it('without an endpoint or a host, says it could not post, keeps the text, logs one error', async () => {
    const el = await form();
    fill(el, VALID);
    await el.submit();
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(text(shadow(el, '.status-main'))).to.equal(t.failedGeneric);
    expect(control(el, 'text').value).to.equal(VALID.text);
    expect(spy.errors).to.have.length(1);

    const bad = await form(
      html`<maqal-comment-form endpoint="javascript:alert(1)"></maqal-comment-form>`,
    );
    fill(bad, VALID);
    await bad.submit();
    expect(bad.state).to.equal('error');
    expect(spy.errors).to.have.length(2);

    // A mailto: URL is safe in a link but is no endpoint: refused, nothing fetched.
    const fetches = spyOnFetch();
    try {
      const mail = await form(
        html`<maqal-comment-form endpoint="mailto:editor@example.com"></maqal-comment-form>`,
      );
      fill(mail, VALID);
      await mail.submit();
      expect(mail.state).to.equal('error');
    } finally {
      fetches.restore();
    }
    expect(fetches.calls).to.equal(0);
    expect(spy.errors).to.have.length(3);
  });

  it('keeps a draft while typing that survives a re-created element, per article and parent', async () => {
    const el = await form();
    control(el, 'text').focus();
    await sendKeys({ type: 'مسودة لم تُرسل' });
    await until(
      () => localStorage.getItem('maqal:comment-draft:42:0') === 'مسودة لم تُرسل',
      'draft saved',
    );
    el.remove();

    const again = await form();
    expect(control(again, 'text').value).to.equal('مسودة لم تُرسل');
    // A reply to a comment has its own draft.
    const reply = await form(
      html`<maqal-comment-form article-id="42" parent="5"></maqal-comment-form>`,
    );
    expect(control(reply, 'text').value).to.equal('');
    // Removing the element writes at once what was typed just before.
    fill(reply, { text: 'رد' });
    reply.remove();
    expect(localStorage.getItem('maqal:comment-draft:42:5')).to.equal('رد');
    // Text typed before switching to reply mode moves with the form to the reply's key.
    const moving = await form();
    expect(control(moving, 'text').value).to.equal('مسودة لم تُرسل');
    moving.parent = '9';
    await moving.updateComplete;
    expect(control(moving, 'text').value).to.equal('مسودة لم تُرسل');
    expect(localStorage.getItem('maqal:comment-draft:42:9')).to.equal('مسودة لم تُرسل');
    expect(localStorage.getItem('maqal:comment-draft:42:0')).to.equal(null);
    // Without an article id, the page's path keys the draft.
    const pathless = await form(html`<maqal-comment-form></maqal-comment-form>`);
    fill(pathless, { text: 'x' });
    pathless.remove();
    expect(localStorage.getItem(`maqal:comment-draft:${location.pathname}:0`)).to.equal('x');
  });

  it('remembers the identity as sent (trimmed) after a post, with consent', async () => {
    const { el } = await withEndpoint([{ body: { status: 'approved' } }]);
    (control(el, 'consent') as HTMLInputElement).click();
    fill(el, { ...VALID, name: '  سارة  ' });
    await el.submit();
    await settled(el);
    expect(el.state).to.equal('approved');
    expect(JSON.parse(localStorage.getItem('maqal:comment-author')!).name).to.equal('سارة');
  });

  it('remembers name, email and website only with consent, and forgets them when unticked', async () => {
    const el = await form();
    fill(el, VALID);
    const consent = control(el, 'consent') as HTMLInputElement;
    expect(consent.checked).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(localStorage.getItem('maqal:comment-author')).to.equal(null);

    consent.click();
    expect(JSON.parse(localStorage.getItem('maqal:comment-author')!)).to.deep.equal({
      name: VALID.name,
      email: VALID.email,
      website: VALID.website,
    });
    fill(el, { name: 'سارة علي' });
    await until(
      () => localStorage.getItem('maqal:comment-author')?.includes('سارة علي') === true,
      'identity saved',
    );
    el.remove();

    const again = await form();
    expect(control(again, 'name').value).to.equal('سارة علي');
    expect(control(again, 'email').value).to.equal(VALID.email);
    expect((control(again, 'consent') as HTMLInputElement).checked).to.equal(true);
    (control(again, 'consent') as HTMLInputElement).click();
    expect(localStorage.getItem('maqal:comment-author')).to.equal(null);

    const fresh = await form();
    expect(control(fresh, 'name').value).to.equal('');
  });

  it('keeps the remembered identity after a successful post, and clears it without consent', async () => {
    const { el } = await withEndpoint([{ body: { status: 'pending' } }]);
    fill(el, VALID);
    (control(el, 'consent') as HTMLInputElement).click();
    await el.submit();
    await el.updateComplete;
    expect(control(el, 'text').value).to.equal('');
    expect(control(el, 'name').value).to.equal(VALID.name);
    expect(JSON.parse(localStorage.getItem('maqal:comment-author')!).email).to.equal(VALID.email);
  });

  it('silently drops a submission whose honeypot is filled', async () => {
    const { el, path } = await withEndpoint([{ body: { status: 'approved' } }]);
    const trap = shadow<HTMLInputElement>(el, '#homepage')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getAttribute('autocomplete')).to.equal('off');
    expect(trap.closest('[aria-hidden=true]')).not.to.equal(null);
    // Hidden by the stylesheet, not by an inline style (a strict CSP holds).
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    // Out of sight by clipping, not by a far-off offset: a right-to-left form on this
    // left-to-right page must not widen it (a 10,000px horizontal scrollbar).
    const wrapper = trap.parentElement!;
    expect(getComputedStyle(wrapper).clipPath).to.equal('inset(50%)');
    expect(wrapper.getBoundingClientRect().width <= 1).to.equal(true);
    expect(el.direction).to.equal('rtl');
    expect(document.dir).to.equal('');
    const page = document.documentElement;
    expect(page.scrollWidth <= page.clientWidth, 'no horizontal overflow').to.equal(true);

    let fired = false;
    el.addEventListener('maqal-comment-submit', () => (fired = true));
    fill(el, VALID);
    trap.value = 'http://spam.example';
    await el.submit();
    await el.updateComplete;
    expect(fired).to.equal(false);
    expect(await recordedRequests(path)).to.have.length(0);
    expect(el.state).to.equal('idle');
    expect(statusText(el)).to.equal('');
    expect(control(el, 'text').value).to.equal(VALID.text);
  });

  it('has a reply mode with "Leave a Reply to …" and a cancel control', async () => {
    const path = await mockEndpoint('reply', { body: { status: 'pending' } });
    const el = await form(
      html`<maqal-comment-form
        article-id="42"
        parent="12"
        parent-name="Sara"
        endpoint=${path}
        heading-level="3"
      ></maqal-comment-form>`,
    );
    const heading = shadow(el, '[part=heading]')!;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent!.trim()).to.equal('اترك رداً على \u2068Sara\u2069');
    fill(el, VALID);
    await el.submit();
    expect(JSON.parse((await recordedRequests(path))[0].body).parentId).to.equal('12');

    const cancel = shadow(el, '[part=cancel]')!;
    expect(text(cancel)).to.equal('إلغاء الرد');
    setTimeout(() => cancel.click());
    const event = await oneEvent(el, 'maqal-comment-cancel-reply');
    expect(event.detail).to.deep.equal({ parentId: '12' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.hasAttribute('parent')).to.equal(false);
    expect(text(shadow(el, '[part=heading]'))).to.equal('اترك تعليقاً');
    expect(shadow(el, '[part=cancel]')).to.equal(null);
    expect(focused(el)).to.equal('text');

    const en_ = await form(
      html`<maqal-comment-form lang="en" parent="3" parent-name="سارة"></maqal-comment-form>`,
    );
    expect(text(shadow(en_, '[part=heading]'))).to.equal('Leave a Reply to \u2068سارة\u2069');
    en_.addEventListener('maqal-comment-cancel-reply', (e) => e.preventDefault());
    shadow(en_, '[part=cancel]')!.click();
    await en_.updateComplete;
    expect(en_.parent).to.equal('3');
  });

  it('keeps working when storage throws (privacy modes)', async () => {
    const setItem = Storage.prototype.setItem;
    const getItem = Storage.prototype.getItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const { el } = await withEndpoint([{ body: { status: 'pending' } }]);
      fill(el, VALID);
      (control(el, 'consent') as HTMLInputElement).click();
      await el.submit();
      expect(el.state).to.equal('pending');
      el.remove();
    } finally {
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    }
  });

  describe('accessibility', () => {
    it('is accessible empty', async () => {
      await expect(await form()).to.be.accessible();
    });

    it('is accessible with validation messages', async () => {
      const el = await form();
      await el.submit();
      await el.updateComplete;
      expect(shadow(el, '#text-error')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is accessible after a failure', async () => {
      const { el } = await withEndpoint([{ status: 500, body: {} }]);
      fill(el, VALID);
      await el.submit();
      await el.updateComplete;
      expect(el.state).to.equal('error');
      await expect(el).to.be.accessible();
    });

    it('is accessible with an approved comment shown', async () => {
      const { el } = await withEndpoint([{ body: { status: 'approved' } }]);
      fill(el, VALID);
      await el.submit();
      await el.updateComplete;
      expect(shadow(el, '[part=posted]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is accessible in reply mode, dark', async () => {
      const el = await form(
        html`<maqal-comment-form parent="3" parent-name="سارة" theme="dark"></maqal-comment-form>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible in English, left to right', async () => {
      const el = await form(html`<maqal-comment-form lang="en" hide-website></maqal-comment-form>`);
      await expect(el).to.be.accessible();
    });
  });
});
