// The metric lexicon of rules/data/metrics.ts as the sets a number is judged by: stems or written
// forms, built once on first use rather than at start-up, and read by every file that judges a figure.
import {
  addressWords, changeWords, comparatives, countNouns, currencyWords, durationFillers, foldKinds, growthVerbs, measureNouns, shiftVerbs, headcountNouns, moneyNouns,
  careerNouns, compensationWords, gradedWork, gradeWords, kindNouns, payRateWords, selfShareWords, measuredShareNouns, workArrangementWords, studyWords, timedWork,
  headcountOnlyNouns, headcountVerbs, magnitudes, multiplierOnlyMagnitudes, numberWords, percentWords, rankWords,
  reductionVerbs, savingVerbs, scheduleNouns, sizeUnits, streetWords, teamNouns, tenureUnits, timeScale, timeUnits, upgradeWords, vagueAmounts, versionWords,
} from '../../rules/data/metrics.js';
import { normalise, stem } from './terms.js';
import type { Word } from '../types.js';

const stems = (list: readonly string[]): Set<string> => new Set(list.map((w) => stem(normalise(w))));
// A Map, since it is looked up by the letter's words: "constructor" is no number.
const NUMBER_WORDS = new Map(Object.entries(numberWords));
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const UNITS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** The value of a number word, hyphenated compounds included ("twenty-five"); "one" alone is none. */
export function numberWord(lower: string): number | undefined {
  const simple = NUMBER_WORDS.get(lower);
  if (simple !== undefined) return simple;
  const dash = lower.indexOf('-');
  if (dash < 0) return undefined;
  const tens = lower.slice(0, dash);
  const unit = lower.slice(dash + 1);
  return TENS.has(tens) && UNITS.has(unit) ? NUMBER_WORDS.get(tens)! + (unit === 'one' ? 1 : NUMBER_WORDS.get(unit)!) : undefined;
}

/**
 * Each word with its plural, as a frame in words compares them: written forms, not stems, since a
 * stem meets unrelated words ("books" and "booking" both fold to "book").
 */
function forms(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of list) {
    const n = normalise(word);
    out.add(n).add(n + 's').add(n + 'es');
    if (/[^aeiou]y$/.test(n)) out.add(n.slice(0, -1) + 'ies');
  }
  return out;
}

export type Vocab = ReturnType<typeof buildVocab>;
let vocab: Vocab | undefined;
/** The vocabulary, built by the first call: every judge of a figure reads the same one. */
export const vocabulary = (): Vocab => (vocab ??= buildVocab());
function buildVocab() {
  return {
    numberWord,
    // Plurals compared as written: the stemmer folds "hundred" to "hundr" but "hundreds" to "hundred".
    pluralMagnitude: new Set(magnitudes.map((m) => m + 's')),
    pluralAmount: new Set(vagueAmounts.map((m) => m + 's')),
    multiplierOnly: new Set(multiplierOnlyMagnitudes.map((m) => m + 's')),
    saving: stems(savingVerbs),
    // Each unit's length in seconds, by written form.
    timeLength: new Map(timeScale.flatMap(({ seconds, units }) => [...forms(units)].map((u) => [u, seconds] as const))),
    filler: new Set(durationFillers),
    // Written forms for the frames in words (src/text/metric-frames.ts).
    countForms: forms(countNouns),
    timeForms: forms(timeUnits),
    tenureForms: forms(tenureUnits),
    amountForms: forms([...sizeUnits, ...currencyWords]),
    headcountForms: forms(headcountNouns),
    headcountOnly: forms(headcountOnlyNouns),
    manage: stems(headcountVerbs),
    team: forms(teamNouns),
    foldKind: forms(foldKinds),
    money: forms(moneyNouns),
    timedWork: stems(timedWork),
    career: stems(careerNouns),
    kind: stems(kindNouns),
    selfShare: forms(selfShareWords),
    measuredShare: new Set(measuredShareNouns),
    workArrangement: new Set(workArrangementWords),
    compensation: forms(compensationWords),
    payRate: new Set(payRateWords),
    grade: forms(gradeWords),
    gradedWork: forms(gradedWork),
    study: stems(studyWords),
    rank: new Set(rankWords),
    count: stems(countNouns),
    time: stems(timeUnits),
    schedule: stems(scheduleNouns),
    size: stems(sizeUnits),
    percent: stems(percentWords),
    currency: stems(currencyWords),
    comparative: new Set(comparatives),
    tenure: stems(tenureUnits),
    version: stems(versionWords),
    change: new Set(changeWords),
    address: new Set(addressWords),
    street: new Set(streetWords),
    upgrade: new Set(upgradeWords),
    reduction: stems(reductionVerbs),
    growth: stems(growthVerbs),
    shift: stems(shiftVerbs),
    measure: stems(measureNouns),
  };
}

export const stemOf = (word: Word | undefined): string => (word ? stem(normalise(word.text.replace(/['\u2019]s?$/, ''))) : '');
