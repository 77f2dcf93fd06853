import { css } from 'lit';
import { base } from '../../lib/styles/tokens.js';

export const commentFormStyles = [
  base,
  css`
    .root {
      position: relative;
      padding: var(--_space);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
    }

    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: calc(var(--_space) * 0.5) var(--_space);
      margin-block-end: calc(var(--_space) * 0.5);
    }

    .heading {
      margin: 0;
      font-family: inherit;
      font-size: 1.35em;
      font-weight: 700;
      line-height: 1.5;
      color: var(--_color-text);
      text-transform: none;
      letter-spacing: inherit;
    }

    .cancel {
      padding: 0;
      border: 0;
      background: none;
      font: inherit;
      font-size: 0.85em;
      color: var(--_color-accent);
      text-decoration: underline;
      cursor: pointer;
    }

    .form {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.75);
      margin: 0;
    }

    .notice {
      margin: 0;
      font-size: 0.9em;
      color: var(--_color-text-muted);
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.25);
      margin: 0;
    }

    .field label {
      font-weight: 700;
    }

    .required {
      color: var(--_color-danger);
    }

    .control {
      inline-size: 100%;
      max-inline-size: 100%;
      margin: 0;
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
      border: 1px solid var(--_color-border);
      border-radius: calc(var(--_radius) / 2);
      background: var(--_color-surface);
      color: var(--_color-text);
      font: inherit;
      line-height: 1.6;
    }

    /* align-self keeps the short fields at the form's inline start even when they are ltr. */
    .field-email .control,
    .field-website .control,
    .field-name .control {
      align-self: start;
      /* em, not rem: the host page's root font size must not resize the form. */
      max-inline-size: 26em;
    }

    /* Email and URL are Latin and left-to-right; they still sit at the inline start. */
    .field-email .control,
    .field-website .control {
      text-align: start;
    }

    .root[dir='rtl'] .field-email .control,
    .root[dir='rtl'] .field-website .control {
      text-align: end;
    }

    textarea.control {
      min-block-size: 10em;
      resize: vertical;
    }

    .control:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 1px;
      border-color: var(--_color-focus);
    }

    /* The bar marks the form's inline start on every field: a logical property would follow each
       control's own direction and put it on the left of the left-to-right email in Arabic. */
    .control[aria-invalid='true'] {
      border-color: var(--_color-danger);
    }

    .root[dir='rtl'] .control[aria-invalid='true'] {
      border-right-width: 4px;
    }

    .root[dir='ltr'] .control[aria-invalid='true'] {
      border-left-width: 4px;
    }

    .field-error {
      font-size: 0.9em;
      font-weight: 700;
      color: var(--_color-danger);
    }

    /* The honeypot: out of sight and out of reach for people; bots that fill every field find it. */
    .trap {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      opacity: 0;
      pointer-events: none;
    }

    .consent {
      display: flex;
      align-items: flex-start;
      gap: calc(var(--_space) * 0.5);
      margin: 0;
      font-size: 0.92em;
    }

    .consent input {
      flex: none;
      inline-size: 1.1em;
      block-size: 1.1em;
      margin: 0;
      margin-block-start: 0.35em;
      accent-color: var(--_color-accent);
    }

    .actions {
      margin: 0;
    }

    .submit {
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.25);
      border: 0;
      border-radius: calc(var(--_radius) / 2);
      background: var(--_color-accent);
      color: var(--_color-on-accent);
      font: inherit;
      font-weight: 700;
      cursor: pointer;
    }

    .submit[aria-disabled='true'] {
      opacity: 0.6;
      cursor: progress;
    }

    .status p {
      margin: 0;
    }

    .status-sending {
      color: var(--_color-text-muted);
    }

    .status-pending,
    .status-approved,
    .status-error {
      padding: calc(var(--_space) * 0.75) var(--_space);
      border: 1px solid currentColor;
      border-inline-start-width: 4px;
      border-radius: calc(var(--_radius) / 2);
    }

    .status-pending,
    .status-approved {
      border-color: var(--_color-success);
    }

    .status-error {
      border-color: var(--_color-danger);
    }

    .status-invalid .status-main,
    .status-error .status-main {
      font-weight: 700;
      color: var(--_color-danger);
    }

    .status-pending .status-main,
    .status-approved .status-main {
      font-weight: 700;
      color: var(--_color-success);
    }

    .posted {
      margin-block-start: var(--_space);
      padding: var(--_space);
      border-radius: calc(var(--_radius) / 2);
      background: var(--_color-surface-muted);
    }

    .posted p {
      margin: 0;
    }

    .posted-author {
      font-weight: 700;
    }

    .posted-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      text-align: start;
    }

    /* Without it the button reads as plain text in forced colours (high contrast). */
    @media (forced-colors: active) {
      .submit {
        border: 1px solid ButtonText;
      }
    }

    /* Empty fields and a button are no use on paper (news sites leave the form out of print). */
    @media print {
      :host {
        display: none !important;
      }
    }
  `,
];
