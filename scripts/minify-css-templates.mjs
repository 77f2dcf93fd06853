// A Vite plugin for builds: strips comments and needless white space from Lit `css` template
// literals (Lit ships them to the browser as written). Only text between `${...}`
// interpolations changes; selectors keep their significant spaces (`a :hover` is not `a:hover`).
const CSS_TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};>])\s*/g, '$1')
    .replace(/,\s+/g, ',')
    .replace(/:\s+/g, (match, offset, all) =>
      /[{;]\s*[\w-]+$/.test(all.slice(0, offset)) ? ':' : match,
    )
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssTemplates() {
  return {
    name: 'maqal:minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(CSS_TEMPLATE, (_all, body) => {
          const parts = body.split(/(\$\{[^}]*\})/);
          return `css\`${parts.map((part, i) => (i % 2 ? part : minifyCss(part))).join('')}\``;
        }),
        map: null,
      };
    },
  };
}
