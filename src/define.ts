// Registers every maqal element. The drop-in script and `maqal/define` import this.
import './components/article-card/define.js';
import './components/related-articles/define.js';
import './components/back-to-top/define.js';
import './components/article/define.js';
import './components/comment-form/define.js';
