import { inertBody, roughText } from './trusted-types.js';
import type { Translation } from './i18n/index.js';
import type { CommentFormat } from './model.js';

/**
 * Sending a comment and reading the answer, in both formats the comment form speaks:
 * - `json`: POST `{articleId, parentId, name, email, website, text}`, answered by a 2xx
 *   `{status: "approved" | "pending", id?, message?}`;
 * - `wordpress`: POST to the REST comments route (`/wp-json/wp/v2/comments`) with
 *   `{post, parent, author_name, author_email, author_url, content}`, answered by 201 and the
 *   comment (`status: "approved"` or `"hold"`), or by `{code, message, data: {status}}`.
 * Nothing here throws: every way a request can fail is a `CommentFailure`.
 */

/** What the commenter wrote, as the form hands it to the host and to the server. */
export interface CommentData {
  /** The article's id (WordPress: the post id), or `null` when the form was given none. */
  articleId: string | null;
  /** The id of the comment replied to, or `null` for a top-level comment. */
  parentId: string | null;
  name: string;
  email: string;
  website: string;
  text: string;
}

export type CommentStatus = 'approved' | 'pending';

export type CommentFailure =
  | { kind: 'network' }
  | { kind: 'timeout' }
  /** A 2xx answer that is not JSON or not the expected shape. */
  | { kind: 'invalid'; status: number }
  /** A non-2xx answer; `code` and `message` when the body carried them. */
  | { kind: 'http'; status: number; code?: string; message?: string };

export type SubmitOutcome =
  | { ok: true; status: CommentStatus; id?: string | number; message?: string }
  | { ok: false; failure: CommentFailure };

/** WordPress's comment length limits (`wp_get_comment_fields_max_lengths`). */
export const COMMENT_LIMITS = {
  text: 65_525,
  name: 245,
  email: 100,
  website: 200,
} as const;

const WP_ID = /^\d+$/;

/** The exact request body for a format. Extra fields a host added to the data go along in `json`. */
export function requestBody(data: CommentData, format: CommentFormat): Record<string, unknown> {
  if (format === 'wordpress') {
    const id = (value: string | null) => (value && WP_ID.test(value) ? Number(value) : value);
    return {
      post: id(data.articleId),
      parent: id(data.parentId) ?? 0,
      author_name: data.name,
      author_email: data.email,
      author_url: data.website,
      content: data.text,
    };
  }
  const { articleId, parentId, name, email, website, text, ...extra } = data;
  return { articleId, parentId, name, email, website, text, ...extra };
}

/** Posts a comment; resolves with the outcome, never rejects. */
export async function submitComment(
  endpoint: string,
  data: CommentData,
  format: CommentFormat,
  timeout: number,
): Promise<SubmitOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(requestBody(data, format)),
      signal: controller.signal,
    });
    // The body is read under the same timer: a server that trickles its answer is a timeout too.
    const text = await response.text();
    const outcome = readAnswer(response.status, text, format);
    // A 301/302 turns the POST into a GET, so the comment never arrived; say that, not "the
    // answer could not be read". (A 307/308 keeps the POST, and a success after one stands.)
    const serverSaid =
      !outcome.ok &&
      outcome.failure.kind === 'http' &&
      (outcome.failure.code || outcome.failure.message);
    if (!outcome.ok && response.redirected && !serverSaid) {
      return { ok: false, failure: { kind: 'http', status: response.status, code: REDIRECTED } };
    }
    return outcome;
  } catch {
    return { ok: false, failure: timedOut ? { kind: 'timeout' } : { kind: 'network' } };
  } finally {
    clearTimeout(timer);
  }
}

/** Turns a status code and body text into an outcome. */
export function readAnswer(status: number, text: string, format: CommentFormat): SubmitOutcome {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const object =
    body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;

  if (status < 200 || status > 299) {
    let code = typeof object?.code === 'string' ? object.code : undefined;
    // WordPress's own check of the address (is_email) is stricter than the form's.
    const params = (object?.data as { params?: Record<string, unknown> } | undefined)?.params;
    if (code === 'rest_invalid_param' && params && 'author_email' in params) code = BAD_EMAIL;
    const raw = object?.message ?? object?.error;
    const message = typeof raw === 'string' ? plainText(raw) : undefined;
    return {
      ok: false,
      failure: {
        kind: 'http',
        status,
        ...(code ? { code } : {}),
        ...(message ? { message } : {}),
      },
    };
  }

  if (!object || typeof object.status !== 'string') {
    return { ok: false, failure: { kind: 'invalid', status } };
  }
  const id = typeof object.id === 'string' || typeof object.id === 'number' ? object.id : undefined;
  let commentStatus: CommentStatus;
  if (format === 'wordpress') {
    // "hold" (and "spam", which WordPress never admits to the commenter) is awaiting moderation.
    // Anything else is not a comment (a post's "publish", after a redirect turned the POST into
    // a GET): the comment was not stored.
    if (!WORDPRESS_STATUSES.has(object.status)) {
      return { ok: false, failure: { kind: 'invalid', status } };
    }
    commentStatus = object.status === 'approved' ? 'approved' : 'pending';
  } else if (object.status === 'approved' || object.status === 'pending') {
    commentStatus = object.status;
  } else {
    return { ok: false, failure: { kind: 'invalid', status } };
  }
  const message =
    format === 'json' && typeof object.message === 'string' ? plainText(object.message) : undefined;
  return {
    ok: true,
    status: commentStatus,
    ...(id !== undefined ? { id } : {}),
    ...(message ? { message } : {}),
  };
}

