import type { MaqalCommentForm } from '../../src/components/comment-form/comment-form.js';

/** What a person would type, field by field (an `input` event per field, as the browser sends). */
export function fillCommentForm(
  el: MaqalCommentForm,
  values: Partial<Record<string, string>>,
): void {
  for (const [id, value] of Object.entries(values)) {
    const field = el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
    field.value = value ?? '';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** Forgets the drafts and remembered author the comment form keeps (`maqal:*` keys). */
export function clearMaqalStorage(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('maqal:')) localStorage.removeItem(key);
  }
}
