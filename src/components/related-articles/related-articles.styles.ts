import { css } from 'lit';
import { base, errorStyles } from '../../lib/styles/tokens.js';

/**
 * The list reserves each item's block size before the data arrives: `--_reserve` is the height
 * of the tallest card this list can hold (titles and excerpts are clamped), from the same
 * metrics as `<maqal-article-card>`'s stylesheet (padding, gaps, font sizes, line heights, image
 * ratio). Placeholders are exactly that tall and every item is at least that tall, so the
 * section keeps its height when the cards replace the placeholders.
 */
export const relatedArticlesStyles = [
  base,
  errorStyles,
  css`
    :host(:state(empty)) {
      display: none;
    }

    .root {
      container: maqal-related / inline-size;
      margin: 0;

      --_gap: var(--maqal-related-gap, var(--_space));
      /* Room around each card for its focus ring and shadow (see .item). */
      --_pad: calc(var(--maqal-focus-ring-width, 3px) + 3px);
      --_ratio: var(--maqal-card-image-ratio, 16 / 9);
      --_title-lines: var(--maqal-related-title-lines, 3);
      --_excerpt-lines: var(--maqal-card-excerpt-lines, 3);
      /* Category, title, excerpt and date lines of a card, as in article-card.styles.ts. */
      --_text: calc(
        var(--_font-size) *
          (
            0.8 * 1.4 + var(--_title-lines) * 1.15 * 1.5 + var(--_excerpt-lines) * 0.92 *
              var(--_line-height) + 0.8 * var(--_line-height)
          )
      );
      --_text-box: calc(2px + 2 * var(--_space) + 3 * 0.375 * var(--_space) + var(--_text));
    }

    /*
     * Set on the list, not the root: the root is the container its own queries cannot see.
     * Each item pads its card by --_pad, room for the focus ring and the shadow, which the
     * item's paint containment (content-visibility) would clip; the list's gap makes up for it.
     */
    .list {
      --_list-gap: max(0px, var(--_gap) - 2 * var(--_pad));
      --_cols: 1;
      --_track: calc((100cqi - (var(--_cols) - 1) * var(--_list-gap)) / var(--_cols));
      --_card: calc(var(--_track) - 2 * var(--_pad));
      --_reserve: calc(2 * var(--_pad) + var(--_text-box) + (var(--_card) - 2px) / (var(--_ratio)));
    }

    .layout-horizontal .list {
      --_reserve: calc(2 * var(--_pad) + var(--_text-box));
    }

    .layout-compact .list {
      --_reserve: calc(
        2 * var(--_pad) + 2px + 2 * 0.75 * var(--_space) + 2 * 0.25 * var(--_space) +
          var(--_font-size) * (0.8 * 1.4 + var(--_title-lines) * 1.5 + 0.8 * var(--_line-height))
      );
    }

    @container maqal-related (min-width: 520px) {
      .variant-grid:not(.layout-horizontal) .list {
        --_cols: 2;
      }
    }

    @container maqal-related (min-width: 780px) {
      .variant-grid:not(.layout-horizontal) .list {
        --_cols: 3;
      }
      .variant-grid.layout-horizontal .list {
        --_cols: 2;
      }
    }

    @container maqal-related (min-width: 1040px) {
      .variant-grid:not(.layout-horizontal) .list {
        --_cols: 4;
      }
    }

    .heading {
      margin: 0;
      margin-block-end: calc(var(--_space) * 0.5);
      /* In line with the cards, which sit --_pad inside their items. */
      margin-inline: var(--_pad);
      padding-inline-start: calc(var(--_space) * 0.625);
      border-inline-start: 4px solid var(--_color-accent);
      font-family: inherit;
      font-size: 1.35em;
      font-weight: 700;
      line-height: 1.4;
      letter-spacing: inherit;
      text-transform: none;
      color: var(--_color-text);
    }

    .list {
      display: grid;
      grid-template-columns: repeat(var(--_cols), minmax(0, 1fr));
      gap: var(--_list-gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .item {
      display: grid;
      /* A definite track: the card is never measured for its min-content width, which for a
         multi-megabyte title took Chromium ~20 s (with this, a few seconds). */
      grid-template-columns: minmax(0, 1fr);
      min-inline-size: 0;
      min-block-size: var(--_reserve);
      margin: 0;
      padding: var(--_pad);
    }

    /*
     * In a long list, cards far from the viewport are neither laid out nor painted until
     * scrolled near. (Short lists skip it: nothing to gain, and off-screen captures stay whole.)
     */
    .long > .item {
      content-visibility: auto;
      /* The content box's size while skipped: the padding comes on top. */
      contain-intrinsic-inline-size: auto var(--_card);
      contain-intrinsic-block-size: auto calc(var(--_reserve) - 2 * var(--_pad));
    }

    .item::marker {
      content: none;
    }

    maqal-article-card::part(title) {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--_title-lines);
      line-clamp: var(--_title-lines);
      overflow: hidden;
    }

    /* The scroller: one row, snapping to each card, in the reading direction. */
    .scroller {
      overflow-inline: auto;
      overflow-block: hidden;
      scroll-snap-type: inline mandatory;
      overscroll-behavior-inline: contain;
    }

    .scroller:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: -2px;
    }

    .variant-scroller .list {
      --_card: var(--maqal-related-item-size, clamp(220px, 72cqi, 300px));
      --_track: calc(var(--_card) + 2 * var(--_pad));
      grid-template-columns: none;
      grid-auto-flow: column;
      grid-auto-columns: var(--_track);
    }

    .variant-scroller.layout-horizontal .list {
      --_card: var(--maqal-related-item-size, clamp(300px, 85cqi, 460px));
    }

    .variant-scroller .item {
      scroll-snap-align: start;
    }

    .placeholder {
      display: grid;
      grid-template-rows: auto 1fr;
      overflow: hidden;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
    }

    .placeholder .media {
      aspect-ratio: var(--_ratio);
      background: var(--_color-surface-muted);
    }

    .placeholder .lines {
      padding: var(--_space);
    }

    .layout-horizontal .placeholder,
    .layout-compact .placeholder {
      grid-template-rows: none;
    }

    .bar {
      display: block;
      block-size: 0.9em;
      margin-block: 0.5em;
      inline-size: 70%;
      border-radius: 4px;
      background: var(--_color-surface-muted);
      animation: pulse 1.5s ease-in-out infinite alternate;
    }

    .bar-short {
      inline-size: 30%;
    }

    .bar-long {
      inline-size: 90%;
    }

    @keyframes pulse {
      to {
        opacity: 0.45;
      }
    }

    .empty {
      margin: 0;
      margin-inline: var(--_pad);
      color: var(--_color-text-muted);
    }

    @media print {
      .item {
        break-inside: avoid;
      }
    }
  `,
];
