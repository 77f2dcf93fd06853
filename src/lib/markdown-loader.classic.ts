/**
 * The classic script's Markdown loader: `dist/maqal.js` cannot split code, so it imports the
 * engine's self-contained ES module by URL, relative to the script itself (wherever it is
 * hosted). `import()` works from classic scripts.
 */
declare const __MAQAL_MARKDOWN_CHUNK__: string;

/**
 * The script element running now, read through `Document`'s own getter: page markup can
 * clobber `document.currentScript` (`<img name="currentScript" src="https://evil/">` makes it
 * that image), and code would then be imported from wherever the markup points.
 */
const running = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(
  document,
) as unknown;

// Read while the script runs for the first time: later, `currentScript` is gone.
const scriptUrl = (running instanceof HTMLScriptElement && running.src) || document.baseURI;

export const loadMarkdown = (): Promise<typeof import('./markdown.js')> =>
  import(/* @vite-ignore */ new URL(__MAQAL_MARKDOWN_CHUNK__, scriptUrl).href);
