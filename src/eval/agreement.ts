// How far two careful readers agree on a label: the ceiling a rule can be scored against. The real
// letters were labelled a second time for some rules by readers who saw neither the first labels nor
// the rules' output (the second_* columns of fixtures/real/sources.tsv); this compares the two
// readings, labels only, without running any rule, so printing it scores nothing.
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

export function agreements(letters: readonly RealLetter[]): Agreement[] {
  const ruleIds = [...new Set(letters.flatMap((l) => Object.keys(l.second)))];
  return ruleIds.map((ruleId) => {
    const pairs: Array<[boolean, boolean]> = [];
    for (const letter of letters) {
      const first = letter.label.rules[ruleId];
      const other = letter.second[ruleId];
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
 * The letter with each label the second reading disputes left out (as if unlabelled for that rule):
 * the cleaner target to tune on, as a letter the two readings split on is one where either answer
 * can be defended.
 */
export function agreedOnly(letter: RealLetter): RealLetter {
  const rules = Object.fromEntries(Object.entries(letter.label.rules).filter(([ruleId, fire]) => (letter.second[ruleId] ?? fire) === fire));
  return { ...letter, label: { ...letter.label, rules } };
}

/** The agreement tables for `npm run eval`, one a half the second reading covers, or '' when there is none. */
export function agreementTable(letters: readonly RealLetter[]): string {
  const tables = (['dev', 'test'] as const).flatMap((split) => {
    const rows = agreements(letters.filter((l) => l.split === split));
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
