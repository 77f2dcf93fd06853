import { expect } from '@open-wc/testing';
import {
  failureMessage,
  ownerProblem,
  plainText,
  readAnswer,
  requestBody,
  submitComment,
  type CommentData,
} from '../../src/lib/comment-submit.js';
import { en } from '../../src/lib/i18n/en/index.js';
import { mockEndpoint, recordedRequests } from '../helpers/mock-api.js';
import { afterBrokenImage } from '../helpers/seeds.js';

const data: CommentData = {
  articleId: '42',
  parentId: null,
  name: 'Sara',
  email: 'sara@example.com',
  website: '',
  text: 'Hello',
};

describe('comment-submit', () => {
  it('builds the JSON body with the six fields, in order', () => {
    const body = requestBody(data, 'json');
    expect(Object.keys(body)).to.deep.equal([
      'articleId',
      'parentId',
      'name',
      'email',
      'website',
      'text',
    ]);
    expect(body).to.deep.equal(data);
  });

  it('builds the WordPress body with numeric ids and parent 0 for a top-level comment', () => {
    expect(requestBody(data, 'wordpress')).to.deep.equal({
      post: 42,
      parent: 0,
      author_name: 'Sara',
      author_email: 'sara@example.com',
      author_url: '',
      content: 'Hello',
    });
    expect(requestBody({ ...data, parentId: '7' }, 'wordpress').parent).to.equal(7);
    // A non-numeric id goes as given, and WordPress answers with its own error.
    expect(requestBody({ ...data, articleId: 'abc' }, 'wordpress').post).to.equal('abc');
  });

  it('reads answers: statuses, shapes, error codes and messages', () => {
    expect(readAnswer(200, '{"status":"approved","id":3}', 'json')).to.deep.equal({
      ok: true,
      status: 'approved',
      id: 3,
    });
    expect(readAnswer(201, '{"status":"pending","message":"Thanks"}', 'json')).to.deep.equal({
      ok: true,
      status: 'pending',
      message: 'Thanks',
    });
    expect(readAnswer(200, '{"status":"hold"}', 'json')).to.deep.equal({
      ok: false,
      failure: { kind: 'invalid', status: 200 },
    });
    expect(readAnswer(201, '{"status":"hold","id":9}', 'wordpress')).to.deep.equal({
      ok: true,
      status: 'pending',
      id: 9,
    });
    // A post's "publish" (what a GET after a redirect may answer) is not a stored comment.
    expect(readAnswer(200, '{"status":"publish","id":4}', 'wordpress')).to.deep.equal({
      ok: false,
      failure: { kind: 'invalid', status: 200 },
    });
    expect(readAnswer(200, 'not json', 'wordpress')).to.deep.equal({
      ok: false,
      failure: { kind: 'invalid', status: 200 },
    });
    expect(readAnswer(200, '[1]', 'json').ok).to.equal(false);
    expect(
      readAnswer(409, '{"code":"comment_duplicate","message":"Duplicate"}', 'wordpress'),
    ).to.deep.equal({
      ok: false,
      failure: { kind: 'http', status: 409, code: 'comment_duplicate', message: 'Duplicate' },
    });
    expect(readAnswer(502, '<html>Bad gateway</html>', 'json')).to.deep.equal({
      ok: false,
      failure: { kind: 'http', status: 502 },
    });
  });

  it('says what went wrong in the form language', () => {
    const t = en.commentForm;
    expect(failureMessage({ kind: 'http', status: 400, code: 'comment_flood' }, t)).to.equal(
      t.wpFlood,
    );
    expect(
      failureMessage({ kind: 'http', status: 400, code: 'other', message: 'Nope' }, t),
    ).to.equal('Nope');
    // A code named like an Object property is no known code: the server's words still show.
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(
        failureMessage({ kind: 'http', status: 400, code, message: 'Too short' }, t),
        code,
      ).to.equal('Too short');
    }
    expect(failureMessage({ kind: 'http', status: 500 }, t)).to.equal(t.failedServer(500));
    expect(failureMessage({ kind: 'timeout' }, t)).to.equal(t.failedTimeout);
    expect(failureMessage({ kind: 'network' }, t)).to.equal(t.failedNetwork);
    expect(failureMessage({ kind: 'invalid', status: 200 }, t)).to.equal(t.failedInvalidResponse);
  });

  it("tells the site owner what is the site's to fix, and only that", () => {
    const here = (path: string) => new URL(path, document.baseURI).href;
    expect(failureMessage({ kind: 'http', status: 404 }, en.commentForm)).to.equal(
      en.commentForm.failedNotFound(404),
    );
    expect(ownerProblem({ kind: 'http', status: 404 }, 'api/comments')).to.equal(
      `${here('api/comments')} answered 404`,
    );
    expect(ownerProblem({ kind: 'http', status: 503 }, '/c')).to.equal(
      `${here('/c')} answered 503`,
    );
    expect(ownerProblem({ kind: 'network' }, '/c')).to.equal(`could not reach ${here('/c')}`);
    expect(ownerProblem({ kind: 'timeout' }, '/c')).to.equal(
      `${here('/c')} did not answer in time`,
    );
    // The commenter's news, not the owner's: a refusal the server explained.
    expect(ownerProblem({ kind: 'http', status: 409, code: 'comment_duplicate' }, '/c')).to.equal(
      undefined,
    );
    expect(ownerProblem({ kind: 'http', status: 400, message: 'Too short' }, '/c')).to.equal(
      undefined,
    );
    // WordPress's English "no route" answer to a wrong address: said in the reader's language.
    expect(
      failureMessage(
        { kind: 'http', status: 404, code: 'rest_no_route', message: 'No route was found' },
        en.commentForm,
      ),
    ).to.equal(en.commentForm.failedNotFound(404));
    expect(ownerProblem({ kind: 'http', status: 302, code: 'maqal_redirected' }, '/c')).to.match(
      /redirected the POST/,
    );
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      expect(ownerProblem({ kind: 'network' }, '/c'), 'offline').to.equal(undefined);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    // An endpoint that is not a URL at all is named as written, without throwing.
    expect(ownerProblem({ kind: 'network' }, 'http://')).to.equal('could not reach http://');
  });

  it('knows the WordPress codes for closed comments, unreadable posts and a refused email', () => {
    const t = en.commentForm;
    const wordpress = (status: number, body: unknown) => {
      const outcome = readAnswer(status, JSON.stringify(body), 'wordpress');
      if (outcome.ok) throw new Error('expected a failure');
      return failureMessage(outcome.failure, t);
    };
    const closed = {
      code: 'rest_comment_closed',
      message: 'Sorry, comments are closed for this item.',
    };
    expect(wordpress(403, closed)).to.equal(t.wpClosed);
    expect(wordpress(403, { code: 'rest_comment_draft_post', message: 'x' })).to.equal(
      t.wpInvalidPost,
    );
    expect(wordpress(403, { code: 'rest_cannot_read_post', message: 'x' })).to.equal(
      t.wpInvalidPost,
    );
    const badEmail = {
      code: 'rest_invalid_param',
      message: 'Invalid parameter(s): author_email',
      data: { status: 400, params: { author_email: 'Invalid email address.' } },
    };
    expect(wordpress(400, badEmail)).to.equal(t.wpInvalidEmail);
    // Another invalid parameter keeps WordPress's own words.
    const badUrl = {
      ...badEmail,
      message: 'Invalid parameter(s): author_url',
      data: { params: { author_url: 'x' } },
    };
    expect(wordpress(400, badUrl)).to.equal('Invalid parameter(s): author_url');
  });

  it('says a comment was lost to a redirect that turned it into a GET; a 308 keeps the POST', async () => {
    // 302: the browser follows with a GET, the comment is gone; the endpoint answers the GET.
    const target = await mockEndpoint('moved-here', { status: 405, body: {}, repeat: true });
    const path = await mockEndpoint('moved', { status: 302, headers: { Location: target } });
    const outcome = await submitComment(path, data, 'json', 2000);
    expect(outcome.ok).to.equal(false);
    if (outcome.ok) return;
    expect(failureMessage(outcome.failure, en.commentForm)).to.equal(en.commentForm.failedRedirect);
    expect((await recordedRequests(target)).map((request) => request.method)).to.deep.equal([
      'GET',
    ]);
    // After a 308 the server's own error stands (the POST did arrive).
    const strict = await mockEndpoint('strict', {
      status: 409,
      body: { code: 'comment_duplicate', message: 'Duplicate comment detected' },
    });
    const toStrict = await mockEndpoint('to-strict', {
      status: 308,
      headers: { Location: strict },
    });
    const duplicate = await submitComment(toStrict, data, 'wordpress', 2000);
    expect(!duplicate.ok && failureMessage(duplicate.failure, en.commentForm)).to.equal(
      en.commentForm.wpDuplicate,
    );
    // 308: the POST and its body go to the new address, and its answer stands.
    const kept = await mockEndpoint('kept', { body: { status: 'pending' } });
    const permanent = await mockEndpoint('permanent', { status: 308, headers: { Location: kept } });
    expect(await submitComment(permanent, data, 'json', 2000)).to.deep.equal({
      ok: true,
      status: 'pending',
    });
    const [request] = await recordedRequests(kept);
    expect(request.method).to.equal('POST');
    expect(JSON.parse(request.body).text).to.equal('Hello');
  });

  it('turns server markup into plain text without running it', async () => {
    (window as { __ran?: boolean }).__ran = false;
    expect(
      plainText('<strong>Error:</strong> it&#8217;s <img src=x onerror="window.__ran=true">  bad'),
    ).to.equal('Error: it’s bad');
    await afterBrokenImage();
    expect((window as { __ran?: boolean }).__ran).to.equal(false);
    expect(plainText('x'.repeat(900))).to.have.length(500);
  });

  it('posts for real and times out with an AbortController', async () => {
    const path = await mockEndpoint('submit', { status: 201, body: { status: 'approved' } });
    expect(await submitComment(path, data, 'json', 5000)).to.deep.equal({
      ok: true,
      status: 'approved',
    });
    const [request] = await recordedRequests(path);
    expect(request.headers.accept).to.equal('application/json');
    expect(JSON.parse(request.body)).to.deep.equal(data);

    const slow = await mockEndpoint('submit-slow', {
      trickle: { chunks: 10, interval: 200 },
      body: { status: 'approved', padding: 'x'.repeat(50) },
    });
    expect(await submitComment(slow, data, 'json', 300)).to.deep.equal({
      ok: false,
      failure: { kind: 'timeout' },
    });
  });
});
