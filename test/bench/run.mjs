// `npm run bench`: letterlint's speed against its budgets (README "Speed").
//
// Generates its inputs deterministically in a temporary folder (generate.mjs), then runs the built
// CLI (bin/letterlint.js) as a whole process, several times after a warm-up, beside `node -e 0`, a
// script that only reads the same files and counts words (wc.mjs), and the peers a user could run
// instead, write-good, textlint with one rule and alex (devDependencies), and proselint where it is
// installed (a Python tool: Debian's python3-proselint, or pip's), all in the same run and
// interleaved, so that the ratios compare like with like. Prints medians of wall
// time, CPU time and peak memory, the ratios, the scaling with input size, and PASS/FAIL for each
// budget; exits 1 when a budget fails. Timing never fails a test: only this bench holds the budgets.
//
// node test/bench/run.mjs [--runs N] [--scale-runs N] [--alex-runs N] [--quick] [--no-alex]
//                         [--no-proselint] [--keep] [--json FILE] [--markdown] [--bin FILE]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeInputs } from './generate.mjs';
import { median, method, run } from './measure.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BIN_DEFAULT = path.join(root, 'bin/letterlint.js');
const WC = fileURLToPath(new URL('./wc.mjs', import.meta.url));
const ALEX = path.join(root, 'node_modules/alex/cli.js');
// The peers a user could run instead (devDependencies, pinned): write-good (regexes on raw text) and
// textlint with one rule.
const WRITE_GOOD = path.join(root, 'node_modules/write-good/bin/write-good.js');
const TEXTLINT = path.join(root, 'node_modules/textlint/bin/textlint.js');
// Floors of letterlint's own (parts.mjs): start-up and loading without a lint, and a warm pass.
const PARTS = fileURLToPath(new URL('./parts.mjs', import.meta.url));

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'scale-runs': { type: 'string', default: '5' },
    'alex-runs': { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    'no-alex': { type: 'boolean', default: false },
    'no-proselint': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    markdown: { type: 'boolean', default: false },
    bin: { type: 'string' },
  },
});
// --bin: another executable to measure in its place (say, one that loads an earlier build).
const BIN = opt.bin ? path.resolve(opt.bin) : BIN_DEFAULT;
const RUNS = opt.quick ? 3 : Number(opt.runs);
const SCALE_RUNS = opt.quick ? 1 : Number(opt['scale-runs']);
const ALEX_RUNS = opt.quick ? 1 : Number(opt['alex-runs']);
const SLOW = 12; // seconds

// The budgets (issue 17), as ratios to peers measured side by side in one run on a 2-core machine.
const BUDGET = { oneLetterVsWriteGood: 1.2, thousandVsWriteGood: 1.0, thousandVsAlex: 1 / 8, megabyteWall: 1.5, peakMiB: 150, linear: 1.5 };
// The reference machine's figures quoted in the issue, to say how fast this machine is.
const REFERENCE_NODE_E0 = 0.05;

const how = method();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'letterlint-bench-'));
const inputsDir = path.join(scratch, 'inputs');
const outDir = path.join(scratch, 'out');
const log = (s) => process.stderr.write(s);

// The temporary folder goes at exit, also when a run fails, unless --keep.
process.on('exit', () => (opt.keep ? log(`inputs and outputs kept in ${scratch}\n`) : rmSync(scratch, { recursive: true, force: true })));
log(`letterlint bench: generating inputs in ${scratch}\n`);
/** Document sizes in bytes, each a prefix of the next: 0.1, 0.2 and 0.4 MB, all under the work limit. */
const DOC_SIZES = [104857, 209715, 419430];
const inputs = writeInputs(inputsDir, { sizes: DOC_SIZES });
mkdirSync(outDir);

