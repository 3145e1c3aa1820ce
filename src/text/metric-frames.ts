// Figures written in words, read as frames over a sentence's terms (hyphen pieces are terms of
// their own, and every term carries its stem, so "developer-hours" and "developer hours", "ten-fold"
// and "ten fold", "millions" and "million" meet without listing variants):
//   a vague quantity     "millions of requests", "tens of thousands of events", "thousands a day"
//   a before/after       "from hours to minutes", "from weekly releases to several a day"
//   a ratio              "one in five requests", "9 out of 10 merchants"
//   a before/after       "from a handful of users to thousands"
//   a short duration     "under a minute", "sub-second", "brought deploys down to minutes"
//   a ratio              "one in five requests", "9 out of 10 merchants"
//   a multiplier         "ten-fold", "a hundred fold"
// src/text/metric-judgements.ts then says which of a sentence's figures are no outcome after all.
import type { NumberMention, Sentence, Term } from '../types.js';
import type { Vocab } from './metric-vocab.js';
import { firstIndex } from './search.js';
import { capitalised } from './latin.js';

export const RATE = new Set(['per', 'a', 'an', 'each', 'every']);
export const STOP = new Set(['of', 'in', 'at', 'on', 'for', 'to', 'from', 'with', 'and', 'or', 'by', 'per', 'a', 'an', 'the']);
// How far a frame looks: a few words either way, so a long sentence stays linear.
export const REACH = 6;
/** An article that counts one: "a full day", "one afternoon". */
const ONE = new Set(['a', 'an', 'one']);
const WHOLE = new Set(['full', 'whole', 'entire', 'good']);
const DETERMINERS = new Set(['the', 'these', 'those', 'this', 'that', 'its', 'their', 'our', 'my', 'your', 'his', 'her']);

export const isDigits = (t: Term | undefined): boolean => t !== undefined && /^\d/.test(t.norm);
const YEAR = /^(?:19[5-9]\d|20\d\d)$/;

/** Figures in words that the number pass does not see, as mentions of the sentence's text. */
/** What a count of none may be of besides countable things: "zero downtime", "zero data loss". */
const NONE_OF = new Set(['downtime', 'loss', 'regressions', 'outages']);
/** Words that soften a zero and keep it a figure: "to near zero", "to almost zero". */
const NEARLY = new Set(['near', 'nearly', 'almost', 'virtually', 'practically', 'essentially', 'effectively']);

