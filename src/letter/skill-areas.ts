// An opening that lists areas of skill rather than technologies: "experience in building design,
// estimation, architectural drawings, tender documentation, and code compliance", "the full
// content lifecycle—structured authoring, editorial review, metadata, SEO, and publishing". The
// lexicon cannot know every trade's skills, so the frame is the list itself: five or more short
// noun phrases in a row (four, when each has two or three words) after a lead-in that says they are
// the writer's skills.
import { readerAt } from './inventory-owners.js';
import { RELATING } from './inventory-pieces.js';
import { CLAUSE_WORDS, LEADS, SPOKEN, bareWord, type Item } from './inventory-words.js';
import type { Word } from '../types.js';
import { industries, softSkills } from '../../rules/data/skills.js';

/** Items that are no trade's technical skill: qualities, ways of working, industries served. */
const NOT_AREAS = new Set([...softSkills, ...industries]);

/** A phrase with an article or a possessive is told, not listed: "experience with the whole loop: …". */
const TOLD = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'whose']);
/** Lead-ins that introduce any list ("such as", a dash): skills only when the sentence has said so before. */
const LOOSE_LEADS = new Set(['such as', 'including', 'spanning', 'covering']);
/** Nouns that make a loose lead-in's list the writer's skills: "skills such as", "areas including"; not "clients such as". */
const SKILL_TOPICS = new Set(['experience', 'expertise', 'skills', 'skill', 'skillset', 'background', 'knowledge', 'proficiency', 'areas', 'disciplines', 'competencies', 'fields', 'subjects', 'tasks', 'strengths', 'aspects', 'responsibilities', 'toolkit', 'toolbox', 'specialities', 'specialties', 'specialisms']);
/** Words that, said before a dash or a colon, make its list the writer's skills: "eight years in writing … lifecycle—", "a range of responsibilities: design, testing…". */
const SKILL_NOUNS = new Set([...SKILL_TOPICS, 'years']);
const JOINERS = new Set(['and', 'or', 'plus']);
/** Lead-ins of what the writer loves: "a passion for automation, scripting, cloud infrastructure and monitoring". */
const LIKED = new Set(['passion for', 'passionate about', 'interest in', 'interested in', 'love for', 'enthusiasm for']);
/** An item is a short noun phrase; the last may run on a little ("and publishing for global audiences"). */
const ITEM_WORDS = 3;
const LAST_ITEM_WORDS = 5;
/** Items it takes: more than the four technologies that make a stack list, as nothing here is a known name. */
export const MIN_AREAS = 5;

const DASH = /[\u2013\u2014]|\s-{1,2}\s/;

/**
 * One fewer item will do when each is named as a trade names its areas, in two or three words
 * ("threat hunting, malware triage, incident response and log correlation"); single words after a
 * lead-in are as often industries or subjects ("experience in retail, finance, health and logistics",
 * "data structures and algorithms, computer vision and web development").
 */
function namedAreas(items: readonly Item[]): boolean {
  return items.length >= MIN_AREAS - 1 && items.every((it) => it.shown.split(' ').length >= 2);
}

/** An acronym, plural or not: "APIs", "ETL"; a kind of work, where a capitalised word is a name. */
const ACRONYM = /^[A-Z]{2,6}s?$/;

/** Words that hang a phrase on the sentence rather than name an area: "platform strategy to the role". */
const HANGING = new Set(['to', 'for', 'with', 'in', 'at', 'on', 'from', 'by', 'into', 'across', 'within', 'of']);

/**
 * Two known technologies or skills among the items, each standing as an item of its own: the rest of
 * the list is of their kind ("automation, scripting, cloud infrastructure and monitoring"; "data,
 * programming, scripting and application development"), so one item fewer will do, as for named
 * areas. The rest must be plain words in lower case or acronyms ("APIs"), as areas are written: not
 * "Berlin", not "London with Python". A known skill the list splits ("data structures and algorithms") is one item.
 */
