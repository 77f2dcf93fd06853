/**
 * Text from outside (a commenter's name) put inside one of our sentences, isolated with
 * FSI…PDI so its direction neither leaks out nor is changed by the sentence. Bidi controls in
 * the text itself are balanced first: a stray PDF or PDI would otherwise close our isolate
 * early (and let, say, an RLO reverse the rest of the sentence), and an unclosed embedding or
 * isolate is closed before ours ends.
 */
export function isolate(text: string): string {
  const open: string[] = [];
  let out = '';
  for (const char of text) {
    if (/[\u202a-\u202e]/.test(char)) open.push('\u202c');
    else if (/[\u2066-\u2068]/.test(char)) open.push('\u2069');
    else if (char === '\u202c' || char === '\u2069') {
      if (open[open.length - 1] !== char) continue; // unmatched: dropped
      open.pop();
    }
    out += char;
  }
  return `\u2068${out}${open.reverse().join('')}\u2069`;
}
