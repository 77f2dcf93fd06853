// The demo's theme switch: sets `theme` on every maqal element and the page's own colours.
const select = document.querySelector<HTMLSelectElement>('#theme')!;
const theme = new URLSearchParams(location.search).get('theme');
if (theme) select.value = theme;

function applyTheme(value: string) {
  document.documentElement.dataset.theme = value;
  for (const el of document.querySelectorAll('*')) {
    if (el.localName.startsWith('maqal-')) el.setAttribute('theme', value);
  }
}

select.addEventListener('change', () => applyTheme(select.value));
applyTheme(select.value);
