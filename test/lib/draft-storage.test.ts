import { expect } from '@open-wc/testing';
import {
  AUTHOR_KEY,
  DRAFT_INDEX,
  DRAFT_MAX_AGE,
  draftKey,
  pruneDrafts,
  writeDraft,
  readAuthor,
  readStored,
  removeStored,
  writeAuthor,
  writeStored,
} from '../../src/lib/draft-storage.js';

describe('draft-storage', () => {
  afterEach(() => {
    localStorage.removeItem(AUTHOR_KEY);
    localStorage.removeItem('maqal:test');
  });

  it('keys drafts by article (or path) and parent', () => {
    expect(draftKey('42', undefined)).to.equal('maqal:comment-draft:42:0');
    expect(draftKey(' 42 ', '7')).to.equal('maqal:comment-draft:42:7');
    expect(draftKey(undefined, '')).to.equal(`maqal:comment-draft:${location.pathname}:0`);
  });

  it('writes, reads and removes; an empty value removes', () => {
    expect(writeStored('maqal:test', 'نص')).to.equal(true);
    expect(readStored('maqal:test')).to.equal('نص');
    writeStored('maqal:test', '');
    expect(readStored('maqal:test')).to.equal(undefined);
    writeStored('maqal:test', 'x');
    removeStored('maqal:test');
    expect(localStorage.getItem('maqal:test')).to.equal(null);
  });

  it('forgets drafts left for longer than a week, and keeps newer ones', () => {
    const old = draftKey('old', undefined);
    const recent = draftKey('recent', undefined);
    writeDraft(old, 'مسودة قديمة');
    writeDraft(recent, 'مسودة حديثة');
    expect(localStorage.getItem(old)).to.equal('مسودة قديمة');
    const index = JSON.parse(localStorage.getItem(DRAFT_INDEX)!) as Record<string, number>;
    expect(Object.keys(index).sort()).to.deep.equal([old, recent].sort());
    pruneDrafts(Math.max(index[old], index[recent]) + DRAFT_MAX_AGE + 1);
    expect(localStorage.getItem(old)).to.equal(null);
    expect(localStorage.getItem(recent)).to.equal(null);
    writeDraft(recent, 'مسودة حديثة');
    pruneDrafts(Date.now() + DRAFT_MAX_AGE - 60_000);
    expect(localStorage.getItem(recent)).to.equal('مسودة حديثة');
    // A full storage keeps the draft saved before.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      writeDraft(recent, 'مسودة أطول لا تتسع');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(localStorage.getItem(recent)).to.equal('مسودة حديثة');
    // An empty draft is removed, and so is its entry.
    writeDraft(recent, '  ');
    expect(localStorage.getItem(recent)).to.equal(null);
    expect(localStorage.getItem(DRAFT_INDEX)).to.equal(null);
  });

  it('reads the remembered author defensively', () => {
    writeAuthor({ name: 'سارة', email: 'a@b.co', website: '' });
    expect(readAuthor()).to.deep.equal({ name: 'سارة', email: 'a@b.co', website: '' });
    localStorage.setItem(AUTHOR_KEY, '{"name":{"evil":1},"email":"x@y.z"}');
    expect(readAuthor()).to.deep.equal({ name: '', email: 'x@y.z', website: '' });
    localStorage.setItem(AUTHOR_KEY, 'not json');
    expect(readAuthor()).to.equal(undefined);
    localStorage.setItem(AUTHOR_KEY, 'null');
    expect(readAuthor()).to.equal(undefined);
  });

  it('returns quietly when storage throws', () => {
    const { setItem, getItem, removeItem } = Storage.prototype;
    Storage.prototype.setItem =
      Storage.prototype.getItem =
      Storage.prototype.removeItem =
        () => {
          throw new DOMException('denied', 'SecurityError');
        };
    try {
      expect(writeStored('maqal:test', 'x')).to.equal(false);
      expect(readStored('maqal:test')).to.equal(undefined);
      expect(removeStored('maqal:test')).to.equal(false);
      expect(readAuthor()).to.equal(undefined);
    } finally {
      Object.assign(Storage.prototype, { setItem, getItem, removeItem });
    }
  });
});
