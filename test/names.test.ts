// Whole-word search for names: the edges are what keep "Ramp" out of "ramp up" and "Acme" out of "Acmeology".
import { describe, expect, it } from 'vitest';
import { hasWholeWord, nameIndex, namesIn } from '../src/text/names.js';

describe('hasWholeWord', () => {
  it('finds a name only where no letter or digit touches it, by search and by index alike', () => {
    const cases: Array<[string, string, boolean]> = [
      ['I want to join Acme.', 'Acme', true],
      ["Acme's ledger", 'Acme', true],
      ['Acmeology is not it', 'Acme', false],
      ['NotAcme either', 'Acme', false],
      ['Acme2 is a product', 'Acme', false],
      ['first Acmeo then Acme', 'Acme', true],
      ['(Acme)', 'Acme', true],
      ['\u00e9Acme', 'Acme', false],
      ['\u{1d400}Acme', 'Acme', false],
      ['Acme\u{1d400}', 'Acme', false],
      ['\u{1f680}Acme', 'Acme', true],
      ['Corvid Pay, then', 'Corvid Pay', true],
      ['', 'Acme', false],
    ];
    for (const [text, name, expected] of cases) {
      expect(hasWholeWord(text, name, false), `${name} in ${text}`).toBe(expected);
      expect([...namesIn(text, nameIndex([name]))].length > 0, `index: ${name} in ${text}`).toBe(expected);
    }
  });

  it('matches case only when asked to, and names with pattern characters literally', () => {
    expect(hasWholeWord('we ramp up', 'Ramp', false)).toBe(false);
    expect(hasWholeWord('we ramp up', 'Ramp', true)).toBe(true);
    expect(hasWholeWord('I know C++ well', 'C++', false)).toBe(true);
    expect(hasWholeWord('I know Cxx well', 'C++', false)).toBe(false);
    expect(hasWholeWord('axb c', 'a.b', false)).toBe(false);
  });
});

describe('namesIn', () => {
  it('finds each name at its offset, the longest at a word, and not inside a name already found', () => {
    const index = nameIndex(['Acme', 'Acme Pay', 'Pay Co', '  Globex ', '-dash']);
    const found = [...namesIn('Acme Pay Co and Globex, then acme and Acme.', index)];
    expect(found).toEqual([
      { name: 'Acme Pay', index: 0 },
      { name: 'Globex', index: 16 },
      { name: 'Acme', index: 38 },
    ]);
  });
});
