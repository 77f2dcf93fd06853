import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A level in 1..6 from an attribute value; anything else falls back to `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/**
 * `<h1>`…`<h6>` chosen at run time. Embedded widgets must fit the host page's outline, so the
 * level is an attribute; each level is spelled out because Lit templates cannot vary a tag name
 * without static templates (which cost more than this switch).
 */
export function heading(
  level: number,
  content: unknown,
  attrs: { part: string; className: string; id?: string },
): TemplateResult {
  const { part, className, id } = attrs;
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${className} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${className} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${className} id=${ifDefined(id)}>${content}</h6>`;
  }
}
