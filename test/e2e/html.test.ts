// --format html in a real browser: Debian's Chromium, driven by playwright-core, opens the report
// of every fixture letter and a hostile one. The page renders without errors, every finding has a
// mark on its own text, nothing is fetched, and the hostile letter runs no script.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`test/e2e/html.test.ts: skipped, ${CHROMIUM} is not installed (Debian's chromium package; .ci/run installs it)`);

const HOSTILE = [
  'Dear team,',
  '',
  'I built <script>window.__pwned = 1; alert(1)</script> and <img src=x onerror="window.__pwned = 2; alert(2)"> at [Company].',
  '<iframe src="https://example.com/"></iframe> <a href="javascript:alert(3)">click</a> \u202Eevil',
  '',
  'Best,',
  'Sam',
].join('\n');

describe.skipIf(!hasChromium)('the HTML report in Chromium', () => {
  it('renders every letter with each finding marked, fetches nothing, and runs no script from a letter', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-html-'));
    writeFileSync(path.join(dir, '<img src=x onerror=alert(9)>.md'), HOSTILE);
    // Every letter this project wrote (the real letters are other people's, and not in git).
    const ours = execFileSync('git', ['ls-files', 'fixtures'], { cwd: root, encoding: 'utf8' }).trim().split('\n').filter((f) => /\.(md|txt)$/.test(f) && !f.startsWith('fixtures/real/'));
    const letters = [...ours, path.join(dir, '<img src=x onerror=alert(9)>.md')];
    const report = path.join(dir, 'report.html');
    spawnSync(process.execPath, [bin, '--format', 'html', '--output-file', report, ...letters], { cwd: root });
    const json = JSON.parse(spawnSync(process.execPath, [bin, '--format', 'json', ...letters], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }).stdout) as Array<{ messages: Array<{ actual?: string; message: string }> }>;

    const { chromium } = await import('playwright-core');
    // Without the background-networking flags Chromium keeps trying to reach Google, which this machine refuses.
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      const url = pathToFileURL(report).href;
      await page.goto(url);
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('script, img, iframe').count()).toBe(0);

      // Each letter's marks, by finding: the text of every mark that names it, in order.
      const marked = await page.evaluate(() =>
        [...document.querySelectorAll('section')].map((section) => {
          const byFinding: Record<string, string> = {};
          for (const a of section.querySelectorAll('a.m')) for (const i of (a.getAttribute('data-f') ?? '').split(' ')) byFinding[i] = (byFinding[i] ?? '') + a.textContent;
          return byFinding;
        }),
      );
      expect(marked).toHaveLength(json.length);
      let checked = 0;
      json.forEach((result, n) =>
        result.messages.forEach((m, i) => {
          if (m.actual === undefined) return;
          // HTML reads a letter's CRLF line breaks as LF, as every browser shows them.
          expect(marked[n]![String(i)], `${letters[n]}: ${m.message}`).toBe(m.actual.replace(/\r\n?/g, '\n'));
          checked++;
        }),
      );
      expect(checked).toBeGreaterThan(30);
      // The hostile letter's text is on the page as text.
      expect(await page.locator('section').last().textContent()).toContain('<script>window.__pwned = 1; alert(1)</script>');

      // What a reader sees for the weak letter alone, kept for the closing note.
      const weak = path.join(dir, 'weak.html');
      spawnSync(process.execPath, [bin, '--format', 'html', '--output-file', weak, 'fixtures/weak.md'], { cwd: root });
      const one = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
      await one.goto(pathToFileURL(weak).href);
      await one.screenshot({ path: path.join(tmpdir(), 'letterlint-weak-report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
