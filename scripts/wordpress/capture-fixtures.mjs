// Captures what a real WordPress answers into test/fixtures/wordpress/, for the adapter unit
// tests and the stories. Run it against a site started by scripts/wordpress/start.sh:
//
//   WP_DATA=/tmp/maqal-wordpress node scripts/wordpress/capture-fixtures.mjs
//
// The site's loopback address is replaced by https://wordpress.example so the fixtures do not
// depend on a port; everything else is what WordPress sent (formatted with prettier after).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const data = process.env.WP_DATA ?? '/tmp/maqal-wordpress';
const site = JSON.parse(readFileSync(join(data, 'fixture.json'), 'utf8'));
const out = new URL('../../test/fixtures/wordpress/', import.meta.url);
mkdirSync(out, { recursive: true });
const PLACEHOLDER = 'https://wordpress.example';

async function capture(name, path, init = {}) {
  const response = await fetch(`${site.url}${path}`, {
    ...init,
    headers: {
      Origin: 'http://127.0.0.1:9999',
      'Content-Type': 'application/json',
      ...init.headers,
    },
  });
  const body = await response.json();
  const text = JSON.stringify({ status: response.status, body }, null, 2).replaceAll(
    site.url,
    PLACEHOLDER,
  );
  writeFileSync(new URL(`${name}.json`, out), `${text}\n`);
  console.log(`${name}: ${response.status}`);
}

const { main } = site.posts;
await capture('post', `/wp-json/wp/v2/posts/${main}?_embed`);
await capture('post-no-embed', `/wp-json/wp/v2/posts/${main}`);
await capture('posts-news', `/wp-json/wp/v2/posts?_embed&categories=${site.category_id}`);
await capture('post-missing', `/wp-json/wp/v2/posts/999999`);

const comment = {
  post: main,
  author_name: 'زائر',
  author_email: `capture-${Date.now()}@example.com`,
  content: `تعليق للالتقاط ${Date.now()}`,
};
const post = (body) => ({ method: 'POST', body: JSON.stringify(body) });
await capture('comment-created', '/wp-json/wp/v2/comments', post(comment));
await capture('comment-duplicate', '/wp-json/wp/v2/comments', post(comment));
await capture(
  'comment-flood',
  '/wp-json/wp/v2/comments',
  post({ ...comment, content: `${comment.content} ثانٍ` }),
);

// The must-use plugin off: WordPress's default answer to an anonymous comment.
const plugin = join(data, 'wp-content/mu-plugins/ci-anon-comments.php');
renameSync(plugin, `${plugin}.off`);
try {
  await capture(
    'comment-login-required',
    '/wp-json/wp/v2/comments',
    post({ ...comment, author_email: 'other@example.com', content: 'بلا إضافة' }),
  );
} finally {
  renameSync(`${plugin}.off`, plugin);
}

spawnSync('npx', ['prettier', '--write', out.pathname], { stdio: 'ignore' });
console.log(`written to ${out.pathname}`);
