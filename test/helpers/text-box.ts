/**
 * The box of the first occurrence of `text` inside `root`'s text nodes: where the browser drew
 * those characters, for checking bidi order and fonts. Throws if `text` is not there.
 */
export function textBox(root: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const at = walker.currentNode.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(walker.currentNode, at);
    range.setEnd(walker.currentNode, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${text}" is not in <${root.localName}>`);
}
