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
