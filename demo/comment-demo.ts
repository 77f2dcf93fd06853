// The demo has no comment server: it plays the host. It takes each submission over
// (preventDefault on `maqal-comment-submit`) and, after a short wait, reports "pending"
// through the element's `reportResult()`, as a site's own code would after its own request.
import type { MaqalCommentForm } from '../src/components/comment-form/comment-form.js';

for (const form of document.querySelectorAll<MaqalCommentForm>(
  'maqal-comment-form[data-demo-host]',
)) {
  form.addEventListener('maqal-comment-submit', (event) => {
    event.preventDefault();
    console.info('maqal-comment-submit', event.detail);
    setTimeout(() => form.reportResult({ status: 'pending' }), 800);
  });
}
