import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataFormat } from '../adapters/detect.js';

/**
 * One way for every element to get its data: a JS property, an inline
 * `<script type="application/json">` child, or a `src` URL, in that order of precedence.
 * Whatever the source, the raw value goes through the element's `parse` (validation or an
 * adapter) before the element sees it, and every failure becomes a `DataError` the element
 * renders; nothing is thrown at the page.
 */

export type DataErrorKind = 'json' | 'network' | 'timeout' | 'http' | 'invalid';

export class DataError extends Error {
  override name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export type DataState = 'empty' | 'loading' | 'ready' | 'error';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  /** Milliseconds before a `src` request is given up; wins over the controller's option. */
  timeout?: number | null;
  /** Shape of the data, for `adapt` (WordPress, JSON Feed, maqal, or `auto`). */
  format?: DataFormat;
}

/**
 * What an element's data goes through. Elements share one options object per class (the host is
 * passed in), so a list of a thousand cards does not hold a thousand sets of closures.
 */
export interface DataControllerOptions<T> {
  /**
   * Reshapes foreign data (WordPress, JSON Feed) into maqal's shape before validation; may
   * return a promise when the adapter has to be loaded first.
   */
  adapt?: (raw: unknown, host: DataHost) => unknown;
  /** Validates raw JSON; throws `ValidationError` (or any Error) when it is bad. */
  parse: (raw: unknown) => T;
  /** Milliseconds before a `src` request is given up. */
  timeout?: number;
}

const INLINE_JSON = ':scope > script[type="application/json"]';
export const DEFAULT_TIMEOUT = 10_000;

export class DataController<T> implements ReactiveController {
  state: DataState = 'empty';
  value: T | undefined;
  error: DataError | undefined;

  #explicit: { raw: unknown } | undefined;
  #acceptedRaw: unknown;
  #inlineText: string | undefined;
  #loadedSrc: string | undefined;
  #request: AbortController | undefined;
  /** Bumped by every load; a response from an older generation is dropped. */
  #generation = 0;
  #observer: MutationObserver | undefined;
  /** Set while an adapter is loading; elements wait for it in `updateComplete`. */
  pending: Promise<void> | undefined;

  readonly #host: DataHost;
  readonly #options: DataControllerOptions<T>;

