// What a stretch of prose lists: technology names anywhere in it, and technical skills ("OOP",
// "REST APIs", "unit testing", "CI/CD") where they stand as items of a list construction beside
// other items: "a solid grounding in C#, OOP, HTML, CSS and jQuery". A skill word alone ("our
// cloud", "agile teams", "I love distributed systems") is never an item.
import { skills as skillData, variants, type Skill } from '../../rules/data/skills.js';
import { termIndex, type PhraseIndex } from '../text/phrases.js';
import { findTechnologies } from '../text/tech.js';
import type { Sentence, Term, Word } from '../types.js';
import { capitalised, latinFirst } from '../text/latin.js';
import { listed } from './inventory-lists.js';
import { wordAt } from './inventory-owners.js';
import { bareWord, JOINERS, type Item } from './inventory-words.js';
import { SUBJECTS } from './story.js';

const CAPITALS = latinFirst(/\p{Lu}/gu);

let skillIndex: PhraseIndex<Skill, Term> | undefined;
function index(): PhraseIndex<Skill, Term> {
  skillIndex ??= termIndex(skillData.flatMap((skill) => skill.patterns.flatMap(variants).map((pattern) => ({ pattern, value: skill }))));
  return skillIndex;
}

/** Whether the casing of the skill's first word, as written, is the technical sense. */
function casedRight(skill: Skill, written: string): boolean {
  if (skill.cased === 'acronym') return (written.match(CAPITALS.for(written))?.length ?? 0) >= 2;
  if (skill.cased === 'capital') return capitalised(written);
  return true;
}

const PLACE_PREPOSITIONS = new Set(['on', 'in', 'to', 'at', 'into', 'onto', 'from']);
/** Whether the term at `from` opens the last item of a list: after a comma or a joining word. */
const endsAList = (terms: readonly Term[], from: number) => terms[from]!.afterBreak === true || JOINERS.has(terms[from - 1]?.norm ?? '');
/** Nouns a skill modifies when it stands right before one: "big data environments", "a data science background". */
const CONTEXT_HEADS = new Set(['language', 'languages', 'environment', 'environments', 'setting', 'settings', 'background', 'backgrounds', 'space', 'spaces', 'sector', 'sectors', 'industry', 'industries', 'domain', 'domains', 'world', 'community', 'communities', 'company', 'companies', 'firm', 'firms', 'startup', 'startups', 'organisation', 'organisations', 'organization', 'organizations']);

/** Skill mentions among the terms, left to right. */
export function findSkills(text: string, terms: readonly Term[]): Item[] {
  return index()
    .matchAll(terms)
    .filter((m) => casedRight(m.value, text.slice(terms[m.from]!.start, terms[m.from]!.end)))
    // "Leaflet on the frontend and PostGIS on the backend", "deployed to the cloud": a part of one
    // system or a place, not a skill the writer lists; "worked on the back-end, front-end, testing
    // and finally the deployment" is a list all the same.
    .filter((m) => !(terms[m.from - 1]?.norm === 'the' && PLACE_PREPOSITIONS.has(terms[m.from - 2]?.norm ?? '') && terms[m.to]?.afterBreak !== true))
    // "data science/big data environments": a field that modifies where the writer worked, not a skill
    // listed; but "Docker, Kubernetes and cloud environments" ends a list with one more item.
    .filter((m) => !(CONTEXT_HEADS.has(terms[m.to]?.norm ?? '') && terms[m.to]!.afterBreak !== true && !endsAList(terms, m.from)))
    .map((m) => {
      const start = terms[m.from]!.start;
      const end = terms[m.to - 1]!.end;
      // Shown as written ("REST APIs", "unit tests"); counted once per skill.
      return { name: m.value.name, shown: text.slice(start, end).replace(/\s+/g, ' '), start, end, skill: true, ...(m.value.sameAs ? { same: m.value.sameAs } : {}) };
    });
}

const POSSESSIVE = new Set(['my', 'our']);
const SPACED = /^\s+$/;

