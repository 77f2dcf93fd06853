/**
 * What the sanitiser puts before every `id` and `name` in an article body, so body ids clash
 * with nothing of ours or the page's. Its own module: the article reads it without loading the
 * Markdown engine.
 */
export const ID_PREFIX = 'user-content-';
