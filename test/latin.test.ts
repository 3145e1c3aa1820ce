// A pattern narrowed to U+0000–U+024F must match exactly as the Unicode property version does on
// text within that range, and text beyond it must get the property version.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalised, hasWordChar, LatinFirst, latinFirst, latinSource, narrowEnough, titleCased, wordsOnLine } from '../src/text/latin.js';

const matches = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))].map((m) => [m.index, ...m]);

// Letters and digits at the edges of the classes: ª º ² ³ ¹ ¼ (letters and numbers beyond ASCII),
// ſ and K-like folds, µ (whose capital is Greek), ß, ȿ and ɀ (capitals beyond U+024F), Ĳ, ǅ (title case);
// and the typographic marks real letters hold: dashes, curly quotes, an ellipsis, a bullet, €, →, ✓.
const ALPHABET = [...'aZkKsS9 \t\n-.\'’&_/:#,ªº²³¹¼µßſȿɀĲĳǅǆÀÿÞþ×÷ĀāɏɎ—–“”‘…•€→✓\u2009\u200b'];
const latinText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((cs) => cs.join(''));

const PATTERNS = [
  /\p{L}/gu,
  /[\p{L}\p{N}]+/gu,
  /^\p{Lu}\p{Ll}/u,
  /\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}$/u,
  /(?<![\p{L}\p{N}_./:#'\u2013-])(\d+)/gu,
  /([\p{L}]+)[^\p{L}\n]*$/u,
  /[^\p{L}\p{N}]+/gu,
  /\b(?:to|join)\s+(?:[\p{L}-]+\s+){0,2}team\b/giu,
  /\p{Lu}/giu,
  /[\p{Ll}\p{N}][\p{L}\p{N}]*[\p{Lu}\p{N}]/giu,
  /\[\p{L}\]|\\p/gu,
];

describe('patterns narrowed to Latin text', () => {
  it('each property class holds, within U+024F, what the property does, with and without case folding', () => {
    for (const flags of ['u', 'iu']) {
      for (const p of ['L', 'Lu', 'Ll', 'N']) {
        const full = new RegExp(`^\\p{${p}}$`, flags);
        const narrow = new RegExp(`^${latinSource(`\\p{${p}}`, flags.includes('i'))}$`, flags);
        for (let c = 0; c <= 0x24f; c++) expect(narrow.test(String.fromCodePoint(c)), `${p}/${flags} U+${c.toString(16)}`).toBe(full.test(String.fromCodePoint(c)));
      }
    }
  });

  it('a whole pattern matches the same as its property version on generated Latin text', () => {
    fc.assert(
      fc.property(latinText, (text) => {
        for (const re of PATTERNS) expect(matches(new RegExp(latinSource(re.source, re.flags.includes('i')), re.flags), text)).toEqual(matches(re, text));
      }),
      { numRuns: 800 },
    );
  });

  it('narrows classes inside brackets and alone, and leaves escapes and other text as they are', () => {
    const narrow = latinSource('[\\p{L}x]\\p{N}\\[\\p{Lu}\\]\\\\p', false);
    expect(narrow).not.toContain('\\p{');
    expect(narrow.startsWith('[\\u0041-\\u005a')).toBe(true);
    expect(narrow).toContain('\\u024fx][\\u0030-\\u0039');
    expect(narrow.endsWith('\\]\\\\p')).toBe(true);
    expect(() => latinSource('\\p{Sc}', false)).toThrow(/does not narrow/);
  });

  it('the narrow version runs only on text where no character beyond U+024F is a letter or a number, with or without case folding', () => {
    const classes = ['u', 'iu'].flatMap((flags) => ['L', 'Lu', 'Ll', 'N'].map((p) => new RegExp(`^\\p{${p}}$`, flags)));
    let accepted = 0;
    for (let c = 0x250; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (!narrowEnough(ch)) continue;
      accepted++;
      for (const re of classes) expect(re.test(ch), `U+${c.toString(16)} ${re}`).toBe(false);
    }
    // Dashes, quotes and bullets are let through; the dingbat digits (❶, U+2776) are numbers and are not.
    expect(accepted).toBeGreaterThan(1000);
    expect([narrowEnough('Zoë’s “plan” — done…'), narrowEnough('❶ step'), narrowEnough('Ωmega'), narrowEnough('😀')]).toEqual([true, false, false, false]);
  });

  it('text beyond U+024F gets the property version', () => {
    const word = new LatinFirst('^\\p{Lu}\\p{Ll}+$', 'u');
    expect(word.for('Zoë')).not.toBe(word.for('Ωmega'));
    expect(word.for('Zoë’s — “x”')).toBe(word.for('Zoë'));
    expect(word.for('Zoë').source).not.toContain('\\p{');
    expect(word.for('Ωmega').source).toContain('\\p{Lu}');
    expect(word.test('Ωmega')).toBe(true);
    expect(word.test('Élan')).toBe(true);
    expect(latinFirst(/\p{L}+/gu).for('日本').exec('日本')?.[0]).toBe('日本');
  });

  it('the shared word tests', () => {
    expect([capitalised('Globex'), capitalised('globex'), capitalised('Ωmega'), capitalised('')]).toEqual([true, false, true, false]);
    expect([titleCased('Globex'), titleCased('AWS'), titleCased('Łódź')]).toEqual([true, false, true]);
    expect([hasWordChar('—'), hasWordChar('²'), hasWordChar('日')]).toEqual([false, true, true]);
    expect(wordsOnLine('Best — regards, 2024 日本')).toBe(4);
  });
});
