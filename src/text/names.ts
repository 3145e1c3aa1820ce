// Names (companies, phrases from data) found in text as whole words. Rules test the same few names
// against every letter, and a pattern with \p{L} lookarounds costs about 0.5 ms to compile (with
// the i flag, V8 builds the case closure of every letter), so a name is found with a plain literal
// pattern and its edges are checked apart.
import { hasWordChar, latinFirst } from './latin.js';

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const FIRST_WORD = latinFirst(/^[\p{L}\p{N}]+/u);
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
    if (!hasWordChar(before(text, m.index)) && !hasWordChar(after(text, end))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** Names by their first word (a name that does not start with a letter or digit is left out), longest first. */
export type NameIndex = ReadonlyMap<string, readonly string[]>;

export function nameIndex(names: Iterable<string>): NameIndex {
  const index = new Map<string, string[]>();
  for (const raw of names) {
    const name = raw.trim();
    const first = FIRST_WORD.exec(name)?.[0];
    if (!first) continue;
    index.set(first, [...(index.get(first) ?? []), name]);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const WORD = latinFirst(/[\p{L}\p{N}]+/gu);

/**
 * The indexed names in `text` as whole words, each at its offset, the longest where several start
 * at one word. A lookup per word: time grows with the text, not with the number of names.
 */
export function* namesIn(text: string, index: NameIndex): Generator<{ name: string; index: number }> {
  if (index.size === 0) return;
  // One pattern for every call: callers read each sentence's names to the end before the next.
  const re = WORD.for(text);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const name = index.get(m[0])?.find((n) => text.startsWith(n, at) && !hasWordChar(after(text, at + n.length)));
    if (!name) continue;
    yield { name, index: at };
    re.lastIndex = at + name.length;
  }
}
