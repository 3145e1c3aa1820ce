// The report formats beside stylish and json, --output-file, and the init, rules and explain commands.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const weak = readFileSync(path.join(root, 'fixtures/weak.md'), 'utf8');

function run(args: string[], cwd: string) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-formats-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
  partialFingerprints: Record<string, string>;
}

describe('sarif', () => {
  const sarif = (dir: string, ...files: string[]) => {
    const r = run(['--format', 'sarif', ...files], dir);
    return { code: r.code, log: JSON.parse(r.stdout) as { version: string; runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string; help: { text: string }; shortDescription: { text: string } }> } }; results: SarifResult[]; invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ message: { text: string } }> }> }> } };
  };

  it('is SARIF 2.1.0 with one descriptor per rule, carrying its help text', () => {
    const { code, log } = sarif(folder({ 'weak.md': weak }), 'weak.md');
    expect(code).toBe(1);
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('letterlint');
    expect(driver.rules.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    for (const d of driver.rules) expect(d.help.text).toContain('Bad:');
  });

  it('gives every result a rule, a level, a physical location and a fingerprint', () => {
    const { log } = sarif(folder({ 'weak.md': weak }), 'weak.md');
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(5);
    const ids = log.runs[0]!.tool.driver.rules.map((r) => r.id);
    const severity = new Map(rules.map((x) => [x.meta.id, x.meta.severity]));
    for (const r of results) {
      expect(ids[r.ruleIndex!]).toBe(r.ruleId);
      expect(r.level).toBe(severity.get(r.ruleId!));
      expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toBe('weak.md');
      expect(r.locations[0]!.physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(r.partialFingerprints['letterlint/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(new Set(results.map((r) => r.partialFingerprints['letterlint/v1'])).size).toBe(results.length);
  });

  it('keeps fingerprints when the lines move', () => {
    const before = sarif(folder({ 'weak.md': weak }), 'weak.md').log.runs[0]!.results;
    const after = sarif(folder({ 'weak.md': `# Draft\n\n${weak}` }), 'weak.md').log.runs[0]!.results;
    const prints = (rs: SarifResult[]) => rs.map((r) => r.partialFingerprints['letterlint/v1']).sort();
    expect(after[0]!.locations[0]!.physicalLocation.region.startLine).not.toBe(before[0]!.locations[0]!.physicalLocation.region.startLine);
    expect(prints(after)).toEqual(prints(before));
  });

  it('validates against the SARIF 2.1.0 schema, with percent-encoded URIs that name the file exactly', async () => {
    // Both are CommonJS with a "default" on module.exports: under Node's interop that is .default.default.
    const Ajv = (await import('ajv-draft-04')).default.default;
    const addFormats = (await import('ajv-formats')).default.default;
    const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // The published schema's language pattern is not valid with the u flag; compiled as the schema's authors ran it.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const name = 'Cover Letter - Acme,b%25.md';
    const dir = folder({ [name]: weak });
    const r = run(['--format', 'sarif', name, 'missing file.md'], dir);
    const log = JSON.parse(r.stdout) as { runs: Array<{ tool: { driver: { informationUri: string; rules: Array<{ id: string; name: string; helpUri: string }> } }; results: SarifResult[]; originalUriBaseIds: Record<string, { uri: string }> }> };
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run0 = log.runs[0]!;
    const uri = run0.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('Cover%20Letter%20-%20Acme%2Cb%2525.md');
    // Resolved against its base, the URI names the file itself.
    expect(fileURLToPath(new URL(uri, run0.originalUriBaseIds['%SRCROOT%']!.uri))).toBe(path.join(dir, name));
    expect(run0.tool.driver.rules.find((x) => x.id === 'no-generic-claims')).toMatchObject({ name: 'NoGenericClaims', helpUri: expect.stringMatching(/^https:\/\/.+#no-generic-claims$/) });
    expect(run0.tool.driver.informationUri).toMatch(/^https:\/\//);
    // An unencoded name is what the schema refuses: the check can fail.
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = name;
    expect(validate(broken)).toBe(false);
  });

  it('reports a file that cannot be read as a notification, not a result', () => {
    const { code, log } = sarif(folder({ 'weak.md': weak }), 'weak.md', 'missing.md');
    expect(code).toBe(2);
    const invocation = log.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n) => n.message.text)).toEqual(['missing.md: no such file or folder']);
  });
});

describe('github', () => {
  it('writes one workflow command a finding, escaped as GitHub does', () => {
    const dir = folder({ 'a, b: c.md': 'Dear Ana,\n\nI will join [Company] to cut costs by 40%.\n\nBest,\nSam\n' });
    const r = run(['--format', 'github', 'a, b: c.md'], dir);
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('no-placeholders'))!;
    expect(line).toMatch(/^::error file=a%2C b%3A c\.md,line=3,endLine=3,col=13,endColumn=22,title=letterlint no-placeholders::/);
    // The message and its suggestion: LF escaped, so one command stays on one line.
    expect(line).toContain('left in the letter%0A\u2192 Replace');
    const lines = r.stdout.trim().split('\n');
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^::(error|warning) file=/);
    expect(lines.at(-1)).toMatch(/^::notice title=letterlint::\d+ findings \(\d+ errors?, \d+ warnings?\) in 1 of 1 letter$/);
  });

  it(`annotates each letter's worst ${5} findings, errors first, and gives the totals in a notice`, () => {
    const dir = folder({ 'weak.md': weak, 'strong.md': readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8') });
    const r = run(['--format', 'github', 'weak.md', 'strong.md'], dir);
    const all = JSON.parse(run(['--format', 'json', 'weak.md'], dir).stdout) as Array<{ errorCount: number; warningCount: number }>;
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, -1).map((l) => l.slice(0, l.indexOf(' ')))).toEqual(Array(5).fill('::error'));
    const total = all[0]!.errorCount + all[0]!.warningCount;
    expect(lines.at(-1)).toBe(
      `::notice title=letterlint::${total} findings (${all[0]!.errorCount} errors, ${all[0]!.warningCount} warnings) in 1 of 2 letters; ${total - 5} not shown as annotations (at most 5 a letter): run letterlint on them to see every finding`,
    );
  });

  it('writes each letter\'s report card to the job summary when $GITHUB_STEP_SUMMARY names a file, with names shown as text', () => {
    const name = 'x|<img src=y>_[a](b).md';
    const dir = folder({ 'weak.md': weak, [name]: weak });
    const file = path.join(dir, 'summary.md');
    writeFileSync(file, '# earlier step\n');
    const r = spawnSync(process.execPath, [bin, '--format', 'github', 'weak.md', name], { cwd: dir, env: { ...process.env, GITHUB_STEP_SUMMARY: file }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const md = readFileSync(file, 'utf8');
    expect(md.startsWith('# earlier step\n## letterlint\n')).toBe(true);
    expect(md).toContain('| Letter | Score | Errors | Warnings | Checks failed |');
    expect(md).toMatch(/\| weak\.md \| 0\/100 \| \d+ \| \d+ \| specific opening, system story first, metrics, failure modes, length, no clich\u00e9s, no placeholders \|/);
    expect(md).toContain('| x\\|&lt;img src=y&gt;\\_\\[a\\]\\(b\\).md | 0/100 |');
    // Other formats leave the summary alone.
    run(['--format', 'json', 'weak.md'], dir);
    expect(readFileSync(file, 'utf8')).toBe(md);
  });

  it('escapes percent signs and leaves columns off a span that crosses lines', async () => {
    const { default: github } = await import('../src/report/formatters/github.js');
    const out = github(
      [
        {
          filePath: path.join(root, 'x.md'),
          source: '',
          findings: [
            { ruleId: 'word-count', severity: 'warning', message: '50% done\r\nnext', line: 2, column: 3, endLine: 4, endColumn: 1, suggestions: [] },
          ],
        },
      ],
      { cwd: root, color: false, version: '0', problems: [] },
    );
    expect(out).toBe('::warning file=x.md,line=2,endLine=4,title=letterlint word-count::50%25 done%0D%0Anext\n::notice title=letterlint::1 finding (0 errors, 1 warning) in 1 of 1 letter\n');
  });
});

describe('compact', () => {
  it('prints file:line:col: severity message [rule], one a line', () => {
    const dir = folder({ 'weak.md': weak });
    const lines = run(['--format', 'compact', 'weak.md'], dir).stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l).toMatch(/^weak\.md:\d+:\d+: (error|warning) .+ \[[a-z-]+\]$/);
    expect(lines).toContain('weak.md:12:1: error Template placeholder "[Your Name]" left in the letter [no-placeholders]');
  });
});

describe('--output-file', () => {
  it('writes the report to the file, keeps the exit code, and leaves no temporary file', () => {
    const dir = folder({ 'weak.md': weak });
    const r = run(['--format', 'json', '--output-file', 'report.json', 'weak.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Array<{ messages: unknown[] }>;
    expect(report[0]!.messages.length).toBeGreaterThan(5);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'weak.md']);
  });

  it('replaces an existing report, as ESLint does; --force is still accepted', () => {
    const dir = folder({ 'weak.md': weak, 'report.txt': 'an older and much longer report than the new one will be '.repeat(400) });
    const r = run(['--format', 'compact', '-o', 'report.txt', 'weak.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = readFileSync(path.join(dir, 'report.txt'), 'utf8');
    expect(report).toContain('[no-placeholders]');
    expect(report).not.toContain('much longer report');
    expect(run(['--format', 'compact', '-o', 'report.txt', '--force', 'weak.md'], dir).code).toBe(1);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe(report);
  });
});

describe('init, rules, explain', () => {
  it('init writes a starter config that letterlint reads back, and never overwrites without --force', () => {
    const dir = folder({ 'weak.md': weak });
    const first = run(['init', '--pre-commit'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('wrote .letterlintrc.yaml\nwrote .pre-commit-config.yaml\n');
    const config = readFileSync(path.join(dir, '.letterlintrc.yaml'), 'utf8');
    for (const r of rules) expect(config).toContain(`  ${r.meta.id}: `);
    // The starter config holds the defaults: a run with it finds what a run without it finds.
    const withConfig = run(['--format', 'compact', 'weak.md'], dir).stdout;
    const withoutConfig = run(['--format', 'compact', '--config', path.join(root, 'package.json'), 'weak.md'], dir);
    expect(withoutConfig.stderr).toContain('has no "letterlint" key');
    expect(withConfig).toContain('[no-stack-list-opening]');

    writeFileSync(path.join(dir, '.letterlintrc.yaml'), 'rules: {}\n');
    const again = run(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('letterlint: .letterlintrc.yaml: already exists; use --force to replace it\n');
    expect(readFileSync(path.join(dir, '.letterlintrc.yaml'), 'utf8')).toBe('rules: {}\n');
    expect(run(['init', '--force'], dir).code).toBe(0);
    expect(readFileSync(path.join(dir, '.letterlintrc.yaml'), 'utf8')).toBe(config);
    // Written through a temporary file beside it (.<name>.<pid>.<random>.tmp), which is gone.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('rules lists every rule with its severity; explain prints one rule\'s docs', () => {
    const list = run(['rules'], root).stdout.trim().split('\n');
    expect(list).toHaveLength(rules.length);
    for (const [i, r] of rules.entries()) expect(list[i]).toMatch(new RegExp(`^${r.meta.id} +${r.meta.severity} +${r.meta.description.slice(0, 20).replace(/[()]/g, '\\$&')}`));
    const explain = run(['explain', 'word-count'], root);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('Bad:');
    expect(explain.stdout).toContain('min (a whole number, 0 or more; default 250)');
    // The way off it shows works as shown: a short letter passes word-count with that --rule.
    const flag = /--rule '([^']+)'/.exec(explain.stdout)![1]!;
    const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-explain-'));
    writeFileSync(path.join(dir, 'short.md'), 'Dear team,\n\nI rebuilt the billing ledger.\n');
    const ids = (args: string[]) => (JSON.parse(run(['--format', 'json', ...args, 'short.md'], dir).stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId);
    expect(ids([])).toContain('word-count');
    expect(ids(['--rule', flag])).not.toContain('word-count');
    const unknown = run(['explain', 'nope'], root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('letterlint: unknown rule "nope"; "letterlint rules" lists them\n');
    expect(run(['explain', 'word-cont'], root).stderr).toBe('letterlint: unknown rule "word-cont" (did you mean "word-count"?); "letterlint rules" lists them\n');
  });
});

describe('reports written as they are made', () => {
  // A run over thousands of letters writes each letter's block as it is made, so the whole report
  // is never one string: the pieces, joined, are the report --output-file writes.
  it.each(['stylish', 'json'])('%s: one write per letter and one to end, the same bytes as the report file', async (format) => {
    const { main } = await import('../src/cli/main.js');
    const dir = folder({ 'a.md': weak, 'b.md': weak, 'c.md': weak });
    const writes: string[] = [];
    const io = { stdout: (s: string) => void writes.push(s), stderr: () => undefined, readStdin: async () => '', stdinIsTTY: true, stdoutIsTTY: false, cwd: dir, env: {} };
    const code = await main(['node', 'letterlint', '--format', format, 'a.md', 'b.md', 'c.md'], io);
    expect(code).toBe(1);
    expect(writes).toHaveLength(4);
    await main(['node', 'letterlint', '--format', format, '--output-file', 'report.out', 'a.md', 'b.md', 'c.md'], { ...io, stdout: () => undefined });
    expect(writes.join('')).toBe(readFileSync(path.join(dir, 'report.out'), 'utf8'));
  });
});