const capitalisedWord = (w: Word | undefined) => w !== undefined && w.text !== 'I' && capitalised(w.text);

/**
 * A skill written inside a title-case name: "Cloud KMS", "the Junior AI Infrastructure Engineer
 * role". A capitalised word right after it, or right before a capitalised skill, with no
 * punctuation between, makes it part of that name.
 */
function inName(text: string, words: readonly Word[], skill: Item, starts: ReadonlySet<Word>): boolean {
  const first = wordAt(words, skill.start);
  if (first >= words.length) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < skill.end) last++;
  const before = words[first - 1];
  const after = words[last + 1];
  // "Python scripting" is a skill with its language; "AWS Cloud" and "Cloud KMS" are names.
  // Only white space joins the words of a name: "LLMs/Fine-tuning" are two.
  const joined = (k: number) => !words[k]!.afterBreak && !starts.has(words[k]!) && SPACED.test(text.slice(words[k - 1]!.end, words[k]!.start));
  const nameBefore = before !== undefined && joined(first) && !starts.has(before) && capitalisedWord(before) && capitalisedWord(words[first]);
  const nameAfter = after !== undefined && joined(last + 1) && capitalisedWord(after);
  return nameBefore || nameAfter;
}

/**
 * "I specialise in Python, TensorFlow and React, … and I've cut test time by 70% using Selenium": a
 * name outside the list (which ends at `last`), after a clause of the writer's own that tells a
 * measured result, is a tool of that story, not one more item of the list.
 */
function inMeasuredClause(text: string, words: readonly Word[], item: Item, last: number): boolean {
  if (last < 0 || item.start < last) return false;
  const from = wordAt(words, last);
  const to = wordAt(words, item.start);
  // "I", "we", "I've", "we'd": a clause of the writer's own.
  const subject = words.slice(from, to).findIndex((w) => SUBJECTS.has(bareWord(w)));
  return subject >= 0 && /\d/.test(text.slice(words[from + subject]!.start, item.start));
}

/** Names it takes to make someone else's list, whose names said again later are an answer to it. */
const OTHERS_LIST = 3;

/** Nouns of a line of work a technology names: "Android apps", "an iOS developer". */
const FIELD_HEADS = new Set(['app', 'apps', 'application', 'applications', 'developer', 'developers', 'engineer', 'engineers', 'engineering', 'development', 'programmer', 'programmers']);

/**
 * "I develop Android apps since 2018, and I use mostly Kotlin, Jetpack Compose and Room": outside
 * the list, a name before the work it names is the writer's field, not one more tool.
 */
function namesField(words: readonly Word[], item: Item): boolean {
  const head = words[wordAt(words, item.end)];
  return head !== undefined && !head.afterBreak && FIELD_HEADS.has(head.lower);
}

/** Plural nouns of a kind of tool: "JavaScript frameworks", "AWS services". */
const KINDS = new Set(['frameworks', 'libraries', 'tools', 'languages', 'databases', 'technologies', 'services', 'stacks', 'ecosystems', 'platforms', 'packages', 'sdks', 'apis']);
/** What introduces a kind's members: "including", "such as", "like", "e.g.". */
const MEMBERS = new Set(['including', 'such', 'like', 'e.g', 'eg', 'namely', 'especially', 'particularly']);

/**
 * "JavaScript frameworks including React, Vue.js and Nuxt.js": a name that says what kind of tool
 * the list's items are is their category, not one more item.
 */
function namesKind(words: readonly Word[], item: Item): boolean {
  const next = wordAt(words, item.end);
  const kind = words[next];
  const lead = words[next + 1];
  return kind !== undefined && lead !== undefined && KINDS.has(kind.lower) && MEMBERS.has(lead.lower.replace(/\.$/, '')) && !lead.afterBreak;
}

/**
 * The distinct technologies and listed skills of a stretch of prose, in order of first mention.
 * In a bulleted list (`isList`) the bullets are the list construction, so every skill counts.
 */
