/** Records console.error/warn calls for the duration of a test, and restores them after. */
export interface ConsoleSpy {
  errors: string[];
  warnings: string[];
  restore(): void;
}

export function spyOnConsole(): ConsoleSpy {
  const original = { error: console.error, warn: console.warn };
  const spy: ConsoleSpy = {
    errors: [],
    warnings: [],
    restore() {
      console.error = original.error;
      console.warn = original.warn;
    },
  };
  console.error = (...args: unknown[]) => spy.errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => spy.warnings.push(args.map(String).join(' '));
  return spy;
}
