import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../../src/define.js';

/**
 * Keeps the theming surface honest: every `--maqal-*` custom property an element's styles read
 * is documented on that element (`@cssprop` in its JSDoc, so in custom-elements.json), and
 * every documented one is really read. `npm test` regenerates the manifest first.
 */
interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string }[];
}

async function manifestElements(): Promise<ManifestDeclaration[]> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json (run `npm run analyze`)').to.equal(true);
  const manifest = (await response.json()) as {
    modules: { declarations?: ManifestDeclaration[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
}

/**
 * The `--maqal-*` properties an element's styles really read: directly, or through a private
 * `--_x: var(--maqal-x, …)` alias that the element then uses. A theme alias the element never
 * uses does not count, so shared tokens are documented only where they matter.
 */
function usedTokens(tag: string): Set<string> {
  const element = customElements.get(tag) as unknown as {
    elementStyles: (CSSResult | CSSStyleSheet)[];
  };
  const css = element.elementStyles
    .map((style) =>
      'cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join('\n'),
    )
    .join('\n');
  const aliases = new Map<string, string>();
  const withoutAliases = css.replace(
    /(--_[\w-]+)\s*:\s*var\(\s*(--maqal-[\w-]+)/g,
    (_all, alias: string, token: string) => {
      aliases.set(alias, token);
      return '';
    },
  );
  const used = new Set(
    [...withoutAliases.matchAll(/var\(\s*(--maqal-[\w-]+)/g)].map((match) => match[1]),
  );
  for (const match of withoutAliases.matchAll(/var\(\s*(--_[\w-]+)/g)) {
    const token = aliases.get(match[1]);
    if (token) used.add(token);
  }
  return used;
}

describe('design tokens', () => {
  it('every element documents exactly the --maqal-* properties its styles read', async () => {
    const elements = await manifestElements();
    expect(elements.length, 'elements in the manifest').to.be.greaterThan(0);
    const problems: string[] = [];
    for (const { tagName, cssProperties = [] } of elements) {
      const tag = tagName!;
      expect(customElements.get(tag), `${tag} is defined`).not.to.equal(undefined);
      const used = usedTokens(tag);
      const documented = new Set(cssProperties.map((property) => property.name));
      for (const name of used)
        if (!documented.has(name)) problems.push(`${tag}: ${name} is read but not documented`);
      for (const name of documented)
        if (!used.has(name)) problems.push(`${tag}: ${name} is documented but never read`);
    }
    expect(problems).to.deep.equal([]);
  });
});
