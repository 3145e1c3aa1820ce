// Detection quality: runs the built CLI over labelled letters and compares what each rule reported
// with what the labels say it should, per rule and per letter. Two corpora: the letters written
// for this project (fixtures/corpus, labels in JSON) and real public letters (fixtures/real: labels
// and sources in sources.tsv, texts pulled into a git-ignored folder), split by repository into a
// dev half, whose misses are printed to tune on, and a test half, only scored: each scoring is
// logged, so how often it was looked at can be told. test/corpus.test.ts holds the thresholds.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rules } from '../../rules/index.js';
import { packageRoot } from '../package.js';
import { SPAN_KINDS, spanReport, type SpanKind } from './spans.js';
import { agreedOnly, agreementTable } from './agreement.js';
import { formatInterval } from './interval.js';
import { declaredCompany } from '../run/lint-files.js';

export interface Label {
  rules: Record<string, boolean>;
  words?: number;
  notes?: string;
}

export interface RuleScore {
  ruleId: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  misses: Array<{ file: string; expected: boolean; got: boolean }>;
}

export const corpusDir = path.join(packageRoot, 'fixtures/corpus');

/** Every labels file in fixtures/corpus/labels, merged; a letter labelled twice is an error. */
export function loadLabels(dir = corpusDir): Record<string, Label> {
  const labels: Record<string, Label> = {};
  const labelDir = path.join(dir, 'labels');
  for (const name of readdirSync(labelDir).filter((f) => f.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(path.join(labelDir, name), 'utf8')) as Record<string, Label>;
    for (const [file, label] of Object.entries(part)) {
      if (labels[file]) throw new Error(`${file} is labelled twice`);
      labels[file] = label;
    }
  }
  return labels;
}

/**
 * The rules the CLI reports for each letter in the folder (not below it), run once as a whole
 * process; or for the letters `files` names, in that folder.
 */
export function runCli(dir = corpusDir, files: readonly string[] = ['*.{md,markdown,txt}']): Map<string, Set<string>> {
  const bin = path.join(packageRoot, 'bin/letterlint.js');
  const r = spawnSync(process.execPath, [bin, '--format', 'json', '--', ...files], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status === 2 || r.error) throw new Error(`letterlint could not run: ${r.stderr || r.error}`);
  const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null }> }>;
  const got = new Map<string, Set<string>>();
  for (const result of results) {
    got.set(path.relative(dir, result.filePath), new Set(result.messages.map((m) => m.ruleId ?? 'fatal')));
  }
  return got;
}

export const realDir = path.join(packageRoot, 'fixtures/real');

export interface RealLetter {
  id: string;
  file: string;
  split: 'dev' | 'test';
  label: Label;
  /** The labelled spans of each kind, as [start, end) offsets into the laid-out text. */
  spans: Record<SpanKind, Array<[number, number]>>;
  /** A second, independent reading's labels, for the rules it read (README, "A second reading"). */
  second: Record<string, boolean>;
  /** The repository it came from: one writer's letters. */
  repo: string;
}

/**
 * The real letters of sources.tsv: a rule's column is 1 (should fire), 0 (should stay quiet) or
 * "-" (not labelled for it). `file` is the laid-out text's name under `<dir>/text/`.
 */
