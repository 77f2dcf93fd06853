import { assemble } from '../assemble.js';
import type { Translation } from '../translation.js';
import { article } from './article.js';
import { backToTop } from './back-to-top.js';
import { card } from './card.js';
import { commentForm } from './comment-form.js';
import { common } from './common.js';
import { related } from './related.js';

/**
 * English: every string of every element in one object. The parts live in one file per
 * element, so an element (and the bundle of a page that uses only it) carries only its own.
 */
export const en: Translation = assemble(common, { card, article, related, commentForm, backToTop });