function anchoredAreas(text: string, items: readonly Item[], known: readonly Item[], anchorsNeeded = 2): boolean {
  if (items.length < MIN_AREAS - 1) return false;
  const anchors = new Set<Item>();
  let count = 0;
  for (const it of items) {
    const k = known.find((kn) => kn.start < it.end && it.start < kn.end);
    const words = k ? `${text.slice(it.start, k.start)} ${text.slice(k.end, it.end)}`.split(/\s+/).filter(Boolean) : it.shown.split(' ');
    if (k) {
      if (words.length > 1 || words.some((w) => HANGING.has(w.toLowerCase()))) return false;
      if (!anchors.has(k)) count++;
      anchors.add(k);
      continue;
    }
    const cut = words.findIndex((w) => HANGING.has(w.toLowerCase()));
    const head = cut < 0 ? words : words.slice(0, cut);
    if (head.length === 0 || head.some((w) => w !== w.toLowerCase() && !ACRONYM.test(w))) return false;
    count++;
  }
  return anchors.size >= anchorsNeeded && count >= MIN_AREAS - 1;
}

/** Verbs of making that, right after the writer, open a list of the kinds of thing made: "I've built web apps, APIs, user interfaces and developer tooling". */
const MADE = new Set(['built', 'build', 'developed', 'develop', 'created', 'create', 'designed', 'design', 'shipped', 'delivered']);
const MAKERS = new Set(['i', 'we', 'have', 've', "i've", "we've", 'i\u2019ve', 'we\u2019ve']);

/**
 * The list of skill areas a sentence opens with a lead-in, if it has MIN_AREAS or more items (or
 * namedAreas, or anchoredAreas by the `known` technologies and skills the sentence lists).
 */
export function skillAreas(text: string, words: readonly Word[], known: readonly Item[] = []): Item[] {
  const reader = readerAt(words);
  let said = false;
  for (let i = 0; i < words.length; i++) {
    const w = bareWord(words[i]!);
    const pair = i > 0 ? `${bareWord(words[i - 1]!)} ${w}` : '';
    const between = i > 0 ? text.slice(words[i - 1]!.end, words[i]!.start) : '';
    const dash = DASH.test(between) || between.trim() === ':';
    // The lead-in ends before word i + 1, or a dash opens a list at word i.
    const made = i > 0 && MADE.has(w) && MAKERS.has(bareWord(words[i - 1]!));
    // "My professional focus over the past fourteen years has been large-scale distributed storage, …".
    const focus = COPULAS.has(w) && focusBefore(words, i);
    const leadEnds = LEADS.has(pair) || (LOOSE_LEADS.has(pair) && topicBefore(words, i - 1)) || (LOOSE_LEADS.has(w) && topicBefore(words, i)) || LIKED.has(pair) || made || focus;
    if (SKILL_NOUNS.has(w)) said = true;
    const at = leadEnds ? i + 1 : said && dash ? i : -1;
    if (at < 0 || at >= words.length || reader[at]) continue;
    const items = itemsFrom(text, words, at);
    // "communication, teamwork, planning, leadership and writing", "retail, finance, healthcare…":
    // qualities or industries, mostly; one such item among a trade's skills ("navigation and planning") is one of them.
    if (items.filter((it) => NOT_AREAS.has(it.name)).length * 2 >= items.length) continue;
    if (made) {
      // Kinds of thing made, bare ("web apps, APIs, user interfaces and developer tooling"): one known among them will do.
      if (anchoredAreas(text, items, known, 1)) return items;
      continue;
    }
    // What the writer loves is as often subjects or causes: only a list its known items anchor.
    if (LIKED.has(pair) ? anchoredAreas(text, items, known) : items.length >= MIN_AREAS || namedAreas(items) || anchoredAreas(text, items, known)) return items;
  }
  return [];
}

