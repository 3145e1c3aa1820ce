// Whose a list is: the reader's, the posting's or a company's ("your stack", "the role calls for"),
// or a job title's ("the Java/Spring Engineer role"), rather than the writer's own inventory.
import type { Word } from '../types.js';
import { firstIndex } from '../text/search.js';
import { capitalised } from '../text/latin.js';
import { FIRST_PERSON } from '../text/persons.js';
import { bareWord, type Item } from './inventory-words.js';

const SECOND_PERSON = new Set(['you', 'your', 'yours']);

/**
 * Nouns that make what follows someone else's list: "the posting asks for Java, Spring, AWS and
 * Docker", "the role calls for…". Not the writer's own: "my previous role involved…".
 */
const THEIR_NOUNS = new Set(['posting', 'listing', 'description', 'advert', 'advertisement', 'ad', 'role', 'position', 'job', 'vacancy', 'opening', 'whose']);
/** "It's", "That's": a contraction, not a company's possessive. */
const CONTRACTIONS = new Set(['it', 'that', 'there', 'here', 'what', 'let', 'he', 'she', 'who', 'where']);
const OWN_BEFORE = new Set(['my', 'our', 'previous', 'prior', 'current', 'last', 'former', 'first']);
/**
 * Verbs in the third person that make a named subject the list's owner: "Acme uses Go, Kafka…",
 * "Northwind relies on…". "I use" never takes these forms; "my team uses" stays the writer's.
 */
const THIRD_PERSON_VERBS = new Set(['uses', 'relies', 'leverages', 'employs', 'adopted']);

/**
 * For each word, whether the list owner last named up to it is someone else (the reader, the
 * posting, a company: "your stack", "Northwind's stack of…", "the role calls for…") rather than
 * the writer.
 */
export function readerAt(words: readonly Word[]): boolean[] {
  const out: boolean[] = [];
  let reader = false;
  // A relative clause after the reader's noun keeps what follows theirs: "the team, whose engineers are skilled in…".
  let relative = false;
  words.forEach((w, i) => {
    const b = bareWord(w);
    const own = [words[i - 1], words[i - 2]].some((p) => p !== undefined && OWN_BEFORE.has(bareWord(p)));
    const company = capitalised(w.text) && /['\u2019]s$/.test(w.text) && !CONTRACTIONS.has(b);
    const named = THIRD_PERSON_VERBS.has(b) && i > 0 && capitalised(words[i - 1]!.text) && words[i - 1]!.text !== 'I' && !own;
    if (b === 'whose' && describesWriter(words, i)) reader = false;
    else if (SECOND_PERSON.has(b) || company || named || (THEIR_NOUNS.has(b) && !own)) {
      reader = true;
      relative = b === 'whose';
    } else if (FIRST_PERSON.has(b) || (reader && !relative && bringsOwn(words, i))) reader = false;
    else if (reader && RELATIVES.has(b)) relative = true;
    out.push(reader);
  });
  return out;
}

const RELATIVES = new Set(['who', 'whose', 'which', 'that', 'where']);
/** Words that tie a noun to something else, so "whose" after it is not about the writer: "a fan of Acme, whose…". */
const TIES = new Set(['of', 'at', 'for', 'with', 'to', 'in', 'on', 'from', 'by']);
/**
 * "I'm a backend engineer whose strengths are…": the writer described, then "whose", with no comma
 * or tie between (session 35, blind set stack14). Not "I'm applying to Acme, whose stack is…" nor
 * "I'm a fan of Acme whose team…".
 */
function describesWriter(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 5); j--) {
    const w = words[j]!;
    if (w.afterBreak || words[j + 1]!.afterBreak || TIES.has(w.lower)) return false;
    if (w.lower !== 'a' && w.lower !== 'an') continue;
    const before = words[j - 1]!.lower.replace('\u2019', "'");
    return before === 'am' || before === "i'm";
  }
  return false;
}
/**
 * Words that turn a sentence back to the writer after the role is named, when they open a phrase of
 * the writer's (after a comma, or "as a…"): "…role at Globex, bringing skills in", "…, having studied",
 * "as an engineer experienced in". Not "the posting asks for an engineer experienced in…".
 */
const WRITER_TURNS = new Set(['bringing', 'having', 'experienced', 'skilled', 'proficient', 'versed', 'fluent']);
/**
 * "applying for the Backend role with experience in Java…", "… at Globex with a background in…",
 * "…, bringing skills in…": what the writer brings is theirs again after the reader's role. Not "a
 * position with Acme, whose stack…", "the role with the most appeal uses…", "a team with a stack of…".
 */
