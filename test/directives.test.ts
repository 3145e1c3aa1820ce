// Inline control comments in Markdown and plain-text letters: ranges, next-line, whole-letter disables, and the
// comments that would silently do nothing (an unknown rule, a disable that hid nothing) reported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defaultSettings, lintText } from '../src/engine.js';
import type { Finding } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
// Each run of the executable starts a Node process; a test that runs several needs more than 5 s on a busy machine.
const SPAWN_TIMEOUT = 30_000;
const strong = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');
const weak = readFileSync(path.join(root, 'fixtures/weak.md'), 'utf8');

/** The rules these tests are about, so a short letter is not also too short, unmeasured, …. */
const settingsOf = (...ids: string[]) => defaultSettings(rules.filter((r) => ids.includes(r.meta.id)));
const spanRules = settingsOf('no-placeholders', 'no-generic-claims');
const WHOLE_LETTER = ['require-metrics', 'word-count', 'require-failure-modes'];

/** Findings under the span rules; with `all`, under those and the whole-letter rules. */
async function findings(text: string, all = false): Promise<Finding[]> {
  return (await lintText(text, 'letter.md', 'markdown', { settings: all ? settingsOf('no-placeholders', 'no-generic-claims', ...WHOLE_LETTER) : spanRules })).findings;
}

/** "line rule [actual]" for each finding; a comment problem shows as "line null severity". */
const brief = (fs: readonly Finding[]) => fs.map((f) => (f.ruleId ? `${f.line} ${f.ruleId}${f.actual ? ` ${f.actual}` : ''}` : `${f.line} null ${f.severity}`));

const lines = (...ls: string[]) => ls.join('\n') + '\n';

describe('disable and enable', () => {
  it('a range disables the rules it names, and only inside the range', async () => {
    const text = lines(
      'Dear team,', // 1
      '',
      'Before: [Company] and a team player.', // 3
      '',
      '<!-- letterlint-disable no-placeholders -->', // 5
      '',
      'Inside: [Company] and a team player.', // 7
      '',
      'Still inside: [Role].', // 9
      '',
      '<!-- letterlint-enable no-placeholders -->', // 11
      '',
      'After: [Company].', // 13
    );
    expect(brief(await findings(text))).toEqual([
      '3 no-placeholders [Company]',
      '3 no-generic-claims team player',
      '7 no-generic-claims team player',
      '13 no-placeholders [Company]',
    ]);
  });

  it('names several rules, with commas or spaces, and a bare enable ends them all', async () => {
    for (const names of ['no-placeholders, no-generic-claims', 'no-placeholders no-generic-claims', 'no-placeholders,no-generic-claims']) {
      const text = lines(
        'Dear team,',
        '',
        `<!-- letterlint-disable ${names} -->`, // 3
        '',
        'Inside: [Company] and a team player.', // 5
        '',
        '<!-- letterlint-enable -->', // 7
        '',
        'After: [Company] and a team player.', // 9
      );
      expect(brief(await findings(text)), names).toEqual(['9 no-placeholders [Company]', '9 no-generic-claims team player']);
    }
  });

  it('a bare disable covers every rule; enabling one rule brings back only that one', async () => {
    const text = lines(
      'Dear team,',
      '',
      '<!-- letterlint-disable -->', // 3
      '',
      'One: [Company] and a team player.', // 5
      '',
      '<!-- letterlint-enable no-generic-claims -->', // 7
      '',
      'Two: [Company] and a team player.', // 9
    );
    expect(brief(await findings(text))).toEqual(['9 no-generic-claims team player']);
  });

  it('enabling one of two disabled rules leaves the other disabled', async () => {
    const text = lines(
      'Dear team,',
      '',
      '<!-- letterlint-disable no-placeholders no-generic-claims -->',
      '',
      'One: [Company] and a team player.', // 5
      '',
      '<!-- letterlint-enable no-placeholders -->',
      '',
      'Two: [Company] and a team player.', // 9
    );
    expect(brief(await findings(text))).toEqual(['9 no-placeholders [Company]']);
  });

  it('works inside a paragraph, and takes a "-- reason" after the rule names', async () => {
    const text = lines(
      'Dear team,',
      '',
      'First [Company] line',
      '<!-- letterlint-disable no-placeholders -- quoting the template on purpose -->',
      'second [Company] line',
      '<!-- letterlint-enable no-placeholders -->',
      'third [Company] line.',
    );
    expect(brief(await findings(text))).toEqual(['3 no-placeholders [Company]', '7 no-placeholders [Company]']);
  });
});