export function frameMentions(text: string, sentence: Sentence, v: Vocab): NumberMention[] {
  const terms = sentence.terms;
  const out: NumberMention[] = [];
  const push = (from: number, to: number, metric: boolean) => {
    const start = terms[from]!.start;
    const end = terms[to]!.end;
    out.push({ start, end, text: text.slice(start, end), metric });
  };
  // A frame may not run across clause punctuation.
  const joined = (from: number, to: number) => {
    for (let k = from + 1; k <= to; k++) if (terms[k]!.afterBreak) return false;
    return true;
  };
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    // "terabytes of logs", "we store petabytes"
    if (v.pluralAmount.has(t.norm)) {
      const to = terms[i + 1]?.norm === 'of' && terms[i + 2] && joined(i, i + 2) ? i + 2 : i;
      push(i, to, true);
      i = to;
      continue;
    }
    // "a petabyte-scale data lake", "terabyte scale": a size named by its order.
    if (v.pluralAmount.has(`${t.norm}s`) && terms[i + 1]?.norm === 'scale') {
      push(i, i + 1, true);
      i++;
      continue;
    }
    // "saved hours every week", "shaved minutes off every build": time saved, its amount left vague.
    // A determiner makes it a thing: "saves the minutes of each meeting".
    if (isTime(t, v) && t.norm !== t.stem && !isCount(terms[i - 1], v) && !DETERMINERS.has(terms[i - 1]?.norm ?? '') && savedBefore(terms, i, 3, v)) {
      push(i, i, true);
      continue;
    }
    // "zero critical defects", "zero incidents": a count of none, before what it counts (an adjective may
    // stand between); not "from zero to one" or "zero experience", nor a compound written with a hyphen
    // ("a zero-downtime migration", "a zero-allocation rule").
    if (t.norm === 'zero' && terms[i + 1]?.joined !== true) {
      // Up to two words between: "zero major security incidents".
      const noun = [i + 1, i + 2, i + 3].find((k) => terms[k] !== undefined && (v.countForms.has(terms[k]!.norm) || NONE_OF.has(terms[k]!.norm))) ?? -1;
      if (noun > 0 && joined(i, noun)) {
        push(i, noun, true);
        i = noun;
        continue;
      }
      // "cut errors to near zero", "brought flaky tests down to almost zero": a reduction's end point.
      let k = i - 1;
      if (NEARLY.has(terms[k]?.norm ?? '')) k--;
      if (terms[k]?.norm === 'to' && [1, 2, 3, 4, 5, 6].some((d) => k - d >= 0 && v.reduction.has(terms[k - d]!.stem)) && joined(k, i)) {
        push(k, i, true);
        continue;
      }
    }
    // "saved the team a full day of work every sprint": one unit of time saved, counted by its article.
    // Not "saved the day", an idiom with no article of count.
    if (ONE.has(t.norm) && savedBefore(terms, i, 3, v)) {
      const unit = WHOLE.has(terms[i + 1]?.norm ?? '') ? i + 2 : i + 1;
      if (isTime(terms[unit], v) && terms[unit]!.norm === terms[unit]!.stem && joined(i, unit)) {
        push(i, unit, true);
        i = unit;
        continue;
      }
    }
    // "in seconds instead of minutes", "a day rather than a week"
    const instead = insteadOf(terms, i, v);
    if (instead > 0 && joined(i - 1, instead) && (out.length === 0 || out[out.length - 1]!.end <= terms[i - 1]!.start)) {
      push(i - 1, instead, true);
      i = instead;
      continue;
    }
    // "fell by roughly a quarter", "grew by about a third"
    const fraction = fractionBy(terms, i, v);
    if (fraction > 0 && joined(i, fraction)) {
      push(i, fraction, true);
      i = fraction;
      continue;
    }
    if (isPluralMagnitude(t, v)) {
      const found = vagueQuantity(text, terms, i, v);
      if (found && joined(i, found.to)) {
        push(i, found.to, found.metric);
        i = found.to;
      }
      continue;
    }
    // "turned a three-day manual process into a ten-minute script": a before/after told with "into".
    if (t.norm === 'into') {
      const a = countedDurationBefore(terms, i, v);
      const b = a ? durationAt(terms, i + 1, v) : undefined;
      if (a && b && b.seconds < a.seconds && changedBefore(terms, a.from, v) && joined(a.from, b.at)) {
        push(a.from, b.at, true);
        i = b.at;
        continue;
      }
    }
    // "automated a two-hour weekly report", "eliminated a four-hour manual reconciliation": recurring
    // or manual work whose length is given, done away with; not "converted a ten-minute talk".
    if ((v.saving.has(t.stem) || REPLACING.test(t.norm)) && (terms[i + 1]?.norm === 'a' || terms[i + 1]?.norm === 'an')) {
      const unit = terms[i + 3];
      const recurring = [terms[i + 4], terms[i + 5]].some((w) => w !== undefined && RECURRING.has(w.norm));
      if (unit && v.timeLength.has(unit.norm) && countOf(terms[i + 2], v) !== undefined && recurring && joined(i, i + 3)) {
        push(i + 2, i + 3, true);
        i += 3;
        continue;
      }
    }
    if (t.norm === 'from') {
      let to = changedBefore(terms, i, v) ? beforeAfter(terms, i, v) : -1;
      if (to < 0 && changedBefore(terms, i, v)) to = quantityRange(terms, i, v);
      if (to > 0 && joined(i, to)) {
        push(i, to, true);
        i = to;
      }
      continue;
    }
    const within = underAUnit(terms, i, v);
    if (within > 0 && joined(i, within)) {
      push(i, within, true);
      i = within;
      continue;
    }
    if (t.norm === 'to') {
      const end = reducedTo(terms, i, v);
      if (end > 0 && joined(i, end)) {
        push(terms[i - 1]?.norm === 'down' ? i - 1 : i, end, true);
        i = end;
        continue;
      }
    }
    // "multi-million projects", "a multimillion-dollar budget": a scale in words.
    const multi = multiMagnitude(terms, i);
    if (multi > 0) {
      push(i, multi, true);
      i = multi;
      continue;
    }
    // "ten-fold", "a hundred fold"; not "a two-fold purpose".
    if (t.norm === 'fold' && i > 0 && v.numberWord(terms[i - 1]!.norm) !== undefined && !t.afterBreak && !v.foldKind.has(terms[i + 1]?.norm ?? '')) {
      push(i - 1, i, true);
      continue;
    }
    const ratio = ratioAt(terms, i, v);
    if (ratio > 0 && joined(i, ratio)) {
      push(i, ratio, true);
      i = ratio;
    }
  }
  return out;
}

