// The narrow fast path for underlining must agree with string-width wherever it is taken.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { NARROW, prepareWidth, width } from '../src/report/formatters/width.js';

describe('terminal width', () => {
  it('every character the fast path calls narrow is one column wide to string-width', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      if (NARROW.test(c) && stringWidth(c) !== 1) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
    // The class is not empty or trivially small: Latin letters, curly quotes, dashes and the euro pass.
    expect(NARROW.test('Caf\u00e9 \u2018quoted\u2019 \u2014 \u20ac12 \u00bd')).toBe(true);
  });

  it('wide, combining and zero-width text is measured by string-width once prepared', async () => {
    for (const s of ['\u65e5\u672c', 'e\u0301', 'a\u200bb', '\u{1f680}']) expect(NARROW.test(s)).toBe(false);
    await prepareWidth(['plain', 'text with \u65e5\u672c']);
    expect(width('\u65e5\u672c')).toBe(4);
    expect(width('e\u0301')).toBe(1);
    expect(width('a\u200bb')).toBe(2);
    expect(width('plain ascii')).toBe(11);
  });
});