/** Verbs that say what the writer's work or focus is. */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'been']);
/** What the writer's work is called before its list: "my work has been", "my focus is", "my background is". */
const FOCUS = new Set(['work', 'focus', 'background', 'expertise', 'specialty', 'speciality', 'specialization', 'specialisation', 'career', 'strengths']);
/** How far before the verb the noun may stand: "My professional focus over the past fourteen years has been". */
const FOCUS_REACH = 9;
/** A FOCUS noun the writer owns ("my", two words before it at most) within FOCUS_REACH words before the verb at `i`. */
function focusBefore(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - FOCUS_REACH); k--) {
    if (!FOCUS.has(bareWord(words[k]!))) continue;
    // The noun is the subject itself, the verb or a phrase of time next: not "my work ethic is".
    const next = bareWord(words[k + 1]!);
    if (k + 1 < i && !FOCUS_LINKS.has(next)) return false;
    return [1, 2, 3].some((d) => k - d >= 0 && bareWord(words[k - d]!) === 'my');
  }
  return false;
}
/** What may follow the noun before its verb: "has been", "over the past fourteen years", "for years". */
const FOCUS_LINKS = new Set(['has', 'have', 'had', 'over', 'for', 'in', 'during', 'throughout', 'since', 'recently', 'always', 'mostly', 'mainly', 'largely']);

/** A skill topic in the two words before the lead-in at `lead` ("skills, including", "areas such as"), or before "of" and one word ("many aspects of robotics such as"). */
const topicBefore = (words: readonly Word[], lead: number) =>
  [1, 2].some((k) => lead - k >= 0 && SKILL_TOPICS.has(bareWord(words[lead - k]!))) ||
  (lead >= 3 && bareWord(words[lead - 2]!) === 'of' && SKILL_TOPICS.has(bareWord(words[lead - 3]!)));

/** Short items in a row from word `at`, parted by commas, joiners or a slash; stops at the first that is not one. */
function itemsFrom(text: string, words: readonly Word[], at: number): Item[] {
  const pieces: Word[][] = [[]];
  // Pieces that open on a joiner: "and cybersecurity across both …" is the list's last item.
  const joined = new Set<number>();
  for (let i = at; i < words.length; i++) {
    const w = words[i]!;
    if (i > at && DASH.test(text.slice(words[i - 1]!.end, w.start))) break;
    if (i > at && w.afterBreak) pieces.push([]);
    if (JOINERS.has(bareWord(w))) {
      pieces.push([]);
      joined.add(pieces.length - 1);
    } else pieces.at(-1)!.push(w);
  }
  const items: Item[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const whole = pieces[p]!;
    // "…, observability and platform strategy to the role": the last item ends where a phrase hangs on the sentence.
    const hang = whole.findIndex((w, k) => k > 0 && HANGING.has(bareWord(w)));
    const piece = hang > 0 ? whole.slice(0, hang) : whole;
    if (piece.length === 0) continue;
    // "and tackling core issues in the product": work told, a verb with its object and place, not an area.
    if (hang > 0 && piece.length > 1 && bareWord(piece[0]!).endsWith('ing')) break;
    // "machine learning (ML)": a short name in brackets after an item is that item again.
    if (items.length > 0 && piece.length <= 2 && /\(\s*$/.test(text.slice(Math.max(0, piece[0]!.start - 3), piece[0]!.start))) continue;
    if (piece.length > LAST_ITEM_WORDS || piece.some((w) => CLAUSE_WORDS.has(bareWord(w)) || TOLD.has(bareWord(w)))) break;
    // ", with benchmark-driven studies and …": a phrase that opens on a preposition hangs on the
    // sentence; the list has ended.
    if (RELATING.has(bareWord(piece[0]!))) break;
    const start = piece[0]!.start;
    const end = piece.at(-1)!.end;
    const shown = text.slice(start, end).replace(/\s+/g, ' ');
    const name = shown.toLowerCase();
    if (!SPOKEN.has(name) && !items.some((it) => it.name === name)) items.push({ name, shown, start, end, skill: true });
    // A longer item can only be the last: the list runs on into the sentence ("and publishing for global
    // audiences"); a short one with its place may stand mid-list ("log analysis in Splunk, phishing triage").
    const midList = p < pieces.length - 1 && !joined.has(p) && whole.length <= ITEM_WORDS + 2 && !whole.some((w) => CLAUSE_WORDS.has(bareWord(w)) || TOLD.has(bareWord(w)));
    if ((hang > 0 && !midList) || piece.length > ITEM_WORDS) break;
  }
  return items;
}
