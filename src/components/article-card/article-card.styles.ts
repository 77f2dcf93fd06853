import { css } from 'lit';
import { base, errorStyles } from '../../lib/styles/tokens.js';

export const articleCardStyles = [
  base,
  errorStyles,
  css`
    .card {
      position: relative;
      display: grid;
      grid-template-rows: auto 1fr;
      block-size: 100%;
      overflow: hidden;
      margin: 0;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
      box-shadow: var(--_shadow);
      transition: box-shadow 0.15s ease;
    }

    .card:hover {
      box-shadow: 0 4px 14px rgb(0 0 0 / 0.16);
    }

    /* The link covers the card, so the focus ring goes on the card. */
    .card:has(.link:focus-visible) {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }

    .link:focus-visible {
      outline: none;
    }

    .media {
      aspect-ratio: var(--maqal-card-image-ratio, 16 / 9);
      overflow: hidden;
      background: var(--_color-surface-muted);
    }

    .media img {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      max-inline-size: none;
      object-fit: cover;
      border: 0;
    }

    .placeholder {
      background:
        linear-gradient(135deg, transparent 0 60%, rgb(0 0 0 / 0.04) 60% 100%),
        var(--_color-surface-muted);
    }

    .content {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.375);
      min-inline-size: 0;
      padding: var(--_space);
    }

    .category {
      align-self: start;
      font-size: 0.8em;
      font-weight: 700;
      line-height: 1.4;
      color: var(--_color-accent);
    }

    .title {
      margin: 0;
      font-family: inherit;
      font-size: 1.15em;
      font-weight: 700;
      line-height: 1.5;
      color: var(--_color-text);
      text-transform: none;
      letter-spacing: inherit;
    }

    .link {
      color: inherit;
      text-decoration: none;
    }

    .link::after {
      content: '';
      position: absolute;
      inset: 0;
    }

    .card:hover .link {
      color: var(--_color-accent);
    }

    .excerpt {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--maqal-card-excerpt-lines, 3);
      line-clamp: var(--maqal-card-excerpt-lines, 3);
      overflow: hidden;
      margin: 0;
      font-size: 0.92em;
      color: var(--_color-text-muted);
    }

    .meta {
      margin: 0;
      margin-block-start: auto;
      font-size: 0.8em;
      color: var(--_color-text-muted);
    }

    .layout-horizontal {
      grid-template-rows: none;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }

    .layout-horizontal .media {
      aspect-ratio: auto;
      min-block-size: 100%;
    }

    .layout-compact {
      grid-template-rows: none;
      box-shadow: none;
    }

    .layout-compact .content {
      padding: calc(var(--_space) * 0.75);
      gap: calc(var(--_space) * 0.25);
    }

    .layout-compact .title {
      font-size: 1em;
    }

    .skeleton .bar {
      display: block;
      block-size: 0.9em;
      margin-block: 0.3em;
      border-radius: 4px;
      background: var(--_color-surface-muted);
      inline-size: 70%;
    }

    .skeleton .bar-short {
      inline-size: 30%;
    }

    .skeleton .bar-long {
      inline-size: 90%;
    }

    @media print {
      .card {
        break-inside: avoid;
      }
    }
  `,
];
