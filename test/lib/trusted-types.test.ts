import { expect } from '@open-wc/testing';
import { roughText } from '../../src/lib/trusted-types.js';

// roughText is what maqal falls back to when a page's Trusted Types rules allow no HTML
// parsing at all: it must still turn WordPress's titles and excerpts into clean text.
describe('roughText', () => {
  it('drops tags and what scripts and styles hold', () => {
    const text = roughText('<p>أ<script>x()</script> <b>ب</b></p><style>p{}</style>');
    expect(text.replace(/\s+/g, ' ').trim()).to.equal('أ ب');
  });

  it('decodes numeric entities and the named ones WordPress writes', () => {
    expect(roughText('&#8220;حوار&#8221; &amp; &lt;b&gt; &#x41;')).to.equal('“حوار” & <b> A');
    expect(roughText('ملخص [&hellip;] &ndash; &laquo;نص&raquo; &ldquo;x&rdquo;')).to.equal(
      'ملخص […] – «نص» “x”',
    );
    expect(roughText('&unknown; &#0; &#x110000;')).to.equal('&unknown; &#0; &#x110000;');
  });

  it('hides what an unclosed script holds, and takes linear time on hostile markup', () => {
    expect(roughText('أ<script>x() ب').trim()).to.equal('أ');
    // Custom elements named like them are ordinary tags.
    expect(
      roughText('أ <style-guide>ب</style-guide> <script-card>ج').replace(/\s+/g, ' '),
    ).to.equal('أ ب ج');
    // Each of these took minutes when a pattern rescanned to the end from every opener; the
    // test's timeout is the guard (no timing is asserted).
    expect(roughText('<script '.repeat(200_000)).trim()).to.equal('');
    expect(roughText('<'.repeat(1_000_000))).to.have.length(1_000_000);
  });
});
