import { defineElement } from '../../lib/define-element.js';
import { MaqalArticle } from './article.js';

defineElement('maqal-article', MaqalArticle);

declare global {
  interface HTMLElementTagNameMap {
    'maqal-article': MaqalArticle;
  }
}
