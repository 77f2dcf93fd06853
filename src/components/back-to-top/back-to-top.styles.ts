import { css } from 'lit';
import { base } from '../../lib/styles/tokens.js';

export const backToTopStyles = [
  base,
  css`
    :host {
      --_size: var(--maqal-back-to-top-size, 48px);
      --_offset: var(--maqal-back-to-top-offset, var(--_space));
      --_z-index: var(--maqal-back-to-top-z-index, 100);
      --_background: var(--maqal-back-to-top-background, var(--_color-accent));
      --_foreground: var(--maqal-back-to-top-color, var(--_color-on-accent));
      --_duration: var(--maqal-back-to-top-duration, 0.2s);
    }

    /* In a container, the host is a zero-height strip stuck to the bottom of the scrollport, so
       it takes no room in the container's content; the button sits just above it. */
    :host(:state(in-container)) {
      position: sticky;
      inset-block-end: 0;
      block-size: 0;
      z-index: var(--_z-index);
    }

    .root {
      position: fixed;
      z-index: var(--_z-index);
      inset-block-end: calc(var(--_offset) + env(safe-area-inset-bottom, 0px));
      /* Inline end: the right in LTR, the left in RTL, each clear of its own safe area. */
      inset-inline-end: calc(var(--_offset) + env(safe-area-inset-right, 0px));
      inline-size: max(44px, var(--_size));
      block-size: max(44px, var(--_size));
      line-height: 1;
      transition:
        opacity var(--_duration) ease,
        transform var(--_duration) ease,
        visibility 0s linear 0s;
    }

    .root[dir='rtl'] {
      inset-inline-end: calc(var(--_offset) + env(safe-area-inset-left, 0px));
    }

    :host(:state(in-container)) .root {
      position: absolute;
      inset-block-end: var(--_offset);
      inset-inline-end: var(--_offset);
    }

    /* Hidden: invisible, out of the tab order and the accessibility tree (with \`inert\`). The
       visibility change waits for the fade to finish. */
    .root.hidden {
      opacity: 0;
      transform: translateY(25%);
      visibility: hidden;
      transition:
        opacity var(--_duration) ease,
        transform var(--_duration) ease,
        visibility 0s linear var(--_duration);
    }

    .button {
      position: relative;
      display: grid;
      place-items: center;
      inline-size: 100%;
      block-size: 100%;
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: var(--_background);
      color: var(--_foreground);
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
      font: inherit;
      cursor: pointer;
      -webkit-tap-highlight-color: transparent;
    }

    .button:hover {
      filter: brightness(1.08);
    }

    .button:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 3px;
    }

    /* The arrow points up in every direction: it is not mirrored in RTL. */
    .icon {
      inline-size: 50%;
      block-size: 50%;
      fill: none;
      stroke: currentColor;
      stroke-width: 2.5;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    .ring {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      transform: rotate(-90deg);
      fill: none;
      pointer-events: none;
    }

    /* Progress runs clockwise from the top in LTR, anticlockwise in RTL: the reading direction. */
    .root[dir='rtl'] .ring {
      transform: scaleX(-1) rotate(-90deg);
    }

    .ring-track {
      stroke: currentColor;
      stroke-opacity: 0.3;
      stroke-width: 3;
    }

    .ring-value {
      stroke: currentColor;
      stroke-width: 3;
      stroke-linecap: round;
      stroke-dasharray: 100;
      stroke-dashoffset: 100;
    }

    @media (forced-colors: active) {
      .button {
        border: 1px solid ButtonText;
      }
    }

    /* A control for the screen; on paper it would sit over the text, on every page. */
    @media print {
      :host {
        display: none !important;
      }
    }
  `,
];
