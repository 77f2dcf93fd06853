/**
 * localStorage behind try/catch: it is missing or throws in some privacy modes, sandboxed
 * frames and full disks, and a comment form must keep working (in memory) when it does.
 */

function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored string, or `undefined` when there is none or storage is unavailable. */
export function readStored(key: string): string | undefined {
  try {
    return storage()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value`; an empty value removes the key. Returns whether it was stored. */
export function writeStored(key: string, value: string): boolean {
  if (value === '') return removeStored(key);
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): boolean {
  try {
    storage()?.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where a comment draft lives: one per article and per replied-to comment, so a reply and a
 * top-level comment never overwrite each other.
 */
export function draftKey(articleId: string | undefined, parent: string | undefined): string {
  const article = articleId?.trim() || location.pathname;
  return `maqal:comment-draft:${article}:${parent?.trim() || '0'}`;
}

/** When each draft was last written, so old ones can go: `{ [draft key]: ms since epoch }`. */
export const DRAFT_INDEX = 'maqal:comment-drafts';

/** A draft left longer than this is dropped: the next person at a shared computer won't see it. */
export const DRAFT_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

function readIndex(): Record<string, number> {
  try {
    const index = JSON.parse(readStored(DRAFT_INDEX) ?? '{}') as unknown;
    return index && typeof index === 'object' && !Array.isArray(index)
      ? (index as Record<string, number>)
      : {};
  } catch {
    return {};
  }
}

function writeIndex(index: Record<string, number>): void {
  writeStored(DRAFT_INDEX, Object.keys(index).length > 0 ? JSON.stringify(index) : '');
}

/** Stores a draft (an empty one removes it) and notes when. */
export function writeDraft(key: string, text: string): void {
  const index = readIndex();
  if (text.trim() === '') {
    removeStored(key);
    delete index[key];
  } else if (writeStored(key, text)) {
    index[key] = Date.now();
  } else {
    return; // storage full or refused: the draft saved before stays as it was
  }
  writeIndex(index);
}

/** Removes the drafts last written more than `DRAFT_MAX_AGE` ago. */
export function pruneDrafts(now = Date.now()): void {
  const index = readIndex();
  let changed = false;
  for (const [key, saved] of Object.entries(index)) {
    if (typeof saved === 'number' && now - saved <= DRAFT_MAX_AGE) continue;
    removeStored(key);
    delete index[key];
    changed = true;
  }
  if (changed) writeIndex(index);
}

/** Where the commenter's name, email and website live, only while they consent to it. */
export const AUTHOR_KEY = 'maqal:comment-author';

export interface RememberedAuthor {
  name: string;
  email: string;
  website: string;
}

/** The remembered author, read defensively: storage is shared with the host page's scripts. */
export function readAuthor(): RememberedAuthor | undefined {
  const raw = readStored(AUTHOR_KEY);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (!value || typeof value !== 'object') return undefined;
    const text = (field: unknown) => (typeof field === 'string' ? field : '');
    return { name: text(value.name), email: text(value.email), website: text(value.website) };
  } catch {
    return undefined;
  }
}

export function writeAuthor(author: RememberedAuthor): boolean {
  return writeStored(AUTHOR_KEY, JSON.stringify(author));
}
