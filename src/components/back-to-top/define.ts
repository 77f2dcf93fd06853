import { defineElement } from '../../lib/define-element.js';
import { MaqalBackToTop } from './back-to-top.js';

defineElement('maqal-back-to-top', MaqalBackToTop);

declare global {
  interface HTMLElementTagNameMap {
    'maqal-back-to-top': MaqalBackToTop;
  }
}
