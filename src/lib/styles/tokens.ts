import { css } from 'lit';

/**
 * The theme, in two layers. Public tokens (`--maqal-*`, documented in the README and on each
 * element) are read once here into private `--_*` properties whose defaults hold a light and a
 * dark value; the host's `color-scheme` chooses. Without a `theme` it is the page's (inherited):
 * dark only where the page says it supports dark (`color-scheme: light dark`) and the system
 * prefers it, so a light-only site never gets dark widgets. `theme="auto"` follows the system,
 * `light` and `dark` force. A site that sets a public token sets it for both themes.
 */
export const tokens = css`
  :host {
    /* Two default stacks: Naskh first for right-to-left (Arabic) text, the system's UI font for
       the rest, whose metrics set Latin text where it belongs, with the Arabic fonts after it for
       Arabic words in left-to-right text. The public token sets both. */
    --_font-family: var(
      --maqal-font-family,
      system-ui,
      'Noto Naskh Arabic',
      'Noto Sans Arabic',
      'Segoe UI',
      'Geeza Pro',
      'Dubai',
      Tahoma,
      sans-serif
    );
    --_font-family-rtl: var(
      --maqal-font-family,
      'Noto Naskh Arabic',
      'Noto Sans Arabic',
      'Segoe UI',
      'Geeza Pro',
      'Dubai',
      Tahoma,
      system-ui,
      sans-serif
    );
    --_font-size: var(--maqal-font-size, 17px);
    --_line-height: var(--maqal-line-height, 1.8);
    --_radius: var(--maqal-radius, 12px);
    --_space: var(--maqal-space, 16px);
    --_focus-ring: var(--maqal-focus-ring-width, 3px) solid var(--_color-focus);

    /* light-dark() picks by the host's color-scheme: the system's, or the theme attribute's. */
    --_color-text: var(--maqal-color-text, light-dark(#1b1f24, #e8eaed));
    --_color-text-muted: var(--maqal-color-text-muted, light-dark(#59616b, #aab1bb));
    --_color-accent: var(--maqal-color-accent, light-dark(#b3261e, #ff8a80));
    --_color-on-accent: var(--maqal-color-on-accent, light-dark(#fff, #1b1f24));
    --_color-surface: var(--maqal-color-surface, light-dark(#fff, #1e2227));
    --_color-surface-muted: var(--maqal-color-surface-muted, light-dark(#f2f3f5, #2a2f36));
    --_color-border: var(--maqal-color-border, light-dark(#d9dce1, #3b424b));
    --_color-focus: var(--maqal-color-focus, light-dark(#1a5fd0, #8ab4f8));
    --_color-danger: var(--maqal-color-danger, light-dark(#b3261e, #ff8a80));
    --_color-success: var(--maqal-color-success, light-dark(#1e6b34, #81c995));
    --_shadow: var(--maqal-shadow, 0 1px 3px light-dark(rgb(0 0 0 / 0.12), rgb(0 0 0 / 0.5)));
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /* Paper is light: a dark theme would print as grey text, or as dark panels with backgrounds.
     By selector (not !important), so a page's own rule on the element still wins. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
  }
`;

/**
 * What every element adopts: the tokens, plus typography set on the element's own root
 * (`.root`) rather than inherited from `:host`, so a host page's `* { ... !important }` or
 * `html { font-size: 62.5% }` cannot reach inside.
 */
export const base = css`
  ${tokens}

  :host {
    display: block;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Elements hide optional pieces with the attribute; their own display must not undo it. */
  [hidden] {
    display: none !important;
  }

  .root {
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    /* A long URL or word in the data breaks rather than widen the host's page. */
    overflow-wrap: anywhere;
    color: var(--_color-text);
  }

  .root:dir(rtl) {
    font-family: var(--_font-family-rtl);
  }

  /* Arabic letters join: tracking breaks them apart, so it stays off whatever the host says. */
  .root:lang(ar) {
    letter-spacing: 0;
  }

  a {
    color: inherit;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      /* One short run: an infinite pulse cut to 0.01ms would flicker every frame. */
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }

  /* Forced colours drop background colours: loading bars keep a fill, or a loading widget looks empty. */
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      /* Over each skeleton's own (more specific) background rule. */
      background: GrayText !important;
    }
  }
`;

/** The error state of elements that load data (`MaqalElement#renderError`). */
export const errorStyles = css`
  .error {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_color-danger);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_color-surface);
    color: var(--_color-text);
  }

  .error strong {
    display: block;
    color: var(--_color-danger);
  }

  .error code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-size: 0.85em;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
    direction: ltr;
    display: inline-block;
  }
`;
