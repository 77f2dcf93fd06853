/** Watches `window.fetch` for a test: how many calls, and each call's abort signal. */
export interface FetchSpy {
  calls: number;
  /** The `signal` of every call that passed one, in order. */
  signals: AbortSignal[];
  restore(): void;
}

export function spyOnFetch(): FetchSpy {
  const realFetch = window.fetch;
  const spy: FetchSpy = {
    calls: 0,
    signals: [],
    restore: () => (window.fetch = realFetch),
  };
  window.fetch = (input, init) => {
    spy.calls++;
    if (init?.signal) spy.signals.push(init.signal);
    return realFetch(input, init);
  };
  return spy;
}
