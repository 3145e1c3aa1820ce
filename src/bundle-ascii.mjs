// The bundle as ASCII only. esbuild escapes non-ASCII characters in strings but leaves them in
// comments and regular expression literals, and one such character makes V8 hold and scan a whole
// chunk as two-byte text: escaping the few dozen left made one letter's run 0.35 s -> 0.32 s (20
// paired runs, medians; 1,000 letters, which start once, 3.51 s against 3.55 s). Each UTF-16 unit above U+007F becomes
// \uXXXX, which means the same character in a string, a template, a regular expression (a pair of
// surrogate escapes is one code point under the u flag) and an identifier, and is inert in a comment.

/** The source with every non-ASCII code unit written as a \uXXXX escape. */
export function asciiOnly(source) {
  let out = '';
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) continue;
    let text = source.slice(from, i);
    // "\’" (an identity escape in a regular expression or a string) is the character itself:
    // the backslash goes, or "\\u2019" would be a backslash and five letters.
    let slashes = 0;
    while (slashes < text.length && text[text.length - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) text = text.slice(0, -1);
    out += text + '\\u' + code.toString(16).padStart(4, '0');
    from = i + 1;
  }
  return from === 0 ? source : out + source.slice(from);
}