export function loadReal(dir = realDir): RealLetter[] {
  const rows = readFileSync(path.join(dir, 'sources.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const columns = rows.shift()?.split('\t') ?? [];
  const ruleIds = new Set(rules.map((r) => r.meta.id));
  return rows.map((row) => {
    const cells = new Map(row.split('\t').map((cell, i) => [columns[i] ?? '', cell]));
    const ext = cells.get('ext') === 'txt' || cells.get('ext') === 'tex' ? 'txt' : 'md';
    const labelled: Record<string, boolean> = {};
    const second: Record<string, boolean> = {};
    for (const [column, cell] of cells) {
      if (cell !== '1' && cell !== '0') continue;
      if (ruleIds.has(column)) labelled[column] = cell === '1';
      else if (column.startsWith('second_') && ruleIds.has(column.slice('second_'.length))) second[column.slice('second_'.length)] = cell === '1';
    }
    const split = cells.get('split') === 'test' ? 'test' : 'dev';
    const spans = Object.fromEntries(
      SPAN_KINDS.map((kind) => [kind, (cells.get(`spans_${kind}`) ?? '').split(' ').filter(Boolean).map((s) => s.split('-').map(Number) as [number, number])]),
    ) as RealLetter['spans'];
    return { id: cells.get('id') ?? '', file: `${cells.get('id')}.${ext}`, split, label: { rules: labelled }, spans, second, repo: cells.get('repo') ?? '' };
  });
}

/** Scores for the rules the labels speak of; a letter without a label for a rule is left out of its score. */
export function score(labels: Record<string, Label>, got: Map<string, Set<string>>): RuleScore[] {
  const labelled = new Set(Object.values(labels).flatMap((l) => Object.keys(l.rules)));
  return rules.filter((r) => labelled.has(r.meta.id)).map(({ meta: { id } }) => {
    const s: RuleScore = { ruleId: id, tp: 0, fp: 0, fn: 0, tn: 0, precision: 1, recall: 1, misses: [] };
    for (const [file, label] of Object.entries(labels)) {
      const expected = label.rules[id];
      if (expected === undefined) continue;
      const fired = got.get(file)?.has(id) ?? false;
      if (expected && fired) s.tp++;
      else if (!expected && fired) s.fp++;
      else if (expected && !fired) s.fn++;
      else s.tn++;
      if (expected !== fired) s.misses.push({ file, expected, got: fired });
    }
    if (s.tp + s.fp > 0) s.precision = s.tp / (s.tp + s.fp);
    if (s.tp + s.fn > 0) s.recall = s.tp / (s.tp + s.fn);
    return s;
  });
}

export function table(scores: readonly RuleScore[], letters: number, title = 'Hand-written corpus', showMisses = true): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    `## ${title}: ${letters} letters`,
    '',
    '| rule | precision | recall | TP | FP | FN | TN | precision, 95 % | recall, 95 % |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    // A rule with no findings has no precision to give (not 1.000): "—", as its interval.
    ...scores.map((s) => `| ${s.ruleId} | ${s.tp + s.fp > 0 ? pct(s.precision) : '—'} | ${s.tp + s.fn > 0 ? pct(s.recall) : '—'} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} | ${formatInterval(s.tp, s.tp + s.fp)} | ${formatInterval(s.tp, s.tp + s.fn)} |`),
  ];
  const misses = scores.flatMap((s) => s.misses.map((m) => `  ${m.file}  ${s.ruleId}  expected ${m.expected ? 'fire' : 'quiet'}, got ${m.got ? 'fire' : 'quiet'}`));
  if (showMisses) lines.push('', misses.length ? `Misses:\n${misses.join('\n')}` : 'Misses: none');
  else lines.push('', `Misses: ${misses.length} (not shown: this half is only scored, never tuned on)`);
  return lines.join('\n') + '\n';
}

/**
 * Each scoring of the test half is a line of a committed file, so how often it was looked at survives
 * a fresh checkout (the texts do not). Lines that open with "#" say what came before the file.
 */
