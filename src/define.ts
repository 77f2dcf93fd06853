// Registers every maqal element. The drop-in script and `maqal/define` import this.
import './components/article-card/define.js';
