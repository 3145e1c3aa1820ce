// --format html without a browser: every finding marked at its text, hostile letters and names kept
// as text, nothing that loads from the network. test/e2e/html.test.ts opens the same page in Chromium.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../src/api.js';
import html from '../src/report/formatters/html.js';
import type { FileResult } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const context = { cwd: root, color: false, version: '0.0.0', problems: [] };

/** The text of every mark that names finding `i`, in order: a finding split by another's mark has several. */
function markedTextOf(page: string, i: number): string {
  const out: string[] = [];
  for (const m of page.matchAll(/<a class="m [a-z]+" href="#([^"]+)" data-f="([^"]*)" title="[^"]*">([^<]*)<\/a>/g)) {
    if (m[1]!.startsWith('l0-') && m[2]!.split(' ').includes(String(i))) out.push(m[3]!);
  }
  return out.join('').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

describe('--format html', () => {
  it('marks every finding with a span at its own text, and lists each with its rewrites', async () => {
    const [weak] = await lintFiles(['fixtures/weak.md'], { cwd: root });
    const page = html([weak!], context);
    const spans = weak!.findings.filter((f) => f.actual !== undefined);
    expect(spans.length).toBeGreaterThan(3);
    weak!.findings.forEach((f, i) => {
      if (f.actual !== undefined) expect(markedTextOf(page, i), f.message).toBe(f.actual);
      expect(page).toContain(`<li id="l0-f${i}">`);
    });
    for (const s of weak!.findings.flatMap((f) => f.suggestions).slice(0, 5)) expect(page).toContain(s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll("'", '&#39;'));
    expect(page).toMatch(/aria-label="score \d+ of 100"/);
  });

  it('keeps a hostile letter and a hostile file name as text', () => {
    const source = 'Dear team,\n\n<script>alert(1)</script> <img src=x onerror=alert(1)> "quoted" \u202Eevil\n';
    const result: FileResult = {
      filePath: path.join(root, '<img src=x onerror=alert(2)>.md'),
      source,
      findings: [{ ruleId: 'no-placeholders', severity: 'error', message: 'Template placeholder "<img src=x onerror=alert(3)>"', line: 3, column: 27, endLine: 3, endColumn: 55, suggestions: ['<b>bold</b>'], actual: '<img src=x onerror=alert(1)>' }],
    };
    const page = html([result], context);
    expect(page).not.toMatch(/<script>|<img|<b>/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('\\u202eevil');
    expect(markedTextOf(page, 0)).toBe('<img src=x onerror=alert(1)>');
  });

  it('loads nothing: a policy that forbids it, no src or stylesheet link, no script', async () => {
    const results = await lintFiles(['fixtures/*.md', 'fixtures/corpus'], { cwd: root });
    const page = html(results, context);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"`);
    // In the markup itself (a letter may well say "src=" in its text, escaped).
    expect(page).not.toMatch(/<[^>]*\s(?:src|srcset|background)=|<link|<script|<iframe|<object/i);
    expect(page.slice(page.indexOf('<style>'), page.indexOf('</style>'))).not.toMatch(/@import|url\(/);
    // A summary row for every letter, each linking to its section.
    expect(page.match(/<tr><td><a href="#letter-\d+">/g)).toHaveLength(results.length);
  });
});
