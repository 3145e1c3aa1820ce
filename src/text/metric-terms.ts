// What a term is to a figure (digits, a unit, a time) and the words frames stop at: shared by the
// frames in words and the judgements of src/text/metric-judgements.ts, and by the number pass.
import type { Term } from '../types.js';
import type { Vocab } from './metric-vocab.js';
import { firstIndex } from './search.js';

export const RATE = new Set(['per', 'a', 'an', 'each', 'every']);
export const STOP = new Set(['of', 'in', 'at', 'on', 'for', 'to', 'from', 'with', 'and', 'or', 'by', 'per', 'a', 'an', 'the']);
// How far a frame looks: a few words either way, so a long sentence stays linear.
export const REACH = 6;

export const isDigits = (t: Term | undefined): boolean => t !== undefined && /^\d/.test(t.norm);

export const isTime = (t: Term | undefined, v: Vocab): boolean => t !== undefined && v.timeForms.has(t.norm);
export const isUnit = (t: Term, v: Vocab): boolean =>
  v.countForms.has(t.norm) || v.timeForms.has(t.norm) || v.amountForms.has(t.norm) || v.headcountForms.has(t.norm);

/** The index of the first term that starts at or after `offset` (terms are in order). */
export function firstTermFrom(terms: readonly Term[], offset: number): number {
  return firstIndex(terms, (t) => t.start < offset);
}