const MULTI_OF = new Set(['million', 'billion']);
/** The last term of "multi-million" / "multimillion(-dollar)", from its first at `i`; -1 when it is none. */
function multiMagnitude(terms: readonly Term[], i: number): number {
  const t = terms[i]!;
  let end = -1;
  if (t.norm === 'multimillion' || t.norm === 'multibillion') end = i;
  else if (t.norm === 'multi' && MULTI_OF.has(terms[i + 1]?.norm ?? '') && !terms[i + 1]!.afterBreak) end = i + 1;
  if (end < 0) return -1;
  const unit = terms[end + 1];
  return unit && !unit.afterBreak && (unit.norm === 'dollar' || unit.norm === 'pound' || unit.norm === 'euro') ? end + 1 : end;
}

/** "millions", "dozens", "tens": a magnitude in the plural (the singular is a number word). */
function isPluralMagnitude(t: Term, v: Vocab): boolean {
  return v.pluralMagnitude.has(t.norm);
}

/**
 * "thousands of (paying) users", "tens of thousands of events", "millions a day". Returns the last
 * term of the frame and whether it is a figure: a vague amount of time is one only when it was
 * saved or is a rate ("saved thousands of developer-hours", not "hundreds of hours I spent learning").
 */
function vagueQuantity(text: string, terms: readonly Term[], i: number, v: Vocab): { to: number; metric: boolean } | undefined {
  let j = i;
  // At most three links ("hundreds of thousands of millions"), so a long run of them stays linear.
  while (j - i < 6 && terms[j + 1]?.norm === 'of' && terms[j + 2] && isPluralMagnitude(terms[j + 2]!, v)) j += 2;
  // "tens" only multiplies: "tens of thousands".
  if (j === i && v.multiplierOnly.has(terms[i]!.norm)) return undefined;
  if (terms[j + 1]?.norm !== 'of') {
    // "thousands per second", "millions a day"
    if (RATE.has(terms[j + 1]?.norm ?? '') && isTime(terms[j + 2], v)) return { to: j + 2, metric: true };
    // "millions in revenue", "hundreds of thousands in (cloud) spend"
    if (terms[j + 1]?.norm === 'in') {
      for (let k = j + 2; k < Math.min(terms.length, j + 4); k++) if (v.money.has(terms[k]!.norm)) return { to: k, metric: true };
    }
    // "saved the company millions": an amount saved needs no noun.
    return savedBefore(terms, i, 3, v) ? { to: j, metric: true } : undefined;
  }
  // "thousands of times a week" (but not "hundreds of times")
  if (terms[j + 2]?.norm === 'times') {
    return RATE.has(terms[j + 3]?.norm ?? '') && isTime(terms[j + 4], v) ? { to: j + 4, metric: true } : undefined;
  }
  // The counted noun, after at most two modifiers: "millions of monthly active users".
  let head = -1;
  for (let k = j + 2; k < Math.min(terms.length, j + 5); k++) {
    if (isUnit(terms[k]!, v)) {
      head = k;
      break;
    }
    // A modifier is singular ("monthly active users", "API requests") or a name ("Kubernetes
    // clusters"); a plural noun ends the phrase before any verb: "millions of Americans use payment services".
    const t = terms[k]!;
    const plural = t.norm !== t.stem && /[^s]s$/.test(t.norm);
    const name = plural && capitalised(text[t.start] ?? '') && terms[k + 1] !== undefined && isUnit(terms[k + 1]!, v);
    if (STOP.has(t.norm) || isDigits(t) || (plural && !name)) return undefined;
  }
  if (head < 0) return undefined;
  // A compound's head is its last noun: "developer-hours", "customer accounts".
  for (let n = 0; n < 3 && terms[head + 1] && !terms[head + 1]!.afterBreak && isUnit(terms[head + 1]!, v); n++) head++;
  if (!isTime(terms[head], v)) return { to: head, metric: true };
  const rate = RATE.has(terms[head + 1]?.norm ?? '') && (isTime(terms[head + 2], v) || v.tenureForms.has(terms[head + 2]?.norm ?? ''));
  if (rate) return { to: head + 2, metric: true };
  return { to: head, metric: savedBefore(terms, i, REACH, v) };
}

