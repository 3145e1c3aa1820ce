// The bundle is written as ASCII only (src/bundle-ascii.mjs), so V8 holds each chunk as one-byte text.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../src/bundle-ascii.mjs';

const bundleDir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));

describe('asciiOnly', () => {
  // Each source evaluates to the same value before and after, and comes out ASCII.
  it.each([
    ['a string', '"caf\u00e9 \u2014 na\u00efve"'],
    ['a template', '`\u201cquoted\u201d ${1 + 1}`'],
    ['a regular expression with a class', '/^[\'\u2019]s$/.test("\u2019s")'],
    ['an identity escape in a regular expression', '/a\\\u2019b/.test("a\u2019b")'],
    ['an escaped backslash before the character', '"\\\\\u00e9"'],
    ['an astral character under the u flag, as one code point', '/^[\u{1F600}]$/u.test("\u{1F600}")'],
    ['a character in a comment', '/* na\u00efve */ 1 + 1 // \u2026'],
  ])('%s keeps its meaning', (_name, source) => {
    const ascii = asciiOnly(source);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(runInNewContext(ascii)).toEqual(runInNewContext(source));
  });

  it('returns an ASCII source unchanged', () => {
    const source = 'const a = "plain"; // nothing to escape';
    expect(asciiOnly(source)).toBe(source);
  });
});

describe('the built bundle', () => {
  it('holds no character beyond ASCII in any chunk', () => {
    const files = readdirSync(bundleDir).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => /[^\x00-\x7f]/.test(readFileSync(bundleDir + f, 'utf8')))).toEqual([]);
  });
});