const env = { ...process.env, NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1' };
delete env.FORCE_COLOR;

/**
 * proselint's version when it is on PATH and can be measured (GNU time: it is no node process).
 * It caches each check's answer for a text; the bench gives it a cache of its own in the temporary
 * folder, which the warm-up run fills, so its figures are a warm cache's, as a user's second run.
 */
function proselintVersion() {
  if (opt['no-proselint'] || how !== 'time') return undefined;
  const r = spawnSync('proselint', ['--version'], { encoding: 'utf8', env });
  return r.status === 0 ? r.stdout.trim().split(/\s+/).at(-1) : undefined;
}
const PROSELINT = proselintVersion();

const COMMANDS = {
  node: { label: 'node -e 0', args: () => ['-e', '0'] },
  wc: { label: 'read + count words', args: (input) => [WC, input] },
  stylish: { label: 'letterlint (stylish)', args: (input) => [BIN, input], letterlint: true },
  json: { label: 'letterlint --format json', args: (input) => [BIN, '--format', 'json', input], letterlint: true },
  alex: { label: 'alex', args: (input) => [ALEX, input], alex: true },
  writegood: { label: 'write-good 1.0.8', args: (input) => [WRITE_GOOD, ...filesOf(input)], peer: true },
  textlint: { label: 'textlint 15 + no-todo', args: (input) => [TEXTLINT, '--rules-base-directory', path.join(root, 'node_modules'), '--rule', 'no-todo', ...filesOf(input)], peer: true },
  // Not rows of the tables: "where the time goes" below reads them.
  load: { label: 'letterlint, loading only', args: () => [PARTS, 'load', BIN], part: true },
  warm: { label: 'letterlint, a warm pass', args: (input) => [PARTS, 'warm', BIN, input], part: true },
  proselint: { label: `proselint ${PROSELINT ?? ''} (warm cache)`, command: 'proselint', args: (input) => [input], env: { ...env, XDG_CACHE_HOME: path.join(scratch, 'proselint-cache') }, peer: true },
};

/** The files an input names: write-good takes no folder, so a set of letters is listed file by file. */
function filesOf(input) {
  const full = path.join(inputsDir, input);
  return statSync(full).isDirectory() ? readdirSync(full).sort().map((f) => path.join(input, f)) : [input];
}

/** Measures each command on one input: a warm-up each, then `runs` rounds, interleaved. */
function measureCase(name, input, commands, runs, { alexRuns = runs, alexWarmUp = true, warmUp = true } = {}) {
  log(`  ${name}: `);
  const samples = Object.fromEntries(commands.map((c) => [c, []]));
  const checks = {};
  const once = (c, round) => {
    const id = `${name.replace(/\W+/g, '-')}-${c}`;
    const r = run(COMMANDS[c].args(input), { cwd: inputsDir, scratch: outDir, how, env: COMMANDS[c].env ?? env, id, command: COMMANDS[c].command });
    // write-good exits with its count of suggestions, alex and proselint with their own codes: any exit is theirs.
    const ok = COMMANDS[c].letterlint || c === 'textlint' ? r.status === 0 || r.status === 1 : c === 'alex' || c === 'writegood' || c === 'proselint' ? r.status !== null : r.status === 0;
    // proselint exits 1 for findings and for a crash alike: a Python traceback tells them apart.
    if (!ok || (c === 'proselint' && readFileSync(r.stderrFile, 'utf8').includes('Traceback (most recent call last)'))) {
      const stderr = readFileSync(r.stderrFile, 'utf8').slice(0, 2000);
      throw new Error(`${COMMANDS[c].label} on ${input} exited ${r.status ?? r.signal}:\n${stderr}`);
    }
    if (!checks[c]) checks[c] = check(c, r);
    // The warm pass's own time, as it printed it: its process also starts, loads and lints once more.
    if (c === 'warm') r.inner = Number(/^warm ([\d.]+)/.exec(readFileSync(r.stdoutFile, 'utf8'))?.[1]);
    return r;
  };
  // A build far over budget would make the bench take many minutes: when one run of letterlint
  // takes longer than SLOW seconds, fewer runs are enough to show it (and the count is printed).
  let slowest = 0;
  for (const c of warmUp ? commands : []) {
    if (c === 'alex' && !alexWarmUp) continue;
    const r = once(c, 0);
    // alex's runs are few by design, and proselint's warm-up fills its cache cold.
    if (c !== 'alex' && c !== 'proselint' && !COMMANDS[c].part) slowest = Math.max(slowest, r.wall);
    log('.');
  }
  if (slowest * runs > SLOW * 5) runs = Math.max(3, Math.min(runs, Math.floor((SLOW * 5) / slowest)));
  for (let round = 0; round < runs; round++) {
    for (const c of commands) {
      if (c === 'alex' && round >= alexRuns) continue;
      const r = once(c, round);
      samples[c].push(r);
      if (c !== 'alex' && c !== 'proselint' && !COMMANDS[c].part) slowest = Math.max(slowest, r.wall);
      log('.');
    }
    if (!warmUp && slowest > SLOW * 2) break;
  }
  log('\n');
  const result = {};
  for (const c of commands) {
    const s = samples[c];
    result[c] = {
      runs: s.length,
      wall: median(s.map((x) => x.wall)),
      cpu: median(s.map((x) => x.cpu)),
      rssMiB: median(s.map((x) => x.rssMiB)),
      maxRssMiB: Math.max(...s.map((x) => x.rssMiB)),
      ...(c === 'warm' ? { inner: median(s.map((x) => x.inner)) } : {}),
      check: checks[c],
    };
  }
  return result;
}

/** What a run printed, to show it did the work: findings for letterlint, words for wc. */
function check(c, r) {
  const out = readFileSync(r.stdoutFile, 'utf8');
  if (c === 'json') {
    const results = JSON.parse(out);
    return `${results.length} files, ${results.reduce((n, x) => n + x.messages.length, 0)} findings`;
  }
  if (c === 'stylish') return (out.trimEnd().split('\n').at(-1) ?? '').replace(/^\W+/, '') + `, ${(out.length / 1024).toFixed(0)} KiB printed`;
  if (c === 'wc') return out.trim();
  if (c === 'alex') {
    const err = readFileSync(r.stderrFile, 'utf8').trimEnd().split('\n');
    return err.at(-1)?.replace(/^\W+/, '') ?? '';
  }
  return '';
}

const started = Date.now();
const loadBefore = os.loadavg()[0];
const base = ['node', 'wc', 'stylish', 'json', 'writegood', 'textlint', ...(PROSELINT ? ['proselint'] : [])];
const withAlex = opt['no-alex'] ? base : [...base, 'alex'];
log(`measuring (${how === 'time' ? '/usr/bin/time' : 'process.resourceUsage'}; ${RUNS} runs after a warm-up, ${SCALE_RUNS} for the scaling steps, ${ALEX_RUNS} for alex on the large inputs)\n`);
const cases = {
  one: { title: '1 letter', input: inputs.one, result: measureCase('1 letter', inputs.one, [...withAlex, 'load'], RUNS) },
  thousand: { title: '1,000 letters', input: inputs.sets[1000], result: measureCase('1,000 letters', inputs.sets[1000], [...withAlex, 'warm'], RUNS, { alexRuns: ALEX_RUNS, alexWarmUp: false }) },
  // A letter of 1 MB is over the work limit (src/run/budget.ts: 100,000 words, marks and lines, about
  // 450 KB) and refused in one line; the largest document measured is the one below it.
  megabyte: { title: '0.4 MB Markdown', input: inputs.docs[DOC_SIZES[2]], result: measureCase('0.4 MB Markdown', inputs.docs[DOC_SIZES[2]], withAlex, RUNS, { alexRuns: ALEX_RUNS, alexWarmUp: false }) },
};
const scaling = { letters: { 1000: cases.thousand.result }, megabytes: { 0.4: cases.megabyte.result } };
// The scaling steps need no warm-up of their own: the inputs were just written and letterlint has run.
for (const n of [250, 500, 2000]) scaling.letters[n] = measureCase(`${n} letters`, inputs.sets[n], ['stylish', 'json'], SCALE_RUNS, { warmUp: false });
for (const [size, mb] of [[DOC_SIZES[0], 0.1], [DOC_SIZES[1], 0.2]]) {
  scaling.megabytes[mb] = measureCase(`${mb} MB Markdown`, inputs.docs[size], ['stylish', 'json'], SCALE_RUNS, { warmUp: false });
}
const elapsed = (Date.now() - started) / 1000;
const loadAfter = os.loadavg()[0];

// ---- the report ----
const s = (x) => (Number.isNaN(x) ? '—' : x.toFixed(x < 10 ? 3 : 2) + ' s');
const mib = (x) => (Number.isNaN(x) ? '—' : x.toFixed(1));
const times = (x) => (Number.isNaN(x) ? '—' : x.toFixed(x < 0.1 ? 3 : 2) + ' ×');
const pad = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
const lines = [];
const cpus = os.cpus();
lines.push(`letterlint bench — node ${process.version}, ${os.availableParallelism?.() ?? cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()}`);
if (BIN !== BIN_DEFAULT) lines.push(`letterlint run as: node ${path.relative(root, BIN)}`);
if (!PROSELINT) lines.push(`proselint: ${opt['no-proselint'] ? 'left out (--no-proselint)' : how !== 'time' ? 'not measured (it needs GNU time)' : 'not installed (Debian: python3-proselint)'}`);
lines.push(`medians of ${RUNS} runs after a warm-up (alex: ${ALEX_RUNS} on the large inputs; scaling steps: ${SCALE_RUNS}); CPU = user + system; peak = max resident memory`);
const nodeHere = cases.one.result.node.wall;
lines.push(`start-up here: node -e 0 takes ${s(nodeHere)}, ${(nodeHere / REFERENCE_NODE_E0).toFixed(1)} × the ${REFERENCE_NODE_E0} s of the issue's reference machine`);
const cores = os.availableParallelism?.() ?? cpus.length;
lines.push(`load average: ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`);
if (Math.max(loadBefore, loadAfter) > cores / 2) {
  lines.push(`WARNING: other work was running (load above ${cores / 2} on ${cores} cores): wall times are inflated; CPU times less so`);
}
lines.push('');
const widths = [32, 9, 9, 9, 11, 12, 11, ...(PROSELINT ? [11] : []), 9];
for (const { title, input, result } of Object.values(cases)) {
  const counted = result.stylish.runs === RUNS ? '' : `; ${result.stylish.runs} runs, as one takes over ${SLOW} s`;
  lines.push(`${title} (${input}${counted})`);
  lines.push(pad(['', 'wall', 'CPU', 'peak MiB', '× node -e 0', '× write-good', '× textlint', ...(PROSELINT ? ['× proselint'] : []), '× alex'], widths));
  for (const [c, r] of Object.entries(result)) {
    if (COMMANDS[c].part) continue;
    const vs = (peer) => (result[peer] && c !== peer ? r.wall / result[peer].wall : NaN);
    lines.push(pad([`  ${COMMANDS[c].label}`, s(r.wall), s(r.cpu), mib(r.rssMiB), times(r.wall / result.node.wall), times(vs('writegood')), times(vs('textlint')), ...(PROSELINT ? [times(vs('proselint'))] : []), times(vs('alex'))], widths));
  }
  for (const c of ['stylish', 'json', 'wc', 'alex']) if (result[c]?.check) lines.push(`    ${COMMANDS[c].label}: ${result[c].check}`);
  lines.push('');
}

// The floors the two write-good budgets sit on: what letterlint costs before its lint runs, and its
// reading and linting once warm (no report), each as a share of write-good's whole run, as the budgets are.
{
  const one = cases.one.result;
  const many = cases.thousand.result;
  const ofWriteGood = (x, r) => `${times(x / r.writegood.wall)} write-good's whole run`;
  lines.push('where the time goes (letterlint, stylish)');
  lines.push(`  1 letter: node itself ${s(one.node.wall)}; starting and loading letterlint, no lint, ${s(one.load.wall)} (${ofWriteGood(one.load.wall, one)}); the lint and its report ${s(one.stylish.wall - one.load.wall)} more`);
  lines.push(`  1,000 letters: reading and linting them, no report, a second pass in one process, ${s(many.warm.inner)} (${ofWriteGood(many.warm.inner, many)}); the whole run ${s(many.stylish.wall)}`);
  lines.push('');
}

// Marginal cost per unit between consecutive sizes (start-up is the same at every size and cancels):
// growth is linear when the last step costs per unit no more than BUDGET.linear × an earlier one.
function steps(series) {
  const sizes = Object.keys(series).map(Number).sort((a, b) => a - b);
  const out = {};
  for (const f of ['stylish', 'json']) {
    out[f] = sizes.map((n, i) => ({
      n,
      wall: series[n][f].wall,
      cpu: series[n][f].cpu,
      rssMiB: series[n][f].rssMiB,
      marginal: i === 0 ? NaN : (series[n][f].wall - series[sizes[i - 1]][f].wall) / (n - sizes[i - 1]),
    }));
  }
  return out;
}
const letterSteps = steps(scaling.letters);
const mbSteps = steps(scaling.megabytes);
lines.push('scaling (letterlint; marginal = extra wall time per letter or per MB since the previous size)');
const sw = [26, 9, 9, 9, 14, 9, 9, 9, 14];
lines.push(pad(['', 'stylish', 'CPU', 'peak MiB', 'marginal', 'json', 'CPU', 'peak MiB', 'marginal'], sw));
const marginal = (x, unit) => (Number.isNaN(x) ? '' : unit === 'letter' ? `${(x * 1000).toFixed(2)} ms/letter` : `${x.toFixed(2)} s/MB`);
for (const [series, unit] of [[letterSteps, 'letter'], [mbSteps, 'MB']]) {
  series.stylish.forEach((a, i) => {
    const b = series.json[i];
    const name = unit === 'letter' ? `  ${a.n.toLocaleString('en')} letters` : `  ${a.n} MB Markdown`;
    lines.push(pad([name, s(a.wall), s(a.cpu), mib(a.rssMiB), marginal(a.marginal, unit), s(b.wall), s(b.cpu), mib(b.rssMiB), marginal(b.marginal, unit)], sw));
  });
}
lines.push('');

// ---- budgets ----
const budgets = [];
const both = (f) => ['stylish', 'json'].map((fmt) => ({ fmt, ...f(fmt) }));
const budget = (name, parts) => budgets.push({ name, pass: parts.every((p) => p.pass), detail: parts.map((p) => `${p.fmt} ${p.text}`).join(', ') });
const vsPeer = (c, peer, limit) => both((f) => {
  const x = c.result[f].wall / c.result[peer].wall;
  return { pass: x <= limit, text: `${x.toFixed(2)} × (${s(c.result[f].wall)} vs ${s(c.result[peer].wall)})` };
});
budget(`1 letter ≤ ${BUDGET.oneLetterVsWriteGood} × write-good`, vsPeer(cases.one, 'writegood', BUDGET.oneLetterVsWriteGood));
budget(`1,000 letters ≤ ${BUDGET.thousandVsWriteGood} × write-good`, vsPeer(cases.thousand, 'writegood', BUDGET.thousandVsWriteGood));
if (cases.thousand.result.alex) {
  budget('1,000 letters ≤ 1/8 of alex', both((f) => {
    const x = cases.thousand.result[f].wall / cases.thousand.result.alex.wall;
    return { pass: x <= BUDGET.thousandVsAlex, text: `1/${(1 / x).toFixed(1)} (${s(cases.thousand.result[f].wall)} vs ${s(cases.thousand.result.alex.wall)})` };
  }));
}
budget(`0.4 MB Markdown ≤ ${BUDGET.megabyteWall} s wall`, both((f) => ({ pass: cases.megabyte.result[f].wall <= BUDGET.megabyteWall, text: s(cases.megabyte.result[f].wall) })));
{
  const all = [
    ...Object.values(cases).map((c) => [c.title, c.result]),
    ...Object.entries(scaling.letters).map(([n, r]) => [`${n} letters`, r]),
    ...Object.entries(scaling.megabytes).map(([n, r]) => [`${n} MB`, r]),
  ];
  budget(`peak memory ≤ ${BUDGET.peakMiB} MiB in every case`, both((f) => {
    const [where, worst] = all.map(([t, r]) => [t, r[f].maxRssMiB]).sort((a, b) => b[1] - a[1])[0];
    return { pass: worst <= BUDGET.peakMiB, text: `worst ${mib(worst)} MiB (${where})` };
  }));
}
// The last step against the cheapest earlier one: early steps also pay for warming up the JIT, so
// comparing with the first alone would hide a cost that grows faster than the input.
const growth = (steps) => {
  const m = steps.map((x) => x.marginal).filter((x) => !Number.isNaN(x));
  return m.at(-1) / Math.min(...m.slice(0, -1));
};
// A step that got cheaper per unit, or free, is noise (too few runs on a busy machine): not a pass.
const linearity = (unit, steps) => {
  const x = growth(steps);
  if (!(x > 0) || steps.some((st) => st.marginal <= 0)) return { pass: false, text: `${unit}: too noisy to tell` };
  return { pass: x <= BUDGET.linear, text: `${unit} ${x.toFixed(2)} ×` };
};
budget(`linear: last step's cost per unit ≤ ${BUDGET.linear} × earlier`, [
  ...both((f) => linearity('letters', letterSteps[f])),
  ...both((f) => linearity('MB', mbSteps[f])),
]);
lines.push('budgets');
for (const b of budgets) lines.push(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name.padEnd(48)} ${b.detail}`);
lines.push('');
lines.push(`bench took ${elapsed.toFixed(0)} s`);
process.stdout.write(lines.join('\n') + '\n');

if (opt.markdown) {
  const r = (c, f) => c.result[f];
  const md = [
    '| Input | letterlint ÷ write-good | ÷ textlint + 1 rule | ÷ proselint (warm cache) | ÷ alex | letterlint peak memory |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.values(cases).map((c) => {
      const ratio = (peer) => (r(c, peer) ? `${(r(c, 'stylish').wall / r(c, peer).wall).toFixed(2)} ×` : '—');
      return `| ${c.title} | ${ratio('writegood')} | ${ratio('textlint')} | ${ratio('proselint')} | ${ratio('alex')} | ${mib(Math.max(r(c, 'stylish').maxRssMiB, r(c, 'json').maxRssMiB))} MiB |`;
    }),
  ];
  process.stdout.write('\n' + md.join('\n') + '\n');
}

const report = { bin: path.relative(root, BIN), load: [loadBefore, loadAfter], node: process.version, cpus: cpus.length, cpu: cpus[0]?.model, how, runs: RUNS, scaleRuns: SCALE_RUNS, alexRuns: ALEX_RUNS, cases, scaling, budgets, elapsed };
if (opt.json) writeFileSync(opt.json, JSON.stringify(report, null, 2) + '\n');
process.exitCode = budgets.every((b) => b.pass) ? 0 : 1;