function bringsOwn(words: readonly Word[], i: number): boolean {
  const b = bareWord(words[i]!);
  if (WRITER_TURNS.has(b)) return words[i]!.afterBreak === true || words.slice(Math.max(0, i - 3), i).some((p) => bareWord(p) === 'as');
  if (b !== 'with' || words[i + 1] === undefined) return false;
  const next = bareWord(words[i + 1]!);
  const brought = next === 'a' || next === 'an' ? words[i + 2] : words[i + 1];
  return brought !== undefined && (BROUGHT.has(bareWord(brought)) || /^\d/.test(brought.text));
}
/** What a writer brings "with": "with experience in…", "with a background in…", "with 5 years of…". */
// "with hands-on experience in…", "with practical knowledge of…" (session 34, blind set stack11).
const BROUGHT = new Set(['experience', 'expertise', 'skills', 'knowledge', 'proficiency', 'my', 'strong', 'solid', 'deep', 'extensive', 'proven', 'hands', 'hands-on', 'practical', 'working', 'professional', 'broad', 'years', 'over', 'background']);

/** Runs of two or more names back to back: only a few non-letters part them ("Java/Spring", "React-Node"). */
export function backToBack(text: string, words: readonly Word[], items: readonly Item[]): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const it of items) {
    const prev = run.at(-1);
    // A skill beside another with only spaces between is one noun phrase: "deep learning algorithm",
    // "unit testing framework"; names written so ("Java Spring Hibernate") still run.
    const compound = prev !== undefined && (prev.skill || it.skill) && /^\s+$/.test(text.slice(prev.end, it.start));
    if (prev && (it.start - prev.end > 3 || compound || !words.some((w) => w.start === it.start))) close();
    run.push(it);
  }
  close();
  return runs;
}

/**
 * Names written back to back before a title word: "the Java/Spring/AWS Engineer role", "a React-Node
 * developer position"; and one name alone: "the Java Developer role at Globex".
 */
export function inTitles(text: string, words: readonly Word[], items: readonly Item[]): Item[] {
  const all = backToBack(text, words, items);
  const runs = all.flatMap((run) => {
    const after = words[wordAt(words, run.at(-1)!.end)];
    return after !== undefined && TITLE_AFTER.has(bareWord(after)) && !ownTitle(words, wordAt(words, run[0]!.start)) ? run : [];
  });
  const inRuns = new Set(all.flat());
  const alone = items.filter((it) => !inRuns.has(it) && inTitle(words, it) && !ownTitle(words, wordAt(words, it.start)));
  return [...runs, ...alone];
}

const OWN_TITLE_LEADS = new Set(['am', "i'm", 'as']);
/** "I'm a Python/Django developer", "as a Go/Rust engineer": the writer's own title names the writer's stack. */
function ownTitle(words: readonly Word[], first: number): boolean {
  const article = words[first - 1];
  const before = words[first - 2];
  if (article === undefined || before === undefined || !['a', 'an'].includes(bareWord(article))) return false;
  return OWN_TITLE_LEADS.has(before.lower.replace('\u2019', "'"));
}

/** Words after a list that make it part of a job title: "the Java/Spring/AWS Engineer role", "(React, Node.js) position". */
export const TITLE_AFTER = new Set([
  'position', 'role', 'engineer', 'developer', 'opening', 'job', 'internship', 'vacancy', 'posting',
  // Where the names were heard, not what the writer knows: "at a Go, Rust and Kafka meetup".
  'meetup', 'meetups', 'conference', 'conferences', 'community', 'communities', 'event', 'events', 'talk', 'talks',
]);

/**
 * An item right before a title word: "a junior DevOps engineer (Docker, …)" names the role, not one
 * more tool; so does one with a word of the title between, "stack" or one joined to it by a hyphen:
 * "a MERN stack developer", "an AI-focused developer".
 */
export function inTitle(words: readonly Word[], item: Item): boolean {
  const k = wordAt(words, item.end);
  const next = words[k];
  if (next === undefined) return false;
  // The item ends inside a word ("AI" of "AI-focused"): that word is the title's too.
  const between = next.start < item.end || next.lower === 'stack';
  if (!between) return TITLE_AFTER.has(bareWord(next));
  const after = words[k + 1];
  return after !== undefined && !after.afterBreak && TITLE_AFTER.has(bareWord(after));
}

/** The index of the first word that ends after `offset` (words are in order): a binary search. */
export function wordAt(words: readonly Word[], offset: number): number {
  return firstIndex(words, (w) => w.end <= offset);
}
