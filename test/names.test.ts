// Whole-word search for names: the edges are what keep "Ramp" out of "ramp up" and "Acme" out of "Acmeology".
import { describe, expect, it } from 'vitest';
import { hasWholeWord, wholeWordSource } from '../src/names.js';

describe('hasWholeWord', () => {
  it('finds a name only where no letter or digit touches it, as the lookaround pattern does', () => {
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
      expect(new RegExp(wholeWordSource([name]), 'u').test(text), `pattern: ${name} in ${text}`).toBe(expected);
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
