// A mention as an item of a list: where a sentence's items start, and whether a short item follows
// a lead ("skills include …"); shared by the sense checks of src/text/failure-claims.ts and the chores of
// src/text/failure-language.ts.
import { memoize } from './memo.js';
import type { Term } from '../types.js';

// An item of a list of skills: "my skills include debugging, version control and agile", "proficient
// in Java, unit testing and Git". A list item is short; "skilled in Java and in keeping the payment
// API up through two outages" is work, told at length.
export const SKILL_LEADS = new Set([
  'skills include', 'skills are', 'skillset includes', 'skilled in', 'skilled at', 'proficient in', 'proficient with', 'proficiency in', 'proficiency with',
  'competent in', 'versed in', 'knowledge of', 'familiar with', 'familiarity with', 'understanding of', 'comfortable with', 'grounding in',
  // Terms are folded to one spelling: "expertise" is compared as "expertize".
  'skills in', 'skill in', 'abilities in', 'expertize in', 'expertize across', 'expertize with',
  // "mastery of skills including NLP, image processing and data cleansing".
  'skills including', 'skills like', 'skillset including',
  // "My toolbox includes Terraform, Kubernetes, Prometheus monitoring and Bash".
  'toolbox includes', 'toolbox include', 'toolkit includes', 'toolkit include', 'tools include', 'stack includes',
]);
/** Terms an item of a skill list may span. */
export const SKILL_ITEM = 3;

/** Whether the mention is a short item of a list that one of `leads` (word pairs) opens. */
export function inListAfter(leads: ReadonlySet<string>, terms: readonly Term[], from: number, to: number): boolean {
  if (to - from > SKILL_ITEM) return false;
  const { starts } = itemsOf(terms);
  let lead = -1;
  for (let i = Math.max(1, from - 24); i < from; i++) if (leads.has(`${terms[i - 1]!.norm} ${terms[i]!.norm}`)) lead = i + 1;
  if (lead < 0) return false;
  // Every item from the lead to the one after the mention is short, so the mention is one of them.
  let at = lead;
  for (const start of starts) {
    if (start <= lead) continue;
    if (start - at > SKILL_ITEM + 1) return false;
    if (start > from) return start - from <= SKILL_ITEM + 1;
    at = start;
  }
  return terms.length - at <= SKILL_ITEM + 2 && at <= from;
}

export const JOINING = new Set(['and', 'or']);

interface Items {
  /** Indices of the terms that start a list item (after clause punctuation or a joiner), in order. */
  starts: number[];
}

// Computed once per sentence: a long sentence with many mentions would otherwise be walked once per mention.
export const itemsOf = memoize((terms: readonly Term[]): Items => {
  const starts: number[] = [];
  for (let i = 1; i < terms.length; i++) {
    if (terms[i]!.afterBreak !== true && !JOINING.has(terms[i - 1]!.norm)) continue;
    starts.push(i);
  }
  return { starts };
});
