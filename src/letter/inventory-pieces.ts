// A sentence cut into the pieces a list is made of, and what a piece may be: an inner item (names
// and a couple of modifiers), the list's opening or its close.
import type { Word } from '../types.js';
import { bareWord, CLAUSE_WORDS, JOINERS, MAX_EXTRA, MULTI_JOINERS, type Item } from './inventory-words.js';

export interface Piece {
  words: Word[];
  items: Item[];
  /** Words before the first item, after the last, and between items, that no item covers. */
  lead: Word[];
  trail: Word[];
  inner: Word[];
}

/** The sentence cut at clause punctuation and joiners: the pieces a list is made of. */
export function piecesOf(words: readonly Word[], items: readonly Item[], starts: ReadonlySet<Word>): Piece[] {
  const runs: Word[][] = [];
  let current: Word[] = [];
  const cut = () => {
    if (current.length) runs.push(current);
    current = [];
  };
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A joiner inside an item is part of its name ("data structures and algorithms"), not a cut.
    while (at < items.length && items[at]!.end <= w.start) at++;
    const inside = at < items.length && items[at]!.start < w.start;
    if (inside) {
      current.push(w);
      continue;
    }
    if (w.afterBreak || starts.has(w)) cut();
    const multi = MULTI_JOINERS.find((seq) => seq.every((s, k) => words[i + k]?.lower === s));
    if (multi) {
      cut();
      i += multi.length - 1;
      continue;
    }
    if (JOINERS.has(w.lower)) {
      cut();
      continue;
    }
    current.push(w);
  }
  cut();
  // Words and items are both in order and items never overlap: one walk places every item in its
  // piece and tells the words no item covers, so a long paragraph costs linear time.
  let k = 0;
  return runs.map((ws) => {
    const from = ws[0]!.start;
    const to = ws.at(-1)!.end;
    while (k < items.length && items[k]!.start < from) k++;
    const mine: Item[] = [];
    while (k < items.length && items[k]!.start < to) mine.push(items[k++]!);
    const free: Word[] = [];
    let j = 0;
    for (const w of ws) {
      while (j < mine.length && mine[j]!.end <= w.start) j++;
      if (j >= mine.length || mine[j]!.start >= w.end) free.push(w);
    }
    const first = mine[0]?.start ?? Infinity;
    const last = mine.at(-1)?.end ?? -Infinity;
    return {
      words: ws,
      items: mine,
      lead: free.filter((w) => w.end <= first),
      trail: free.filter((w) => w.start >= last),
      inner: free.filter((w) => w.start > first && w.end < last),
    };
  });
}

/** Prepositions that relate one item of a piece to another ("infrastructure across AWS") rather than list them. */
export const RELATING: ReadonlySet<string> = new Set(['across', 'on', 'in', 'with', 'for', 'using', 'via', 'into', 'onto', 'at', 'over', 'from', 'to', 'of', 'by', 'through', 'within', 'atop']);

/** The items of a piece after its last free word but the trailing ones: the cluster a list continues from. */
export function tailItems(p: Piece): Item[] {
  const stop = [...p.lead, ...p.inner].reduce((e, w) => Math.max(e, w.end), -Infinity);
  return p.items.filter((it) => it.start >= stop);
}
/** The items of a piece before its first free word but the leading ones: the cluster a list ends with. */
export function headItems(p: Piece): Item[] {
  const stop = [...p.inner, ...p.trail].reduce((e, w) => Math.min(e, w.start), Infinity);
  return p.items.filter((it) => it.end <= stop);
}

export const isClause = (ws: readonly Word[]) => ws.some((w) => CLAUSE_WORDS.has(bareWord(w)));

/** A middle item of a list: names and a couple of modifiers, no clause. */
export function tight(p: Piece): boolean {
  const extra = [...p.lead, ...p.trail, ...p.inner];
  return p.items.length > 0 && extra.length <= MAX_EXTRA && !isClause(extra);
}
/** A middle piece of one or two plain words, no clause: a list item the lexicons cannot name. */
export const bridges = (p: Piece) => p.items.length === 0 && p.words.length > 0 && p.words.length <= 2 && !isClause(p.words);
/** The first item may follow its lead-in ("a solid grounding in C#"). */
export const opens = (p: Piece) => p.items.length > 0 && p.trail.length <= MAX_EXTRA && !isClause(p.trail);
/** The last may run on ("and MySQL for five years"). */
export const closes = (p: Piece) => {
  const lead = leadOf(p.lead);
  return p.items.length > 0 && lead.length <= MAX_EXTRA && !isClause(lead);
};

/** What the writer has of the last item, said before it: "as well as my knowledge of responsive design". */
const HAVE_NOUNS = new Set(['knowledge', 'experience', 'background', 'familiarity', 'proficiency', 'expertise', 'grounding', 'understanding']);
const HAVE_LINKS = new Set(['of', 'with', 'in']);

/** A piece's lead without a closing "my knowledge of": that says what the writer has, not a clause. */
function leadOf(lead: readonly Word[]): readonly Word[] {
  const n = lead.length;
  if (n < 2 || !HAVE_LINKS.has(bareWord(lead[n - 1]!)) || !HAVE_NOUNS.has(bareWord(lead[n - 2]!))) return lead;
  return lead.slice(0, bareWord(lead[n - 3] ?? lead[0]!) === 'my' && n >= 3 ? n - 3 : n - 2);
}