/** A saving verb among the `reach` terms before `i`, in the same clause. */
function savedBefore(terms: readonly Term[], i: number, reach: number, v: Vocab): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    if (v.saving.has(terms[k]!.stem) || v.saving.has(terms[k]!.norm)) return true;
    if (terms[k]!.afterBreak) return false;
  }
  return false;
}

const isTime = (t: Term | undefined, v: Vocab): boolean => t !== undefined && v.timeForms.has(t.norm);
export const isUnit = (t: Term, v: Vocab): boolean =>
  v.countForms.has(t.norm) || v.timeForms.has(t.norm) || v.amountForms.has(t.norm) || v.headcountForms.has(t.norm);

/**
 * Whether "from" at `from` starts a change: a verb of change in the clause before it ("went",
 * "cut", "grew", "drove") or a measure just before it ("release cadence from", "build time from").
 * Without one it is a span: "my interests range from weeks of hiking to a day at the museum".
 */
function changedBefore(terms: readonly Term[], from: number, v: Vocab): boolean {
  // A little further than other frames: "reduced the lead time for a new environment from…".
  for (let k = from - 1; k >= Math.max(0, from - REACH - 2); k--) {
    const t = terms[k]!;
    if (v.shift.has(t.stem) || v.reduction.has(t.stem) || v.growth.has(t.stem) || v.saving.has(t.stem)) return true;
    if (k >= from - 2 && v.measure.has(t.stem)) return true;
    if (t.afterBreak) return false;
  }
  return false;
}

/**
 * "from hours to minutes", "from an hour to ten minutes", "from weekly to several times a day": a
 * before/after of two units of time, the second shorter. A range that grows ("from days to weeks",
 * "everything from daily stand-ups to quarterly planning") is a span, not an outcome. Returns the
 * last term, or -1.
 */
function beforeAfter(terms: readonly Term[], from: number, v: Vocab): number {
  const a = durationAt(terms, from + 1, v);
  if (!a) return -1;
  // "from two days of manual work to an hour"
  let to = -1;
  for (let k = a.at + 1; k < Math.min(terms.length, a.at + 5); k++) {
    if (terms[k]!.norm === 'to') {
      to = k;
      break;
    }
    if (terms[k]!.norm === 'from') return -1;
  }
  if (to < 0) return -1;
  const b = durationAt(terms, to + 1, v);
  return b && b.seconds < a.seconds ? b.at : -1;
}

