// Generic self-claims as patterns: the families' phrases indexed by word (adverbs may stand inside
// a claim), and the runs across commas the patterns cannot read: piles of traits or quality words,
// praised lists of skills.
import { frameFamilies, listedFamilies, praiseWords, productNouns, qualityWords, selfNouns, skillKinds, traitAdjectives, type ClaimFamily } from '../../rules/data/generic-claims.js';
import { keysOfDataWord } from './terms.js';
import { isFunctionWord, termIndex } from './phrases.js';
import type { Term } from '../types.js';

// Adverbs that may be inserted inside a claim: "I truly, deeply thrive in a fast-paced environment".
const ADVERBS = new Set(['very', 'really', 'truly', 'so', 'quite', 'always', 'also', 'genuinely', 'deeply', 'highly', 'extremely', 'incredibly', 'particularly', 'especially', 'most', 'more', 'even', 'still', 'just', 'consistently']);
const NOT_ADVERBS = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'family', 'supply', 'apply', 'reply', 'rely', 'fly', 'italy', 'july']);
/** An adverb in -ly ("genuinely", "relentlessly"), not a word that only ends so ("daily", "family"). */
export const lyAdverb = (t: Term): boolean => t.norm.length > 4 && t.norm.endsWith('ly') && !NOT_ADVERBS.has(t.norm);
const skippable = (t: Term): boolean => ADVERBS.has(t.norm) || lyAdverb(t);

const PILE = frameFamilies.find((f) => f.id === 'trait-pile')!;
let traitWords: Set<string> | undefined;
/** Traits a pile needs in a row (commas and "and"/"or" between): fewer are a phrase the frames read. */
const PILE_SIZE = 3;
/** "collaborative, analytical, driven, and proactive": runs of single-word traits, as matches of the pile family. */
export function traitPiles(terms: readonly Term[]): Array<{ value: ClaimFamily; from: number; to: number; coreTo: number }> {
  traitWords ??= new Set(traitAdjectives.filter((w) => !w.includes(' ')).map((w) => w.replace(/^=/, '')));
  const out = [];
  for (let i = 0; i < terms.length; ) {
    const { end, count } = itemRun(terms, i, traitWords);
    const after = terms[end]?.norm ?? '';
    if (count >= PILE_SIZE && !(PILE.notFollowedBy ?? []).includes(after)) out.push({ value: PILE, from: i, to: end, coreTo: end });
    i = Math.max(end, i + 1);
  }
  return out;
}
const JOINS = new Set(['and', 'or']);
/** Longest run a list of words can be: a pile or a list of kinds is a few words, not a paragraph. */
const RUN_MAX = 12;
/**
 * The run of `items` words from `from` on, with "and"/"or" between them (commas part phrases, not
 * terms, so they need no reading): where it ends and how many items it holds.
 */
function itemRun(terms: readonly Term[], from: number, items: ReadonlySet<string>): { end: number; count: number } {
  let end = from;
  let count = 0;
  while (end < terms.length && end - from < RUN_MAX && (items.has(terms[end]!.norm) || (count > 0 && JOINS.has(terms[end]!.norm) && items.has(terms[end + 1]?.norm ?? '')))) {
    if (items.has(terms[end]!.norm)) count++;
    end++;
  }
  return { end, count };
}

const TRAIT_CLAIM = frameFamilies.find((f) => f.id === 'trait-claim')!;
let selfNounSet: Set<string> | undefined;
/** Words a writer's self-description may run over before its trait: "conscientious" in "a conscientious, reliable engineer". */
const DESCRIBING_MAX = 3;
/**
 * "I am a conscientious, reliable and highly motivated engineer", "I consider myself thorough,
 * dependable and calm": the writer described by a run of words across commas (which part phrases,
 * so the trait-claim patterns stop at the first), holding a trait. The run is adjectives only: it
 * stops at a word that joins or points ("for", "the", "to"), at a verb in -ing ("I am building
 * reliable APIs"), and at the noun the writer is ("an engineer").
 */
export function describedTraits(terms: readonly Term[]): Array<{ value: ClaimFamily; from: number; to: number; coreTo: number }> {
  traitWords ??= new Set(traitAdjectives.filter((w) => !w.includes(' ')).map((w) => w.replace(/^=/, '')));
  selfNounSet ??= new Set(selfNouns);
  const out = [];
  for (let i = 0; i < terms.length - 2; i++) {
    const lead = describingLead(terms, i);
    if (lead < 0) continue;
    let k = lead;
    if (terms[k]?.norm === 'a' || terms[k]?.norm === 'an') k++;
    let others = 0;
    let joined = false;
    for (; k < terms.length && k - lead <= RUN_MAX; k++) {
      const t = terms[k]!;
      // Only a trait after a join or another word: the first word of the run is the trait-claim patterns'.
      if (traitWords.has(t.norm)) {
        // "I am considered reliable by the on-call rotation": a reputation with its source, as the patterns read it.
        const sourced = (TRAIT_CLAIM.notFollowedBy ?? []).includes(terms[k + 1]?.norm ?? '');
        if ((others > 0 || joined) && !sourced) out.push({ value: TRAIT_CLAIM, from: i, to: k + 1, coreTo: k + 1 });
        break;
      }
      if (JOINS.has(t.norm) || skippable(t)) {
        joined ||= JOINS.has(t.norm);
        continue;
      }
      if (isFunctionWord(t.norm) || selfNounSet.has(t.norm) || t.norm.endsWith('ing') || ++others > DESCRIBING_MAX) break;
    }
  }
  return out;
}

