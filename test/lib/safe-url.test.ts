import { expect } from '@open-wc/testing';
import { isOtherOrigin, safeSrcset, safeUrl } from '../../src/lib/safe-url.js';

describe('safeUrl', () => {
  it('keeps http(s), mailto and relative URLs as given', () => {
    for (const url of [
      'https://example.com/a?b=1#c',
      'http://example.com',
      'mailto:editor@example.com',
      '/news/1',
      'news/1',
      '#top',
      '?page=2',
      '//cdn.example.com/x.png',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('refuses script-running and local schemes however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/x',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('reads the scheme as browsers do: only letters, digits, + - . before the colon', () => {
    for (const url of ['HTTPS://example.com/x', 'Mailto:a@example.com', 'http:x']) {
      expect(safeUrl(url), url).to.equal(url);
    }
    // A space, a slash or a non-ASCII letter before the colon: a relative URL, read as a path.
    for (const url of ['java script:alert(1)', './javascript:alert(1)', 'jаvascript:alert(1)']) {
      expect(safeUrl(url), url).to.equal(url);
      const link = document.createElement('a');
      link.href = url;
      expect(link.protocol, url).to.equal(location.protocol);
    }
    for (const url of ['javascript+x:1', 'web+app:x', 'tel:+123', 'ftp://example.com/']) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
  });

  it('refuses non-strings and empty strings', () => {
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
  });

  it('treats an entity-encoded scheme as a harmless relative URL', () => {
    // Lit sets attributes as text, so "&colon;" is never decoded into ":".
    expect(safeUrl('javascript&colon;alert(1)')).to.equal('javascript&colon;alert(1)');
  });
});

describe('safeSrcset', () => {
  it('keeps a srcset of safe candidates', () => {
    expect(safeSrcset('a.jpg 480w, https://x.test/b.jpg 800w')).to.equal(
      'a.jpg 480w, https://x.test/b.jpg 800w',
    );
  });

  it('reads commas inside a srcset URL as part of it, as browsers do', () => {
    const cdn = 'https://res.cloudinary.com/demo/image/upload';
    expect(safeSrcset(`${cdn}/w_400,c_fill/a.jpg 400w, ${cdn}/w_800,c_fill/a.jpg 800w`)).to.equal(
      `${cdn}/w_400,c_fill/a.jpg 400w, ${cdn}/w_800,c_fill/a.jpg 800w`,
    );
    expect(safeSrcset('a.jpg,b.jpg 2x')).to.equal('a.jpg,b.jpg 2x'); // one URL, as a browser reads it
    expect(safeSrcset('a.jpg, b.jpg 2x')).to.equal('a.jpg, b.jpg 2x');
    expect(safeSrcset('  a.jpg 1x ,  b.jpg 2x  ')).to.equal('a.jpg 1x, b.jpg 2x');
    expect(safeSrcset('a.jpg 1x, javascript:x,y 2x')).to.equal(undefined);
    expect(safeSrcset(' , ')).to.equal(undefined);
    expect(safeSrcset('a.jpg 1x', (url) => `https://site.test/${url}`)).to.equal(
      'https://site.test/a.jpg 1x',
    );
  });

  it('drops the whole srcset when one candidate is unsafe or malformed', () => {
    expect(safeSrcset('a.jpg 480w, javascript:alert(1) 800w')).to.equal(undefined);
    expect(safeSrcset('a.jpg 480w onerror=alert(1)')).to.equal(undefined);
  });
});

describe('isOtherOrigin', () => {
  it('tells the page origin from others', () => {
    expect(isOtherOrigin('/x', 'https://a.test/')).to.equal(false);
    expect(isOtherOrigin('https://b.test/x', 'https://a.test/')).to.equal(true);
    expect(isOtherOrigin('mailto:x@y.z', 'https://a.test/')).to.equal(false);
  });
});
