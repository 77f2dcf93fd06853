import { defineElement } from '../../lib/define-element.js';
import { MaqalArticleCard } from './article-card.js';

defineElement('maqal-article-card', MaqalArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'maqal-article-card': MaqalArticleCard;
  }
}
