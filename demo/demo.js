// The demo pages' own script (plain JavaScript, so the built demo needs no build step).

// Theme switch: sets `theme` on every maqal element and the page's own colours.
const select = document.querySelector('#theme');
const theme = new URLSearchParams(location.search).get('theme');
if (select && theme) select.value = theme;

function applyTheme(value) {
  document.documentElement.dataset.theme = value;
  for (const el of document.querySelectorAll('*')) {
    if (el.localName.startsWith('maqal-')) el.setAttribute('theme', value);
  }
}

if (select) {
  select.addEventListener('change', () => applyTheme(select.value));
  applyTheme(select.value);
}

// The demo has no comment server, so it plays the host: it takes each submission over
// (`preventDefault()` on `maqal-comment-submit`) and reports "pending" after a short wait
// through `reportResult()`, as a site's own code would after its own request.
for (const form of document.querySelectorAll('maqal-comment-form[data-demo-host]')) {
  form.addEventListener('maqal-comment-submit', (event) => {
    event.preventDefault();
    console.info('maqal-comment-submit', event.detail);
    setTimeout(() => form.reportResult({ status: 'pending' }), 800);
  });
}
