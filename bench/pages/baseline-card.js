// The hand-written card every card benchmark compares against: the same DOM as
// <maqal-article-card> renders, built with plain DOM calls (same shadow root, same shared
// stylesheets, same Intl), and the helper that proves two cards built the same DOM.

/** The date format every card of the benchmark writes (the card's Arabic default). */
export const dates = new Intl.DateTimeFormat('ar', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The category's `dir`, as the maqal card sets it in an Arabic card: `rtl` when the name has an
 * Arabic (or other right-to-left) letter, else `auto` (a Latin-only "C++" keeps its punctuation).
 */
export const categoryDir = (name) =>
  !name || /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(name) ? 'rtl' : 'auto';

/** Defines <baseline-card>, adopting `sheets` (the maqal card's own stylesheets). */
export function defineBaselineCard(sheets) {
  /** An element with its `part` and `class`, the two attributes almost every node has. */
  function create(name, part, className) {
    const node = document.createElement(name);
    if (part) node.setAttribute('part', part);
    if (className) node.setAttribute('class', className);
    return node;
  }

  /** The same DOM as <maqal-article-card> renders (`variant=compare` checks it), by hand. */
  class BaselineCard extends HTMLElement {
    render(article) {
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      const card = create('article', 'base', 'root card layout-vertical');
      card.setAttribute('lang', article.lang ?? 'ar');
      card.setAttribute('dir', 'rtl');
      card.setAttribute('aria-labelledby', 't');
      const { image } = article;
      let media;
      if (image) {
        media = create('div', '', 'media');
        const img = create('img', 'image');
        img.setAttribute('loading', 'lazy');
        img.setAttribute('decoding', 'async');
        img.setAttribute('src', image.src);
        img.setAttribute('alt', image.alt ?? '');
        if (image.width) img.setAttribute('width', image.width);
        if (image.height) img.setAttribute('height', image.height);
        media.append(img);
      } else {
        media = create('div', 'image', 'media placeholder');
        media.setAttribute('aria-hidden', 'true');
      }
      const content = create('div', '', 'content');
      if (article.category) {
        const category = create('span', 'category', 'category');
        category.setAttribute('dir', categoryDir(article.category.name));
        category.textContent = article.category.name;
        content.append(category);
      }
      const title = create('h3', 'title', 'title');
      title.id = 't';
      const link = create('a', 'link', 'link');
      link.setAttribute('href', article.url);
      const text = create('span', '', 'title-text');
      text.textContent = article.title;
      link.append(text);
      title.append(link);
      content.append(title);
      if (article.excerpt) {
        const excerpt = create('p', 'excerpt', 'excerpt');
        excerpt.textContent = article.excerpt;
        content.append(excerpt);
      }
      if (article.published) {
        const meta = create('p', 'meta', 'meta');
        const label = create('span', '', 'visually-hidden');
        label.textContent = 'نُشر في ';
        const time = document.createElement('time');
        time.setAttribute('datetime', article.published);
        time.textContent = dates.format(new Date(article.published));
        meta.append(label, time);
        content.append(meta);
      }
      card.append(media, content);
      root.append(card);
    }
  }
  customElements.define('baseline-card', BaselineCard);
}

/** Both variants' shadow DOM, without Lit's comment markers, attributes in a fixed order. */
export function normalized(card) {
  const copy = document.createElement('div');
  copy.append(...[...card.shadowRoot.childNodes].map((node) => node.cloneNode(true)));
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.remove());
  copy.normalize();
  for (const node of copy.querySelectorAll('*')) {
    const attributes = [...node.attributes].sort((a, b) => a.name.localeCompare(b.name));
    for (const { name } of attributes) node.removeAttribute(name);
    for (const { name, value } of attributes) node.setAttribute(name, value);
  }
  return copy.innerHTML;
}
