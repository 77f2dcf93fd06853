import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/article-card/define.js';
import '../src/components/article/define.js';
import '../src/components/related-articles/define.js';
import feed from '../test/fixtures/jsonfeed/feed.json';
import wordpressList from '../test/fixtures/wordpress/posts-news.json';
import wordpressPost from '../test/fixtures/wordpress/post.json';

/**
 * Data the widgets take as sites already serve it: WordPress REST answers (captured from a real
 * WordPress by scripts/wordpress/capture-fixtures.mjs) and a JSON Feed 1.1. The captured site is
 * not running here, so its uploaded image URLs are pointed at a local sample image; every other
 * field is as WordPress sent it.
 */

// Storybook serves seeds/ at /seeds (a bundled image would be inlined as a data: URL, which
// maqal rightly refuses).
const featured = '/seeds/images/sahel-map.svg';
const UPLOADS = /^https:\/\/wordpress\.example\/wp-content\/uploads\/\S+/;

/** A deep copy with the offline site's upload URLs (also inside `srcset`-able sizes) replaced. */
function offline<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, field: unknown) =>
    typeof field === 'string' && UPLOADS.test(field) ? featured : field,
  ) as T;
}

type Format = 'auto' | 'maqal' | 'wordpress' | 'jsonfeed';

interface AdapterArgs {
  format: Format;
  theme: 'auto' | 'light' | 'dark';
  data: unknown;
}

const meta: Meta<AdapterArgs> = {
  title: 'Data/Adapters',
  args: { format: 'auto', theme: 'auto' },
  argTypes: {
    format: { control: 'inline-radio', options: ['auto', 'maqal', 'wordpress', 'jsonfeed'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    data: { control: 'object' },
  },
};
export default meta;

type Story = StoryObj<AdapterArgs>;

const card = (args: AdapterArgs) =>
  html`<maqal-article-card
    style="max-inline-size: 360px"
    format=${args.format}
    theme=${args.theme}
    .article=${args.data}
  ></maqal-article-card>`;

const related = (args: AdapterArgs) =>
  html`<maqal-related-articles
    format=${args.format}
    theme=${args.theme}
    .articles=${args.data}
  ></maqal-related-articles>`;

const article = (args: AdapterArgs) =>
  html`<maqal-article
    style="max-inline-size: 760px"
    format=${args.format}
    theme=${args.theme}
    .article=${args.data}
  ></maqal-article>`;

/** `GET /wp-json/wp/v2/posts/ID?_embed` in a card: entities decoded, featured image with srcset. */
export const WordPressPostCard: Story = {
  name: 'WordPress post → card',
  render: card,
  args: { format: 'wordpress', data: offline(wordpressPost.body) },
};

/** `GET /wp-json/wp/v2/posts?_embed&categories=ID`: the category's posts as a related list. */
export const WordPressCategoryList: Story = {
  name: 'WordPress category → related list',
  render: related,
  args: { format: 'wordpress', data: offline(wordpressList.body) },
};

/** The same post as a full article: sanitised `content.rendered`, caption, author, tags. */
export const WordPressPostArticle: Story = {
  name: 'WordPress post → article',
  render: article,
  args: { format: 'wordpress', data: offline(wordpressPost.body) },
};

/** A JSON Feed 1.1 in a related list. */
export const JsonFeedList: Story = {
  name: 'JSON Feed → related list',
  render: related,
  args: { format: 'jsonfeed', data: feed },
};

/** A JSON Feed's first item in a card (`format="auto"` recognises the feed by its version). */
export const JsonFeedCard: Story = {
  name: 'JSON Feed → card (auto)',
  render: card,
  args: { format: 'auto', data: feed },
};

/** A JSON Feed's first item as a full article, the feed's title as publisher. */
export const JsonFeedArticle: Story = {
  name: 'JSON Feed → article',
  render: article,
  args: { format: 'jsonfeed', data: feed },
};

/** `format="wordpress"` given something else: the error names the missing field. */
export const WrongShape: Story = {
  name: 'Wrong shape → readable error',
  render: card,
  args: { format: 'wordpress', data: { title: 'عنوان بصيغة maqal', url: '#' } },
};
