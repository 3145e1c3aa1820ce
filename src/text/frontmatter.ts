// What stands before a letter's body (a byte-order mark, YAML frontmatter), found as
// remark-frontmatter finds it: every road and the run's per-letter settings must agree on it.

export function stripBom(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

// Frontmatter closes at the first line of "---" or, as pandoc's YAML metadata blocks may, of "...".
export const FRONTMATTER = /^---[ \t]*(?:\r\n|\r|\n)(?:([\s\S]*?)(?:\r\n|\r|\n))??(---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/;

/**
 * The text remark reads: a pandoc frontmatter closed by "..." gets "---" in its place (the same
 * length, so every offset holds), since remark-frontmatter closes only on "---".
 */
export function pandocClosed(text: string): string {
  const front = text.startsWith('---') ? FRONTMATTER.exec(text) : null;
  if (!front || front[2] !== '...') return text;
  const at = front.index + front[0].lastIndexOf('...');
  return `${text.slice(0, at)}---${text.slice(at + 3)}`;
}

/** The frontmatter's text, as remark-frontmatter reads it (a byte-order mark before it is allowed); undefined when there is none. */
export function frontmatterOf(text: string): string | undefined {
  const body = stripBom(text);
  const front = body.startsWith('---') ? FRONTMATTER.exec(body) : null;
  return front ? (front[1] ?? '') : undefined;
}
