/** Records console.error/warn calls for the duration of a test, and restores them after. */
export interface ConsoleSpy {
  errors: string[];
  warnings: string[];
  /** Elements given to console.error/warn (the console shows them as links to the DOM). */
  elements: Element[];
  restore(): void;
}

export function spyOnConsole(): ConsoleSpy {
  const original = { error: console.error, warn: console.warn };
  const spy: ConsoleSpy = {
    errors: [],
    warnings: [],
    elements: [],
    restore() {
      console.error = original.error;
      console.warn = original.warn;
    },
  };
  // Elements passed along for the console to reveal are recorded in `elements`, not as text.
  const text = (args: unknown[]) => {
    spy.elements.push(...args.filter((arg): arg is Element => arg instanceof Element));
    return args
      .filter((arg) => !(arg instanceof Element))
      .map(String)
      .join(' ');
  };
  console.error = (...args: unknown[]) => spy.errors.push(text(args));
  console.warn = (...args: unknown[]) => spy.warnings.push(text(args));
  return spy;
}