  constructor(host: DataHost, options: DataControllerOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The element's data property was set: it wins over inline JSON and `src`. */
  setValue(raw: unknown): void {
    this.#explicit = raw === undefined || raw === null ? undefined : { raw };
    this.#acceptedRaw = undefined;
    this.#abortRequest();
    // Only elements that may read an inline JSON child need to watch their children.
    if (this.#explicit) this.#observer?.disconnect();
    else if (this.#host.isConnected) this.#observe();
    this.#refresh();
  }

  hostConnected(): void {
    if (!this.#explicit) this.#observe();
    if (document.readyState === 'loading') {
      // A host removed meanwhile stays unloaded: it loads when it is connected again.
      document.addEventListener(
        'DOMContentLoaded',
        () => this.#host.isConnected && this.#refresh(true),
        { once: true },
      );
    }
    this.#refresh();
  }

  /** With the script in <head>, elements upgrade before their JSON child is parsed: watch. */
  #observe(): void {
    this.#observer ??= new MutationObserver(() => {
      if (!this.#explicit) this.#refresh();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    const unfinished = this.state === 'loading';
    this.#abortRequest();
    // A load cut short runs again on reconnecting; data already loaded stays (a moved element
    // keeps what it shows).
    if (unfinished) this.#loadedSrc = undefined;
  }

  hostUpdate(): void {
    // `src` is a reactive property on the host; pick up changes before rendering. Not while
    // detached (an update scheduled before removal still runs): that request would never be
    // cancelled, and connecting again loads anyway.
    if (
      this.#host.isConnected &&
      !this.#explicit &&
      !this.#inlineScript() &&
      (this.#host.src ?? undefined) !== this.#loadedSrc
    ) {
      this.#refresh();
    }
  }

  /** Reload from whatever source now applies (for a retry button, or after `src` changed). */
  reload(): void {
    this.#inlineText = undefined;
    this.#loadedSrc = undefined;
    this.#refresh(true);
  }

  #inlineScript(): HTMLScriptElement | null {
    return this.#host.querySelector<HTMLScriptElement>(INLINE_JSON);
  }

  #refresh(parsingDone = document.readyState !== 'loading'): void {
    if (this.#explicit) {
      this.#inlineText = undefined;
      this.#loadedSrc = undefined;
      // Connecting re-runs this: the same value is not checked (nor reported) twice.
      if (this.#explicit.raw === this.#acceptedRaw && this.state !== 'loading') return;
      this.#acceptedRaw = this.#explicit.raw;
      this.#accept(this.#explicit.raw);
      return;
    }
    const script = this.#inlineScript();
    if (script) {
      const text = script.textContent ?? '';
      if (text === this.#inlineText && this.state !== 'loading') return;
      this.#abortRequest();
      this.#loadedSrc = undefined;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (cause) {
        // While the page is still parsing, the script's text may be arriving: wait, don't report.
        if (!parsingDone) return this.#setState('loading');
        this.#inlineText = text;
        return this.#fail(new DataError('json', jsonMessage(cause)));
      }
      this.#inlineText = text;
      this.#accept(raw);
      return;
    }
    this.#inlineText = undefined;
    const src = this.#host.src ?? undefined;
    if (src) {
      if (src !== this.#loadedSrc) void this.#fetchSrc(src);
      return;
    }
    this.#loadedSrc = undefined;
    this.#abortRequest();
    // Nothing yet: while the page parses, the JSON child may still come.
    this.value = undefined;
    this.error = undefined;
    this.#setState(parsingDone ? 'empty' : 'loading');
  }

  async #fetchSrc(src: string): Promise<void> {
    this.#abortRequest();
    this.#loadedSrc = src;
    const generation = ++this.#generation;
    const request = new AbortController();
    this.#request = request;
    const own = Number(this.#host.timeout);
    const timeout =
      this.#host.timeout != null && Number.isFinite(own) && own > 0
        ? own
        : (this.#options.timeout ?? DEFAULT_TIMEOUT);
    const timer = setTimeout(
      () => request.abort(new DataError('timeout', `no answer from ${src} after ${timeout} ms`)),
      timeout,
    );
    this.#setState('loading');
    try {
      const response = await fetch(src, {
        signal: request.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        throw new DataError(
          'http',
          // The resolved URL: a relative `src` resolves against the page, which may surprise.
          `${response.url || src} answered ${response.status} ${response.statusText}`.trim(),
          response.status,
        );
      }
      const body = await response.text();
      let raw: unknown;
      try {
        raw = JSON.parse(body);
      } catch (cause) {
        throw new DataError('json', `${src}: ${jsonMessage(cause)}`);
      }
      if (generation !== this.#generation) return;
      this.#accept(raw, generation);
    } catch (cause) {
      if (generation !== this.#generation) return; // superseded: a newer load owns the state
      if (cause instanceof DataError) return this.#fail(cause);
      if (request.signal.aborted && request.signal.reason instanceof DataError) {
        return this.#fail(request.signal.reason);
      }
      this.#fail(
        new DataError('network', `${src}: ${(cause as Error)?.message ?? 'request failed'}`),
      );
    } finally {
      clearTimeout(timer);
      if (this.#request === request) this.#request = undefined;
    }
  }

  /** Adapts (perhaps after loading an adapter) and validates; a newer load wins meanwhile. */
  #accept(raw: unknown, generation = ++this.#generation): void {
    let adapted: unknown;
    try {
      adapted = this.#options.adapt ? this.#options.adapt(raw, this.#host) : raw;
    } catch (cause) {
      return this.#reject(cause);
    }
    if (adapted instanceof Promise) {
      this.#setState('loading');
      const pending: Promise<void> = adapted.then(
        (value) => {
          if (generation === this.#generation) this.#validate(value);
        },
        (cause) => {
          if (generation === this.#generation) this.#reject(cause);
        },
      );
      this.pending = pending;
      void pending.finally(() => {
        if (this.pending === pending) this.pending = undefined;
      });
      return;
    }
    this.#validate(adapted);
  }

  #validate(raw: unknown): void {
    try {
      this.value = this.#options.parse(raw);
      this.error = undefined;
      this.#setState('ready');
    } catch (cause) {
      this.#reject(cause);
    }
  }

  #reject(cause: unknown): void {
    this.#fail(new DataError('invalid', cause instanceof Error ? cause.message : String(cause)));
  }

  #fail(error: DataError): void {
    this.value = undefined;
    this.error = error;
    // One console message per failure, naming the element and its id, so a site owner can find
    // it among many. Not the element itself: the console keeps what it is given, and a removed
    // element would keep its whole removed page alive in a single-page app.
    const host = this.#host;
    console.error(`<${host.localName}${host.id ? `#${host.id}` : ''}>: ${error.message}`);
    this.#setState('error');
  }

  #setState(state: DataState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  #abortRequest(): void {
    this.#generation++;
    this.#request?.abort();
    this.#request = undefined;
  }
}

function jsonMessage(cause: unknown): string {
  return `invalid JSON (${cause instanceof Error ? cause.message : String(cause)})`;
}
