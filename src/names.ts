// Names (companies, phrases from data) found in text as whole words. Rules test the same few names
// against every letter, and a pattern with \p{L} lookarounds costs about 0.5 ms to compile (with
// the i flag, V8 builds the case closure of every letter), so a name is found with a plain literal
// pattern and its edges are checked apart.

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of the names, not inside a longer word: a letter or digit may not touch either end. */
export function wholeWordSource(names: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const literals = new Map<string, RegExp>();

function literal(name: string, ignoreCase: boolean): RegExp {
  const key = `${ignoreCase ? 'i' : 'c'}${name}`;
  let re = literals.get(key);
  if (!re) {
    re = new RegExp(escapeRegExp(name), ignoreCase ? 'giu' : 'gu');
    literals.set(key, re);
  }
  return re;
}

/** The code point that ends just before `i`, as a string. */
function before(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
}

function after(text: string, i: number): string {
  const c = text.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/** Whether the text holds the name as a whole word (no letter or digit touching either end). */
export function hasWholeWord(text: string, name: string, ignoreCase: boolean): boolean {
  if (name === '') return false;
  const re = literal(name, ignoreCase);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!WORD_CHAR.test(before(text, m.index)) && !WORD_CHAR.test(after(text, end))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}
