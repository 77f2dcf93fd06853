import { defineElement } from '../../lib/define-element.js';
import { MaqalRelatedArticles } from './related-articles.js';

defineElement('maqal-related-articles', MaqalRelatedArticles);

declare global {
  interface HTMLElementTagNameMap {
    'maqal-related-articles': MaqalRelatedArticles;
  }
}