export function logScoring(log: string, letters: number, when = new Date()): string {
  if (!existsSync(log)) writeFileSync(log, '# when\tletters\n');
  appendFileSync(log, `${when.toISOString()}\t${letters}\n`);
  const lines = readFileSync(log, 'utf8').split('\n');
  const earlier = lines.map((l) => /^# earlier whole scorings: (\d+)/.exec(l)).find(Boolean);
  const times = Number(earlier?.[1] ?? 0) + lines.filter((l) => /^\d/.test(l)).length;
  return `the test half has now been scored ${times} times as a whole; see ${path.relative(process.cwd(), log) || log}`;
}

/**
 * The letters in the runs their writers would make. Letters linted together know the companies
 * each other's frontmatter declares (stale-company: a reused letter that names one), which is
 * right for one writer's folder and wrong for strangers' letters: one letter's "company: Acme"
 * would make every other writer's mention of Acme a leftover. So a repository with such a letter
 * is a run of its own; all the rest, which declare nothing, are one run, as fast as before.
 */
export function writersRuns(letters: readonly RealLetter[], textDir: string): string[][] {
  const declaring = new Set(letters.filter((l) => declaredCompany(readFileSync(path.join(textDir, l.file), 'utf8')).length > 0).map((l) => l.repo));
  const own = [...declaring].sort().map((repo) => letters.filter((l) => l.repo === repo).map((l) => l.file));
  const rest = letters.filter((l) => !declaring.has(l.repo)).map((l) => l.file);
  return [...(rest.length > 0 ? [rest] : []), ...own];
}

/**
 * The real corpus's tables: dev with its misses, and test (unless `devOnly`) as figures alone, logged.
 * With `agreed`, the dev half is scored only on the labels the second reading agrees with.
 */
export function realTables(dir: string, devOnly: boolean, agreed = false): string {
  const read = loadReal(dir);
  const letters = agreed ? read.map((l) => (l.split === 'dev' ? agreedOnly(l) : l)) : read;
  const textDir = path.join(dir, 'text');
  const present = letters.filter((l) => existsSync(path.join(textDir, l.file)));
  // The agreement of the two readings needs labels only, so it is printed with or without the texts.
  const second = agreementTable(read);
  const withSecond = (out: string) => (second ? `${out}\n${second}` : out);
  if (present.length === 0) return withSecond(`## Real letters: none pulled into ${textDir} (see README, Accuracy)\n`);
  const got = new Map<string, Set<string>>();
  for (const run of writersRuns(present, textDir)) for (const [file, ids] of runCli(textDir, run)) got.set(file, ids);
  let out = present.length < letters.length ? `(${letters.length - present.length} real letters not pulled; scored without them)\n\n` : '';
  for (const split of devOnly ? (['dev'] as const) : (['dev', 'test'] as const)) {
    const half = present.filter((l) => l.split === split);
    const labels = Object.fromEntries(half.map((l) => [l.file, l.label]));
    // Beside the corpus folder, which holds only the letters' sources and its tools.
    if (split === 'test') out += `(${logScoring(`${dir.replace(/[\\/]+$/, '')}-test-scorings.tsv`, half.length)})\n`;
    const title = split === 'dev' && agreed ? 'Real letters, dev half (labels both readings agree on)' : `Real letters, ${split} half`;
    out += '\n' + table(score(labels, got), half.length, title, split === 'dev');
  }
  return withSecond(out);
}

const USAGE = `usage: node dist/src/eval/eval.js [--dev] [--agreed] [--spans] [--real <folder>]
  (no option)  the hand-written corpus and both real halves: this scores the test half, and logs it
  --dev        the real dev half only (the test half is neither scored nor logged)
  --agreed     with --dev: only the labels both readings agree on
  --spans      which of the dev half's labelled spans the detectors reach
  --real       the real-letter folder (default fixtures/real)
`;

/**
 * The options, or why not: a mistyped option must not fall through to a whole run, which scores the
 * test half and counts against it ("--help" once did).
 */
export function evalOptions(argv: readonly string[]): { dev: boolean; agreed: boolean; spans: boolean; real?: string; help: boolean } | string {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { dev: { type: 'boolean' }, agreed: { type: 'boolean' }, spans: { type: 'boolean' }, real: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    return { dev: values.dev === true, agreed: values.agreed === true, spans: values.spans === true, help: values.help === true, ...(values.real ? { real: values.real } : {}) };
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const options = evalOptions(process.argv.slice(2));
  if (typeof options === 'string' || options.help) {
    process[typeof options === 'string' ? 'stderr' : 'stdout'].write((typeof options === 'string' ? `eval: ${options}\n` : '') + USAGE);
    process.exit(typeof options === 'string' ? 2 : 0);
  }
  const dir = options.real ? path.resolve(options.real) : realDir;
  if (options.spans) {
    // The dev half only: which labelled spans the detectors reach (src/eval/spans.ts).
    process.stdout.write(await spanReport(loadReal(dir), path.join(dir, 'text')));
    process.exit(0);
  }
  const labels = loadLabels();
  const got = runCli();
  const unlabelled = [...got.keys()].filter((f) => !labels[f]);
  if (unlabelled.length) process.stderr.write(`unlabelled letters: ${unlabelled.join(', ')}\n`);
  process.stdout.write(table(score(labels, got), Object.keys(labels).length));
  if (existsSync(path.join(dir, 'sources.tsv'))) {
    process.stdout.write('\n' + realTables(dir, options.dev, options.agreed));
  }
}
