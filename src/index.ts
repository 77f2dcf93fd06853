// Every element class and public type, without registering any tag (no side effects).
// `MaqalRelatedArticles` renders `<maqal-article-card>`s: register `MaqalArticleCard` under
// that name too (or import `maqal/related-articles`, which registers both).
export {
  MaqalArticleCard,
  type ArticleSelectDetail,
  type CardLayout,
} from './components/article-card/article-card.js';
export { MaqalArticle } from './components/article/article.js';
export {
  MaqalRelatedArticles,
  type RelatedEmpty,
  type RelatedVariant,
} from './components/related-articles/related-articles.js';
export { MaqalBackToTop } from './components/back-to-top/back-to-top.js';
export {
  MaqalCommentForm,
  type CommentData,
  type CommentFormState,
  type CommentResult,
  type CommentPostedDetail,
  type CommentCancelReplyDetail,
} from './components/comment-form/comment-form.js';
export { MaqalElement, type Theme } from './lib/maqal-element.js';
export { DataController, DataError, type DataState } from './lib/data-controller.js';
export {
  registerTranslation,
  type Translation,
  type PartialTranslation,
} from './lib/i18n/index.js';
export type * from './lib/model.js';
export { ValidationError, parseArticleSummary } from './lib/validate.js';
export { parseArticle, parseArticleList } from './lib/validate-article.js';
export { safeUrl } from './lib/safe-url.js';
export { formatDate } from './lib/format.js';
export { readingMinutes } from './lib/reading-time.js';
