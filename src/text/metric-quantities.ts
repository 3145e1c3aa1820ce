// Frames of counts in words: a vague quantity ("millions of requests"), a before/after of counts
// ("from a handful of users to thousands"), a fraction ("by about a third") and a ratio ("one in five").
import type { Term } from '../types.js';
import { capitalised } from './latin.js';
import { isDigits, isTime, isUnit, RATE, REACH, STOP } from './metric-terms.js';
import type { Vocab } from './metric-vocab.js';

const YEAR = /^(?:19[5-9]\d|20\d\d)$/;

/** "millions", "dozens", "tens": a magnitude in the plural (the singular is a number word). */
export function isPluralMagnitude(t: Term, v: Vocab): boolean {
  return v.pluralMagnitude.has(t.norm);
}

/**
 * "thousands of (paying) users", "tens of thousands of events", "millions a day". Returns the last
 * term of the frame and whether it is a figure: a vague amount of time is one only when it was
 * saved or is a rate ("saved thousands of developer-hours", not "hundreds of hours I spent learning").
 */
export function vagueQuantity(text: string, terms: readonly Term[], i: number, v: Vocab): { to: number; metric: boolean } | undefined {
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
export function savedBefore(terms: readonly Term[], i: number, reach: number, v: Vocab): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    if (v.saving.has(terms[k]!.stem) || v.saving.has(terms[k]!.norm)) return true;
    if (terms[k]!.afterBreak) return false;
  }
  return false;
}

/**
 * "from a handful of users to thousands", "from hundreds to millions of rows": a before/after of
 * counts where one end is a vague quantity (digits on both ends are the number pass's ranges).
 */
export function quantityRange(terms: readonly Term[], from: number, v: Vocab): number {
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
  // A vague end, or digits against a number word: "from over 200 to a dozen" (session 34, met6).
  if (!b || !(a.vague || b.vague || isDigits(terms[a.at]!) !== isDigits(terms[b.at]!))) return -1;
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

const FRACTION = /^(?:third|quarter|fifth|tenth)s?$/;

/** "by roughly a quarter", "by about two thirds" after a verb of change: returns the last term, or -1. */
export function fractionBy(terms: readonly Term[], i: number, v: Vocab): number {
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

/** What may stand between a fraction and the things it counts: "a third of all orders", "a third fewer misrouted tickets". */
const SHARE_OF = new Set(['all', 'the', 'our', 'its', 'their', 'every']);
const CHANGED_BY = new Set(['fewer', 'less', 'more']);
/** Groups of people a share may be of: "half of the team" is a headcount, not an outcome. */
const GROUPS = new Set(['team', 'teams', 'staff', 'people', 'class', 'company', 'group', 'department']);

/**
 * "close to a third of all orders", "a third fewer misrouted tickets", "half of our requests": a
 * share of counted things, or a change by a fraction told before them (session 34, blind set met5).
 * Not a share of time or of people ("a third of my time", "half of the team"): the things must be
 * counted nouns. Returns the last term, or -1.
 */
export function fractionOfThings(terms: readonly Term[], i: number, v: Vocab): number {
  const half = terms[i]!.norm === 'half';
  if (!half && (!/^(?:a|one|two|three)$/.test(terms[i]!.norm) || !FRACTION.test(terms[i + 1]?.norm ?? ''))) return -1;
  let k = half ? i + 1 : i + 2;
  if (terms[k]?.norm === 'of') {
    k++;
    if (SHARE_OF.has(terms[k]?.norm ?? '')) k++;
  } else if (!CHANGED_BY.has(terms[k]?.norm ?? '')) return -1;
  else k++;
  for (let j = k; j < Math.min(terms.length, k + 2); j++) {
    const norm = terms[j]!.norm;
    if (v.countForms.has(norm) && !v.headcountForms.has(norm) && !GROUPS.has(norm)) return j;
  }
  return -1;
}

/** Digits (not a year), a number word, or "one". */
export function isCount(t: Term | undefined, v: Vocab): boolean {
  return t !== undefined && ((isDigits(t) && !YEAR.test(t.norm)) || v.numberWord(t.norm) !== undefined || t.norm === 'one');
}

/** "one in five (requests)", "9 out of 10": returns the last term of the ratio, or -1. */
export function ratioAt(terms: readonly Term[], i: number, v: Vocab): number {
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
