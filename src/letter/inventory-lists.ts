// Which items stand in a list construction: the pieces read, guesses made where a list needs them,
// and the lists that are someone else's set apart from the writer's.
import type { Word } from '../types.js';
import { foldedName, guessedItem, headedName, ledInAsSkills, nameAfterLead, skillAfterLead, skillShaped } from './inventory-guesses.js';
import { backToBack, inTitle, inTitles, readerAt, wordAt } from './inventory-owners.js';
import { bridges, closes, headItems, opens, piecesOf, RELATING, tailItems, tight, type Piece } from './inventory-pieces.js';
import { bareWord, type Item } from './inventory-words.js';

/** A name no common word is written as: a capital inside it ("HubSpot"), two capitals ("FMEA"), a digit ("Civil 3D"). */
const MARKED_NAME = /[a-z][A-Z]|[A-Z]{2}|\d/;
/** Known items a list needs before name-like pieces in it count as items too. */
const KNOWN_FOR_GUESSES = 2;

/**
 * Items that stand in a list construction: two or more pieces joined by commas, slashes or
 * "and"/"or"/"plus", the inner ones nothing but names. A list the sentence says is the reader's
 * ("your team's work on distributed systems, machine learning and data pipelines") is not the
 * writer's inventory, so one introduced by "you"/"your" (after any "I"/"my") is left out.
 */
