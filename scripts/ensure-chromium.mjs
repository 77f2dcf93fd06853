// Installs Debian's Chromium when no browser is found (used by .ci/run before `npm ci`).
import { ensureChromium } from './chromium.mjs';

console.log(`maqal: using ${ensureChromium()}`);
