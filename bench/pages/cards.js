// Renders N cards either with <maqal-article-card> or with a hand-written baseline that builds
// the same DOM with plain DOM calls (same shadow roots, same shared stylesheet, same Intl).
const params = new URLSearchParams(location.search);
const count = Number(params.get('count') ?? 1000);
const variant = params.get('variant') ?? 'maqal';

const articles = await (await fetch('../../seeds/related.json')).json();
const seed = await (await fetch('../../seeds/article.json')).json();
const pool = [seed, ...articles.articles];
const data = Array.from({ length: count }, (_, i) => ({ ...pool[i % pool.length], id: `a${i}` }));

await customElements.whenDefined('maqal-article-card');
const sheets = customElements.get('maqal-article-card').elementStyles.map((s) => s.styleSheet ?? s);
const dates = new Intl.DateTimeFormat('ar', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

class BaselineCard extends HTMLElement {
  render(article) {
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    const card = document.createElement('article');
    card.className = 'root card layout-vertical';
    card.setAttribute('part', 'base');
    card.lang = article.lang ?? 'ar';
    card.dir = 'rtl';
    const media = document.createElement('div');
    media.className = 'media';
    if (article.image) {
      const img = document.createElement('img');
      img.setAttribute('part', 'image');
      img.src = article.image.src;
      img.alt = article.image.alt ?? '';
      if (article.image.width) img.width = article.image.width;
      if (article.image.height) img.height = article.image.height;
      img.loading = 'lazy';
      img.decoding = 'async';
      media.append(img);
    } else {
      media.classList.add('placeholder');
    }
    const content = document.createElement('div');
    content.className = 'content';
    if (article.category) {
      const category = document.createElement('span');
      category.className = 'category';
      category.setAttribute('part', 'category');
      const bdi = document.createElement('bdi');
      bdi.textContent = article.category.name;
      category.append(bdi);
      content.append(category);
    }
    const title = document.createElement('h3');
    title.className = 'title';
    title.setAttribute('part', 'title');
    const link = document.createElement('a');
    link.className = 'link';
    link.href = article.url;
    link.textContent = article.title;
    title.append(link);
    content.append(title);
    if (article.excerpt) {
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      excerpt.textContent = article.excerpt;
      content.append(excerpt);
    }
    if (article.published) {
      const meta = document.createElement('p');
      meta.className = 'meta';
      const time = document.createElement('time');
      time.dateTime = article.published;
      time.textContent = dates.format(new Date(article.published));
      meta.append(time);
      content.append(meta);
    }
    card.append(media, content);
    root.append(card);
  }
}
customElements.define('baseline-card', BaselineCard);

const out = document.getElementById('out');
const start = performance.now();
if (variant === 'maqal') {
  const cards = data.map((article) => {
    const card = document.createElement('maqal-article-card');
    card.article = article;
    return card;
  });
  out.append(...cards);
  await Promise.all(cards.map((card) => card.updateComplete));
} else {
  const cards = data.map(() => document.createElement('baseline-card'));
  cards.forEach((card, i) => card.render(data[i]));
  out.append(...cards);
}
const built = performance.now();
void out.offsetHeight; // include style and layout
const ms = performance.now() - start;
const layoutMs = performance.now() - built;
const titles = [...out.children].filter((c) => c.shadowRoot?.querySelector('.title')).length;
window.benchResult = { ms, layoutMs, scriptMs: ms - layoutMs, rendered: titles };
