import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import {
  COMMENT_LIMITS,
  failureMessage,
  ownerProblem,
  plainText,
  submitComment,
  type CommentData,
  type CommentFailure,
  type CommentStatus,
} from '../../lib/comment-submit.js';
import {
  AUTHOR_KEY,
  draftKey,
  pruneDrafts,
  readAuthor,
  readStored,
  removeStored,
  writeAuthor,
  writeDraft,
} from '../../lib/draft-storage.js';
import { heading, headingLevel } from '../../lib/heading.js';
import { commentForm as arCommentForm } from '../../lib/i18n/ar/comment-form.js';
import { commentForm as enCommentForm } from '../../lib/i18n/en/comment-form.js';
import { stringsLanguage } from '../../lib/i18n/index.js';
import { MaqalElement } from '../../lib/maqal-element.js';
import type { CommentFormat, TextDirection } from '../../lib/model.js';
import { isolate } from '../../lib/bidi.js';
import { localeWith } from '../../lib/format.js';
import { safeUrl } from '../../lib/safe-url.js';
import { commentFormStyles } from './comment-form.styles.js';

export type { CommentData } from '../../lib/comment-submit.js';

/** `idle`, `sending`, then `pending` or `approved` (accepted) or `error` (everything kept). */
export type CommentFormState = 'idle' | 'sending' | CommentStatus | 'error';

/** What a host that took over the sending reports back through `reportResult()`. */
export interface CommentResult {
  status: CommentStatus | 'error';
  /** Shown to the commenter, as text: the reason of an error, or a note on success. */
  message?: string;
  id?: string | number;
}

export interface CommentPostedDetail {
  status: CommentStatus;
  id?: string | number;
  comment: CommentData;
}

export interface CommentCancelReplyDetail {
  parentId: string;
}

type Field = 'text' | 'name' | 'email' | 'website';
type Problem = 'required' | 'tooLong' | 'email' | 'url';
type Outcome =
  | { ok: true; status: CommentStatus; id?: string | number; message?: string }
  | { ok: false; failure?: CommentFailure; message?: string };

const FIELDS: Field[] = ['text', 'name', 'email', 'website'];
const DRAFT_DELAY = 400;
const DEFAULT_TIMEOUT = 15_000;
// What WordPress's is_email() accepts, roughly: something@host.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const utf8 = new TextEncoder();