const REPLACING = /^(?:convert|replac|retir)/;
const RECURRING = new Set(['daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'quarterly', 'yearly', 'annual', 'manual', 'recurring', 'repetitive']);

/** The number a term writes in words or digits ("two", "3"), or undefined. */
function countOf(t: Term | undefined, v: Vocab): number | undefined {
  if (t === undefined) return undefined;
  return v.numberWord(t.norm) ?? (/^\d+(?:\.\d+)?$/.test(t.norm) ? Number(t.norm) : undefined);
}

/** A unit of time with its count, a few words before `at` ("a three-day manual process into"): where the count stands, and the length. */
function countedDurationBefore(terms: readonly Term[], at: number, v: Vocab): { from: number; seconds: number } | undefined {
  for (let k = at - 1; k >= Math.max(1, at - 5); k--) {
    const seconds = v.timeLength.get(terms[k]!.norm);
    const count = countOf(terms[k - 1], v);
    if (seconds !== undefined && count !== undefined) return { from: k - 1, seconds: seconds * count };
  }
  return undefined;
}

/**
 * A unit of time after at most four filler words ("an", "a few", "under ten", "six-week"), with its
 * length in seconds: the unit's, times a count written right before it.
 */
function durationAt(terms: readonly Term[], at: number, v: Vocab): { at: number; seconds: number } | undefined {
  for (let k = at; k < Math.min(terms.length, at + 5); k++) {
    const t = terms[k]!;
    const seconds = v.timeLength.get(t.norm);
    if (seconds !== undefined) {
      return { at: k, seconds: seconds * (k > at ? (countOf(terms[k - 1], v) ?? 1) : 1) };
    }
    // "several deploys a day"
    const filler = v.filler.has(t.norm) || v.numberWord(t.norm) !== undefined || v.countForms.has(t.norm) || RATE.has(t.norm);
    if (!filler && !/^\d/.test(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * "from a handful of users to thousands", "from hundreds to millions of rows": a before/after of
 * counts where one end is a vague quantity (digits on both ends are the number pass's ranges).
 */
function quantityRange(terms: readonly Term[], from: number, v: Vocab): number {
  const a = quantityAt(terms, from + 1, v);
  if (!a) return -1;
  let k = a.at + 1;
  // "of (monthly) users"
  if (terms[k]?.norm === 'of') {
    k++;
    while (k < a.at + 5 && terms[k] && terms[k]!.norm !== 'to' && !STOP.has(terms[k]!.norm)) k++;
  }
  if (terms[k]?.norm !== 'to') return -1;
  const b = quantityAt(terms, k + 1, v);
  if (!b || !(a.vague || b.vague)) return -1;
  // "to thousands of users": quote the noun too.
  if (terms[b.at + 1]?.norm === 'of' && terms[b.at + 2] && isUnit(terms[b.at + 2]!, v)) return b.at + 2;
  return b.at;
}

/** A count after at most two fillers: digits, a number word, "dozens", "millions", "a handful". */
function quantityAt(terms: readonly Term[], at: number, v: Vocab): { at: number; vague: boolean } | undefined {
  for (let k = at; k < Math.min(terms.length, at + 3); k++) {
    const t = terms[k]!;
    if (v.pluralMagnitude.has(t.norm) || t.norm === 'handful') return { at: k, vague: true };
    if ((isDigits(t) && !YEAR.test(t.norm)) || v.numberWord(t.norm) !== undefined) return { at: k, vague: false };
    if (!QUANTITY_FILLERS.has(t.norm)) return undefined;
  }
  return undefined;
}
const QUANTITY_FILLERS = new Set(['a', 'few', 'several', 'just', 'about', 'around', 'over', 'under', 'nearly', 'only', 'roughly']);

/**
 * "under a minute", "less than a second", "sub-second": a duration short enough to be a measured
 * speed. Units up to an hour only: "within a week" and "under a year" are plans and tenure.
 */
function underAUnit(terms: readonly Term[], i: number, v: Vocab): number {
  const t = terms[i]!;
  let k = i + 1;
  if (t.norm === 'less' || t.norm === 'fewer') {
    if (terms[k]?.norm !== 'than') return -1;
    k++;
  } else if (t.norm !== 'under' && t.norm !== 'below' && t.norm !== 'sub') return -1;
  if (t.norm !== 'sub') {
    if (!/^(?:a|an|one|single)$/.test(terms[k]?.norm ?? '')) return -1;
    k++;
    if (terms[k]?.norm === 'single') k++;
  }
  const seconds = v.timeLength.get(terms[k]?.norm ?? '');
  return seconds !== undefined && seconds <= 3600 && v.timeForms.has(terms[k]!.norm) ? k : -1;
}

/**
 * "brought deploys down to minutes", "cut builds to under ten minutes", "fell to a second": a
 * reduction to a unit of time, its before left implicit. "bring" needs its "down".
 */
function reducedTo(terms: readonly Term[], to: number, v: Vocab): number {
  let verb = false;
  for (let k = to - 1; k >= Math.max(0, to - REACH) && !verb; k--) {
    const t = terms[k]!;
    if (t.norm === 'from') return -1;
    if (v.reduction.has(t.stem) && (!/^(?:bring|brought|bringing|brings)$/.test(t.norm) || terms[to - 1]?.norm === 'down')) verb = true;
    if (t.afterBreak) break;
  }
  if (!verb) return -1;
  const d = durationAt(terms, to + 1, v);
  return d && v.timeLength.get(terms[d.at]!.norm)! <= 604800 && v.timeForms.has(terms[d.at]!.norm) ? d.at : -1;
}

/**
 * "in seconds instead of minutes", "a day rather than a week": an after and its before, the after
 * shorter. `i` is the linking word; the unit before it is the after. Returns the last term, or -1.
 */
function insteadOf(terms: readonly Term[], i: number, v: Vocab): number {
  const t = terms[i]!.norm;
  let b = i + 1;
  if ((t === 'instead' && terms[b]?.norm === 'of') || (t === 'rather' && terms[b]?.norm === 'than')) b++;
  else if (t !== 'versus' && t !== 'vs') return -1;
  const unit = terms[i - 1];
  const after = unit && v.timeLength.get(unit.norm);
  if (after === undefined) return -1;
  const count = v.numberWord(terms[i - 2]?.norm ?? '') ?? 1;
  const before = durationAt(terms, b, v);
  return before && after * count < before.seconds ? before.at : -1;
}

const FRACTION = /^(?:third|quarter|fifth|tenth)s?$/;

/** "by roughly a quarter", "by about two thirds" after a verb of change: returns the last term, or -1. */
function fractionBy(terms: readonly Term[], i: number, v: Vocab): number {
  if (terms[i]!.norm !== 'by') return -1;
  let k = i + 1;
  if (QUANTITY_FILLERS.has(terms[k]?.norm ?? '') && terms[k]!.norm !== 'a') k++;
  if (!/^(?:a|one|two|three)$/.test(terms[k]?.norm ?? '') || !FRACTION.test(terms[k + 1]?.norm ?? '')) return -1;
  for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
    if (v.reduction.has(terms[j]!.stem) || v.growth.has(terms[j]!.stem)) return k + 1;
    if (terms[j]!.afterBreak) break;
  }
  return -1;
}

/** Digits (not a year), a number word, or "one". */
function isCount(t: Term | undefined, v: Vocab): boolean {
  return t !== undefined && ((isDigits(t) && !YEAR.test(t.norm)) || v.numberWord(t.norm) !== undefined || t.norm === 'one');
}

/** "one in five (requests)", "9 out of 10": returns the last term of the ratio, or -1. */
function ratioAt(terms: readonly Term[], i: number, v: Vocab): number {
  if (!isCount(terms[i], v)) return -1;
  let b = i + 2;
  if (terms[i + 1]?.norm === 'out' && terms[i + 2]?.norm === 'of') b = i + 3;
  // "8 of 9 blog posts": digits on both sides, so "one of two engineers" stays prose.
  // "8 of 9 blog posts": digits on both sides and the things counted after, so "one of two engineers"
  // stays prose and "3 of 4 in the exam" a score.
  else if (terms[i + 1]?.norm === 'of' && isDigits(terms[i]) && isDigits(terms[i + 2]) && terms[i + 3] !== undefined && !STOP.has(terms[i + 3]!.norm) && !terms[i + 3]!.afterBreak) b = i + 2;
  else if (terms[i + 1]?.norm !== 'in') return -1;
  if (!isCount(terms[b], v) || terms[b]!.norm === 'one') return -1;
  // "2 in 3 years", "5 in 10 minutes": a span of time, not a share.
  const next = terms[b + 1];
  if (next && (v.timeForms.has(next.norm) || v.tenureForms.has(next.norm))) return -1;
  return b;
}

/**
 * The sentence's mentions with the frames the number pass missed, in order: a frame that overlaps a figure already found
 * is left out ("from an hour to ten minutes" holds "ten minutes"), one that overlaps only non-figures
 * replaces them ("1 in 5" was "1" and "5").
 */
export function mergeMentions(mentions: NumberMention[], frames: readonly NumberMention[], text: string): NumberMention[] {
  if (frames.length === 0) return mentions;
  // Both in order of start, and frames never overlap each other: one walk, linear in both.
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: NumberMention[] = [];
  let k = 0;
  for (const f of frames) {
    while (k < sorted.length && sorted[k]!.end <= f.start) out.push(sorted[k++]!);
    let j = k;
    let { start, end } = f;
    let figure = false;
    while (j < sorted.length && sorted[j]!.start < f.end) {
      figure ||= sorted[j]!.metric;
      start = Math.min(start, sorted[j]!.start);
      end = Math.max(end, sorted[j]!.end);
      j++;
    }
    if (figure) continue;
    out.push({ start, end, text: text.slice(start, end), metric: f.metric });
    k = j;
  }
  while (k < sorted.length) out.push(sorted[k++]!);
  return out;
}

/** The index of the first term that starts at or after `offset` (terms are in order). */
export function firstTermFrom(terms: readonly Term[], offset: number): number {
  return firstIndex(terms, (t) => t.start < offset);
}
