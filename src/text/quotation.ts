// The quotation a stretch of text stands inside, for rules that tell quoted words from the writer's
// own: a claim in a sentence the writer quotes, a slot inside a program's output quoted.

/**
 * The quoted text on either side of [start, end), when it stands inside a quotation that opens
 * after `from` and closes before `to`: straight quotes counted from `from`, or a curly one left open.
 */
export function quotationAround(text: string, from: number, to: number, start: number, end: number): [string, string] | undefined {
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  const open = straight ? before.lastIndexOf('"') : before.lastIndexOf('\u201c') > before.lastIndexOf('\u201d') ? before.lastIndexOf('\u201c') : -1;
  if (open < 0) return undefined;
  const close = after.search(straight ? /"/ : /\u201d/);
  return close < 0 ? undefined : [before.slice(open + 1), after.slice(0, close)];
}

/** Words as a reader counts them in quoted text: runs between spaces that hold a letter. */
export const quotedWords = (text: string): number => text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
