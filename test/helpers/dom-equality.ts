// Loaded before every test file (web-test-runner.config.mjs, `testRunnerHtml`).
//
// A failing `expect(node).to.equal(other)` used to stall the test browser: the runner tried to
// serialise the DOM nodes of the AssertionError for its diff. With this, a node is compared by
// identity and reported by a short description (`<button#id.class>`), so a failure is a failure.
// `pure`: the same chai, without registering fixture clean-up before mocha exists (the test
// files' own `@open-wc/testing` import registers it). Its types leave out the `chai` it exports.
import * as pure from '@open-wc/testing/pure';

const { chai } = pure as unknown as { chai: Chai.ChaiStatic };

/** `<tag#id.class>` for an element, `#text "…"` for other nodes, `String()` for the rest. */
function describeValue(value: unknown): string {
  if (value instanceof Element) {
    const id = value.id ? `#${value.id}` : '';
    const classes = [...value.classList].map((name) => `.${name}`).join('');
    return `<${value.localName}${id}${classes}>`;
  }
  if (value instanceof Node) return `${value.nodeName} "${(value.textContent ?? '').slice(0, 40)}"`;
  return String(value);
}

chai.use((api: Chai.ChaiStatic, utils: Chai.ChaiUtils) => {
  for (const name of ['equal', 'equals', 'eq']) {
    api.Assertion.overwriteMethod(
      name,
      (original) =>
        function (this: Chai.AssertionStatic, expected: unknown, message?: string) {
          const actual: unknown = utils.flag(this, 'object');
          // `deep.equal` keeps chai's own structural comparison.
          if (
            utils.flag(this, 'deep') ||
            (!(actual instanceof Node) && !(expected instanceof Node))
          ) {
            return original.apply(this, [expected, message]);
          }
          if (message) utils.flag(this, 'message', message);
          this.assert(
            actual === expected,
            `expected ${describeValue(actual)} to be ${describeValue(expected)}`,
            `expected ${describeValue(actual)} not to be ${describeValue(expected)}`,
            describeValue(expected),
            describeValue(actual),
          );
        },
    );
  }
});