/** What WordPress answers as a new comment's status. */
const WORDPRESS_STATUSES = new Set(['approved', 'hold', 'unapproved', 'spam']);

/** Statuses that say the endpoint is wrong, not busy. */
const NOT_FOUND = new Set([404, 405, 410]);

/**
 * What the site owner needs to fix, for the console: failures that are not the commenter's
 * (a wrong or unreachable endpoint, a server error, an answer maqal cannot read). Refusals the
 * server explained (a duplicate, a closed post) are the commenter's news, not the owner's.
 */
export function ownerProblem(failure: CommentFailure, endpoint: string): string | undefined {
  let where = endpoint;
  try {
    where = new URL(endpoint, document.baseURI).href;
  } catch {
    // fetch failed on it too (a network failure): name it as written.
  }
  switch (failure.kind) {
    case 'network':
      // Offline, the reader's connection is at fault, not the site.
      return navigator.onLine === false ? undefined : `could not reach ${where}`;
    case 'timeout':
      return `${where} did not answer in time`;
    case 'invalid':
      return `${where} answered ${failure.status} with something that is not a comment status (expected JSON like {"status":"pending"})`;
    case 'http':
      if (failure.code === REDIRECTED) {
        return `${where} redirected the POST (answered ${failure.status} after it), so the comment was lost; give the final address`;
      }
      return failure.status >= 500 || NOT_FOUND.has(failure.status)
        ? `${where} answered ${failure.status}`
        : undefined;
  }
}

/** Codes of our own for failures the server has no code for. */
const REDIRECTED = 'maqal_redirected';
const BAD_EMAIL = 'maqal_invalid_author_email';

const WORDPRESS_CODES: Record<string, keyof Translation['commentForm']> = {
  [REDIRECTED]: 'failedRedirect',
  [BAD_EMAIL]: 'wpInvalidEmail',
  rest_comment_closed: 'wpClosed',
  rest_comment_draft_post: 'wpInvalidPost',
  rest_cannot_read_post: 'wpInvalidPost',
  rest_comment_login_required: 'wpLoginRequired',
  comment_duplicate: 'wpDuplicate',
  comment_flood: 'wpFlood',
  rest_comment_author_data_required: 'wpAuthorDataRequired',
  rest_comment_content_invalid: 'wpContentInvalid',
  rest_comment_invalid_post_id: 'wpInvalidPost',
};

/** What went wrong, in the form's language: a known WordPress code, the server's words, or ours. */
export function failureMessage(
  failure: CommentFailure,
  strings: Translation['commentForm'],
): string {
  switch (failure.kind) {
    case 'network':
      return navigator.onLine === false ? strings.failedOffline : strings.failedNetwork;
    case 'timeout':
      return strings.failedTimeout;
    case 'invalid':
      return strings.failedInvalidResponse;
    case 'http': {
      // Own keys only: a server's code "constructor" or "toString" is no known code.
      const known =
        failure.code && Object.hasOwn(WORDPRESS_CODES, failure.code)
          ? WORDPRESS_CODES[failure.code]
          : undefined;
      if (known) return strings[known] as string;
      // WordPress's "no route" message is English and technical: a wrong address, said so.
      if (failure.message && failure.code !== 'rest_no_route') return failure.message;
      return NOT_FOUND.has(failure.status)
        ? strings.failedNotFound(failure.status)
        : strings.failedServer(failure.status);
    }
  }
}

/**
 * Server text as plain text: WordPress puts markup and entities in its messages
 * (`<strong>Error:</strong> …`, `&#8217;`). An inert parsed document (scripts never run, images
 * never load) gives the text; the element then renders it as text, never as HTML.
 */
export function plainText(value: string): string {
  const body = inertBody(value);
  const text = body ? (body.textContent ?? '') : roughText(value);
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
