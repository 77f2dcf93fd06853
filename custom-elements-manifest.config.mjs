// Read by `cem analyze` (npm run analyze) on top of its command-line flags.
// maqal registers tags through `defineElement('tag', Class)` (which skips tags already defined),
// a call the analyzer does not recognise as `customElements.define`: this plugin records each
// as the manifest's `custom-element-definition` export, so tools can tell which module defines
// which tag.
function defineElementCalls() {
  return {
    name: 'maqal-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      // The class comes from the sibling module of the same name (`./article-card.js`).
      const source = node.getSourceFile();
      const imported = source.statements.find(
        (statement) =>
          ts.isImportDeclaration(statement) &&
          statement.importClause?.namedBindings?.elements?.some(
            (binding) => binding.name.text === element.text,
          ),
      );
      const from = imported?.moduleSpecifier.text;
      if (!from) return;
      const module = new URL(
        from.replace(/\.js$/, '.ts'),
        `file:///${moduleDoc.path}`,
      ).pathname.slice(1);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: element.text, module },
      });
    },
  };
}

export default {
  plugins: [defineElementCalls()],
};
