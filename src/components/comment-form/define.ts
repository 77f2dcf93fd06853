import { defineElement } from '../../lib/define-element.js';
import { MaqalCommentForm } from './comment-form.js';

defineElement('maqal-comment-form', MaqalCommentForm);

declare global {
  interface HTMLElementTagNameMap {
    'maqal-comment-form': MaqalCommentForm;
  }
}
