// Configuration, through the built executable as a user meets it: every file kind, the cascade
// from the project's top folder down, extends, --rule, --config, severities, every rule option,
// literal phrases, and invalid files that stop only the letters under them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempProject } from './temp-project.js';
import { rules } from '../rules/index.js';
import { lintText } from '../src/engine.js';
import type { RuleSetting } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
// Each run of the executable starts a Node process; a test that runs several needs more than 5 s on a busy machine.
const SPAWN_TIMEOUT = 30_000;
const strong = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');
const noFailureModes = readFileSync(path.join(root, 'fixtures/no-failure-modes.md'), 'utf8');

function run(args: string[], cwd: string) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const started = Date.now();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, input: '', encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

interface Message {
  ruleId: string | null;
  severity: number;
  message: string;
  fatal?: boolean;
  actual?: string;
}
interface JsonResult {
  filePath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
}

const project = (files: Record<string, string>) => tempProject(files, 'letterlint-config-');

/** Runs with --format json in `dir`; results by path relative to it. */
function lint(dir: string, args: string[] = ['.']) {
  const r = run(['--format', 'json', ...args], dir);
  if (!r.stdout) throw new Error(`no JSON report (exit ${r.code}): ${r.stderr}`);
  const results = new Map<string, JsonResult>();
  for (const result of JSON.parse(r.stdout) as JsonResult[]) results.set(path.relative(dir, result.filePath).split(path.sep).join('/'), result);
  // Other rules may report on these letters too; a test looks only at the rules it is about.
  const messagesOf = (file: string, ...ids: string[]) => results.get(file)!.messages.filter((m) => ids.includes(m.ruleId!));
  const rulesOf = (file: string, ...ids: string[]) => messagesOf(file, ...ids).map((m) => m.ruleId);
  return { ...r, results, messagesOf, rulesOf };
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** What --print-config says a file gets, run from `cwd` (the project by default). */
function printed(dir: string, file: string, extra: string[] = [], cwd = dir) {
  const r = run(['--print-config', file, ...extra], cwd);
  return { ...r, config: r.code === 0 ? (JSON.parse(r.stdout) as { file: string; files: string[]; rules: Record<string, unknown[]>; seniority: string | null; ignores: Array<{ patterns: string[]; from: string }> }) : undefined };
}


/** A configuration with these rule entries and every other rule off, so counts and exit codes are its own. */
const only = (entries: Record<string, unknown>) => ({ rules: { ...Object.fromEntries(rules.map((r) => [r.meta.id, 'off'])), ...entries } });

/** The strong letter (clean under the defaults) with a sentence put into its opening. */
const strongWith = (sentence: string) => strong.replace('I have spent the last stretch', `${sentence} I have spent the last stretch`);
/** The strong letter with its opening replaced. */
const strongOpening = (opening: string) => strong.replace(/^Corvid Pay.*$/m, opening);

describe('where configuration comes from', () => {
  it('reads .letterlintrc.json, .letterlintrc.yaml, .letterlintrc.yml and the "letterlint" key of package.json', () => {
    // The strong letter has 351 words: a max of 300 makes word-count fire, as a warning.
    const dir = project({
      'json/.letterlintrc.json': json({ rules: { 'word-count': ['warn', { max: 300 }] } }),
      'json/letter.md': strong,
      'yaml/.letterlintrc.yaml': 'rules:\n  word-count: [warn, {max: 300}]\n',
      'yaml/letter.md': strong,
      'yml/.letterlintrc.yml': '# a comment\nrules:\n  word-count:\n    - warn\n    - max: 300\n',
      'yml/letter.md': strong,
      'pkg/package.json': json({ name: 'letters', private: true, letterlint: { rules: { 'word-count': ['warn', { max: 300 }] } } }),
      'pkg/letter.md': strong,
      'none/letter.md': strong,
    });
    const r = lint(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const kind of ['json', 'yaml', 'yml', 'pkg']) {
      const messages = r.messagesOf(`${kind}/letter.md`, 'word-count');
      expect(messages.map((m) => [m.ruleId, m.severity, m.message]), kind).toEqual([['word-count', 1, 'The letter has 351 words; keep it within 250\u2013300']]);
    }
    expect(r.messagesOf('none/letter.md', 'word-count')).toEqual([]);
  });

  it("configuration cascades: a folder's file changes what it names and keeps its parents' other settings", () => {
    const claims = strongWith('I am a team player.');
    const dir = project({
      '.letterlintrc.json': json({ rules: { 'no-generic-claims': 'off', 'word-count': ['error', { max: 300 }] } }),
      'top.md': claims,
      'sub/.letterlintrc.yaml': 'rules:\n  no-generic-claims: warn\n',
      'sub/inner.md': claims,
      'sub/deeper/deepest.md': claims,
    });
    const r = lint(dir);
    expect(r.stderr).toBe('');
    expect(r.rulesOf('top.md', 'no-generic-claims', 'word-count')).toEqual(['word-count']);
    // Below sub/ no-generic-claims is a warning, and word-count keeps the parent's max of 300.
    for (const file of ['sub/inner.md', 'sub/deeper/deepest.md']) {
      expect(r.messagesOf(file, 'no-generic-claims', 'word-count').map((m) => [m.ruleId, m.severity])).toEqual([['word-count', 2], ['no-generic-claims', 1]]);
    }
    expect(r.code).toBe(1);
  });

  it('a package.json without a "letterlint" key is passed over, and the search goes on upward', () => {
    const dir = project({
      '.letterlintrc.yml': 'rules:\n  no-placeholders: off\n',
      'app/package.json': json({ name: 'app', version: '1.0.0' }),
      'app/letter.md': strongWith('I want to join [Company].'),
    });
    const r = lint(dir);
    expect(r.stderr).toBe('');
    expect(r.rulesOf('app/letter.md', 'no-placeholders')).toEqual([]);
  });

  it('--config replaces discovery for every letter', () => {
    const dir = project({
      'letters/.letterlintrc.json': json({ rules: { 'word-count': 'off' } }),
      'letters/a.md': strong,
      'drafts/b.md': strong,
      // The letters are letters/ and drafts/: a letters/ folder alone would leave drafts/ out.
      'shared.yaml': 'rules:\n  word-count: [error, {min: 100, max: 300}]\nletters: ["letters/**/*.md", "drafts/**/*.md"]\n',
    });
    const r = lint(dir, ['--config', 'shared.yaml', 'letters', 'drafts']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.rulesOf('letters/a.md', 'word-count')).toEqual(['word-count']);
    expect(r.rulesOf('drafts/b.md', 'word-count')).toEqual(['word-count']);
    // Without --config the folder's own file is used.
    expect(lint(dir, ['letters']).rulesOf('letters/a.md', 'word-count')).toEqual([]);
  });

  it('--config reads the "letterlint" key of a package.json it names', () => {
    const dir = project({
      'settings/package.json': json({ name: 'x', letterlint: { rules: { 'word-count': ['warn', { max: 300 }] } } }),
      'letter.md': strong,
    });
    const r = lint(dir, ['--config', 'settings/package.json', 'letter.md']);
    expect(r.stderr).toBe('');
    expect(r.messagesOf('letter.md', 'word-count').map((m) => [m.ruleId, m.severity])).toEqual([['word-count', 1]]);
  });

  it('--config naming a missing file, a folder, or a package.json without the key: exit 2, one line', () => {
    const dir = project({ 'letter.md': strong, 'package.json': json({ name: 'x' }) });
    for (const [config, reason] of [
      ['missing.json', 'no such configuration file'],
      ['.', 'is a folder, not a configuration file'],
      ['package.json', 'has no "letterlint" key'],
    ]) {
      const r = run(['--format', 'json', '--config', config!, 'letter.md'], dir);
      expect(r.code, config).toBe(2);
      expect(r.stderr, config).toBe(`letterlint: ${path.resolve(dir, config!)}: ${reason}\n`);
    }
  });

  it('--config does not run JavaScript', () => {
    const dir = project({ 'letter.md': strong, 'letterlint.config.mjs': 'process.stderr.write("RAN\\n");\nexport default { rules: {} };\n' });
    const r = run(['--config', 'letterlint.config.mjs', 'letter.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('RAN');
    expect(r.stderr).toBe(`letterlint: ${path.join(dir, 'letterlint.config.mjs')}: letterlint reads JSON or YAML configuration, not JavaScript\n`);
  });
}, SPAWN_TIMEOUT);

describe('severities', () => {
  const letter = strongWith('I am a team player at [Company].');

  it('"off" turns a rule off, "error" keeps it an error, and "warn" makes it a warning with JSON severity 1', () => {
    const dir = project({
      '.letterlintrc.json': json(only({ 'no-placeholders': 'off', 'no-generic-claims': 'error' })),
      'off.md': letter,
      'warn/.letterlintrc.json': json(only({ 'no-placeholders': 'warn', 'no-generic-claims': ['warn'] })),
      'warn/letter.md': letter,
    });
    const r = lint(dir);
    expect(r.results.get('off.md')!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['no-generic-claims', 2]]);
    const warned = r.results.get('warn/letter.md')!;
    expect(warned.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['no-generic-claims', 1],
      ['no-placeholders', 1],
    ]);
    expect([warned.errorCount, warned.warningCount]).toEqual([0, 2]);
  });

  it('warnings alone do not fail the run, unless there are more than --max-warnings', () => {
    const dir = project({ '.letterlintrc.json': json(only({ 'no-placeholders': 'warn', 'no-generic-claims': ['warn', {}] })), 'letter.md': letter });
    expect(run(['letter.md'], dir).code).toBe(0);
    expect(run(['--max-warnings', '2', 'letter.md'], dir).code).toBe(0);
    const over = run(['--max-warnings', '1', 'letter.md'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('letterlint: 2 warnings, more than --max-warnings 1\n');
    const one = project({ '.letterlintrc.json': json(only({ 'no-placeholders': 'warn' })), 'letter.md': letter });
    expect(run(['--max-warnings', '0', 'letter.md'], one).stderr).toBe('letterlint: 1 warning, more than --max-warnings 0\n');
  });

  it('--quiet drops warnings from configuration, so they are not counted either', () => {
    const dir = project({ '.letterlintrc.json': json(only({ 'no-placeholders': 'warn', 'no-generic-claims': 'warn' })), 'letter.md': letter });
    const r = lint(dir, ['--quiet', '--max-warnings', '0', 'letter.md']);
    expect(r.code).toBe(0);
    expect(r.results.get('letter.md')!.messages).toEqual([]);
  });
}, SPAWN_TIMEOUT);

describe('rule options', () => {
  it('no-generic-claims extraPhrases flags more phrases, matched as words', () => {
    const dir = project({
      '.letterlintrc.json': json({ rules: { 'no-generic-claims': ['error', { extraPhrases: ['rockstar engineer', 'ninja'] }] } }),
      'letter.md': strongWith('I am a Rockstar Engineer and a coding ninja.'),
      // root: true stops the cascade: this folder's letters get the defaults, not the parent's phrases.
      'default/.letterlintrc.json': json({ root: true, rules: {} }),
      'default/letter.md': strongWith('I am a Rockstar Engineer and a coding ninja.'),
    });
    const r = lint(dir);
    expect(r.messagesOf('letter.md', 'no-generic-claims').map((m) => m.actual)).toEqual(['Rockstar Engineer', 'ninja']);
    expect(r.messagesOf('letter.md', 'no-generic-claims')[0]!.message).toContain('Rockstar Engineer');
    expect(r.rulesOf('default/letter.md', 'no-generic-claims')).toEqual([]);
  });

  it('no-generic-claims allowPhrases silences a family by id or a phrase as written, and nothing else', () => {
    const letter = strongWith('I am a team player and a self-starter who thrives in a fast-paced environment.');
    const dir = project({
      'none/letter.md': letter,
      'id/.letterlintrc.json': json({ rules: { 'no-generic-claims': ['error', { allowPhrases: ['team-player'] }] } }),
      'id/letter.md': letter,
      'phrase/.letterlintrc.json': json({ rules: { 'no-generic-claims': ['error', { allowPhrases: ['team player', 'self starter'] }] } }),
      'phrase/letter.md': letter,
    });
    const r = lint(dir);
    const actual = (file: string) => r.messagesOf(file, 'no-generic-claims').map((m) => m.actual);
    expect(actual('none/letter.md')).toEqual(['team player', 'self-starter', 'fast-paced environment']);
    expect(actual('id/letter.md')).toEqual(['self-starter', 'fast-paced environment']);
    expect(actual('phrase/letter.md')).toEqual(['fast-paced environment']);
  });

  it('no-stack-list-opening extraTechnologies: an opening of four custom names fires', () => {
    const letter = strongOpening(
      'I am a backend developer skilled in Zorblax, Quiddle, Fennec and Mortar, and I am applying for the Senior Backend Engineer role in your Payouts group.',
    );
    const dir = project({
      'plain/letter.md': letter,
      'extra/.letterlintrc.json': json({ rules: { 'no-stack-list-opening': ['error', { extraTechnologies: ['Zorblax', 'Quiddle', 'Fennec', 'Mortar'] }] } }),
      'extra/letter.md': letter,
    });
    const r = lint(dir);
    expect(r.rulesOf('plain/letter.md', 'no-stack-list-opening')).toEqual([]);
    const [m] = r.messagesOf('extra/letter.md', 'no-stack-list-opening');
    expect(m!.ruleId).toBe('no-stack-list-opening');
    expect(m!.message).toContain('4 technologies (Zorblax, Quiddle, Fennec, Mortar)');
  });

  it('no-stack-list-opening min: three technologies make an inventory with min 3, not by default', () => {
    const letter = strongOpening(
      'I am a backend developer skilled in Python, Django and Redis, and I am applying for the Senior Backend Engineer role in your Payouts group.',
    );
    const dir = project({
      'plain/letter.md': letter,
      'three/.letterlintrc.json': json({ rules: { 'no-stack-list-opening': ['error', { min: 3 }] } }),
      'three/letter.md': letter,
    });
    const r = lint(dir);
    expect(r.rulesOf('plain/letter.md', 'no-stack-list-opening')).toEqual([]);
    expect(r.messagesOf('three/letter.md', 'no-stack-list-opening').map((m) => [m.ruleId, m.actual])).toEqual([['no-stack-list-opening', 'Python, Django and Redis']]);
  });

  it('require-failure-modes extraTerms: "shadow traffic" makes a letter pass', () => {
    const letter = noFailureModes.replace(
      'The part I enjoyed most was ranking.',
      'The part I enjoyed most was ranking, and before each switch I ran shadow traffic through the new ranking for a week.',
    );
    const dir = project({
      'plain/letter.md': letter,
      'terms/.letterlintrc.json': json({ rules: { 'require-failure-modes': ['error', { extraTerms: ['shadow traffic'] }] } }),
      'terms/letter.md': letter,
      'terms/other.md': noFailureModes,
    });
    const r = lint(dir);
    expect(r.rulesOf('plain/letter.md', 'require-failure-modes')).toEqual(['require-failure-modes']);
    expect(r.rulesOf('terms/letter.md', 'require-failure-modes')).toEqual([]);
    // The term counts only where it is written.
    expect(r.rulesOf('terms/other.md', 'require-failure-modes')).toEqual(['require-failure-modes']);
  });

  it('no-placeholders allow: ["TBD"] silences TBD, and only exactly that text', () => {
    const letter = strongWith('I can start in TBD, and [sic] stays in the quote; [Company] does not.');
    const dir = project({
      'plain/letter.md': letter,
      'allow/.letterlintrc.json': json({ rules: { 'no-placeholders': ['error', { allow: ['TBD', '[sic]'] }] } }),
      'allow/letter.md': letter,
    });
    const r = lint(dir);
    expect(r.messagesOf('plain/letter.md', 'no-placeholders').map((m) => m.actual)).toEqual(['TBD', '[Company]']);
    expect(r.messagesOf('allow/letter.md', 'no-placeholders').map((m) => m.actual)).toEqual(['[Company]']);
  });

  it('word-count min and max', () => {
    // The strong letter has 351 words.
    const dir = project({
      'short/.letterlintrc.json': json({ rules: { 'word-count': ['error', { min: 360 }] } }),
      'short/letter.md': strong,
      'long/.letterlintrc.json': json({ rules: { 'word-count': ['error', { max: 350 }] } }),
      'long/letter.md': strong,
      'edge/.letterlintrc.json': json({ rules: { 'word-count': ['error', { min: 351, max: 351 }] } }),
      'edge/letter.md': strong,
    });
    const r = lint(dir);
    expect(r.messagesOf('short/letter.md', 'word-count').map((m) => m.message)).toEqual(['The letter has 351 words; keep it within 360\u2013400']);
    expect(r.messagesOf('long/letter.md', 'word-count').map((m) => m.message)).toEqual(['The letter has 351 words; keep it within 250\u2013350']);
    expect(r.messagesOf('edge/letter.md', 'word-count')).toEqual([]);
  });
}, SPAWN_TIMEOUT);

describe('phrases from configuration are text, never regular expressions', () => {
  // Each would hang a backtracking regex engine on a long run of "a" with no match at its end, or
  // match single letters as a character class.
  const tricky = ['(a+)+$', '[x|y]', '(x+x+)+y'];

  it('regex-looking entries in every list option finish quickly and match no regex sense', () => {
    const letter = strongWith(`I chose x over y for the ${'a'.repeat(40)}! benchmark and ${'x'.repeat(40)} logs.`);
    const dir = project({
      '.letterlintrc.json': json({
        rules: {
          'no-generic-claims': ['error', { extraPhrases: tricky, allowPhrases: tricky }],
          'no-stack-list-opening': ['error', { extraTechnologies: tricky }],
          'require-failure-modes': ['error', { extraTerms: tricky }],
          'no-placeholders': ['error', { allow: tricky }],
        },
      }),
      'letter.md': letter,
      'no-allow/.letterlintrc.json': json({ rules: { 'no-generic-claims': ['error', { extraPhrases: tricky }] } }),
      'no-allow/letter.md': letter,
    });
    const r = lint(dir);
    expect(r.code).not.toBeNull();
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stderr).toBe('');
    for (const file of ['letter.md', 'no-allow/letter.md']) {
      const actual = r.messagesOf(file, 'no-generic-claims', 'no-stack-list-opening', 'require-failure-modes', 'no-placeholders').map((m) => m.actual);
      expect(actual, file).not.toContain('x');
      expect(actual, file).not.toContain('y');
      expect(actual.filter((a) => a !== undefined && /aaaa|xxxx/.test(a)), file).toEqual([]);
    }
  });

  it('an entry with no word in it (".*", "   ") is a configuration error, not a crash', () => {
    for (const [option, value, key] of [
      ['no-generic-claims', { extraPhrases: ['rockstar', '.*'] }, 'rules.no-generic-claims[1].extraPhrases[1]'],
      ['require-failure-modes', { extraTerms: ['   '] }, 'rules.require-failure-modes[1].extraTerms[0]'],
      ['no-generic-claims', { allowPhrases: [''] }, 'rules.no-generic-claims[1].allowPhrases[0]'],
    ] as const) {
      const dir = project({ '.letterlintrc.json': json({ rules: { [option]: ['error', value] } }), 'letter.md': strong });
      const r = run(['letter.md'], dir);
      expect(r.code, key).toBe(2);
      expect(r.stderr, key).toMatch(new RegExp(`^letterlint: \\S+\\.letterlintrc\\.json: ${key.replace(/[.[\]]/g, '\\$&')}: expected words, not only spaces or punctuation`));
      expect(r.stderr.split('\n').filter(Boolean), key).toHaveLength(1);
      expect(r.stderr).not.toContain('internal error');
    }
  });

  it('a technology name is text too: "?", "*" and "|" in it are not pattern syntax', () => {
    const letter = strongOpening(
      'I am a backend developer skilled in Zorblax and Quiddle, my dogs Fennec the Brave and Mortar the Bold come to every standup, and I am applying for the Senior Backend Engineer role in your Payouts group.',
    );
    const dir = project({
      '.letterlintrc.json': json({ rules: { 'no-stack-list-opening': ['error', { min: 3, extraTechnologies: ['Kestrel?', 'Fennec|Mortar', 'Zorblax', 'Quiddle'] }] } }),
      'letter.md': letter,
    });
    const r = lint(dir);
    expect(r.stderr).toBe('');
    expect(r.code).not.toBe(2);
    // "Fennec|Mortar" is one name as written, not "Fennec" or "Mortar": two technologies here, under min 3.
    expect(r.rulesOf('letter.md', 'no-stack-list-opening')).toEqual([]);
  });

  it('a phrase is matched as the letter writes its words: "C# wizard" flags "C# wizard"', async () => {
    const rule = rules.find((r) => r.meta.id === 'no-generic-claims')!;
    const settings: RuleSetting[] = [{ rule, severity: 'error', options: Object.freeze({ extraPhrases: ['C# wizard', 'A+ player'], allowPhrases: [] }) }];
    const { findings } = await lintText('Dear team,\n\nI am a C# wizard and an A+ player.\n', 'letter.md', 'markdown', { settings });
    expect(findings.map((f) => f.actual)).toEqual(['C# wizard', 'A+ player']);
  });

  it('lintText with a pathological phrase and text stays fast', async () => {
    const rule = rules.find((r) => r.meta.id === 'no-generic-claims')!;
    const settings: RuleSetting[] = [{ rule, severity: 'error', options: Object.freeze({ extraPhrases: tricky, allowPhrases: [] }) }];
    const text = `Dear team,\n\n${`${'a'.repeat(60)}! `.repeat(200)}\n`;
    // A hang guard, not a speed test: a backtracking phrase would take hours on this text.
    const started = Date.now();
    await lintText(text, 'letter.md', 'markdown', { settings });
    expect(Date.now() - started).toBeLessThan(30_000);
  });
}, SPAWN_TIMEOUT);

describe('--print-config and --no-config', () => {
  it('--print-config prints what a letter gets, as JSON, and lints nothing', () => {
    const dir = project({
      'letters/.letterlintrc.yaml': 'rules:\n  word-count: [warning, {min: 200}]\n  no-placeholders: 0\nseniority: senior\n',
      'letters/a.md': strong,
      'README.md': '# Notes\n',
    });
    const r = run(['--print-config', 'letters/a.md'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const shown = JSON.parse(r.stdout) as { file: string; rules: Record<string, unknown[]>; seniority: string; isLetter: boolean };
    expect(shown.file).toBe(path.join(dir, 'letters/.letterlintrc.yaml'));
    expect(shown.rules['word-count']).toEqual(['warn', { min: 200, max: 400 }]);
    expect(shown.rules['no-placeholders']).toEqual(['off']);
    expect(shown.rules['require-metrics']![0]).toBe('error');
    expect([shown.seniority, shown.isLetter]).toEqual(['senior', true]);
    expect((JSON.parse(run(['--print-config', 'README.md'], dir).stdout) as { isLetter: boolean }).isLetter).toBe(false);
    // A broken configuration is the usual one line and exit 2.
    writeFileSync(path.join(dir, 'letters/.letterlintrc.yaml'), 'rules:\n  no-such-rule: warn\n');
    const broken = run(['--print-config', 'letters/a.md'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^letterlint: .*letters\/\.letterlintrc\.yaml: rules\.no-such-rule: unknown rule/);
  });

  it('--no-config runs every rule at its defaults, whatever configuration files say', () => {
    const dir = project({ '.letterlintrc.json': json({ rules: { 'no-placeholders': 'off' } }), 'letter.md': strongWith('I want to join [Company].') });
    expect(lint(dir, ['letter.md']).messagesOf('letter.md', 'no-placeholders')).toEqual([]);
    expect(lint(dir, ['--no-config', 'letter.md']).messagesOf('letter.md', 'no-placeholders').map((m) => m.actual)).toEqual(['[Company]']);
  });
});

describe('the cascade, root: true, extends and --rule', () => {
  it('a folder changes one option and keeps the others, its parents\' other rules and their profile', () => {
    const dir = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.letterlintrc.yaml': 'seniority: senior\nrules:\n  word-count: [error, {min: 200, max: 300}]\n  no-placeholders: off\n',
      'letters/acme/.letterlintrc.json': json({ rules: { 'word-count': ['warn', { max: 450 }], 'no-placeholders': 'warn' } }),
      'letters/acme/letter.md': strong,
    });
    // Run from the company's folder, as a writer does: the repository's top configuration still applies.
    const { config, code } = printed(dir, 'letter.md', [], path.join(dir, 'letters/acme'));
    expect(code).toBe(0);
    expect(config!.rules['word-count']).toEqual(['warn', { min: 200, max: 450 }]);
    expect(config!.rules['no-placeholders']![0]).toBe('warn');
    expect(config!.seniority).toBe('senior');
    expect(config!.files).toEqual([path.join(dir, '.letterlintrc.yaml'), path.join(dir, 'letters/acme/.letterlintrc.json')]);
    expect(config!.file).toBe(path.join(dir, 'letters/acme/.letterlintrc.json'));
  });

  it('root: true stops the cascade at its folder', () => {
    const dir = project({
      '.letterlintrc.yaml': 'seniority: senior\nrules:\n  no-placeholders: off\n',
      'alone/.letterlintrc.yaml': 'root: true\nrules:\n  word-count: warn\n',
      'alone/letter.md': strong,
    });
    const { config } = printed(dir, 'alone/letter.md');
    expect(config!.files).toEqual([path.join(dir, 'alone/.letterlintrc.yaml')]);
    expect(config!.rules['no-placeholders']![0]).toBe('error');
    expect(config!.seniority).toBeNull();
  });

  it('options merged from two files are checked together, and the message names the file that broke them', () => {
    const dir = project({
      '.letterlintrc.yaml': 'rules:\n  word-count: [error, {min: 300}]\n',
      'sub/.letterlintrc.yaml': 'rules:\n  word-count: [error, {max: 280}]\n',
      'sub/letter.md': strong,
      'letter.md': strong,
    });
    const r = lint(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`letterlint: ${path.join(dir, 'sub/.letterlintrc.yaml')}: rules.word-count: min (300) is more than max (280)\n`);
    expect(r.results.get('letter.md')!.messages.every((m) => !m.fatal)).toBe(true);
  });

  it('extends a relative file and a package, in order, with the extending file last', () => {
    const dir = project({
      'shared/base.yaml': 'seniority: staff\nrules:\n  word-count: [warn, {min: 100}]\n  no-generic-claims: warn\n',
      'node_modules/letterlint-config-acme/package.json': json({ name: 'letterlint-config-acme', letterlint: { rules: { 'word-count': ['error', { max: 500 }], 'no-placeholders': 'off' } } }),
      'node_modules/@team/letters/package.json': json({ name: '@team/letters', main: 'config.yaml' }),
      'node_modules/@team/letters/config.yaml': 'focus: payments\n',
      'node_modules/@team/letters/strict.json': json({ rules: { 'require-metrics': 'warn' } }),
      '.letterlintrc.yaml': 'extends: [./shared/base.yaml, letterlint-config-acme, "@team/letters", "@team/letters/strict.json"]\nrules:\n  no-generic-claims: error\n',
      'letter.md': strong,
    });
    const { config, stderr } = printed(dir, 'letter.md');
    expect(stderr).toBe('');
    expect(config!.rules['word-count']).toEqual(['error', { min: 100, max: 500 }]);
    expect(config!.rules['no-generic-claims']![0]).toBe('error');
    expect(config!.rules['no-placeholders']).toEqual(['off']);
    expect(config!.rules['require-metrics']![0]).toBe('warn');
    expect([config!.seniority, (config as unknown as { focus: string }).focus]).toEqual(['staff', 'payments']);
    expect(config!.files.map((f) => path.relative(dir, f))).toEqual([
      'shared/base.yaml',
      'node_modules/letterlint-config-acme/package.json',
      'node_modules/@team/letters/config.yaml',
      'node_modules/@team/letters/strict.json',
      '.letterlintrc.yaml',
    ]);
  });

  it('a file named with --config extends a file elsewhere in the project', () => {
    const dir = project({ '.git/HEAD': '', 'shared/base.yaml': 'seniority: staff\n', 'configs/ci.yaml': 'extends: ../shared/base.yaml\n', 'letter.md': strong });
    const { config, stderr } = printed(dir, 'letter.md', ['--config', 'configs/ci.yaml']);
    expect(stderr).toBe('');
    expect([config!.seniority, config!.files.map((f) => path.relative(dir, f))]).toEqual(['staff', ['shared/base.yaml', 'configs/ci.yaml']]);
  });

  it.each([
    ['a loop', { 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n' }, './a.yaml', /b\.yaml: extends .*a\.yaml, which extends it back$/],
    ['a missing file', {}, './nowhere.yaml', /\.letterlintrc\.yaml: extends "\.\/nowhere\.yaml": no such file$/],
    ['a missing package', {}, 'letterlint-config-nowhere', /extends "letterlint-config-nowhere": no such package in node_modules; install it, or give a relative path/],
    ['an absolute path', {}, '/etc/passwd', /\.letterlintrc\.yaml: extends: expected a relative path/],
    ['a path out of the project', {}, '../outside.yaml', /extends "\.\.\/outside\.yaml": .*outside/],
    ['code', { 'shared.js': 'process.exit(9)\n' }, './shared.js', /extends "\.\/shared\.js": letterlint extends JSON or YAML configuration/],
    ['a package file out of the package', { 'node_modules/x/package.json': '{}' }, 'x/../../secret.json', /expected a relative path .* or a package name/],
  ])('extends %s: one line naming the file and the reason, exit 2', (_name, files, target, message) => {
    const parent = mkdtempSync(path.join(tmpdir(), 'letterlint-extends-'));
    writeFileSync(path.join(parent, 'outside.yaml'), 'rules: {}\n');
    const dir = path.join(parent, 'project');
    mkdirSync(path.join(dir, '.git'), { recursive: true });
    for (const [name, content] of Object.entries(files as Record<string, string>)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), content);
    }
    writeFileSync(path.join(dir, '.letterlintrc.yaml'), `extends: ${JSON.stringify(target)}\n`);
    writeFileSync(path.join(dir, 'letter.md'), strong);
    const r = run(['letter.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--rule sets rules over every configuration, in YAML or JSON, and merges options', () => {
    const dir = project({ '.letterlintrc.yaml': 'rules:\n  word-count: [error, {min: 100}]\n', 'letter.md': strongWith('I am a team player.') });
    const { config } = printed(dir, 'letter.md', ['--rule', 'no-generic-claims: off', '--rule', '{"word-count": ["warn", {"max": 450}]}', '--rule', 'no-placeholders: 1']);
    expect(config!.rules['no-generic-claims']).toEqual(['off']);
    expect(config!.rules['word-count']).toEqual(['warn', { min: 100, max: 450 }]);
    expect(config!.rules['no-placeholders']![0]).toBe('warn');
    expect(config!.files).toEqual([path.join(dir, '.letterlintrc.yaml')]);
    const linted = lint(dir, ['--rule', 'no-generic-claims: off', 'letter.md']);
    expect(linted.rulesOf('letter.md', 'no-generic-claims')).toEqual([]);
    expect(lint(dir, ['letter.md']).rulesOf('letter.md', 'no-generic-claims')).toEqual(['no-generic-claims']);
  });

  it.each([
    ['no-generic-claim: off', '--rule: rules.no-generic-claim: unknown rule (did you mean "no-generic-claims"?)'],
    ['word-count: [warn, {maxx: 3}]', '--rule: rules.word-count[1].maxx: unknown option (did you mean "max"?)'],
    ['word-count: loud', '--rule: rules.word-count[0]: expected "off", "warn" ("warning") or "error"'],
    ['word-count', '--rule: expected a rule and its severity, such as "word-count: off"'],
    ['{"word-count": ', '--rule: not a rule and its severity'],
  ])('--rule %j is a usage error before any letter is read', (flag, message) => {
    const dir = project({ 'letter.md': strong });
    const r = run(['--rule', flag, 'letter.md', 'missing.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(`letterlint: ${message}`);
  });

  it('--rule cannot reach the prototype: "__proto__" and "constructor" are unknown rules', () => {
    const dir = project({ 'letter.md': strong });
    for (const flag of ['{"__proto__": "off"}', 'constructor: off']) {
      const r = run(['--rule', flag, 'letter.md'], dir);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('unknown rule')]);
    }
  });
}, SPAWN_TIMEOUT);

describe('ignoring letters from configuration and the project\'s .letterlintignore', () => {
  it('"ignores" in the top configuration and in a folder\'s, each read from its own folder', () => {
    const weakish = strongWith('I am a team player.');
    const dir = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.letterlintrc.yaml': 'ignores: [templates/, "*.draft.md"]\n',
      'letters/a.md': weakish,
      'letters/b.draft.md': weakish,
      'letters/templates/t.md': weakish,
      'letters/acme/.letterlintrc.yaml': 'ignores: [/old.md]\n',
      'letters/acme/old.md': weakish,
      'letters/acme/new.md': weakish,
      'letters/acme/sub/old.md': weakish,
    });
    const r = lint(dir, ['letters']);
    expect([...r.results.keys()].sort()).toEqual(['letters/a.md', 'letters/acme/new.md', 'letters/acme/sub/old.md']);
    // A hook naming an ignored file passes over it quietly.
    const hook = lint(dir, ['letters/acme/old.md', 'letters/a.md']);
    expect([...hook.results.keys()]).toEqual(['letters/a.md']);
    expect(printed(dir, 'letters/acme/new.md').config!.ignores.map((x) => x.from)).toEqual([dir, path.join(dir, 'letters/acme')]);
  });

  it('.letterlintignore at the project\'s top applies whatever the working folder', () => {
    const dir = project({ '.git/HEAD': 'ref: refs/heads/main\n', '.letterlintignore': 'letters/README.md\nletters/drafts/\n', 'letters/README.md': '# Notes\n', 'letters/drafts/d.md': strong, 'letters/a.md': strong });
    const r = lint(path.join(dir, 'letters'), ['.']);
    expect([...r.results.keys()]).toEqual(['a.md']);
    expect(r.code).toBe(0);
  });
}, SPAWN_TIMEOUT);

describe('severities as ESLint users write them', () => {
  it('"warning", 0, 1, 2 and their strings mean off, warn and error', () => {
    const dir = project({
      '.letterlintrc.json': json({ rules: { 'no-placeholders': 'warning', 'no-generic-claims': [1, {}], 'word-count': 0, 'require-metrics': '2' } }),
      'letter.md': strongWith('I am a team player at [Company].'),
    });
    const r = lint(dir, ['letter.md']);
    expect(r.stderr).toBe('');
    const severity = (rule: string) => r.messagesOf('letter.md', rule).map((m) => m.severity);
    expect(severity('no-placeholders')).toEqual([1]);
    expect(severity('no-generic-claims')).toEqual([1]);
    expect(severity('word-count')).toEqual([]);
  });
});

describe('invalid configuration', () => {
  // Each: the config file, its content, and the start of what follows "<file>: " on stderr.
  const cases: Array<[string, string, string, string, string]> = [
    ['invalid JSON', '.letterlintrc.json', '{"rules": {"word-count": "warn",}}', 'not valid JSON: ', ''],
    ['invalid YAML', '.letterlintrc.yaml', 'rules:\n  word-count: [warn\n', 'not valid YAML: ', ''],
    ['an unknown top-level key', '.letterlintrc.json', json({ colour: 'blue' }), 'colour: ', 'unknown key; a configuration has "rules"'],
    ['an unknown rule', '.letterlintrc.yml', 'rules:\n  no-buzzwords: error\n', 'rules.no-buzzwords: ', 'unknown rule; known rules: ' + rules.map((r) => r.meta.id).join(', ')],
    ['a bad severity', '.letterlintrc.json', json({ rules: { 'word-count': 'warnings' } }), 'rules.word-count[0]: ', 'expected "off", "warn" ("warning") or "error", or 0, 1 or 2'],
    ['a numeric severity out of range', '.letterlintrc.json', json({ rules: { 'word-count': 3 } }), 'rules.word-count[0]: ', 'expected "off", "warn" ("warning") or "error", or 0, 1 or 2'],
    ['a misspelt rule', '.letterlintrc.json', json({ rules: { 'no-generic-claim': 'warn' } }), 'rules.no-generic-claim: ', 'unknown rule (did you mean "no-generic-claims"?); known rules: '],
    ['a misspelt option', '.letterlintrc.json', json({ rules: { 'word-count': ['warn', { maxx: 300 }] } }), 'rules.word-count[1].maxx: ', 'unknown option (did you mean "max"?); word-count takes: min, max'],
    ['a misspelt top-level key', '.letterlintrc.json', json({ rule: {} }), 'rule: ', 'unknown key (did you mean "rules"?)'],
    ['a wrong option type', '.letterlintrc.json', json({ rules: { 'word-count': ['warn', { max: '300' }] } }), 'rules.word-count[1].max: ', 'expected a whole number'],
    ['a fraction', '.letterlintrc.json', json({ rules: { 'word-count': ['warn', { max: 300.5 }] } }), 'rules.word-count[1].max: ', 'expected a whole number'],
    ['a number below the minimum', '.letterlintrc.json', json({ rules: { 'no-stack-list-opening': ['warn', { min: 1 }] } }), 'rules.no-stack-list-opening[1].min: ', 'expected 2 or more'],
    ['text for a list', '.letterlintrc.json', json({ rules: { 'no-generic-claims': ['warn', { extraPhrases: 'rockstar' }] } }), 'rules.no-generic-claims[1].extraPhrases: ', 'expected a list of text'],
    ['a number in a list', '.letterlintrc.json', json({ rules: { 'no-placeholders': ['warn', { allow: ['TBD', 3] }] } }), 'rules.no-placeholders[1].allow[1]: ', 'expected text'],
    ['an unknown option', '.letterlintrc.json', json({ rules: { 'no-placeholders': ['warn', { allowed: ['TBD'] }] } }), 'rules.no-placeholders[1].allowed: ', 'unknown option (did you mean "allow"?); no-placeholders takes: allow'],
    ['an option for a rule that takes none', '.letterlintrc.json', json({ rules: { 'require-metrics': ['warn', { min: 1 }] } }), 'rules.require-metrics[1].min: ', 'unknown option; require-metrics takes: none'],
    ['min above max', '.letterlintrc.yaml', 'rules:\n  word-count: [error, {min: 300, max: 200}]\n', 'rules.word-count: ', 'min (300) is more than max (200)'],
    ['max below the default min', '.letterlintrc.json', json({ rules: { 'word-count': ['error', { max: 200 }] } }), 'rules.word-count: ', 'min (250) is more than max (200)'],
    ['rules as a list', '.letterlintrc.json', json({ rules: ['word-count'] }), 'rules: ', 'expected an object'],
    ['options as a list', '.letterlintrc.json', json({ rules: { 'word-count': ['warn', [300]] } }), 'rules.word-count[1]: ', 'expected an object'],
    ['a list at the top', '.letterlintrc.json', json([{ rules: {} }]), '(top level): ', 'expected an object'],
    ['too many items', '.letterlintrc.json', json({ rules: { 'word-count': ['warn', {}, {}] } }), 'rules.word-count', 'expected a severity, or [severity, options]'],
    ['a bad rule in package.json', 'package.json', json({ name: 'x', letterlint: { rules: { 'word-count': 'on' } } }), 'letterlint.rules.word-count[0]: ', 'expected "off", "warn" ("warning") or "error", or 0, 1 or 2'],
    ['a package.json key that is not an object', 'package.json', json({ name: 'x', letterlint: 'strict' }), 'letterlint: ', 'expected an object'],
  ];

  it.each(cases)('%s: exit 2, one line naming the file and key, and letters elsewhere still reported', (_, name, content, where, allowed) => {
    const dir = project({
      [`bad/${name}`]: content,
      'bad/letter.md': strong,
      'bad/nested/second.md': strong,
      'good/letter.md': strongWith('I want to join [Company].'),
    });
    const r = lint(dir, ['bad', 'good']);
    expect(r.code).toBe(2);
    const file = path.join(dir, 'bad', name);
    expect(r.stderr.startsWith(`letterlint: ${file}: ${where}`), r.stderr).toBe(true);
    if (allowed) expect(r.stderr).toContain(allowed);
    // One line, however many letters the file governs, and no stack trace.
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    // The letters under the broken file are fatal, with the same reason; the others are linted.
    for (const letter of ['bad/letter.md', 'bad/nested/second.md']) {
      const [m] = r.results.get(letter)!.messages;
      expect(m).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
      expect(`letterlint: ${m!.message}\n`).toBe(r.stderr);
    }
    expect(r.messagesOf('good/letter.md', 'no-placeholders').map((m) => [m.ruleId, m.actual])).toEqual([['no-placeholders', '[Company]']]);
  });

  it('a broken configuration outside the letters\' folders is never read', () => {
    const dir = project({ 'a/.letterlintrc.json': '{', 'b/letter.md': strong });
    const r = lint(dir, ['b']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('an empty configuration file is no configuration: the search goes on upward', () => {
    const dir = project({
      '.letterlintrc.json': json({ rules: { 'no-generic-claims': 'warn' } }),
      'sub/.letterlintrc.yaml': '',
      'sub/letter.md': strongWith('I am a team player.'),
    });
    const r = lint(dir);
    expect(r.stderr).toBe('');
    expect(r.messagesOf('sub/letter.md', 'no-generic-claims').map((m) => [m.ruleId, m.severity])).toEqual([['no-generic-claims', 1]]);
  });

  it('a YAML alias bomb is refused quickly', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const dir = project({ '.letterlintrc.yaml': levels.join('\n') + '\nrules:\n  no-generic-claims: [error, {extraPhrases: *h}]\n', 'letter.md': strong });
    const r = run(['letter.md'], dir);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stderr).toMatch(/^letterlint: \S+\.letterlintrc\.yaml: not valid YAML: .*\n$/);
  });
}, SPAWN_TIMEOUT);

describe('profile keys', () => {
  const longish = (words: number) => strong.replace(/Best,|Sincerely,/, `${'More context on the ledger. '.repeat(Math.ceil(words / 5))}\n\nSincerely,`);

  it('seniority in configuration raises the word limit; a flag and frontmatter win over it', () => {
    const text = longish(70); // about 420 words: over 400, under 450
    const dir = project({ '.letterlintrc.yaml': 'seniority: staff\n', 'a.md': text, 'b.md': `---\nseniority: mid\n---\n\n${text}` });
    const staff = lint(dir);
    expect(staff.rulesOf('a.md', 'word-count')).toEqual([]);
    expect(staff.rulesOf('b.md', 'word-count')).toEqual(['word-count']);
    expect(lint(dir, ['--seniority', 'mid', 'a.md']).rulesOf('a.md', 'word-count')).toEqual(['word-count']);
  });

  it('focus in configuration turns on focus-coverage', () => {
    const plain = 'Dear team,\n\nI built the search indexer that serves 2 million queries a day, and the retries behind it.\n\nI want to help.\n\nBest,\nSam\n';
    const dir = project({ '.letterlintrc.json': json({ focus: 'payments' }), 'a.md': plain });
    expect(lint(dir).rulesOf('a.md', 'focus-coverage')).toEqual(['focus-coverage']);
    expect(lint(project({ 'a.md': plain })).rulesOf('a.md', 'focus-coverage')).toEqual([]);
  });

  it('a seniority or focus outside the lists is exit 2, naming what is allowed', () => {
    const r = run(['a.md'], project({ '.letterlintrc.yaml': 'focus: fintech\n', 'a.md': strong }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.letterlintrc\.yaml: focus: expected one of: infrastructure, product, data, security, ai, payments\n$/);
  });
});
