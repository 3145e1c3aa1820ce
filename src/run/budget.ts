// How much work a letter asks for, counted before it is parsed. The byte cap bounds a file's size,
// but not its cost: 1.5 MB of "1," or of one-word paragraphs is ten times the work of 1.5 MB of
// prose, and hundreds of megabytes of parse trees. A cover letter is a few hundred words; a text of
// more than MAX_UNITS words, marks and lines is not one, and is refused before any of that is built.

/**
 * Words, punctuation marks and lines a letter or posting may hold: about 80,000 words of prose, two
 * hundred times the longest real letter, and little enough that the costliest shapes of text at
 * this size lint in under 3 s and 300 MiB with a posting of the same size beside them.
 */
export const MAX_UNITS = 100_000;

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 0xc0;
const isSpace = (c: number) => c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff;

/** Words (runs of letters and digits), other marks one each, and line breaks: what the parser turns into nodes. */
export function textUnits(text: string): number {
  let units = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (!inWord) units++;
      inWord = true;
      continue;
    }
    inWord = false;
    // \r\n is one line break; every other mark is a unit of its own.
    if (!isSpace(c) && !(c === 13 && text.charCodeAt(i + 1) === 10)) units++;
  }
  return units;
}

/** Why a text is too much to lint, or undefined. `what` names it: "letter", "posting". */
export function overBudget(text: string, what: string): string | undefined {
  const units = textUnits(text);
  if (units <= MAX_UNITS) return undefined;
  return `too long for a ${what} (${grouped(units)} words, marks and lines; the limit is ${grouped(MAX_UNITS)}): is this the file you meant?`;
}

/** 412000 as "412,000", the same on every machine (no locale data needed). */
function grouped(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}
