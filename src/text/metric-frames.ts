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
// The frames of counts are read in metric-quantities.ts, those of time in metric-durations.ts.
import type { NumberMention, Sentence, Term } from '../types.js';
import { beforeAfter, changedBefore, countedDurationBefore, countOf, durationAt, insteadOf, reducedTo, underAUnit } from './metric-durations.js';
import { fractionBy, fractionOfThings, isCount, isPluralMagnitude, quantityRange, ratioAt, savedBefore, vagueQuantity } from './metric-quantities.js';
import { isTime } from './metric-terms.js';
import type { Vocab } from './metric-vocab.js';

/** An article that counts one: "a full day", "one afternoon". */
const ONE = new Set(['a', 'an', 'one']);
const WHOLE = new Set(['full', 'whole', 'entire', 'good']);
const DETERMINERS = new Set(['the', 'these', 'those', 'this', 'that', 'its', 'their', 'our', 'my', 'your', 'his', 'her']);

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
  // A frame from `from` that ends at `to` (-1 for none) within one clause is a figure: pushed, and true.
  const took = (from: number, to: number): boolean => {
    if (!(to > 0 && joined(from, to))) return false;
    push(from, to, true);
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
      if (took(i, noun)) {
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
      if (isTime(terms[unit], v) && terms[unit]!.norm === terms[unit]!.stem && took(i, unit)) {
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
    if (took(i, fraction)) {
      i = fraction;
      continue;
    }
    // "close to a third of all orders", "a third fewer misrouted tickets"
    const share = fractionOfThings(terms, i, v);
    if (took(i, share)) {
      i = share;
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
      if (a && b && b.seconds < a.seconds && changedBefore(terms, a.from, v) && took(a.from, b.at)) {
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
      if (took(i, to)) i = to;
      continue;
    }
    const within = underAUnit(terms, i, v);
    if (took(i, within)) {
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
    if (took(i, ratio)) i = ratio;
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

const REPLACING = /^(?:convert|replac|retir)/;
const RECURRING = new Set(['daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'quarterly', 'yearly', 'annual', 'manual', 'recurring', 'repetitive']);

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
