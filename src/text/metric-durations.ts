// Frames of time in words: a before/after of durations ("from hours to minutes", "in seconds instead
// of minutes"), a short duration ("under a minute") and a reduction to one ("brought deploys down to minutes").
import type { Term } from '../types.js';
import { RATE, REACH } from './metric-terms.js';
import type { Vocab } from './metric-vocab.js';

/**
 * Whether "from" at `from` starts a change: a verb of change in the clause before it ("went",
 * "cut", "grew", "drove") or a measure just before it ("release cadence from", "build time from").
 * Without one it is a span: "my interests range from weeks of hiking to a day at the museum".
 */
export function changedBefore(terms: readonly Term[], from: number, v: Vocab): boolean {
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
export function beforeAfter(terms: readonly Term[], from: number, v: Vocab): number {
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

/** The number a term writes in words or digits ("two", "3"), or undefined. */
export function countOf(t: Term | undefined, v: Vocab): number | undefined {
  if (t === undefined) return undefined;
  return v.numberWord(t.norm) ?? (/^\d+(?:\.\d+)?$/.test(t.norm) ? Number(t.norm) : undefined);
}

/** A unit of time with its count, a few words before `at` ("a three-day manual process into"): where the count stands, and the length. */
export function countedDurationBefore(terms: readonly Term[], at: number, v: Vocab): { from: number; seconds: number } | undefined {
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
export function durationAt(terms: readonly Term[], at: number, v: Vocab): { at: number; seconds: number } | undefined {
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
 * "under a minute", "less than a second", "sub-second": a duration short enough to be a measured
 * speed. Units up to an hour only: "within a week" and "under a year" are plans and tenure.
 */
export function underAUnit(terms: readonly Term[], i: number, v: Vocab): number {
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
export function reducedTo(terms: readonly Term[], to: number, v: Vocab): number {
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
export function insteadOf(terms: readonly Term[], i: number, v: Vocab): number {
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