describe('disable-next-line', () => {
  it('covers the next line with text, across a blank line, and not the line after it', async () => {
    const text = lines(
      'Dear team,',
      '',
      '<!-- letterlint-disable-next-line no-placeholders -->', // 3
      '',
      '',
      'Covered: [Company] and a team player.', // 6
      '',
      'Not covered: [Company].', // 8
    );
    expect(brief(await findings(text))).toEqual(['6 no-generic-claims team player', '8 no-placeholders [Company]']);
  });

  it('right above a line, within a paragraph, with several rules or none', async () => {
    const text = lines(
      'Dear team,',
      '',
      'Line one [Company]',
      '<!-- letterlint-disable-next-line no-placeholders, no-generic-claims -->',
      'line two [Company] and a team player',
      '<!-- letterlint-disable-next-line -->',
      'line three [Role] and a team player',
      'line four [Role].',
    );
    expect(brief(await findings(text))).toEqual(['3 no-placeholders [Company]', '8 no-placeholders [Role]']);
  });

  it('does not cover findings later on the same line as the comment', async () => {
    const text = lines('Dear team,', '', 'Here [Company] <!-- letterlint-disable-next-line no-placeholders --> and [Role]', 'then [Role] again.');
    expect(brief(await findings(text))).toEqual(['3 no-placeholders [Company]', '3 no-placeholders [Role]']);
  });
});

describe('a disable before the first paragraph covers the whole letter', () => {
  it('including whole-letter rules such as require-metrics, word-count and require-failure-modes', async () => {
    const body = lines('Dear team,', '', 'I would love to join Northwind as a backend engineer.', '', 'Best,', 'Sam');
    expect(brief(await findings(body, true)).sort()).toEqual(['3 require-failure-modes', '3 require-metrics', '3 word-count']);
    const text = '<!-- letterlint-disable require-metrics, word-count, require-failure-modes -->\n\n' + body;
    expect(await findings(text, true)).toEqual([]);
  });

  it('a bare disable silences a weak letter completely, under every rule', async () => {
    expect((await lintText(weak, 'letter.md', 'markdown')).findings.length).toBeGreaterThan(5);
    expect((await lintText('<!-- letterlint-disable -->\n\n' + weak, 'letter.md', 'markdown')).findings).toEqual([]);
  });

  it('after frontmatter, too', async () => {
    const text = lines('---', 'company: Northwind', '---', '<!-- letterlint-disable require-metrics -->', '', 'Dear team,', '', 'I would love to join Northwind.');
    const ids = (await findings(text, true)).map((f) => f.ruleId);
    expect(ids).not.toContain('require-metrics');
    expect(ids).toContain('word-count');
    expect(ids).not.toContain(null);
  });

  it('a whole-letter rule disabled only after the opening is still reported, and the disable is unused', async () => {
    const text = lines('Dear team,', '', 'I would love to join Northwind.', '', '<!-- letterlint-disable require-metrics -->', '', 'More text.');
    const found = await findings(text, true);
    expect(found.map((f) => f.ruleId)).toContain('require-metrics');
    expect(brief(found.filter((f) => f.ruleId === null))).toEqual(['5 null warning']);
  });
});

