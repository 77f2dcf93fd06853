import { expect } from '@open-wc/testing';

/** The computed properties that make text look the way it does. */
export const TYPOGRAPHY = [
  'fontFamily',
  'fontSize',
  'lineHeight',
  'letterSpacing',
  'textAlign',
  'color',
] as const;

export type Typography = Record<(typeof TYPOGRAPHY)[number], string>;

/** Those properties of `element` as they are now (a computed style is a live object). */
export function typographyOf(element: Element): Typography {
  const style = getComputedStyle(element);
  return Object.fromEntries(TYPOGRAPHY.map((prop) => [prop, style[prop]])) as Typography;
}

/**
 * Runs `check` while the page has hostile global CSS (`!important` on `*`, a small root font
 * size, plus `extra`), after making sure that CSS does reach the page's own elements.
 */
export async function withHostilePageCss(extra: string, check: () => Promise<void>) {
  const style = document.createElement('style');
  style.textContent = `* { letter-spacing: 5px !important; font-family: serif !important;
    line-height: 1 !important; text-align: center !important; color: lime !important;
    box-sizing: content-box !important } html { font-size: 62.5% } ${extra}`;
  document.head.append(style);
  try {
    expect(getComputedStyle(document.body).letterSpacing, 'the hostile CSS applies').to.equal(
      '5px',
    );
    await check();
  } finally {
    style.remove();
  }
}
