// Columns a string takes in a terminal, for underlining a span. For Latin text, curly quotes and
// dashes that is its length; string-width's Unicode tables cost about 0.1 s to load and first run,
// so they are loaded only for a report whose letters hold something else (CJK, emoji, combining
// marks, zero-width characters).

/** Characters one column wide each. test/width.test.ts checks every one against string-width. */
export const NARROW = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/;
/** What printable() turns into ASCII escapes: narrow once shown. */
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

let wide: ((s: string) => number) | undefined;

/** Loads string-width if any of the texts needs more than the narrow case. */
export async function prepareWidth(texts: Iterable<string>): Promise<void> {
  if (wide) return;
  for (const text of texts) {
    if (!NARROW.test(text.replace(ESCAPED, ''))) {
      wide = (await import('string-width')).default;
      return;
    }
  }
}

export function width(s: string): number {
  if (NARROW.test(s)) return s.length;
  if (!wide) throw new Error('width: string-width not loaded; await prepareWidth() on the texts first');
  return wide(s);
}
