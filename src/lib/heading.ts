import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A level in 1..6 from an attribute value; anything else falls back to `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/**
 * `<hN>` around `content`, for a `level` already checked by `headingLevel`. Embedded widgets
 * must fit the host page's outline, so the level is an attribute. A binding cannot name a tag,
 * so each level is its own plain template: Lit's static templates (`lit/static-html.js`) would
 * do it in one, but re-key their template on every render, which a list of a thousand cards
 * pays a thousand times.
 */
export function heading(
  level: number,
  content: unknown,
  { part, className, id }: { part: string; className: string; id?: string },
): TemplateResult {
  const at = ifDefined(id);
  // prettier-ignore
  switch (level) {
    case 1: return html`<h1 part=${part} class=${className} id=${at}>${content}</h1>`;
    case 2: return html`<h2 part=${part} class=${className} id=${at}>${content}</h2>`;
    case 3: return html`<h3 part=${part} class=${className} id=${at}>${content}</h3>`;
    case 4: return html`<h4 part=${part} class=${className} id=${at}>${content}</h4>`;
    case 5: return html`<h5 part=${part} class=${className} id=${at}>${content}</h5>`;
    default: return html`<h6 part=${part} class=${className} id=${at}>${content}</h6>`;
  }
}
