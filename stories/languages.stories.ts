import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import article from '../seeds/article.json';
import articleEn from '../seeds/article-en.json';
import related from '../seeds/related.json';
import { relatedEn } from './samples.js';

/**
 * Language and direction: each widget takes its language from the data's `lang`, else its own
 * `lang`, else the nearest ancestor's, else the page's; the direction follows unless `dir` is
 * set. These stories pin the language in the data, so the toolbar's language does not change them.
 */
const meta: Meta = {
  title: 'Guides/Languages',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const EnglishArticle: Story = {
  name: 'English, left to right',
  render: () => html`<maqal-article .article=${articleEn}></maqal-article>`,
};

export const ArabicArticle: Story = {
  name: 'Arabic, right to left',
  render: () => html`<maqal-article .article=${article} months="dual"></maqal-article>`,
};

export const MixedPage: Story = {
  name: 'Mixed page: one of each, side by side',
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 24px"
    >
      <maqal-article .article=${articleEn}></maqal-article>
      <maqal-article .article=${article}></maqal-article>
      <maqal-related-articles .articles=${relatedEn} limit="2"></maqal-related-articles>
      <maqal-related-articles .articles=${related.articles} limit="2"></maqal-related-articles>
    </div>`,
};

export const OverriddenStrings: Story = {
  name: 'One string overridden per element',
  render: () =>
    html`<maqal-related-articles
      .articles=${related}
      limit="3"
      strings=${JSON.stringify({ related: { heading: 'اقرأ أيضاً' } })}
    ></maqal-related-articles>`,
};
