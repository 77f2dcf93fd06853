import { defineElement } from '../../lib/define-element.js';
import { MaqalRelatedArticles } from './related-articles.js';
// The list renders <maqal-article-card>s: registering it registers them.
import '../article-card/define.js';

defineElement('maqal-related-articles', MaqalRelatedArticles);

declare global {
  interface HTMLElementTagNameMap {
    'maqal-related-articles': MaqalRelatedArticles;
  }
}
