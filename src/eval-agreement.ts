// How far two careful readers agree on a label: the ceiling a rule can be scored against. A sample
// of letters was labelled a second time by readers who saw neither the first labels nor the rules'
// output (fixtures/real/second-reading.tsv); this compares the two readings, labels only, without
// running any rule, so printing it scores nothing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RealLetter } from './eval.js';

export interface Agreement {
  ruleId: string;
  letters: number;
  firstTrue: number;
  secondTrue: number;
  /** Share of letters both readings label the same. */
  agreed: number;
  /** Cohen's kappa: agreement beyond what the two readings' base rates give by chance. */
  kappa: number;
}

/** Cohen's kappa of two labellings of the same letters; 1 when both are constant and equal. */
export function cohenKappa(pairs: ReadonlyArray<readonly [boolean, boolean]>): number {
  const n = pairs.length;
  if (n === 0) return 1;
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  const pa = pairs.filter(([a]) => a).length / n;
  const pb = pairs.filter(([, b]) => b).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return chance === 1 ? 1 : (observed - chance) / (1 - chance);
}

/** The second reading's labels, by letter id and rule: rows of `id`, `reader`, then one 0/1 column a rule. */
export function loadSecondReading(file: string): Map<string, Map<string, boolean>> {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const columns = rows.shift()?.split('\t') ?? [];
  const out = new Map<string, Map<string, boolean>>();
  for (const row of rows) {
    const cells = row.split('\t');
    const labels = new Map<string, boolean>();
    columns.forEach((column, i) => {
      if (i >= 2 && (cells[i] === '1' || cells[i] === '0')) labels.set(column, cells[i] === '1');
    });
    if (out.has(cells[0]!)) throw new Error(`${cells[0]} is read twice in ${path.basename(file)}`);
    out.set(cells[0]!, labels);
  }
  return out;
}

export function agreements(letters: readonly RealLetter[], second: Map<string, Map<string, boolean>>): Agreement[] {
  const ruleIds = [...new Set([...second.values()].flatMap((m) => [...m.keys()]))];
  return ruleIds.map((ruleId) => {
    const pairs: Array<[boolean, boolean]> = [];
    for (const letter of letters) {
      const first = letter.label.rules[ruleId];
      const other = second.get(letter.id)?.get(ruleId);
      if (first !== undefined && other !== undefined) pairs.push([first, other]);
    }
    return {
      ruleId,
      letters: pairs.length,
      firstTrue: pairs.filter(([a]) => a).length,
      secondTrue: pairs.filter(([, b]) => b).length,
      agreed: pairs.length ? pairs.filter(([a, b]) => a === b).length / pairs.length : 1,
      kappa: cohenKappa(pairs),
    };
  });
}

/**
 * The letters with each label the second reading disputes left out (as if unlabelled for that rule):
 * the cleaner target to tune on, as a letter the two readings split on is one where either answer
 * can be defended.
 */
export function agreedOnly(letters: readonly RealLetter[], second: Map<string, Map<string, boolean>>): RealLetter[] {
  return letters.map((letter) => {
    const other = second.get(letter.id);
    if (!other) return letter;
    const rules = Object.fromEntries(Object.entries(letter.label.rules).filter(([ruleId, fire]) => (other.get(ruleId) ?? fire) === fire));
    return { ...letter, label: { ...letter.label, rules } };
  });
}

/** The agreement tables for `npm run eval`, one a half the second reading covers, or '' when there is none. */
export function agreementTable(dir: string, letters: readonly RealLetter[]): string {
  const file = path.join(dir, 'second-reading.tsv');
  if (!existsSync(file)) return '';
  const second = loadSecondReading(file);
  const tables = (['dev', 'test'] as const).flatMap((split) => {
    const rows = agreements(letters.filter((l) => l.split === split), second);
    const read = Math.max(0, ...rows.map((r) => r.letters));
    if (read === 0) return [];
    return [
      [
        `## Second reading, ${split} half: ${read} letters labelled again, independently (labels only, no rule run)`,
        '',
        '| rule | letters | first reading: fire | second reading: fire | agreement | kappa |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows.map((r) => `| ${r.ruleId} | ${r.letters} | ${r.firstTrue} | ${r.secondTrue} | ${r.agreed.toFixed(3)} | ${r.kappa.toFixed(3)} |`),
      ].join('\n') + '\n',
    ];
  });
  return tables.join('\n');
}
