// Gzip sizes of what a page actually downloads from dist/, and the budgets they must meet.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Budgets in gzip bytes. Issue 7 asks for 12 KB on the cards-only ES path; it measures 14.5 KB
 * (Lit is about 6 KB of it; `npm run size:breakdown` and docs/STATUS.md have the rest), so the
 * enforced budget is a guard against growth while the 12 KB target stays open. It was 14.5 KB
 * until session 4, whose accessibility and language fixes (a Latin font stack, the slotted
 * widget's language, named cards, English fallback text marked `lang="en"`) took the path to
 * 14,891 B; session 5 raised it to 14.7 KB for the card's category direction (a Latin-only
 * category in an Arabic card keeps its punctuation: "C++", not "++C"; 14,992 B); session 6
 * lowered it back to 14.6 KB after dropping `lit/static-html` (14,897 B); session 7 raised it to
 * 14.7 KB for print and high-contrast fixes from a media review (light colours on paper, no card
 * split across pages, visible loading bars under forced colours; 15,006 B). Raise it only with a
 * reason like these, in the commit.
 */
export const BUDGETS = {
  classic: 40 * 1024,
  cardsOnlyEs: 14.7 * 1024,
};
export const TARGETS = { cardsOnlyEs: 12 * 1024 };

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files a page loads for `entry` through static imports (dynamic `import()` excluded). */
export function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Minified ES output: `import{a as b}from"./chunks/x.js"` and `import"./chunks/y.js"`.
    for (const match of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[^"'()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    )) {
      visit(resolve(dirname(file), match[1]));
    }
  };
  visit(resolve(entry));
  return [...seen];
}

/** The lazily imported chunk whose name starts with `markdown`, from an ES build. */
export function markdownChunk() {
  const manifest = join(DIST, 'markdown-manifest.json');
  if (existsSync(manifest)) {
    const entry = Object.values(JSON.parse(readFileSync(manifest, 'utf8'))).find((e) => e.isEntry);
    if (entry) return join(DIST, entry.file);
  }
  return undefined;
}

export function measure() {
  const classic = join(DIST, 'maqal.js');
  const cardsOnly = staticClosure(join(DIST, 'cdn', 'article-card.js'));
  const markdown = markdownChunk();
  return {
    classic: gzipSize(classic),
    cardsOnlyEs: cardsOnly.reduce((sum, file) => sum + gzipSize(file), 0),
    cardsOnlyEsFiles: cardsOnly.map((file) => file.slice(DIST.length)),
    markdownChunk: markdown ? gzipSize(markdown) : undefined,
  };
}
