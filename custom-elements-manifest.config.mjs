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

/**
 * Defaults written as module constants (`timeout = DEFAULT_TIMEOUT`) reach the manifest as the
 * constant's name; this records each module's literal constants and writes their values instead
 * (numbers as JSON numbers: `15_000` is `15000`), so docs and IDEs show the real default.
 */
function constantDefaults() {
  const constants = new Map();
  const literal = (text) =>
    /^\d[\d_]*(\.\d+)?$/.test(text) ? String(Number(text.replaceAll('_', ''))) : text;
  return {
    name: 'maqal-constant-defaults',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer)
        return;
      if (!(node.parent.flags & ts.NodeFlags.Const)) return;
      // Module-level only: a local constant elsewhere must not stand in for a default.
      if (!ts.isSourceFile(node.parent.parent?.parent)) return;
      if (!ts.isNumericLiteral(node.initializer) && !ts.isStringLiteral(node.initializer)) return;
      const own = constants.get(moduleDoc.path) ?? new Map();
      own.set(node.name.text, literal(node.initializer.getText()));
      constants.set(moduleDoc.path, own);
    },
    moduleLinkPhase({ moduleDoc }) {
      const own = constants.get(moduleDoc.path) ?? new Map();
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (item.default === undefined) continue;
          item.default = own.get(item.default) ?? literal(item.default);
        }
      }
    },
  };
}

export default {
  plugins: [defineElementCalls(), constantDefaults()],
};
