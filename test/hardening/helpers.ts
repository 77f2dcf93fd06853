/** Shared by the hardening suites: uncaught errors and rejections, and text comparison. */

export interface Uncaught {
  errors: string[];
  stop(): void;
}

/**
 * Records every uncaught error and unhandled rejection until `stop()`. mocha's own handler
 * would fail the test anyway; recording them gives a message that says which widget threw.
 */
export function listenForUncaught(): Uncaught {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    // A resource that failed to load (an image) is not an exception.
    if (!event.error && !event.message) return;
    errors.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(`unhandledrejection: ${String(event.reason?.message ?? event.reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export const textOf = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * A test body that also fails on any uncaught error or unhandled rejection it caused (checked
 * after one more frame, so errors thrown by a render scheduled by the test are counted).
 */
export function guarded(body: () => Promise<void>): () => Promise<void> {
  return async () => {
    const uncaught = listenForUncaught();
    try {
      await body();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    } finally {
      uncaught.stop();
    }
    if (uncaught.errors.length > 0) {
      throw new Error(`uncaught: ${uncaught.errors.join('; ')}`);
    }
  };
}

/** `it`, guarded: see `guarded`. */
export const test = (name: string, body: () => Promise<void>) => it(name, guarded(body));
