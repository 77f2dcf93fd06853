/**
 * The classic script's Markdown loader: `dist/maqal.js` cannot split code, so it imports the
 * engine's self-contained ES module by URL, relative to the script itself (wherever it is
 * hosted). `import()` works from classic scripts.
 */
declare const __MAQAL_MARKDOWN_CHUNK__: string;

// Read while the script runs for the first time: later, `currentScript` is gone.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

export const loadMarkdown = (): Promise<typeof import('./markdown.js')> =>
  import(/* @vite-ignore */ new URL(__MAQAL_MARKDOWN_CHUNK__, scriptUrl).href);