/** Words between "I have" and "been" that keep it a description of the writer as they are: "I have always been". */
const SINCE = new Set(['always', 'ever', 'long', 'consistently', 'often']);

/** Where a description of the writer starts after "I am", "I'm", "I have (always) been" or "myself (as, to be)": the index after the lead, or -1. */
function describingLead(terms: readonly Term[], i: number): number {
  const t = terms[i]!.norm;
  if (t === 'i' && terms[i + 1]?.norm === 'am') return i + 2;
  if (t === 'i' && terms[i + 1]?.norm === 'have') {
    const been = SINCE.has(terms[i + 2]?.norm ?? '') ? i + 3 : i + 2;
    return terms[been]?.norm === 'been' ? been + 1 : -1;
  }
  if (t !== 'myself') return -1;
  if (terms[i + 1]?.norm === 'as') return i + 2;
  if (terms[i + 1]?.norm === 'to' && terms[i + 2]?.norm === 'be') return i + 3;
  return i + 1;
}

const QUALITY_PILE = listedFamilies.concat(frameFamilies).find((f) => f.id === 'quality-pile')!;
let pileWords: Set<string> | undefined;
let products: Set<string> | undefined;
/** Words a brochure may put between its quality words and the thing built: "user-friendly web applications". */
const PILE_MODIFIERS = 3;
/**
 * "reliable, scalable solutions", "secure, scalable, and long-term solutions": quality words across
 * commas (which part phrases, so the quality-pile patterns cannot read them), then a few words and
 * the thing built. Two quality words at least, each standing alone ("high" and "cutting" take a word).
 */
export function qualityPiles(terms: readonly Term[]): Array<{ value: ClaimFamily; from: number; to: number; coreTo: number }> {
  pileWords ??= new Set(qualityWords.filter((w) => !TAKES_A_WORD.has(w)));
  products ??= new Set(productNouns.flatMap(keysOfDataWord));
  const out = [];
  for (let i = 0; i < terms.length; ) {
    const { end, count } = itemRun(terms, i, pileWords);
    if (count >= 2) {
      let k = JOINS.has(terms[end]?.norm ?? '') ? end + 1 : end;
      const limit = k + PILE_MODIFIERS;
      while (k < limit && terms[k] && !products.has(terms[k]!.stem) && !isFunctionWord(terms[k]!.norm)) k++;
      if (terms[k] && products.has(terms[k]!.stem)) out.push({ value: QUALITY_PILE, from: i, to: k + 1, coreTo: k + 1 });
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

const PRAISED = listedFamilies.concat(frameFamilies).find((f) => f.id === 'praised-skills')!;
let praiseSet: Set<string> | undefined;
let kindWords: Set<string> | undefined;
const LIST_HEADS = new Set(['skills', 'skill', 'abilities', 'ability']);
/**
 * "excellent communication, collaboration, problem-solving, and leadership skills": praise, a list of
 * kinds of skill across commas (which part phrases), then the skills. Two kinds at least.
 */
export function praisedSkillLists(terms: readonly Term[]): Array<{ value: ClaimFamily; from: number; to: number; coreTo: number }> {
  praiseSet ??= new Set(praiseWords.filter((w) => !w.includes(' ')));
  kindWords ??= new Set(skillKinds.flatMap((k) => k.split(' ')).concat('teamwork', 'management', 'time', 'thinking', 'critical'));
  const out = [];
  for (let i = 0; i < terms.length; i++) {
    if (!praiseSet.has(terms[i]!.norm)) continue;
    const { end, count } = itemRun(terms, i + 1, kindWords);
    if (count >= 2 && LIST_HEADS.has(terms[end]?.norm ?? '')) out.push({ value: PRAISED, from: i, to: end + 1, coreTo: end + 1 });
  }
  return out;
}

export const indexOf = (families: readonly ClaimFamily[]) =>
  termIndex(
    families.flatMap((family) =>
      family.patterns.map((p) => {
        const spec = typeof p === 'string' ? { pattern: p } : p;
        return { ...spec, value: family, notFollowedBy: [...(family.notFollowedBy ?? []), ...(spec.notFollowedBy ?? [])] };
      }),
    ),
    { skippable },
  );

// Frames that hold a whole family of claims ("I am <trait>") are matched apart, and give way where
// they overlap a listed claim, whose message and rewrite are the more specific.
let frames: ReturnType<typeof indexOf> | undefined;
export const frameIndex = () => (frames ??= indexOf(frameFamilies));

let qualityStems: Set<string> | undefined;
/** Qualities that take a word after them before the next: "high-performance", "cutting-edge". */
const TAKES_A_WORD = new Set(['high', 'cutting']);
/**
 * Whether a pile of quality words starts as one: the first word is followed by the next quality
 * word, a joiner, or (for "high", "cutting") the word it takes. In "secure boot, secure firmware"
 * each quality word has its own noun, and they are two technologies, not a brochure.
 */
export function pileStarts(terms: readonly Term[], from: number): boolean {
  qualityStems ??= new Set(qualityWords.flatMap(keysOfDataWord));
  const first = terms[from]!;
  const next = terms[from + 1];
  return TAKES_A_WORD.has(first.norm) || next === undefined || qualityStems.has(next.stem) || next.norm === 'and' || next.norm === 'or';
}
