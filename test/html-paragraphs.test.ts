// A Markdown letter written in HTML paragraphs ("<p>…</p>", as many Jekyll pages are) is read as the
// prose a reader sees: its sentences are linted and its findings placed at their own text.
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';

const STORY = 'At Globex I rebuilt the payouts ledger that moves $40M a day; failed transfers are now retried instead of lost, and reconciliation fell from six hours to 20 minutes.';

/** The text each finding of `rule` points at. */
async function spans(text: string, rule: string): Promise<string[]> {
  const result = await lintText(text, { filePath: 'letter.md' });
  const lines = text.split('\n');
  return result.findings
    .filter((f) => f.ruleId === rule && f.endLine === f.line)
    .map((f) => lines[f.line - 1]!.slice(f.column - 1, f.endColumn! - 1));
}

describe('HTML paragraphs in Markdown', () => {
  it('lints the prose of "<p>" paragraphs, with inline tags and references in them, at its own place', async () => {
    const text = [
      '<p>Dear Ms. Okafor,</p>',
      '',
      '<p>I am applying for the Backend Engineer role at Northwind. I am a <b>passionate</b>&nbsp;team player.</p>',
      '',
      `<p>${STORY}</p>`,
      '',
      '<p align="left">I would welcome a conversation about your ledger.</p>',
      '',
      '<p>Best,<br/>Sam Lee</p>',
    ].join('\n');
    expect(await spans(text, 'no-generic-claims')).toEqual(['team player']);
    const result = await lintText(text, { filePath: 'letter.md' });
    // The story's figures, the greeting and the invitation are all read.
    expect(result.findings.map((f) => f.ruleId)).not.toContain('require-metrics');
    expect(result.findings.map((f) => f.ruleId)).not.toContain('closing-invitation');
  });

  it('counts "&nbsp;" as no word, and the paragraphs\' words once', async () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const plain = await lintText(`Dear Ms. Okafor,\n\n${words}.\n\n${words}.\n\nBest,\nSam Lee\n`, { filePath: 'a.md' });
    const html = await lintText(`Dear Ms. Okafor,\n\n<p>${words}.&nbsp;</p>\n\n<p>${words}.</p>\n\nBest,\nSam Lee\n`, { filePath: 'b.md' });
    const count = (r: typeof plain) => r.findings.find((f) => f.ruleId === 'word-count')?.message;
    expect(count(html)).toBe(count(plain));
    expect(count(html)).toMatch(/\d+ words/);
  });

  it('reads no comment inside a paragraph as prose', async () => {
    const text = `Dear Ms. Okafor,\n\n<p>I am applying for the Backend Engineer role at Northwind. <!-- I am a passionate team player. --></p>\n\n${STORY}\n\nI would welcome a conversation about your ledger.\n\nBest,\nSam Lee\n`;
    expect(await spans(text, 'no-generic-claims')).toEqual([]);
  });

  it('reads an HTML page pasted with its indentation, which Markdown takes for code, as the letter', async () => {
    const text = [
      '    <div class="letter">',
      '      <p>Dear Ms. Okafor,</p>',
      '',
      '      <p>I am applying for the Backend Engineer role at Northwind. I am a passionate team player.</p>',
      '',
      `      <p>${STORY}</p>`,
      '',
      '      <p>Best,<br/>Sam Lee</p>',
      '    </div>',
    ].join('\n');
    const found = await spans(text, 'no-generic-claims');
    expect(found).toContain('team player');
    expect(found).toEqual(await spans(text.replace(/^ {4}/gm, ''), 'no-generic-claims'));
  });

  it('leaves indented code that is not an HTML page as code, and fenced HTML too', async () => {
    const fenced = `Dear Ms. Okafor,\n\nI am applying for the Backend Engineer role at Northwind.\n\n\`\`\`html\n<p>I am a passionate team player.</p>\n\`\`\`\n\n${STORY}\n\nBest,\nSam Lee\n`;
    const indented = `Dear Ms. Okafor,\n\nI am applying for the Backend Engineer role at Northwind.\n\n    const p = "<p>I am a passionate team player.</p>";\n\n${STORY}\n\nBest,\nSam Lee\n`;
    expect(await spans(fenced, 'no-generic-claims')).toEqual([]);
    expect(await spans(indented, 'no-generic-claims')).toEqual([]);
  });

  it('leaves other HTML as it was: a table is no prose', async () => {
    const text = `Dear Ms. Okafor,\n\nI am applying for the Backend Engineer role at Northwind.\n\n<table><tr><td>I am a passionate team player.</td></tr></table>\n\n${STORY}\n\nI would welcome a conversation about your ledger.\n\nBest,\nSam Lee\n`;
    expect(await spans(text, 'no-generic-claims')).toEqual([]);
  });
});