export function listed(text: string, words: readonly Word[], items: readonly Item[], starts: ReadonlySet<Word>): { mine: Set<Item>; theirs: Set<Item> } {
  const raw = piecesOf(words, items, starts);
  const pieces = raw.map((p, i) => {
    // A parenthesis that holds one piece names an instance of what stands before it, not one more
    // item: "cloud platforms (in particular AWS)", "a relational store (PostgreSQL)".
    if (i > 0 && apposition(text, p)) return { ...p, items: [], lead: p.words, trail: [], inner: [] };
    // A piece that ends on a two-word name written in one case ("… with node js") is that name,
    // not the shorter one the lexicon saw in it ("js").
    const pair = p.words.length >= 2 ? foldedName(p.words.slice(-2)) : undefined;
    if (pair && p.items.every((it) => it.start >= pair.start && it.name !== pair.name)) return { ...p, items: [pair], lead: p.words.filter((w) => w.end <= pair.start), trail: [], inner: [] };
    // A short piece after a joiner or a comma may be a name the lexicons lack ("Istio").
    const guess = i > 0 ? (guessedItem(text, p) ?? headedName(p) ?? (p.items.length === 0 ? skillShaped(p.words) : undefined)) : undefined;
    if (guess) return { ...p, items: [guess], lead: [], trail: p.words.filter((w) => w.start >= guess.end), inner: [] };
    // A longer piece holds a lead-in; its last word counts when it is a lower-case name ("… and i am
    // having experience in python, django…"), and a name the lead-in ends on only before a known name
    // standing alone ("skilled in ArcPy, ArcGIS Pro…", not "experience in Berlin and London with Python").
    // ("… ML projects using python, tensorflow…": the name after the piece's own items counts too).
    const end = p.words.at(-1);
    const last = end !== undefined && p.items.every((it) => it.end <= end.start) ? end : undefined;
    const next = raw[i + 1];
    const nextNamed = next !== undefined && ((tight(next) && next.lead.length === 0) || guessedItem(text, next) !== undefined);
    const tail = (last && foldedName([last])) ?? (p.items.length === 0 && nextNamed ? nameAfterLead(text, p) : undefined) ?? (p.items.length === 0 ? skillAfterLead(p.words) : undefined);
    return tail ? { ...p, items: [tail], lead: p.words.filter((w) => w.end <= tail.start), trail: [], inner: [] } : p;
  });
  const reader = readerAt(words);
  const out = new Set<Item>();
  const theirs = new Set<Item>();
  let i = 0;
  while (i < pieces.length) {
    if (!opens(pieces[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    // A short piece the lexicons do not know ("statistics, regression, A/B testing, SQL") carries the
    // list on to the items after it without counting as one.
    while (j < pieces.length && (tight(pieces[j]!) || (bridges(pieces[j]!) && j + 1 < pieces.length && (tight(pieces[j + 1]!) || closes(pieces[j + 1]!))))) j++;
    const end = j < pieces.length && closes(pieces[j]!) ? j : j - 1;
    if (end > i && !betweenPair(pieces, i, end)) {
      // The first piece counts from its last item cluster on ("experience building data pipelines
      // with Java": Java), the last up to its first (", and Airflow to schedule jobs": Airflow).
      // A piece that is nothing but names counts whole wherever it stands.
      // A field named in the writer's title is the role, not an item: "a junior DevOps engineer (Docker, …)".
      // "securing cloud infrastructure across AWS, Azure…": an item related to the next by a
      // preposition is what the list is about, not one of its items.
      const head = (tight(pieces[i]!) && !pieces[i]!.inner.some((w) => RELATING.has(bareWord(w))) ? pieces[i]!.items : tailItems(pieces[i]!)).filter((it) => !inTitle(words, it));
      const list = [...head];
      for (let k = i + 1; k < end; k++) list.push(...pieces[k]!.items);
      list.push(...(tight(pieces[end]!) ? pieces[end]!.items : headItems(pieces[end]!)));
      const last = list.at(-1);
      // "I've worked at Shopify, Stripe, Atlassian and Canva": employers, whatever else the names are;
      // not "skilled at Kotlin and Jetpack Compose", a skill's lead-in.
      const first = wordAt(words, list[0]!.start);
      const employers = first > 0 && bareWord(words[first - 1]!) === 'at' && !ledInAsSkills(words, first);
      if (last !== undefined && !reader[first - 1] && !employers && !inTitle(words, last)) {
        // "go, react and adapt with Docker": lower-case names count only beside known ones written so too,
        // and then, two or more of them, they vouch for a list with one known name ("react, node,
        // express and mongodb").
        const lowerList = list.some((it) => !it.guessed && !/[A-Z]/.test(text.slice(it.start, it.end)));
        const sure = list.filter((it) => !it.guessed).length;
        // After a skills lead-in, names no common word could be ("HubSpot", "GROMACS", "BIM 360") vouch
        // for the list as known ones do: "proficient in Revit, Navisworks, BIM 360 and Civil 3D".
        const marked = ledInAsSkills(words, first) ? list.filter((it) => it.guessed && !it.lower && !it.upper && MARKED_NAME.test(it.shown)).length : 0;
        // Capitals are no verb's spelling: two names written so vouch for a list with one known name ("JAVA, SPRING BOOT, MYSQL").
        const folded = (lowerList ? list.filter((it) => it.lower).length : 0) + list.filter((it) => it.upper).length;
        const known = sure + marked >= KNOWN_FOR_GUESSES || (sure >= 1 && folded >= 2);
        for (const it of list) if (!it.guessed || (known && (!it.lower || lowerList))) out.add(it);
      } else {
        for (const it of list) theirs.add(it);
      }
    }
    i = Math.max(end, i + 1);
  }
  const titled = new Set(inTitles(text, words, items));
  for (const it of titled) theirs.add(it);
  // Names written back to back are a list of their own: "clean Java/ReactJs/JavaScript/PostgreSQL code".
  for (const run of backToBack(text, words, items)) if (!run.some((it) => titled.has(it)) && !reader[wordAt(words, run[0]!.start)]) for (const it of run) out.add(it);
  return { mine: out, theirs };
}

/**
 * "the gap between robust backend logic and engaging frontend experiences": two things set side by
 * side by "between", a pair and not a list of items.
 */
function betweenPair(pieces: readonly Piece[], i: number, end: number): boolean {
  const first = pieces[i]!.items[0];
  return end === i + 1 && first !== undefined && pieces[i]!.lead.some((w) => w.lower === 'between');
}

/** Whether the piece is all a parenthesis holds: "(" right before its first word, ")" right after its last. */
function apposition(text: string, p: Piece): boolean {
  let a = p.words[0]!.start - 1;
  while (a >= 0 && (text[a] === ' ' || text[a] === '\t')) a--;
  if (text[a] !== '(') return false;
  let b = p.words.at(-1)!.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
  return text[b] === ')';
}
