// The classic drop-in script (dist/maqal.js): registers every element and, for pages without a
// bundler, offers `maqal.registerTranslation()` on `window`.
import './define.js';
import { registerTranslation } from './lib/i18n/index.js';

interface MaqalGlobal {
  registerTranslation: typeof registerTranslation;
}

// The first copy on a page defines the elements (later copies skip them), so it keeps the global
// too: a second copy's registrations would reach no element.
// (An element with id="maqal" is also `window.maqal`: that is not a copy of maqal.)
const page = globalThis as { maqal?: Partial<MaqalGlobal> };
if (typeof page.maqal?.registerTranslation !== 'function') page.maqal = { registerTranslation };