describe('comments that would silently do nothing are reported', () => {
  it('an unknown rule name: ruleId null, an error, at the comment, and it disables nothing', async () => {
    const text = lines(
      'Dear team,',
      '',
      '<!-- letterlint-disable no-placeholder -->', // 3: a typo
      '',
      'Here: [Company].', // 5
    );
    const found = await findings(text);
    expect(brief(found)).toEqual(['3 null error', '5 no-placeholders [Company]']);
    const problem = found[0]!;
    expect(problem.message).toBe('Unknown rule "no-placeholder" in a letterlint comment');
    expect([problem.line, problem.column, problem.endLine, problem.endColumn]).toEqual([3, 1, 3, 43]);
    expect(problem.suggestions[0]).toContain('no-placeholders');
  });

  it('an unknown name beside a known one: the known one still applies', async () => {
    const text = lines('Dear team,', '', '<!-- letterlint-disable-next-line no-placeholders, team-player -->', 'Here: [Company] and a team player.');
    const found = await findings(text);
    expect(brief(found)).toEqual(['3 null error', '4 no-generic-claims team player']);
    expect(found[0]!.message).toContain('"team-player"');
  });

  it('a disable that suppressed nothing is a warning at the comment: ranges, next-line and whole-letter', async () => {
    const text = lines(
      '<!-- letterlint-disable require-metrics -->', // 1: the letter has a metric below
      '',
      'Dear team,',
      '',
      'I cut p99 latency from 900 ms to 120 ms for 40,000 merchants.', // 5
      '',
      '<!-- letterlint-disable no-placeholders -->', // 7
      '',
      'Nothing to hide here.',
      '',
      '<!-- letterlint-enable no-placeholders -->',
      '',
      '<!-- letterlint-disable-next-line no-generic-claims -->', // 13
      'A plain line with [Company].', // 14
    );
    const found = await findings(text, true);
    const problems = found.filter((f) => f.ruleId === null);
    expect(brief(problems)).toEqual(['1 null warning', '7 null warning', '13 null warning']);
    expect(problems.map((p) => p.message)).toEqual([
      'Unused letterlint-disable comment: nothing from require-metrics was reported here',
      'Unused letterlint-disable comment: nothing from no-placeholders was reported here',
      'Unused letterlint-disable-next-line comment: nothing from no-generic-claims was reported here',
    ]);
    expect(found.some((f) => f.ruleId === 'no-placeholders' && f.line === 14)).toBe(true);
  });

  it('a misspelt directive is reported, not ignored', async () => {
    const text = lines('Dear team,', '', '<!-- letterlint-disable-line no-placeholders -->', 'Here: [Company].');
    const found = await findings(text);
    expect(brief(found)).toEqual(['3 null error', '4 no-placeholders [Company]']);
    expect(found[0]!.message).toBe('Unknown letterlint comment "letterlint-disable-line"');
  });

  it('a disable that suppressed something, and an enable, are not reported', async () => {
    const text = lines('Dear team,', '', '<!-- letterlint-disable no-placeholders -->', '', 'Here: [Company].', '', '<!-- letterlint-enable no-placeholders -->');
    expect(await findings(text)).toEqual([]);
  });

  it('ordinary comments, and words that only look like directives, are left alone', async () => {
    const text = lines('<!-- a note to self: letterlint-disable is how to silence it -->', '', 'Dear team,', '', '<!-- TODO: letterlint-disable-next-line -->', '', 'Plain text.');
    expect(await findings(text)).toEqual([]);
  });
});

describe('directives inside code are not directives', () => {
  it('in a fenced block, an indented block and inline code: no effect and no report', async () => {
    const text = lines(
      'Dear team,',
      '',
      '```html',
      '<!-- letterlint-disable -->',
      '<!-- letterlint-disable no-such-rule -->',
      '```',
      '',
      'Fenced: [Company].', // 8
      '',
      '    <!-- letterlint-disable-next-line -->',
      '',
      'Indented: [Company].', // 12
      '',
      'Inline `<!-- letterlint-disable-next-line -->` here',
      'and then [Company].', // 15
    );
    expect(brief(await findings(text))).toEqual(['8 no-placeholders [Company]', '12 no-placeholders [Company]', '15 no-placeholders [Company]']);
  });
});

