import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';

/** A level in 1..6 from an attribute value; anything else falls back to `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/**
 * `h1`…`h6` as static template parts. Embedded widgets must fit the host page's outline, so
 * the level is an attribute; a static tag gives one template per level (Lit caches each), where
 * a binding cannot name a tag.
 */
export const HEADING_TAGS: StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** `<hN>` around `content`, for a `level` already checked by `headingLevel`. */
export function heading(
  level: number,
  content: unknown,
  attrs: { part: string; className: string; id?: string },
): TemplateResult {
  const tag = HEADING_TAGS[level - 1];
  // The Lit lint rules read `<${tag}>` as a binding in a tag name; it is a static literal.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${attrs.part} class=${attrs.className} id=${ifDefined(attrs.id)}>${content}</${tag}>`;
}
