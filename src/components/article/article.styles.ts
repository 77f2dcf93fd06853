import { css } from 'lit';
import { base, errorStyles } from '../../lib/styles/tokens.js';

export const articleStyles = [
  base,
  errorStyles,
  css`
    :host {
      --_measure: var(--maqal-article-measure, 42em);
      --_body-font-size: var(--maqal-article-font-size, 1.12em);
      --_body-line-height: var(--maqal-article-line-height, 1.95);
    }

    .article {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.25);
      max-inline-size: var(--_measure);
      margin-inline: auto;
      padding: clamp(var(--_space) * 0.75, 4vw, var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: var(--_color-surface);
      color: var(--_color-text);
    }

    /* User-provided strings are isolated: one field cannot reorder its neighbours. They take
       the article's direction, not a guess from their first letter (<bdi>): "TechCrunch العربية"
       and "Su-57 خلال …" are Arabic text that starts with a Latin word. */
    .title-text,
    .category,
    .author,
    .publisher-name,
    .isolated,
    .tag {
      unicode-bidi: isolate;
    }

    .header {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.5);
    }

    .category {
      align-self: start;
      font-size: 0.85em;
      font-weight: 700;
      line-height: 1.4;
      color: var(--_color-accent);
      text-decoration: none;
    }

    a.category:hover {
      text-decoration: underline;
    }

    .title {
      margin: 0;
      font-family: inherit;
      font-size: clamp(1.5em, 1.2em + 1.6vw, 2.1em);
      font-weight: 700;
      line-height: 1.45;
      color: var(--_color-text);
      text-transform: none;
      letter-spacing: inherit;
      text-wrap: balance;
    }

    /* One line of running text, so isolation (not layout) keeps each field in its place. */
    .meta {
      margin: 0;
      font-size: 0.85em;
      line-height: 1.6;
      color: var(--_color-text-muted);
    }

    /* A field that does not fit moves to the next line whole, with its label and separator
       ("آخر تحديث:" must not end a line without its date); only a field wider than the whole
       line wraps inside, rather than overflow. The byline may wrap inside a long name. */
    .meta > span {
      display: inline-block;
    }

    .meta > .byline {
      display: inline;
    }

    .meta > span:not(:last-child)::after {
      content: '·'; /* for browsers without alternative text */
      content: '·' / '';
      margin-inline: 0.6em;
    }

    .meta a {
      color: var(--_color-text);
      font-weight: 700;
      text-decoration: none;
    }

    .meta a:hover {
      text-decoration: underline;
    }

    .avatar {
      inline-size: 1.75em;
      block-size: 1.75em;
      margin-inline-end: 0.4em;
      border-radius: 50%;
      object-fit: cover;
      vertical-align: middle;
    }

    .figure {
      margin: 0;
    }

    /* A tall picture is cropped to most of the screen rather than pushing the text away. */
    .figure img {
      display: block;
      inline-size: 100%;
      block-size: auto;
      max-block-size: 75vh;
      object-fit: cover;
      border-radius: calc(var(--_radius) / 2);
      background: var(--_color-surface-muted);
    }

    /* Without its size in the data, the box is 16:9 from the start, so nothing moves on load. */
    .figure img:not([width][height]) {
      aspect-ratio: 16 / 9;
    }

    .figcaption {
      margin-block-start: 0.5em;
      font-size: 0.82em;
      line-height: 1.6;
      color: var(--_color-text-muted);
    }

    .credit {
      margin-inline-start: 0.5em;
      unicode-bidi: isolate;
    }

    /*
     * The body: a Naskh-friendly size and line height. Justified Arabic is traditional, but
     * browsers justify Arabic by stretching spaces rather than with kashida, which opens
     * rivers in a narrow column; start-aligned reads better here (a token restores justify).
     */
    .body {
      font-size: var(--_body-font-size);
      line-height: var(--_body-line-height);
      text-align: var(--maqal-article-text-align, start);
      overflow-wrap: break-word;
      hyphens: manual;
    }

    /* Nothing in a body may be wider than the column (e.g. <hr width="4000">, a huge image). */
    .body :where(*) {
      max-inline-size: 100%;
    }

    .body[aria-busy='true'] {
      min-block-size: 12em;
    }

    .body > :first-child {
      margin-block-start: 0;
    }

    .body > :last-child {
      margin-block-end: 0;
    }

    .body p,
    .body ul,
    .body ol,
    .body blockquote,
    .body pre,
    .body table,
    .body figure {
      margin-block: 0 1em;
    }

    .body h1,
    .body h2,
    .body h3,
    .body h4,
    .body h5,
    .body h6 {
      margin-block: 1.4em 0.5em;
      font-family: inherit;
      font-weight: 700;
      line-height: 1.5;
      letter-spacing: normal;
      text-transform: none;
      color: var(--_color-text);
    }

    .body h1,
    .body h2 {
      font-size: 1.35em;
    }

    .body h3 {
      font-size: 1.2em;
    }

    .body h4,
    .body h5,
    .body h6 {
      font-size: 1.05em;
    }

    .body a {
      color: var(--_color-accent);
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }

    .body ul,
    .body ol {
      padding-inline-start: 1.5em;
    }

    .body blockquote > :last-child,
    .body li > :last-child {
      margin-block-end: 0;
    }

    .body li + li {
      margin-block-start: 0.25em;
    }

    .body blockquote {
      margin-inline: 0;
      padding-block: 0.25em;
      padding-inline: 1em 0;
      border-inline-start: 4px solid var(--_color-accent);
      color: var(--_color-text-muted);
    }

    /* Sizes from the data: never wider than the column, never taller than most of the screen
       (<img width="1" height="99999999"> would make the page millions of pixels tall). A
       picture taller than that is letterboxed, not cropped: nothing of it is hidden. */
    .body img {
      max-inline-size: 100%;
      block-size: auto;
      max-block-size: 75vh;
      object-fit: contain;
      border-radius: calc(var(--_radius) / 2);
    }

    /* Each <big> is 1.2 times its parent: sixty nested ones reach the largest font there is. */
    .body big big {
      font-size: inherit;
    }

    .body code,
    .body pre {
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
      font-size: 0.85em;
    }

    /* Code reads left to right wherever it sits. */
    .body code {
      direction: ltr;
      unicode-bidi: isolate;
      padding: 0.1em 0.3em;
      border-radius: 4px;
      background: var(--_color-surface-muted);
    }

    .body pre {
      direction: ltr;
      text-align: left;
      overflow-x: auto;
      padding: 0.75em 1em;
      border-radius: calc(var(--_radius) / 2);
      background: var(--_color-surface-muted);
      line-height: 1.5;
    }

    .body pre code {
      padding: 0;
      background: none;
      font-size: 1em;
    }

    .body table {
      display: block;
      max-inline-size: 100%;
      overflow-x: auto;
      border-collapse: collapse;
      font-size: 0.92em;
    }

    .body th,
    .body td {
      padding: 0.4em 0.75em;
      border: 1px solid var(--_color-border);
      text-align: start;
    }

    .body th {
      background: var(--_color-surface-muted);
    }

    .body hr {
      border: 0;
      border-block-start: 1px solid var(--_color-border);
      margin-block: 1.5em;
    }

    .tags {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      font-size: 0.85em;
    }

    .tags-label {
      font-weight: 700;
      color: var(--_color-text-muted);
    }

    .tags ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .tag {
      display: inline-block;
      padding: 0.15em 0.8em;
      border: 1px solid var(--_color-border);
      border-radius: 999px;
      background: var(--_color-surface-muted);
      color: var(--_color-text);
      text-decoration: none;
    }

    a.tag:hover {
      border-color: var(--_color-accent);
      color: var(--_color-accent);
    }

    .publisher {
      display: flex;
      align-items: start;
      gap: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_color-border);
      border-inline-start: 4px solid var(--_color-accent);
      border-radius: calc(var(--_radius) / 2);
      background: var(--_color-surface-muted);
    }

    .publisher-logo {
      flex: none;
      inline-size: 64px;
      block-size: 64px;
      border-radius: 50%;
      object-fit: contain;
      background: var(--_color-surface);
    }

    .publisher-text {
      min-inline-size: 0;
    }

    .publisher-label {
      margin: 0;
      font-size: 0.8em;
      color: var(--_color-text-muted);
    }

    .publisher-name {
      display: block;
      margin: 0;
      font-size: 1.1em;
      font-weight: 700;
      color: var(--_color-text);
    }

    a.publisher-name {
      display: inline-block;
      text-decoration: none;
    }

    a.publisher-name:hover {
      text-decoration: underline;
    }

    .publisher-description {
      margin: 0.25em 0 0;
      font-size: 0.92em;
      line-height: 1.8;
    }

    .after {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.5);
    }

    /* An article is long: while it loads, hold a screenful so what follows it does not jump
       into view and out again (no layout shift). */
    .skeleton,
    .body[aria-busy='true'] {
      min-block-size: 100vh;
    }

    .skeleton .bar {
      display: block;
      block-size: 1em;
      margin-block: 0.5em;
      border-radius: 4px;
      background: var(--_color-surface-muted);
      inline-size: 80%;
    }

    .skeleton .bar-title {
      block-size: 2em;
      inline-size: 70%;
    }

    .skeleton .bar-short {
      inline-size: 30%;
    }

    .skeleton .bar-long {
      inline-size: 95%;
    }

    @media print {
      .figure,
      .publisher,
      .body img,
      .body figure {
        break-inside: avoid;
      }
    }
  `,
];
