/// <reference types="vite/client" />
/**
 * Docs pages from custom-elements.json: the description with a copy-paste embed snippet, and
 * the args table (public properties with their attributes and controls, events, slots, CSS
 * parts and custom properties). Storybook's own mapping keeps private members and drops the
 * default slot, so this replaces it.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface Item {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text?: string };
}

interface Member extends Item {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: (Item & { fieldName?: string })[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);

const declarationOf = (tag: unknown) => declarations.find((each) => each.tagName === tag);

/**
 * String-literal union types from the sources (`export type Digits = 'auto' | 'latn' | …`), so
 * a property typed `Digits` gets a radio control with exactly those options.
 */
const sources = import.meta.glob<string>('../src/**/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const unions = new Map<string, string[]>();
for (const text of Object.values(sources)) {
  for (const match of text.matchAll(/export type (\w+) =\s*((?:\|?\s*'[^']*'\s*)+);/g)) {
    unions.set(
      match[1],
      [...match[2].matchAll(/'([^']*)'/g)].map((option) => option[1]),
    );
  }
}

/** Options of a type like `'a' | 'b'`, `CardLayout` or `Theme | undefined`, if it is a union. */
function optionsOf(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  const options = parts.flatMap((part) =>
    /^'.*'$/.test(part) ? [part.slice(1, -1)] : (unions.get(part) ?? [undefined]),
  );
  return options.length > 1 && options.every((option) => option !== undefined)
    ? (options as string[])
    : undefined;
}

function controlFor(type: string, readonly: boolean): ArgTypes[string]['control'] {
  if (readonly) return false;
  const options = optionsOf(type);
  if (options) return { type: options.length <= 4 ? 'inline-radio' : 'select' };
  const bare = type.replace(/\s*\|\s*undefined/, '');
  if (bare === 'boolean') return { type: 'boolean' };
  if (bare === 'number') return { type: 'number' };
  if (bare === 'string') return { type: 'text' };
  return { type: 'object' };
}

const unquote = (value?: string) => value?.replace(/^'(.*)'$/, '$1');

/** The args table for `tag` (Storybook's `extractArgTypes`). */
export function argTypesFor(tag: unknown): ArgTypes | null {
  const declaration = declarationOf(tag);
  if (!declaration) return null;
  const argTypes: ArgTypes = {};
  for (const member of declaration.members ?? []) {
    if (member.static || (member.privacy && member.privacy !== 'public')) continue;
    if (member.name.startsWith('_')) continue;
    const type = member.type?.text ?? (member.kind === 'method' ? 'method' : '');
    const category =
      member.kind === 'method'
        ? 'methods'
        : member.readonly
          ? 'read-only properties'
          : 'properties';
    const attribute = member.attribute ? `Attribute \`${member.attribute}\`. ` : '';
    // Methods get their own keys, so a story arg of the same name does not hide them.
    argTypes[member.kind === 'method' ? `method:${member.name}` : member.name] = {
      name: member.kind === 'method' ? `${member.name}()` : member.name,
      description: `${attribute}${member.description ?? member.summary ?? ''}`,
      control: member.kind === 'method' ? false : controlFor(type, !!member.readonly),
      options: optionsOf(type),
      table: {
        category,
        type: { summary: type },
        defaultValue:
          member.default !== undefined ? { summary: unquote(member.default)! } : undefined,
      },
    };
  }
  const rows = (
    items: Item[] | undefined,
    category: string,
    prefix: string,
    usage: (name: string) => string,
  ) => {
    for (const item of items ?? []) {
      const name = item.name || '(default)';
      argTypes[`${prefix}${name}`] = {
        name,
        description: item.description ?? item.summary ?? '',
        control: false,
        table: {
          category,
          type: { summary: item.type?.text ?? usage(item.name) },
          defaultValue: item.default ? { summary: item.default } : undefined,
        },
      };
    }
  };
  rows(declaration.events, 'events', 'event:', () => 'CustomEvent');
  rows(declaration.slots, 'slots', 'slot:', (name) => (name ? `slot="${name}"` : 'default slot'));
  rows(declaration.cssParts, 'css shadow parts', 'part:', (name) => `::part(${name})`);
  rows(declaration.cssProperties, 'css custom properties', 'cssprop:', (name) => `var(${name})`);
  return argTypes;
}

/** Public, writable properties of `tag`, with their attribute names (for the controls). */
export function writableProperties(tag: unknown): Map<string, string | undefined> {
  const properties = new Map<string, string | undefined>();
  for (const member of declarationOf(tag)?.members ?? []) {
    if (member.kind !== 'field' || member.static || member.readonly) continue;
    if (member.privacy && member.privacy !== 'public') continue;
    properties.set(member.name, member.attribute);
  }
  return properties;
}

/** The drop-in script: one classic script that defines every element. */
export const SCRIPT = '<script src="https://cdn.example/maqal/maqal.js" defer></script>';

/** A realistic embed per element: attributes a site would set, and children where useful. */
const EXAMPLES: Record<string, { attributes: string; children?: string[] }> = {
  'maqal-article-card': { attributes: 'src="/api/articles/42.json" layout="horizontal"' },
  'maqal-article': {
    attributes: 'src="/api/articles/42.json" months="dual" json-ld',
    children: [
      '<maqal-related-articles slot="related" src="/api/articles/42/related.json"></maqal-related-articles>',
      '<maqal-comment-form slot="comments" endpoint="/api/comments" article-id="42"></maqal-comment-form>',
    ],
  },
  'maqal-related-articles': {
    attributes: 'src="/api/articles/42/related.json" variant="grid" limit="4" exclude="42"',
  },
  'maqal-comment-form': { attributes: 'endpoint="/api/comments" article-id="42"' },
  'maqal-back-to-top': { attributes: 'progress threshold="600"' },
};

/** The snippet for one element: the script, then the element with its example attributes. */
export function embedSnippet(tag: string): string {
  const example = EXAMPLES[tag] ?? { attributes: '' };
  const open = example.attributes ? `<${tag} ${example.attributes}>` : `<${tag}>`;
  const children = example.children
    ? `\n${example.children.map((line) => `  ${line}`).join('\n')}\n`
    : '';
  return `${SCRIPT}\n\n${open}${children}</${tag}>`;
}

/** `attribute="default"` for every attribute the manifest lists. */
function attributeList(declaration: Declaration): string {
  return (declaration.attributes ?? [])
    .map((attribute) => {
      const fallback = unquote(attribute.default);
      return fallback && /^[\w-]+$/.test(fallback) && !/^[A-Z_]+$/.test(fallback)
        ? `\`${attribute.name}="${fallback}"\``
        : `\`${attribute.name}\``;
    })
    .join(', ');
}

/** The docs page's description for `tag` (Storybook's `extractComponentDescription`). */
export function componentDescription(tag: unknown): string | null {
  const declaration = declarationOf(tag);
  if (!declaration) return null;
  const text = [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
  return [
    text,
    '## Embed',
    'One script defines every widget; then put the tag where the widget goes:',
    '```html\n' + embedSnippet(declaration.tagName!) + '\n```',
    `Attributes (defaults shown): ${attributeList(declaration)}. The table below lists the ` +
      'properties (with controls), events (logged in the Actions panel), slots, CSS parts and ' +
      'CSS custom properties.',
  ].join('\n\n');
}
