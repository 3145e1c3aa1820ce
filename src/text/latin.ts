// Unicode property classes (\p{L}, \p{Lu}, \p{Ll}, \p{N}) cost V8 a millisecond or more each to
// compile, and a pattern built from many of them (a company name, a person's name) tens of
// milliseconds: most of a one-letter run's first-use cost. Nearly every letter is written in
// U+0000–U+024F and typographic punctuation, where each class is a short list of ranges. A pattern made here compiles that short
// list for such text and the full property version only for text beyond it; both match the same
// on the narrow text (test/latin.test.ts checks every class, with and without case folding).
import { prebuilt } from './prebuilt.js';

const PROPERTIES = ['L', 'Lu', 'Ll', 'N'] as const;
type Property = (typeof PROPERTIES)[number];
const LAST = 0x24f;

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

/** Each class as the ranges it holds up to U+024F, as a class body; with "i", what it matches ignoring case. */
export function latinClasses(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ignoreCase of [false, true]) {
    for (const p of PROPERTIES) {
      const re = new RegExp(`^[\\p{${p}}]$`, ignoreCase ? 'iu' : 'u');
      let body = '';
      for (let c = 0; c <= LAST; c++) {
        if (!re.test(String.fromCodePoint(c))) continue;
        let end = c;
        while (end < LAST && re.test(String.fromCodePoint(end + 1))) end++;
        body += end === c ? hex(c) : `${hex(c)}-${hex(end)}`;
        c = end;
      }
      out[`${p}${ignoreCase ? 'i' : ''}`] = body;
    }
  }
  return out;
}

let classes: Record<string, string> | undefined;

/** The pattern's source with each \p{…} class narrowed to U+0000–U+024F. */
export function latinSource(source: string, ignoreCase: boolean): string {
  classes ??= prebuilt.latinClasses ?? latinClasses();
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const m = /^\\p\{(L|Lu|Ll|N)\}/.exec(source.slice(i, i + 7));
      if (m) {
        const body = classes[`${m[1] as Property}${ignoreCase ? 'i' : ''}`];
        out += inClass ? body : `[${body}]`;
        i += m[0].length - 1;
        continue;
      }
      if (source[i + 1] === 'p' || source[i + 1] === 'P') throw new Error(`latinSource: a property this module does not narrow: ${source.slice(i, i + 12)}`);
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/**
 * Text the narrow version may run on: U+0000–U+024F, and the typographic blocks where no character is
 * a letter or a number, with or without case folding (dashes, curly quotes, bullets, ellipses, the
 * euro sign, arrows, check marks; not the dingbat digits U+2776–U+2793). Two in five real letters
 * hold a dash or a curly quote and nothing else beyond U+024F.
 */
const WIDE = /[^\u0000-\u024f\u2000-\u206f\u20a0-\u20cf\u2190-\u23ff\u25a0-\u2775\u2794-\u27bf]/;

/** Whether a pattern's narrow version matches on this text as its property version does. */
export const narrowEnough = (text: string): boolean => !WIDE.test(text);

/** A Unicode-aware pattern that compiles its narrow version for text within U+0000–U+024F. */
export class LatinFirst {
  private narrow?: RegExp;
  private full?: RegExp;
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The pattern to run on this text (each version compiled once, when first needed). */
  for(text: string): RegExp {
    if (!narrowEnough(text)) return (this.full ??= new RegExp(this.source, this.flags));
    return (this.narrow ??= new RegExp(latinSource(this.source, this.flags.includes('i')), this.flags));
  }

  test(text: string): boolean {
    return this.for(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.for(text).exec(text);
  }
}

/** A LatinFirst from a regular expression literal (written as one, so it reads as the pattern it is). */
export const latinFirst = (re: RegExp): LatinFirst => new LatinFirst(re.source, re.flags);

// The tests most rules ask of a word or a line, each compiled once.
const CAPITAL = latinFirst(/^\p{Lu}/u);
const SMALL = latinFirst(/^\p{Ll}/u);
const TITLE = latinFirst(/^\p{Lu}\p{Ll}/u);
const WORD_CHAR = latinFirst(/[\p{L}\p{N}]/u);
const LETTER = latinFirst(/\p{L}/u);

/** Starts with a small letter. */
export const startsSmall = (text: string): boolean => SMALL.test(text);
/** Starts with a capital letter. */
export const capitalised = (text: string): boolean => CAPITAL.test(text);
/** Starts with a capital followed by a small letter ("Globex", not "AWS" or "iOS"). */
export const titleCased = (text: string): boolean => TITLE.test(text);
/** Holds a letter or a digit. */
export const hasWordChar = (text: string): boolean => WORD_CHAR.test(text);
/** Holds a letter. */
export const hasLetter = (text: string): boolean => LETTER.test(text);
/** The runs between spaces that hold a letter or a digit: a line's words, as a reader counts them. */
export const wordsOnLine = (line: string): number => line.split(/\s+/).filter(hasWordChar).length;
