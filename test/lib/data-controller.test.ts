import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from '../../src/lib/data-controller.js';
import { parseArticleSummary } from '../../src/lib/validate.js';
import type { ArticleSummary } from '../../src/lib/model.js';
import { spyOnConsole, type ConsoleSpy } from '../helpers/console.js';
import { mockEndpoint, recordedRequests, scriptEndpoint } from '../helpers/mock-api.js';
import { spyOnFetch } from '../helpers/fetch-spy.js';
import { until } from '../helpers/seeds.js';

class DataHostElement extends LitElement {
  @property() src: string | undefined;
  data = new DataController<ArticleSummary>(this, {
    parse: (raw) => parseArticleSummary(raw),
    timeout: 400,
  });
  override render() {
    return `${this.data.state}:${this.data.value?.title ?? this.data.error?.message ?? ''}`;
  }
}
customElements.define('test-data-host', DataHostElement);

describe('DataController', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  const settled = (el: DataHostElement) =>
    until(() => el.data.state !== 'loading', 'load to settle');

  it('takes a property first', async () => {
    const el = await fixture<DataHostElement>(html`<test-data-host></test-data-host>`);
    expect(el.data.state).to.equal('empty');
    el.data.setValue({ title: 'من خاصية' });
    expect(el.data.state).to.equal('ready');
    expect(el.data.value?.title).to.equal('من خاصية');
  });

  it('reads an inline JSON child, and re-reads it when it is replaced', async () => {
    const el = await fixture<DataHostElement>(
      html`<test-data-host
        ><script type="application/json">
          { "title": "أول" }
        </script></test-data-host
      >`,
    );
    expect(el.data.value?.title).to.equal('أول');
    el.querySelector('script')!.textContent = '{"title":"ثانٍ"}';
    await until(() => el.data.value?.title === 'ثانٍ', 'the new inline JSON');
    const replacement = document.createElement('script');
    replacement.type = 'application/json';
    replacement.textContent = '{"title":"ثالث"}';
    el.querySelector('script')!.replaceWith(replacement);
    await until(() => el.data.value?.title === 'ثالث', 'the replaced script');
  });

  it('picks up a JSON child added after the element upgraded', async () => {
    const el = await fixture<DataHostElement>(html`<test-data-host></test-data-host>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"title":"متأخر"}';
    el.append(script);
    await until(() => el.data.value?.title === 'متأخر', 'the late child');
  });

  it('fetches src, and shows an error for 404, non-JSON, invalid data and timeouts', async () => {
    const ok = await mockEndpoint('ok', { body: { title: 'من الشبكة' } });
    const el = await fixture<DataHostElement>(html`<test-data-host src=${ok}></test-data-host>`);
    await settled(el);
    expect(el.data.value?.title).to.equal('من الشبكة');

    const cases: [Parameters<typeof mockEndpoint>[1], string][] = [
      [{ status: 404, body: {} }, 'http'],
      [{ status: 500, raw: 'oops' }, 'http'],
      [{ raw: '<html>not json</html>', contentType: 'text/html' }, 'json'],
      [{ body: { title: 12 } }, 'invalid'],
      [{ hang: true }, 'timeout'],
    ];
    for (const [response, kind] of cases) {
      el.src = await mockEndpoint('bad', response);
      await el.updateComplete;
      await settled(el);
      expect(el.data.state, kind).to.equal('error');
      expect(el.data.error?.kind).to.equal(kind);
    }
    expect(spy.errors).to.have.length(cases.length);
    expect(spy.errors[0]).to.contain('<test-data-host>');
  });

  it('names the element in its console error by tag, id and the resolved URL, not by reference', async () => {
    const el = await fixture<DataHostElement>(
      html`<test-data-host id="sidebar-card" src="no-such-file.json"></test-data-host>`,
    );
    await settled(el);
    expect(el.data.error?.kind).to.equal('http');
    const resolved = new URL('no-such-file.json', document.baseURI).href;
    expect(spy.errors).to.deep.equal([
      `<test-data-host#sidebar-card>: ${resolved} answered 404 Not Found`,
    ]);
    // The console keeps what it is given: a removed element would keep its removed page alive.
    expect(spy.elements).to.deep.equal([]);
  });

  it('reports a refused connection as a network error', async () => {
    const el = await fixture<DataHostElement>(
      html`<test-data-host src="http://127.0.0.1:9/nothing"></test-data-host>`,
    );
    await settled(el);
    expect(el.data.error?.kind).to.equal('network');
  });

  it('never lets a late response overwrite a newer one', async () => {
    const slow = await mockEndpoint('slow', { body: { title: 'قديم' }, delay: 300 });
    const fast = await mockEndpoint('fast', { body: { title: 'جديد' } });
    const el = await fixture<DataHostElement>(html`<test-data-host src=${slow}></test-data-host>`);
    el.src = fast;
    await el.updateComplete;
    await settled(el);
    expect(el.data.value?.title).to.equal('جديد');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(el.data.value?.title).to.equal('جديد');
  });

  it('recovers on a later success without a reload', async () => {
    const path = await mockEndpoint('flaky', { status: 500, body: {} });
    const el = await fixture<DataHostElement>(html`<test-data-host src=${path}></test-data-host>`);
    await settled(el);
    expect(el.data.state).to.equal('error');
    await scriptEndpoint(path, { body: { title: 'عاد' } });
    el.data.reload();
    await settled(el);
    expect(el.data.value?.title).to.equal('عاد');
  });

  it('aborts the request when the element is removed, and loads again when it comes back', async () => {
    const path = await mockEndpoint('removed', { body: { title: 'x' }, delay: 300, repeat: true });
    const fetches = spyOnFetch();
    const { signals } = fetches;
    try {
      const el = await fixture<DataHostElement>(
        html`<test-data-host src=${path}></test-data-host>`,
      );
      expect(signals).to.have.length(1);
      el.remove();
      expect(signals[0].aborted).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(el.data.state).to.equal('loading');
      expect(spy.errors).to.deep.equal([]);
      document.body.append(el);
      await settled(el);
      expect(el.data.value?.title).to.equal('x');
      expect(signals).to.have.length(2);
      el.remove();
    } finally {
      fetches.restore();
    }
  });

  it('starts no request while detached: removed in the task it was added, or given a src', async () => {
    const path = await mockEndpoint('detached', { hang: true, repeat: true });
    const fetches = spyOnFetch();
    const { signals } = fetches;
    try {
      // As a router or React's StrictMode does: mount, unmount before the first update ran.
      const el = document.createElement('test-data-host') as DataHostElement;
      el.src = path;
      document.body.append(el);
      el.remove();
      await el.updateComplete;
      el.src = `${path}?again`;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(signals.map((signal) => signal.aborted)).to.deep.equal([true]);
    } finally {
      fetches.restore();
    }
  });

  it('an element removed while the page was still parsing does not load when parsing ends', async () => {
    const path = await mockEndpoint('parsing', { body: { title: 'x' }, repeat: true });
    const readyState = Object.getOwnPropertyDescriptor(Document.prototype, 'readyState')!;
    const fetches = spyOnFetch();
    const { signals } = fetches;
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    let el: DataHostElement;
    try {
      el = document.createElement('test-data-host') as DataHostElement;
      el.src = path;
      document.body.append(el);
      el.remove();
      await el.updateComplete;
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    try {
      expect(document.readyState).to.equal(readyState.get!.call(document));
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The request made while connected (cancelled on removal), and no second one.
      expect(el.data.state).not.to.equal('ready');
      expect(signals.map((signal) => signal.aborted)).to.deep.equal([true]);
    } finally {
      fetches.restore();
    }
  });

  it('keeps loaded data when the element is moved: no new request, no loading state', async () => {
    const path = await mockEndpoint('moved', { body: { title: 'باقٍ' } });
    const el = await fixture<DataHostElement>(html`<test-data-host src=${path}></test-data-host>`);
    await settled(el);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    expect(el.data.state).to.equal('ready');
    expect(el.data.value?.title).to.equal('باقٍ');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await recordedRequests(path)).to.have.length(1);
    elsewhere.remove();
  });
});