export function inventory(text: string, sentences: readonly Sentence[], isList: boolean, extra: readonly string[], othersListed?: Set<string>): Item[] {
  const words = sentences.length === 1 ? sentences[0]!.words : sentences.flatMap((s) => s.words);
  const terms = sentences.flatMap((s) => s.terms);
  // A new sentence (or list item) starts a new piece, as clause punctuation does.
  const starts = new Set(sentences.map((s) => s.words[0]!).filter(Boolean));
  const techs: Item[] = findTechnologies(words, extra).map((t) => ({ name: t.tech.name, shown: t.tech.name, start: t.start, end: t.end, skill: false, ...(t.tech.parts ? { parts: t.tech.parts } : {}) }));
  // A skill spelled inside a technology's name ("SQL" of "SQL databases" stays the technology).
  let t = 0;
  // A skill noun right after a technology is its head, not an item of its own: "React frontends,
  // Node.js backends" names two things.
  const skills = findSkills(text, terms).filter((s) => {
    while (t < techs.length && techs[t]!.end <= s.start) t++;
    const before = techs[t - 1];
    if (before && s.start - before.end <= 4 && /^[ \t]+$/.test(text.slice(before.end, s.start))) return false;
    return t >= techs.length || techs[t]!.start >= s.end;
  });
  const all = [...techs, ...skills].sort((a, b) => a.start - b.start);
  const named = all.filter((it) => !it.skill || !inName(text, words, it, starts));
  // A list that is the reader's, the posting's or a job title's is not the writer's inventory.
  const { mine: inList, theirs } = isList ? { mine: new Set(named), theirs: new Set<Item>() } : listed(text, words, named, starts);
  // Technologies count anywhere in a sentence that lists (two or more items in a list construction);
  // in one that does not, they are prose: "moving from a PHP monolith to Go services on Kubernetes".
  const listing = inList.size >= 2;
  const guessed = [...inList].filter((it) => it.guessed);
  // Where the list ends: a name after it may belong to a clause of its own.
  let listEnd = -1;
  for (const it of inList) listEnd = Math.max(listEnd, it.end);
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const item of guessed.length ? [...named, ...guessed].sort((a, b) => a.start - b.start) : named) {
    // "Your posting mentions Scala, Spark, Airflow and Delta Lake. I use Spark and Airflow every day, but
    // Scala and Delta Lake…": names a sentence before gave as someone else's list are the writer's
    // answer to it when they come again, not an inventory (`othersListed` carries them, sentence to sentence).
    if (((item.skill || !listing) && !inList.has(item)) || theirs.has(item) || othersListed?.has(item.name)) continue;
    // "js" of "node js" is part of the name read there, not a technology of its own.
    if (!item.guessed && guessed.some((g) => g.start <= item.start && item.end <= g.end)) continue;
    // Outside the list, "my GitHub", "our AWS account" point at the writer's things, not a skill listed.
    const before = words[wordAt(words, item.start) - 1];
    if (!inList.has(item) && before !== undefined && POSSESSIVE.has(bareWord(before))) continue;
    // "Shopify's Checkout team", "Google's cloud": a name with its possessive is an owner, not a tool used.
    if (/['\u2019]s$/.test(text.slice(item.start, item.end))) continue;
    if (namesKind(words, item)) continue;
    if (!inList.has(item) && inMeasuredClause(text, words, item, listEnd)) continue;
    if (!inList.has(item) && namesField(words, item)) continue;
    const key = (item.skill ? 's:' : 't:') + (item.same ?? item.name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  // A list of their own, three names or more, carried to the next sentences: not one name in a job
  // title ("the Senior Golang Engineer role").
  if (theirs.size >= OTHERS_LIST) for (const it of theirs) othersListed?.add(it.name);
  // "a MERN stack developer skilled in React, Node.js and MongoDB" names three things, not four: a
  // stack named by its initials is counted as its parts when any of them is named too.
  const names = new Set(out.map((it) => it.name));
  return out.filter((it) => !it.parts?.some((part) => names.has(part)));
}
