// Detection quality on the labelled corpus: runs the built CLI over fixtures/corpus and compares
// what each rule reported with what the labels say it should, per rule and per letter.
// `npm run eval` prints the table; test/corpus.test.ts holds the thresholds.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import { packageRoot } from './package.js';

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

/** The rules the CLI reports for each letter in the folder (not below it), run once as a whole process. */
export function runCli(dir = corpusDir): Map<string, Set<string>> {
  const bin = path.join(packageRoot, 'bin/letterlint.js');
  const r = spawnSync(process.execPath, [bin, '--format', 'json', '*.{md,markdown,txt}'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status === 2 || r.error) throw new Error(`letterlint could not run: ${r.stderr || r.error}`);
  const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null }> }>;
  const got = new Map<string, Set<string>>();
  for (const result of results) {
    got.set(path.relative(dir, result.filePath), new Set(result.messages.map((m) => m.ruleId ?? 'fatal')));
  }
  return got;
}

/** Scores for the rules the labels speak of (the corpus was labelled for the six core rules). */
export function score(labels: Record<string, Label>, got: Map<string, Set<string>>): RuleScore[] {
  const labelled = new Set(Object.values(labels).flatMap((l) => Object.keys(l.rules)));
  return rules.filter((r) => labelled.has(r.meta.id)).map(({ meta: { id } }) => {
    const s: RuleScore = { ruleId: id, tp: 0, fp: 0, fn: 0, tn: 0, precision: 1, recall: 1, misses: [] };
    for (const [file, label] of Object.entries(labels)) {
      const expected = label.rules[id];
      if (expected === undefined) throw new Error(`${file} has no label for ${id}`);
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

export function table(scores: readonly RuleScore[], letters: number): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    `${letters} letters`,
    '',
    '| rule | precision | recall | TP | FP | FN | TN |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...scores.map((s) => `| ${s.ruleId} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} |`),
  ];
  const misses = scores.flatMap((s) => s.misses.map((m) => `  ${m.file}  ${s.ruleId}  expected ${m.expected ? 'fire' : 'quiet'}, got ${m.got ? 'fire' : 'quiet'}`));
  lines.push('', misses.length ? `Misses:\n${misses.join('\n')}` : 'Misses: none');
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const labels = loadLabels();
  const got = runCli();
  const unlabelled = [...got.keys()].filter((f) => !labels[f]);
  if (unlabelled.length) process.stderr.write(`unlabelled letters: ${unlabelled.join(', ')}\n`);
  process.stdout.write(table(score(labels, got), Object.keys(labels).length));
}