/** An id as text: attributes give strings, frameworks may set numbers. Blank is no id. */
function asId(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** A replied-to comment's id; WordPress writes a top-level comment's parent as 0. */
function asParentId(value: unknown): string | undefined {
  const id = asId(value);
  return id === '0' ? undefined : id;
}

/**
 * @tagname maqal-comment-form
 * @summary The "اترك تعليقاً" comment form, WordPress's standard form: comment, name, email,
 * website and consent. It validates in its own language, sends for real (JSON or the WordPress
 * REST API), keeps a draft while the commenter types, and loses nothing when sending fails.
 *
 * @csspart base - The form's `<section>`.
 * @csspart heading - The heading ("اترك تعليقاً", or "اترك رداً على …" in reply mode).
 * @csspart cancel - The "cancel reply" button, in reply mode.
 * @csspart notice - The notice about the email address and required fields.
 * @csspart form - The `<form>`.
 * @csspart field - Each field's wrapper (label, control, message).
 * @csspart label - Each field's label.
 * @csspart input - Each text control (the comment's `<textarea>` and the `<input>`s).
 * @csspart field-error - A field's validation message.
 * @csspart consent - The consent checkbox and its label.
 * @csspart submit - The submit button.
 * @csspart status - The polite live region: sending, accepted, or what went wrong.
 * @csspart posted - The comment as posted, when the server approved it at once.
 *
 * @cssprop [--maqal-font-family] - Font stack; by default Naskh-first Arabic fonts for right-to-left
 * text and the system UI font otherwise.
 * @cssprop [--maqal-font-size=17px] - Base text size.
 * @cssprop [--maqal-line-height=1.8] - Base line height.
 * @cssprop [--maqal-color-text] - Text colour.
 * @cssprop [--maqal-color-text-muted] - The notice's colour.
 * @cssprop [--maqal-color-accent] - Submit button background.
 * @cssprop [--maqal-color-on-accent] - Submit button text.
 * @cssprop [--maqal-color-surface] - Field background.
 * @cssprop [--maqal-color-surface-muted] - Posted comment background.
 * @cssprop [--maqal-color-border] - Field borders.
 * @cssprop [--maqal-color-focus] - Focus ring colour.
 * @cssprop [--maqal-color-danger] - Validation and failure colour.
 * @cssprop [--maqal-color-success] - Accepted comment colour.
 * @cssprop [--maqal-focus-ring-width=3px] - Focus ring width.
 * @cssprop [--maqal-radius=12px] - Corner radius.
 * @cssprop [--maqal-space=16px] - Spacing unit.
 *
 * @event {CustomEvent<CommentData>} maqal-comment-submit - Fired before anything is sent, in every mode. Cancelable,
 * bubbling, composed. Detail: `{articleId, parentId, name, email, website, text}`; a listener
 * may change it (what it holds afterwards is what is sent). `preventDefault()` takes the sending
 * over: the form stays busy until the host calls `reportResult({status, message?}, detail)`, or
 * until `timeout` passes (then it shows the timeout error and keeps the text).
 * @event {CustomEvent<CommentPostedDetail>} maqal-comment-posted - The comment was accepted. Detail: `{status, id?, comment}`.
 * @event {CustomEvent<CommentCancelReplyDetail>} maqal-comment-cancel-reply - The "cancel reply" control was used. Cancelable: with
 * `preventDefault()` the form stays in reply mode. Detail: `{parentId}`.
 */
export class MaqalCommentForm extends MaqalElement {
  static override styles = commentFormStyles;
  static override builtInStrings = {
    ar: { commentForm: arCommentForm },
    en: { commentForm: enCommentForm },
  };

  static override properties = {
    endpoint: { reflect: true },
    format: {},
    articleId: { attribute: 'article-id', reflect: true },
    parent: { reflect: true },
    parentName: { attribute: 'parent-name', reflect: true },
    hideWebsite: { attribute: 'hide-website', type: Boolean, reflect: true },
    optionalIdentity: { attribute: 'optional-identity', type: Boolean, reflect: true },
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    // `state` implies `attribute: false`; spelled out because `cem analyze` only reads the latter.
    values: { state: true, attribute: false },
    consent: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    current: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
    fieldsToFix: { state: true, attribute: false },
    attempt: { state: true, attribute: false },
    posted: { state: true, attribute: false },
  };

  /**
   * Where comments are POSTed: a JSON endpoint, or (with `format="wordpress"`) the full REST
   * comments URL, e.g. `https://example.com/wp-json/wp/v2/comments`. Without it, only the
   * `maqal-comment-submit` event is fired, for a host to handle.
   */
  endpoint: string | undefined;

  /** `json` (default) or `wordpress`. */
  format: CommentFormat = 'json';

  /** The article's id (WordPress: the post id), text or a number. Also keys the draft. */
  articleId: string | number | null | undefined;

  /** The id of the comment replied to, text or a number: reply mode. */
  parent: string | number | null | undefined;

  /** The name of the author replied to, for "اترك رداً على …". */
  parentName: string | undefined;

  /** Hides the website field. */
  hideWebsite = false;

  /** Makes name and email optional (WordPress's "comment author must fill out name and email" off). */
  optionalIdentity = false;

  /**
   * Milliseconds before a submission is given up: the request to `endpoint`, or a host that took
   * the sending over and has not called `reportResult()` by then.
   */
  timeout = DEFAULT_TIMEOUT;

  /** Level of the heading, 1 to 6, to fit the host page's outline. */
  headingLevel = 2;

  private values: Record<Field, string> = { text: '', name: '', email: '', website: '' };
  private consent = false;
  private problems: Partial<Record<Field, Problem>> = {};
  private current: CommentFormState = 'idle';
  private outcome: Outcome | undefined;
  /** The last submission stopped at the form's own checks. */
  private fieldsToFix = false;
  /**
   * Counts submissions: the status region's content is keyed on it, so the same message twice
   * (the same failure, or the same fields to fix) is new content that screen readers announce.
   */
  private attempt = 0;
  private posted: CommentData | undefined;

  /** Fields the commenter has typed in: only those are checked when they lose focus. */
  private readonly dirty = new Set<Field>();
  private inFlight = false;
  /** The submission being sent; an answer for any other (an earlier article's) is dropped. */
  private sending: CommentData | undefined;
  private focusWasInside = false;
  private awaitingHost: CommentData | undefined;
  private hostTimer: ReturnType<typeof setTimeout> | undefined;
  private draftKeyInUse: string | undefined;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private authorTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly flush = () => this.saveNow();

  /** `idle`, `sending`, `pending`, `approved` or `error`. */
  get state(): CommentFormState {
    return this.current;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.flush);
    this.saveNow();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('format') && this.format !== 'json' && this.format !== 'wordpress') {
      this.format = 'json';
    }
    // Attributes give strings; a framework may set numbers (a WordPress post id is one).
    if (changed.has('articleId')) this.articleId = asId(this.articleId);
    if (changed.has('parent')) this.parent = asParentId(this.parent);
    // A field hidden or made optional after a failed submit: its problem may have gone with it.
    if ((changed.has('hideWebsite') || changed.has('optionalIdentity')) && this.fieldsToFix) {
      for (const field of Object.keys(this.problems) as Field[]) this.recheck(field);
    }
    if (!this.hasUpdated) {
      pruneDrafts();
      this.restoreAuthor();
    }
    const key = draftKey(asId(this.articleId), asParentId(this.parent));
    if (key !== this.draftKeyInUse) {
      const previous = this.draftKeyInUse;
      this.draftKeyInUse = key;
      const before = changed.get('articleId');
      if (this.hasUpdated && before !== undefined && before !== this.articleId) {
        // The same form, reused for another article (a single-page app): the last article's
        // text stays in its own draft, and nothing of its outcome shows under the new one.
        if (previous) writeDraft(previous, this.values.text);
        clearTimeout(this.draftTimer);
        this.draftTimer = undefined;
        this.values = { ...this.values, text: readStored(key) ?? '' };
        this.resetOutcome();
        return;
      }
      // A reply target, or the first id: bring its draft back, unless there is text already,
      // which then moves to the new key (so a posted reply leaves no stale top-level draft).
      if (this.values.text === '') {
        const draft = readStored(key);
        if (draft) this.values = { ...this.values, text: draft };
      } else {
        if (previous) writeDraft(previous, '');
        this.saveDraft();
      }
    }
  }

  /**
   * Back to a blank status: no outcome, no posted comment, no field messages, and no submission
   * in flight (its answer, if it comes, belongs to the last article and is dropped).
   */
  private resetOutcome(): void {
    this.sending = undefined;
    this.inFlight = false;
    this.awaitingHost = undefined;
    clearTimeout(this.hostTimer);
    this.current = 'idle';
    this.outcome = undefined;
    this.posted = undefined;
    this.problems = {};
    this.fieldsToFix = false;
    this.dirty.clear();
  }

  /**
   * The outcome of a submission the host took over (it called `preventDefault()` on
   * `maqal-comment-submit`). Pass the event's `detail` as `submission` to tie the answer to its
   * submission: an answer that comes after its submission timed out and the commenter sent again
   * is then refused instead of settling the new one. Returns false when it was refused.
   */
  reportResult(result: CommentResult, submission?: CommentData): boolean {
    const data = this.awaitingHost;
    if (!data || (submission !== undefined && submission !== data)) {
      console.warn(
        data
          ? 'maqal-comment-form: reportResult() answered an earlier submission; ignored.'
          : 'maqal-comment-form: reportResult() called with no submission waiting for it.',
      );
      return false;
    }
    this.awaitingHost = undefined;
    clearTimeout(this.hostTimer);
    const message =
      typeof result?.message === 'string' && result.message.trim()
        ? plainText(result.message)
        : undefined;
    if (result?.status === 'approved' || result?.status === 'pending') {
      this.finish({ ok: true, status: result.status, id: result.id, message }, data);
    } else {
      this.finish({ ok: false, message }, data);
    }
    return true;
  }

  /** Validates and sends, as the submit button does. Resolves once the outcome is known (or handed to the host). */
  async submit(): Promise<void> {
    if (this.inFlight) return;
    this.attempt++;
    const problems = this.validate(FIELDS);
    this.problems = problems;
    const firstInvalid = FIELDS.find((field) => problems[field]);
    this.fieldsToFix = !!firstInvalid;
    if (firstInvalid) {
      this.current = 'idle';
      this.outcome = undefined;
      // Focus may already be on that field (Enter pressed in it): the status region says it.
      await this.updateComplete;
      this.control(firstInvalid)?.focus();
      return;
    }
    // A filled honeypot is a bot: drop the submission without a word (and without clearing).
    const trap = this.renderRoot.querySelector<HTMLInputElement>('#homepage');
    if (trap && trap.value.trim() !== '') return;

    const data: CommentData = {
      articleId: asId(this.articleId) ?? null,
      parentId: asParentId(this.parent) ?? null,
      name: this.values.name.trim(),
      email: this.values.email.trim(),
      website: this.hideWebsite ? '' : this.values.website.trim(),
      text: this.values.text.trim(),
    };
    this.inFlight = true;
    this.sending = data;
    this.focusWasInside = this.isFocusInside();
    this.current = 'sending';
    this.outcome = undefined;
    this.posted = undefined;
    this.saveNow();

    // Waiting for the host before the event goes out: a listener may call preventDefault() and
    // reportResult() in the same breath.
    this.awaitingHost = data;
    const submitEvent = this.emit('maqal-comment-submit', data, { cancelable: true });
    if (this.awaitingHost !== data) return; // the host already reported the outcome
    const timeout =
      Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT;
    if (submitEvent.defaultPrevented) {
      // A host that never answers must not leave the form busy for good: time out as a request
      // would, keeping the text, so the commenter can send again.
      this.hostTimer = setTimeout(() => {
        if (this.awaitingHost !== data) return;
        this.awaitingHost = undefined;
        console.error(
          `maqal-comment-form: the page took the submission over but did not call reportResult() within ${timeout} ms.`,
        );
        this.finish({ ok: false, failure: { kind: 'timeout' } }, data);
      }, timeout);
      return;
    }
    this.awaitingHost = undefined;
    const endpoint = this.endpoint ? safeUrl(this.endpoint) : undefined;
    if (!endpoint || endpoint.toLowerCase().startsWith('mailto:')) {
      console.error(
        this.endpoint
          ? `maqal-comment-form: refusing endpoint "${this.endpoint}" (only http(s) and relative URLs).`
          : 'maqal-comment-form: no endpoint, and no listener of maqal-comment-submit called preventDefault().',
      );
      this.finish({ ok: false }, data);
      return;
    }
    if (data.articleId === null) {
      console.warn('maqal-comment-form: no article-id; the comment is sent with articleId null.');
    }
    const result = await submitComment(endpoint, data, this.format, timeout);
    const problem = result.ok ? undefined : ownerProblem(result.failure, endpoint);
    // The message alone, not the element: the console would keep a removed form alive.
    if (problem) console.error(`maqal-comment-form: the comment was not sent: ${problem}.`);
    this.finish(result.ok ? result : { ok: false, failure: result.failure }, data);
  }

  private finish(outcome: Outcome, data: CommentData): void {
    if (data !== this.sending) {
      // The answer for a submission this form has moved on from (another article): nothing
      // shows here, but an accepted comment's draft goes and the page hears of it.
      if (outcome.ok) {
        writeDraft(draftKey(data.articleId ?? undefined, data.parentId ?? undefined), '');
        this.emitPosted(outcome, data);
      }
      return;
    }
    this.sending = undefined;
    this.inFlight = false;
    this.outcome = outcome;
    if (outcome.ok) {
      this.current = outcome.status;
      this.posted = outcome.status === 'approved' ? data : undefined;
      writeDraft(draftKey(data.articleId ?? undefined, data.parentId ?? undefined), '');
      if (this.draftKeyInUse) writeDraft(this.draftKeyInUse, '');
      clearTimeout(this.draftTimer);
      const keep = this.consent;
      if (keep) writeAuthor({ name: data.name, email: data.email, website: data.website });
      this.values = keep
        ? { ...this.values, text: '' }
        : { text: '', name: '', email: '', website: '' };
      this.problems = {};
      this.dirty.clear();
      this.emitPosted(outcome, data);
    } else {
      this.current = 'error';
    }
    // Focus is given back if it was lost while sending (to the page's body), not if the reader
    // moved on: sending can take seconds, and the outcome is announced by the status anyway.
    if (this.focusWasInside) {
      void this.updateComplete.then(() => {
        const active = document.activeElement;
        const lost = !active || active === document.body || active === this;
        if (lost && !this.isFocusInside()) this.submitButton()?.focus();
      });
    }
  }

  private emitPosted(outcome: Outcome & { ok: true }, data: CommentData): void {
    this.emit('maqal-comment-posted', {
      status: outcome.status,
      ...(outcome.id !== undefined ? { id: outcome.id } : {}),
      comment: data,
    });
  }

  private isFocusInside(): boolean {
    return !!this.shadowRoot?.activeElement;
  }

  private submitButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('button[type=submit]');
  }

  private control(field: Field): HTMLInputElement | HTMLTextAreaElement | null {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${field}`);
  }

  private validate(fields: Field[]): Partial<Record<Field, Problem>> {
    const problems: Partial<Record<Field, Problem>> = {};
    for (const field of fields) {
      const problem = this.problemOf(field);
      if (problem) problems[field] = problem;
    }
    return problems;
  }

  private problemOf(field: Field): Problem | undefined {
    const value = this.values[field].trim();
    // WordPress measures its limits in bytes of UTF-8; a JSON endpoint in characters.
    const length = this.format === 'wordpress' ? utf8.encode(value).length : value.length;
    const tooLong = length > COMMENT_LIMITS[field];
    switch (field) {
      case 'text':
        return value === '' ? 'required' : tooLong ? 'tooLong' : undefined;
      case 'name':
        if (value === '') return this.optionalIdentity ? undefined : 'required';
        return tooLong ? 'tooLong' : undefined;
      case 'email':
        if (value === '') return this.optionalIdentity ? undefined : 'required';
        if (!EMAIL.test(value)) return 'email';
        return tooLong ? 'tooLong' : undefined;
      case 'website':
        if (this.hideWebsite || value === '') return undefined;
        if (!isWebUrl(value)) return 'url';
        return tooLong ? 'tooLong' : undefined;
    }
  }

  /**
   * The limit in characters, as the message gives it. WordPress counts UTF-8 bytes (an Arabic
   * letter takes two): the limit is then how many characters of this text fit.
   */
  private characterLimit(field: Field): number {
    const limit = COMMENT_LIMITS[field];
    if (this.format !== 'wordpress') return limit;
    let bytes = 0;
    let fit = 0;
    for (const character of this.values[field].trim()) {
      bytes += utf8.encode(character).length;
      if (bytes > limit) break;
      fit++;
    }
    return fit;
  }

  private recheck(field: Field): void {
    const problem = this.problemOf(field);
    const { [field]: _old, ...rest } = this.problems;
    this.problems = problem ? { ...rest, [field]: problem } : rest;
    // Every field fixed: "correct the marked fields" has done its work.
    if (!problem && Object.keys(rest).length === 0) this.fieldsToFix = false;
  }

  /**
   * Comment and name follow what is typed (an English comment on an Arabic site reads left to
   * right); empty, they take the form's direction, where `auto` would fall back to left-to-right
   * and start the caret on the wrong side.
   */
  private freeTextDir(value: string): 'auto' | TextDirection {
    return value.trim() ? 'auto' : this.direction;
  }

  private onInput(field: Field, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.values = { ...this.values, [field]: value };
    this.dirty.add(field);
    // Once a message shows, it follows the typing (and goes away when the value is fixed).
    if (this.problems[field]) this.recheck(field);
    if (field === 'text') {
      clearTimeout(this.draftTimer);
      this.draftTimer = setTimeout(() => this.saveDraft(), DRAFT_DELAY);
    } else if (this.consent) {
      clearTimeout(this.authorTimer);
      this.authorTimer = setTimeout(() => this.saveAuthor(), DRAFT_DELAY);
    }
  }

  private onBlur(field: Field): void {
    if (this.dirty.has(field) || this.problems[field]) this.recheck(field);
  }

  private onConsent(event: Event): void {
    this.consent = (event.target as HTMLInputElement).checked;
    clearTimeout(this.authorTimer);
    if (this.consent) this.saveAuthor();
    else removeStored(AUTHOR_KEY);
  }

  private onCancelReply(): void {
    const parentId = asParentId(this.parent);
    if (!parentId) return;
    const cancel = this.emit('maqal-comment-cancel-reply', { parentId }, { cancelable: true });
    if (cancel.defaultPrevented) return;
    this.parent = undefined;
    this.parentName = undefined;
    void this.updateComplete.then(() => this.control('text')?.focus());
  }

  private saveDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    if (this.draftKeyInUse) writeDraft(this.draftKeyInUse, this.values.text);
  }

  private saveAuthor(): void {
    clearTimeout(this.authorTimer);
    this.authorTimer = undefined;
    if (!this.consent) return;
    const { name, email, website } = this.values;
    writeAuthor({ name, email, website });
  }

  /** Writes what is pending now (page hidden, element removed). */
  private saveNow(): void {
    if (this.draftTimer !== undefined) this.saveDraft();
    if (this.authorTimer !== undefined) this.saveAuthor();
  }

  private restoreAuthor(): void {
    const author = readAuthor();
    if (!author) return;
    this.consent = true;
    this.values = {
      ...this.values,
      name: this.values.name || author.name,
      email: this.values.email || author.email,
      website: this.values.website || author.website,
    };
  }

  override render(): TemplateResult {
    const t = this.t.commentForm;
    const replying = !!asParentId(this.parent);
    const name = this.parentName?.trim();
    // The name is isolated so a Latin name in an Arabic heading (or the reverse) keeps its place.
    const title = replying && name ? t.replyHeading(isolate(name)) : t.heading;
    const sending = this.current === 'sending';
    const status = this.renderStatus();
    return html`
      <section
        part="base"
        class="root"
        lang=${stringsLanguage(this.language, 'commentForm', this.strings)}
        dir=${this.direction}
      >
        <div class="header">
          ${heading(headingLevel(this.headingLevel, 2), title, {
            part: 'heading',
            className: 'heading',
            id: 'heading',
          })}
          ${
            replying
              ? html`<button
                  type="button"
                  part="cancel"
                  class="cancel"
                  @click=${this.onCancelReply}
                >
                  ${t.cancelReply}
                </button>`
              : nothing
          }
        </div>
        <form
          part="form"
          class="form"
          novalidate
          aria-labelledby="heading"
          @submit=${this.onSubmit}
        >
          <p part="notice" class="notice" id="notice">${t.notice}</p>
          ${this.renderField('text', t.comment, { required: true })}
          ${this.renderField('name', t.name, { required: !this.optionalIdentity })}
          ${this.renderField('email', t.email, { required: !this.optionalIdentity })}
          ${this.hideWebsite ? nothing : this.renderField('website', t.website, { required: false })}
          <div class="trap" aria-hidden="true">
            <label for="homepage">${t.honeypot}</label>
            <input id="homepage" name="homepage" type="text" tabindex="-1" autocomplete="off" />
          </div>
          <p part="consent" class="consent">
            <input
              id="consent"
              name="consent"
              type="checkbox"
              .checked=${live(this.consent)}
              @change=${this.onConsent}
            />
            <label for="consent">${t.consent}</label>
          </p>
          <p class="actions">
            <!-- aria-disabled, not disabled: a disabled button would drop the focus it has. -->
            <button
              type="submit"
              part="submit"
              class="submit"
              aria-disabled=${ifDefined(sending ? 'true' : undefined)}
            >
              ${t.submit}
            </button>
          </p>
          <div
            part="status"
            class="status status-${this.fieldsToFix ? 'invalid' : this.current} ${
              // With nothing to say, the live region takes no room but stays in the
              // accessibility tree: a region that appears with its text may not be read.
              status === nothing ? 'visually-hidden' : ''
            }"
            role="status"
          >
            ${keyed(this.attempt, status)}
          </div>
        </form>
        ${this.renderPosted()}
      </section>
    `;
  }

  private renderField(field: Field, label: string, { required }: { required: boolean }) {
    const t = this.t.commentForm;
    const problem = this.problems[field];
    const errorId = `${field}-error`;
    const describedBy = [field === 'email' ? 'notice' : '', problem ? errorId : '']
      .filter(Boolean)
      .join(' ');
    const attrs = {
      id: field,
      required,
      invalid: problem ? 'true' : undefined,
      describedBy: describedBy || undefined,
    };
    let control;
    if (field === 'text') {
      control = html`<textarea
        part="input"
        class="control"
        id="text"
        name="comment"
        rows="8"
        maxlength=${COMMENT_LIMITS.text}
        autocomplete="off"
        lang=${this.language}
        dir=${this.freeTextDir(this.values.text)}
        ?readonly=${this.current === 'sending'}
        ?required=${attrs.required}
        aria-invalid=${ifDefined(attrs.invalid)}
        aria-describedby=${ifDefined(attrs.describedBy)}
        .value=${live(this.values.text)}
        @input=${(event: Event) => this.onInput('text', event)}
        @blur=${() => this.onBlur('text')}
      ></textarea>`;
    } else {
      const kind = {
        name: ['text', 'name', 'author'],
        email: ['email', 'email', 'email'],
        website: ['url', 'url', 'url'],
      }[field];
      control = html`<input
        part="input"
        class="control"
        id=${field}
        name=${kind[2]}
        type=${kind[0]}
        autocomplete=${kind[1]}
        lang=${this.language}
        dir=${field === 'name' ? this.freeTextDir(this.values.name) : 'ltr'}
        maxlength=${COMMENT_LIMITS[field]}
        ?readonly=${this.current === 'sending'}
        ?required=${attrs.required}
        aria-invalid=${ifDefined(attrs.invalid)}
        aria-describedby=${ifDefined(attrs.describedBy)}
        .value=${live(this.values[field])}
        @input=${(event: Event) => this.onInput(field, event)}
        @blur=${() => this.onBlur(field)}
      />`;
    }
    return html`<p part="field" class="field field-${field}">
      <label part="label" for=${field}
        >${label}${
          required
            ? html` <span class="required" aria-hidden="true">${t.requiredMark}</span>`
            : nothing
        }</label
      >
      ${control}
      ${
        problem
          ? html`<span part="field-error" class="field-error" id=${errorId}
              >${this.problemText(field, label, problem)}</span
            >`
          : nothing
      }
    </p>`;
  }

  private problemText(field: Field, label: string, problem: Problem): string {
    const t = this.t.commentForm;
    switch (problem) {
      case 'required':
        return t.required(label);
      case 'tooLong': {
        const max = this.characterLimit(field);
        // localeWith: a malformed page `lang` falls back instead of throwing. Not formatNumber
        // (format-number.ts): shared with the article, it would become a chunk of its own.
        return t.tooLong(label, max, new Intl.NumberFormat(localeWith(this.language)).format(max));
      }
      case 'email':
        return t.invalidEmail;
      case 'url':
        return t.invalidUrl;
    }
  }

  private renderStatus() {
    const t = this.t.commentForm;
    const outcome = this.outcome;
    if (this.current === 'sending') return html`<p class="status-main">${t.sending}</p>`;
    if (this.fieldsToFix) return html`<p class="status-main">${t.checkFields}</p>`;
    if (!outcome) return nothing;
    if (outcome.ok) {
      return html`<p class="status-main">
          ${outcome.status === 'pending' ? t.pending : t.approved}
        </p>
        ${
          outcome.message
            ? html`<p class="status-more"><bdi lang=${this.language}>${outcome.message}</bdi></p>`
            : nothing
        }`;
    }
    // Isolated, so the server's or the host's punctuation keeps its place. Their words are
    // marked as the page's language; maqal's own strings keep the section's (`en` when they are
    // the English fallback).
    const reason = outcome.failure
      ? failureMessage(outcome.failure, t)
      : (outcome.message ?? t.failedGeneric);
    const theirs =
      reason === (outcome.failure?.kind === 'http' ? outcome.failure.message : outcome.message);
    return html`<p class="status-main">
        <bdi lang=${ifDefined(theirs ? this.language : undefined)}>${reason}</bdi>
      </p>
      <p class="status-more">${t.keepText}</p>`;
  }

  private renderPosted() {
    const posted = this.posted;
    if (!posted || this.current !== 'approved') return nothing;
    // The commenter's words as text, never as HTML.
    // Named by its author, so the landmark is not read as a nameless "article".
    return html`<article
      part="posted"
      class="posted"
      aria-labelledby=${ifDefined(posted.name ? 'posted-author' : undefined)}
    >
      ${
        posted.name
          ? html`<p class="posted-author" id="posted-author"><bdi>${posted.name}</bdi></p>`
          : nothing
      }
      <p class="posted-text" dir="auto" lang=${this.language}>${posted.text}</p>
    </article>`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }
}

/** An absolute http(s) URL with a host, as a website field wants it. */
function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

declare global {
  interface MaqalEventMap {
    'maqal-comment-submit': CustomEvent<CommentData>;
    'maqal-comment-posted': CustomEvent<CommentPostedDetail>;
    'maqal-comment-cancel-reply': CustomEvent<CommentCancelReplyDetail>;
  }
}
