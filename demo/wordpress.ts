// demo/wordpress.html: the widgets reading a WordPress site's own REST API, no reshaping.
// ?wp=http://127.0.0.1:PORT picks the site (default http://127.0.0.1:8089), &post=ID the article.
// Every element this page uses, whether or not src/define.ts registers it yet.
import '../src/components/article-card/define.js';
import '../src/components/article/define.js';
import '../src/components/comment-form/define.js';
import '../src/components/related-articles/define.js';
import type { MaqalArticle } from '../src/components/article/article.js';
import type { MaqalRelatedArticles } from '../src/components/related-articles/related-articles.js';
import { safeUrl } from '../src/lib/safe-url.js';

const params = new URLSearchParams(location.search);
const given = safeUrl(params.get('wp') ?? 'http://127.0.0.1:8089');
const site = (given && /^https?:/i.test(given) ? given : 'http://127.0.0.1:8089').replace(
  /\/+$/,
  '',
);
const rest = (route: string) => `${site}/wp-json/wp/v2/${route}`;
const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

$('#wp-site').textContent = site;

async function latestPosts(): Promise<Record<string, unknown>[] | undefined> {
  try {
    const answer = await fetch(rest('posts?_embed&per_page=6'), {
      headers: { Accept: 'application/json' },
    });
    return answer.ok ? ((await answer.json()) as Record<string, unknown>[]) : undefined;
  } catch {
    return undefined;
  }
}

const posts = await latestPosts();
if (!posts || posts.length === 0) {
  $('#wp-offline-site').textContent = site;
  $<HTMLElement>('#wp-offline').hidden = false;
} else {
  $<HTMLElement>('#wp-online').hidden = false;
  const wanted = params.get('post');
  const post = posts.find((each) => String(each.id) === wanted) ?? posts[0];
  const id = wanted && /^\d+$/.test(wanted) ? wanted : String(post.id);

  $<MaqalArticle>('maqal-article').src = rest(`posts/${id}?_embed`);

  // The comment form (slot="comments") needs nothing more: the article hands it the endpoint
  // and post id the adapter found, and hides it when the post's comments are closed.

  // More from the post's first category, without the post itself.
  const categories = post.categories as number[] | undefined;
  const related = $<MaqalRelatedArticles>('maqal-related-articles');
  related.exclude = [id];
  related.src = categories?.length
    ? rest(`posts?_embed&per_page=6&categories=${categories[0]}`)
    : rest('posts?_embed&per_page=6');

  // Cards straight from each post's REST URL.
  const cards = $('#wp-cards');
  for (const each of posts.slice(0, 3)) {
    const card = document.createElement('maqal-article-card');
    card.setAttribute('format', 'wordpress');
    card.setAttribute('theme', document.documentElement.dataset.theme ?? 'auto');
    card.setAttribute('src', rest(`posts/${each.id}?_embed`));
    cards.append(card);
  }
}
