/** The sample data every test shares, fetched from the files the demo uses. */
export async function loadSeed<T = Record<string, unknown>>(name: string): Promise<T> {
  const response = await fetch(`/seeds/${name}`);
  if (!response.ok) throw new Error(`seed ${name}: ${response.status}`);
  return (await response.json()) as T;
}

/** Resolves after `predicate` holds, polling each frame; fails after `timeout` ms. */
export async function until(
  predicate: () => boolean,
  message = 'condition',
  timeout = 5000,
): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/**
 * Resolves once an image request to a missing same-origin path has failed: by then the error
 * handler of an `<img src=x>` parsed into the page (same server, same 404) would have run too.
 */
export function afterBrokenImage(): Promise<void> {
  return new Promise((resolve) => {
    const probe = new Image();
    probe.onerror = probe.onload = () => resolve();
    probe.src = `x?probe=${Math.random().toString(36).slice(2)}`;
  });
}
