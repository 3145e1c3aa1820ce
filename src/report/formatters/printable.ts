// Terminal safety: text from a letter or a file name is shown, never obeyed.

/**
 * Control characters (C0 but tab, DEL, C1), line and paragraph separators, and the bidirectional
 * embedding, override and isolate controls, escaped as \xNN or \uNNNN: an escape sequence cannot
 * recolour the terminal or move the cursor, a line break cannot start a fake line of output, and
 * right-to-left overrides cannot reorder what a reader sees.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/**
 * A file name as a report shows it at the start of a line: printable, and never starting with "::",
 * which a CI runner reads as a workflow command (a letter named "::error title=x::.md").
 */
export function shownPath(name: string): string {
  const shown = printable(name);
  return shown.startsWith('::') ? `./${shown}` : shown;
}