describe('plain-text letters take the same comments, each alone on its line', () => {
  const text = async (t: string, all = false) =>
    (await lintText(t, 'letter.txt', 'text', { settings: all ? settingsOf('no-placeholders', 'no-generic-claims', ...WHOLE_LETTER) : spanRules })).findings;

  it('a range and a next-line comment work as in Markdown, and the comment lines are not prose', async () => {
    const t = lines(
      'Dear team,', // 1
      '',
      'Before: [Company] and a team player.', // 3
      '<!-- letterlint-disable no-placeholders -->', // 4: inside a block of lines, still a directive
      'Inside: [Company] and a team player.', // 5
      '  <!-- letterlint-enable -->  ', // 6
      '<!-- letterlint-disable-next-line no-generic-claims -->', // 7
      'After: [Role], a team player.', // 8
    );
    expect(brief(await text(t))).toEqual(['3 no-placeholders [Company]', '3 no-generic-claims team player', '5 no-generic-claims team player', '8 no-placeholders [Role]']);
    const parsed = (await lintText(t, 'letter.txt', 'text')).letter;
    expect(parsed.text).toBe(t);
    expect(parsed.blocks.map((b) => t.slice(b.start, b.end))).not.toContainEqual(expect.stringContaining('letterlint-'));
  });

  it('before the first paragraph a bare disable covers the whole letter', async () => {
    const body = lines('Dear team,', '', 'I would love to join Northwind as a backend engineer.', '', 'Best,', 'Sam');
    expect((await text(body, true)).length).toBeGreaterThan(0);
    expect(await text('<!-- letterlint-disable -->\n' + body, true)).toEqual([]);
  });

  it('an unknown rule or an unused disable is reported, as in Markdown', async () => {
    const found = await text(lines('<!-- letterlint-disable no-placeholder -->', 'Dear team,', '', '<!-- letterlint-disable no-generic-claims -->', 'Fine words.'));
    expect(brief(found)).toEqual(['1 null error', '4 null warning']);
  });

  it('a comment that shares its line with words, or is not letterlint\'s, stays part of the letter', async () => {
    const t = lines('Dear team,', '', 'I am a team player <!-- letterlint-disable --> at [Company].', '<!-- a note to self -->', 'Also a team player.');
    expect(brief(await text(t))).toEqual(['3 no-generic-claims team player', '3 no-placeholders [Company]', '5 no-generic-claims team player']);
  });
});

describe('through the CLI', () => {
  function run(args: string[], cwd: string) {
    const env: Record<string, string | undefined> = { ...process.env };
    delete env.FORCE_COLOR;
    delete env.NO_COLOR;
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, input: '', encoding: 'utf8', timeout: 30_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-directives-'));
  // The strong letter passes every rule; the comments are the only problems.
  writeFileSync(path.join(dir, 'unused.md'), '<!-- letterlint-disable no-placeholders -->\n\n' + strong);
  writeFileSync(path.join(dir, 'unknown.md'), '<!-- letterlint-disable no-buzzwords -->\n\n' + strong);
  writeFileSync(
    path.join(dir, 'used.md'),
    strong.replace('I would enjoy a technical conversation', '<!-- letterlint-disable-next-line no-placeholders -->\nI would enjoy a technical conversation with [Hiring Manager]'),
  );

  it('JSON: an unknown rule is ruleId null with severity 2, an unused disable severity 1', () => {
    const r = run(['--format', 'json', 'unused.md', 'unknown.md', 'used.md'], dir);
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; severity: number; line: number }>; errorCount: number; warningCount: number }>;
    const by = (name: string) => results.find((x) => path.basename(x.filePath) === name)!;
    expect(by('unused.md').messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([[null, 1, 1]]);
    expect([by('unused.md').errorCount, by('unused.md').warningCount]).toEqual([0, 1]);
    expect(by('unknown.md').messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([[null, 2, 1]]);
    expect(by('used.md').messages).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('an unused disable alone is a warning: exit 0, and 1 with --max-warnings 0', () => {
    expect(run(['unused.md'], dir).code).toBe(0);
    expect(run(['--max-warnings', '0', 'unused.md'], dir).code).toBe(1);
    expect(run(['unknown.md'], dir).code).toBe(1);
  });
}, SPAWN_TIMEOUT);
