/** What scripts/wordpress/start.sh seeded, from the test runner's helper route. */
export interface Site {
  url: string;
  post_id: number;
  posts: { main: number; second: number; third: number; sport: number };
  category_id: number;
  sport_category_id: number;
}

export async function site(): Promise<Site> {
  const answer = await fetch('/__wordpress/site');
  if (!answer.ok) throw new Error(`/__wordpress/site: ${answer.status}`);
  return (await answer.json()) as Site;
}

/** A REST route on the WordPress site (another origin than this page). */
export const rest = (wp: Site, route: string) => `${wp.url}/wp-json/wp/v2/${route}`;

export interface StoredComment {
  id: number;
  post: number;
  status: string;
  author_name: string;
  author_email: string;
  content: { raw: string };
}

/** Every comment on a post, any status, as WordPress's admin sees them. */
export async function storedComments(post: number): Promise<StoredComment[]> {
  const answer = await fetch(`/__wordpress/comments?post=${post}`);
  if (!answer.ok) throw new Error(`/__wordpress/comments: ${answer.status}`);
  return (await answer.json()) as StoredComment[];
}

/** Removes (false) or restores (true) the must-use plugin that allows anonymous REST comments. */
export async function anonymousComments(on: boolean): Promise<void> {
  const answer = await fetch(`/__wordpress/anon-comments?on=${on ? 1 : 0}`, { method: 'POST' });
  const state = (await answer.json()) as { on: boolean };
  if (state.on !== on) throw new Error(`could not turn anonymous comments ${on ? 'on' : 'off'}`);
}
