import type { CommonStrings, Translation } from './translation.js';

/** A whole translation from a language file's parts (for tests and `registerTranslation`). */
export function assemble(
  common: CommonStrings,
  sections: Omit<Translation, keyof CommonStrings>,
): Translation {
  return { ...common, ...sections };
}
