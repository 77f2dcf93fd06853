/**
 * Loads the Markdown engine (marked + DOMPurify) on demand: only a page with a full article
 * pays for it. The ES build turns this import into a content-hashed chunk; the classic build
 * swaps this file for `markdown-loader.classic.ts`.
 */
export const loadMarkdown = () => import('./markdown.js');
