// A letter pasted with four spaces before every line is one code block to Markdown; its writer meant
// a letter, so it is read as plain text, with a warning that says why (session 33, blind set stack6).
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import { markdownFallback } from '../src/text/markdown-fallback.js';

const LETTER = [
  'Dear Hiring Manager,',
  '',
  'I am applying for the QA Automation Engineer role at Sorrel. I have experience in Selenium, Cypress, Playwright, Postman and Jenkins.',
  '',
  'At Trivista I own the regression suite of our booking engine; it now runs every night in forty minutes instead of two days by hand.',
  '',
  'I would welcome a conversation about your checkout tests.',
  '',
  'Best regards,',
  'Anil Mehta',
].join('\n');
const indent = (text: string, by: string) => text.replace(/^(?=.)/gm, by);
const seen = async (text: string, filePath: string) => (await lintText(text, { filePath })).findings.map((f) => `${f.ruleId}: ${f.actual ?? ''}`).sort();

describe('a Markdown letter indented throughout', () => {
  it('is read as the same letter in plain text, indented by spaces or a tab', async () => {
    const plain = await seen(LETTER, 'letter.txt');
    expect(plain).toContain('no-stack-list-opening: Selenium, Cypress, Playwright, Postman and Jenkins');
    for (const by of ['    ', '\t']) {
      const text = indent(LETTER, by);
      expect(markdownFallback(text)).toBe('every line is indented, which Markdown shows as one code block; read as plain text');
      expect(await seen(text, 'letter.md')).toEqual(await seen(text, 'letter.txt'));
      expect(await seen(text, 'letter.md')).toContain('no-stack-list-opening: Selenium, Cypress, Playwright, Postman and Jenkins');
    }
  });

  it('leaves Markdown that is only partly indented, a short snippet, and indented HTML to the Markdown road', () => {
    expect(markdownFallback(`${LETTER}\n\n    const x = 1;\n`)).toBeUndefined();
    expect(markdownFallback('    const x = 1;\n    const y = 2;\n')).toBeUndefined();
    expect(markdownFallback(indent('<div>\n<p>Dear Ana,</p>\n<p>I am applying.</p>\n</div>', '    '))).toBeUndefined();
    expect(markdownFallback(indent(LETTER, '  '))).toBeUndefined();
  });
});
