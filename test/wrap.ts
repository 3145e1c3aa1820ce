// Hard wrapping as a writer's editor does it, for tests that a letter reads the same however its
// lines are broken.

/** Words joined greedily into lines of at most `width` characters (a longer word stands alone). */
export function wrapAt(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}
