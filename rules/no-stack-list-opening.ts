import { sliceSentence } from '../src/letter/anatomy-blocks.js';
import { SUBJECTS, builtThing, describesProject, holdsRoleOnSystem, isStorySentence, ownsByPronoun, sentenceHasMetric, storyVerbStart } from '../src/letter/story.js';
import { fill } from '../src/text/suggest.js';
import { inventory } from '../src/letter/inventory.js';
import { continuesList, type Item } from '../src/letter/inventory-words.js';
import { skillAreas } from '../src/letter/skill-areas.js';
import { findTechnologies } from '../src/text/tech.js';
import type { Letter, Rule, Sentence, Term, Word } from '../src/types.js';
import { capitalised, latinFirst } from '../src/text/latin.js';

interface Options {
  /** How many distinct technologies and listed skills in one sentence or list make an inventory. */
  min: number;
  extraTechnologies: readonly string[];
}

// "My stack: Go, gRPC, Postgres, Kafka", "Stack I use day to day: Go, Postgres": a short label, a colon, a list.
const LABEL_LINE = latinFirst(/^[\s>*_-]*(\p{L}[\p{L}\p{N}'\u2019 -]{0,40}?)[*_]*:[*_]*\s+\S/u);

// A line that ends in the middle of a list: after a comma, slash, ampersand or joining word.
const LIST_GOES_ON = /(?:[,/&]|\b(?:and|or|plus))$/i;

/**
 * A line such as "My stack: Go, gRPC, Postgres, Kafka" written without a full stop runs into the
 * next line's sentence; it is an inventory of its own, so it is cut out of the sentence. Only a
 * label line that starts the sentence (or follows another one) is cut: a colon on a later line of a
 * hard-wrapped sentence ("experience with the following:\nGo, Rust…") is mid-sentence, and the
 * sentence must read the same however its lines are broken.
 */
function splitLabelLines(text: string, s: Sentence, extra: readonly string[]): Sentence[] {
  const cuts: number[] = [];
  const re = /[^\r\n]+/g;
  const body = text.slice(s.start, s.end);
  const lines = [...body.matchAll(re)];
  if (lines.length < 2) return [s];
  // Label lines from the sentence's first line on, until the first line that is not one.
  for (let k = 0; k < lines.length; k++) {
    const from = s.start + lines[k]!.index!;
    const label = LABEL_LINE.exec(lines[k]![0]);
    if (!label || label[1]!.trim().split(/\s+/).length > 6) break;
    // A list wrapped onto the next lines ("Go, gRPC, Postgres,\nKafka") runs on to where it stops.
    while (k + 1 < lines.length && LIST_GOES_ON.test(lines[k]![0].trimEnd())) k++;
    const to = s.start + lines[k]!.index! + lines[k]![0].length;
    // Only a line that names technologies; "Result: p99 fell from 900 ms to 120 ms" stays in its sentence.
    if (findTechnologies(s.words.filter((w) => w.start >= from && w.start < to), extra).length < 2) break;
    cuts.push(from, to);
  }
  if (cuts.length === 0) return [s];
  const bounds = [...new Set([s.start, ...cuts, s.end])].sort((a, b) => a - b);
  const pieces: Sentence[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const piece = sliceSentence(s, bounds[i]!, bounds[i + 1]!);
    if (piece.words.length > 0) pieces.push(piece);
  }
  return pieces;
}

/**
 * A sentence that tells a story, as this rule reads one: the writer did something to one system
 * ("I rebuilt the payouts ledger"), holds a role on one ("I was the sole engineer on our CRM"), or
 * changed something measurably. "I have built and operated
 * production cloud platforms, designed Terraform infrastructure and implemented CI/CD pipelines"
 * is a line of work told as a list, not one system.
 */
function tellsStory(letter: Letter, s: Sentence, items: readonly Item[]): boolean {
  const verb = storyVerbStart(letter.text, s);
  if (verb !== undefined) return !storyAfterOwnClause(s, items, verb);
  if (projectHoldsList(letter.text, s, items) || (madeThingHoldsList(letter.text, s, items) && !enumeratesWork(s, items))) return true;
  // "I work mainly with Laravel, Vue.js, MySQL and Stripe, and I've built shops for twenty businesses":
  // a role or a figure told in a clause after the list's own excuses it no more than a story does.
  return (holdsRoleOnSystem(letter.text, s) || (sentenceHasMetric(letter, s) && isStorySentence(letter, s) && !enumeratesWork(s, items))) && !storyAfterOwnClause(s, items, s.end);
}

/** Words in -ing that are no verb of a duty: "during", "including", "something". */
const NOT_DUTIES = new Set(['during', 'including', 'something', 'nothing', 'anything', 'everything', 'thing', 'things', 'string', 'strings', 'spring', 'king', 'ring', 'morning', 'evening', 'engineering', 'meaning', 'ceiling', 'wedding', 'clothing', 'funding', 'pricing', 'billing', 'shipping', 'banking', 'training', 'learning', 'marketing', 'computing', 'networking', 'hosting', 'logging', 'routing', 'caching', 'messaging', 'streaming', 'mapping', 'monitoring', 'testing']);
/** Pieces of a list that make it a career told rather than one piece of work measured. */
const ENUMERATED = 3;
const JOINERS = new Set(['and', 'or']);
/** Words after which a list of duties begins: "responsible for writing…", "my week includes tuning…". */
const DUTY_LEADS = new Set(['for', 'includes', 'include', 'included', 'involves', 'involved']);

/**
 * A sentence that lists duties ("responsible for writing test plans, maintaining Selenium suites,
 * running load tests in JMeter, and tracking defects in Jira across two product teams") or many
 * things made ("I've shipped landing pages, internal tools, a Chrome extension and two React Native
 * apps, working across React, Node…"): a figure in it measures a career, not one system, so it
 * excuses no list of technologies (session 34, blind set stack12).
 */
function enumeratesWork(s: Sentence, items: readonly Item[]): boolean {
  const words = s.words;
  const joined = (i: number) => i > 0 && JOINERS.has(words[i - 1]!.lower);
  // A new piece of a list: after a comma (not the joiner itself) or right after "and"/"or".
  const opensPiece = (i: number) => (words[i]!.afterBreak === true && !JOINERS.has(words[i]!.lower)) || joined(i);
  const leads = (i: number) => i === 0 || opensPiece(i) || DUTY_LEADS.has(words[i - 1]!.lower);
  const duties = words.filter((w, i) => leads(i) && w.lower.length > 4 && w.lower.endsWith('ing') && !NOT_DUTIES.has(w.lower));
  if (duties.length >= ENUMERATED) return true;
  const made = words.findIndex((w) => MADE.has(w.lower));
  if (made < 0) return false;
  let pieces = 1;
  // The things made stand before the technologies: "…shipped landing pages, internal tools and two React Native apps".
  const first = items[0]?.start ?? s.end;
  for (let i = made + 2; i < words.length && words[i]!.start < first; i++) {
    if (!opensPiece(i)) continue;
    // "I shipped Moss & Marrow, a small roguelike, on Steam: …": a piece that opens on a preposition
    // tells where or how the one thing went, and the things made end there (session 35, blind set stack14).
    if (PLACES.has(words[i]!.lower)) break;
    pieces++;
  }
  return pieces > ENUMERATED;
}

/** Prepositions that open a phrase about the thing made, not another thing made. */
const PLACES = new Set(['on', 'in', 'at', 'for', 'with', 'through', 'during', 'via', 'from', 'to', 'over', 'under', 'into', 'across']);

/**
 * "My capstone was a React Native app with a Node.js backend, MongoDB and Firebase auth": the list
 * is what one project was made of. Not when the writer speaks again before it ("My final project
 * was a web app, and I am skilled in Java, Python, SQL and Docker").
 */
function projectHoldsList(text: string, s: Sentence, items: readonly Item[]): boolean {
  const first = items[0]?.start;
  if (first === undefined) return false;
  return s.terms.some((t, i) => t.end <= first && describesProject(text, s.terms, i) && !s.words.some((w) => w.start > t.end && w.end <= first && SUBJECTS.has(w.lower)));
}

/** Past verbs of making one thing: "I built a booking website", "we launched Sprout Swap". */
const MADE = new Set(['built', 'made', 'created', 'developed', 'wrote', 'designed', 'launched', 'shipped', 'coded', 'programmed', 'implemented', 'released', 'published', 'founded', 'co-founded']);
const ONE = new Set(['a', 'an', 'the', 'my', 'our']);
/**
 * "I built a booking website for my uncle's salon: customers pick a slot on a Vue page, the Laravel
 * backend checks MySQL…", "Over the winter I built Sprout Swap, a plant-swap app: a Next.js front
 * end, Supabase…": the list is what one thing the writer made is made of (session 34, blind set
 * stack11). Not "I have built web apps with React, Node…" (no one thing) nor "I built Java tools".
 */
function madeThingHoldsList(text: string, s: Sentence, items: readonly Item[]): boolean {
  const first = items[0]?.start;
  if (first === undefined) return false;
  const terms = s.terms.filter((t) => t.end <= first);
  for (let v = 1; v < terms.length; v++) {
    if (!MADE.has(terms[v]!.norm) || !terms.slice(Math.max(0, v - 3), v).some((t) => SUBJECTS.has(t.norm))) continue;
    const after = terms.slice(v + 1);
    if (after.some((t) => SUBJECTS.has(t.norm))) return false;
    const next = after[0];
    // A name the writer gave it, written as one: "Sprout Swap".
    if (next && capitalised(text.slice(next.start, next.end)) && !items.some((it) => it.start <= next.start && next.start < it.end)) return true;
    // The thing told before its maker: "a small internal tool: a release-notes generator we built on top of…" (session 34, stack12).
    const told = (run: readonly Term[]) => run.some((t, k) => ONE.has(t.norm) && run.slice(k + 1, k + 5).some((w) => builtThing(text, w)));
    return told(after) || told(terms.slice(0, v));
  }
  return false;
}

/** The writer as a subject with its verb run on: "I've built", "we're running". */
const SUBJECT_CONTRACTIONS = new Set(["i've", "i'm", "i'd", "i'll", "we've", "we're", "we'd", "we'll"]);
/** Words that put the writer in a sentence. */
const WRITER = new Set(['i', 'we', 'my', 'me', 'our', "i'm", "i've", 'i\u2019m', 'i\u2019ve']);
/**
 * "Currently I work with Angular 14, RxJS 7, NgRx and TypeScript, and before that I spent two years
 * migrating an old AngularJS application": the list has a clause of its own, and the story starts
 * another after it. "Using Python, FastAPI and Redis, I built the claims engine" is one story.
 */
function storyAfterOwnClause(s: Sentence, items: readonly Item[], verb: number): boolean {
  if (items.length === 0) return false;
  const first = items[0]!.start;
  const last = items.reduce((end, t) => Math.max(end, t.end), 0);
  if (verb < last) return false;
  const subject = (from: number, to: number) => s.words.some((w) => w.start >= from && w.end <= to && (SUBJECTS.has(w.lower) || SUBJECT_CONTRACTIONS.has(w.lower.replace('\u2019', "'"))));
  return subject(s.start, first) && subject(last, verb);
}

/** Words that open a sentence on the system just told: "It…", "This service…", "The new version…". */
const BACK = new Set(['it', 'its', 'this', 'that']);
const AGAIN = new Set(['new', 'old', 'first', 'second', 'final', 'current', 'rebuilt', 'whole', 'same', 'resulting']);
/**
 * "I rebuilt the order-routing service. The new version is a Go service that reads events off Kafka,
 * keeps state in Redis…, with Helm charts I wrote": a sentence that opens on the system just told
 * describes its parts, even with the writer in a clause of it (session 34, blind set stack12).
 */
function pointsBack(s: Sentence): boolean {
  const [a, b] = s.words;
  return a !== undefined && (BACK.has(a.lower) || (a.lower === 'the' && b !== undefined && AGAIN.has(b.lower)));
}

/** One unit per sentence, but a sentence that carries on the list before it ("As well as…") joins that one. */
function sentenceUnits(sentences: readonly Sentence[]): Sentence[][] {
  const units: Sentence[][] = [];
  for (const s of sentences) {
    const last = units.at(-1)?.[0];
    if (last && continuesList(s)) units[units.length - 1] = [{ start: last.start, end: s.end, words: [...last.words, ...s.words], terms: [...last.terms, ...s.terms] }];
    else units.push([s]);
  }
  return units;
}

/** Words that make a list of subjects what was studied: "I took Distributed Systems, Compilers…", "coursework in…". */
const STUDIED = new Set(['took', 'take', 'taking', 'studied', 'studying', 'course', 'courses', 'coursework', 'module', 'modules', 'class', 'classes', 'subjects', 'electives', 'curriculum', 'majored', 'minored']);
/** How far before the list's first item the study word may stand: "courses such as", "I took classes in". */
// "my modules so far have been Data Structures, Operating Systems…" (session 34, blind set stack11).
const STUDIED_REACH = 6;

/**
 * A list of subjects, not tools, said to be studied: "During my master's I took Distributed
 * Systems, Compilers, Computer Graphics and Software Architecture". A transcript, not an inventory;
 * technologies in a course list ("coursework in Java, C and SQL") still count.
 */
function studiedSubjects(words: readonly Word[], items: readonly Item[]): boolean {
  // Capitalised subjects the lexicons lack ("Research Methods") are guessed names: course titles too.
  if (items.length === 0 || items.some((it) => !it.skill && !it.guessed)) return false;
  const first = words.findIndex((w) => w.end > items[0]!.start);
  return words.slice(Math.max(0, first - STUDIED_REACH), Math.max(0, first)).some((w) => STUDIED.has(w.lower));
}

/** Words that announce a list as a sample of many: "with tools like Terraform, Ansible, …", "technologies such as". */
const SAMPLE_MARKERS = new Set(['like', 'including', 'incl']);
/**
 * A list announced as a sample, "tools like Terraform, Ansible, Prometheus, Grafana and PagerDuty",
 * is an inventory even inside a story: the story names what mattered, not a sample of the kit.
 */
function markedList(unit: readonly Sentence[], items: readonly Item[]): boolean {
  const words = unit.flatMap((s) => s.words);
  const first = words.findIndex((w) => w.start >= items[0]!.start);
  if (first < 1) return false;
  const before = words.slice(Math.max(0, first - 2), first).map((w) => w.lower);
  return SAMPLE_MARKERS.has(before.at(-1)!) || (before.join(' ') === 'such as');
}

interface Found {
  items: Item[];
  areas: boolean;
  story: boolean;
  /** The writer made something in it: "I built the monitoring with Prometheus and Grafana". */
  deed?: boolean;
}

/** "I built…", "we also wrote…": the writer's verb of making, right after the writer. */
function madeByWriter(s: Sentence): boolean {
  const terms = s.terms;
  return terms.some((t, v) => MADE.has(t.norm) && terms.slice(Math.max(0, v - 3), v).some((p) => SUBJECTS.has(p.norm)));
}

/**
 * The first run of neighbouring units that each name two or more technologies in a list and tell
 * no story, with `min` distinct technologies between them. Skills are left out here: a sentence of
 * areas after one of tools ("React and Redux… projects in data analysis and machine learning") is
 * a career told, not a stack.
 */
function listingRun(found: readonly Found[], min: number): Found | undefined {
  // A sentence of things the writer made with two tools ("I wrote mostly Scala and Akka, building the
  // services…", "I built the monitoring with Prometheus and Grafana") tells work, and the list is one
  // sentence's or none (session 35, blind set stack14).
  const techs = found.map((f) => (f.areas || f.story || f.deed ? [] : f.items.filter((t) => !t.skill)));
  for (let i = 0; i < found.length; ) {
    let j = i;
    while (j < found.length && techs[j]!.length >= 2) j++;
    if (j - i >= 2) {
      const byName = new Map(techs.slice(i, j).flat().map((t) => [t.name, t]));
      if (byName.size >= min) return { items: [...byName.values()], areas: false, story: false };
    }
    i = Math.max(j, i + 1);
  }
  return undefined;
}

const rule: Rule<Options> = {
  meta: {
    id: 'no-stack-list-opening',
    description: 'The opening is an inventory of technologies and skills instead of a system you owned.',
    severity: 'error',
    docs: {
      why: 'The opening is read most closely, and a list of technologies and skills ("C#, OOP, HTML and CSS", "REST APIs, unit testing and CI/CD") says nothing the résumé does not. Hiring managers look for ownership: one system you built or ran and what got better. A stack list later in the letter, or one or two technologies inside a story, is fine.',
      bad: 'I have five years of experience with Java, Spring Boot, Kafka, PostgreSQL, Redis and AWS.',
      better: 'At Globex I owned the payouts ledger that moves $40M a day; I moved it from nightly batches to Kafka streams, and reconciliation time fell from six hours to 20 minutes.',
    },
    defaultOptions: { min: 4, extraTechnologies: [] },
    options: {
      min: { type: 'integer', minimum: 2, description: 'distinct technologies, and skills listed beside them, in one sentence or list that make an inventory' },
      extraTechnologies: { type: 'strings', description: 'more technology names to recognise, as written ("TigerBeetle")' },
    },
  },
  check(letter, { min, extraTechnologies }, report) {
    const opening = letter.anatomy.opening;
    if (!opening) return;
    // A list counts as one inventory, whatever sentences the parser saw in it.
    const units: Sentence[][] = opening.isList ? [opening.sentences] : sentenceUnits(opening.sentences.flatMap((s) => splitLabelLines(letter.text, s, extraTechnologies)));
    const othersListed = new Set<string>();
    const found = units.map((unit) => {
      const known = inventory(letter.text, unit, opening.isList, extraTechnologies, othersListed);
      // A trade's skills the lexicon does not know, listed as such, are an inventory too.
      const areas = known.length < min && unit.length === 1 ? skillAreas(letter.text, unit[0]!.words, known) : [];
      if (studiedSubjects(unit.flatMap((s) => s.words), areas.length > known.length ? areas : known)) return { items: [], areas: false, story: false };
      return { items: areas.length > known.length ? areas : known, areas: areas.length > known.length, story: unit.some((s) => tellsStory(letter, s, areas.length > known.length ? areas : known)), deed: unit.some(madeByWriter) };
    });
    // "I designed and built our transactions lakehouse. Events come from Kafka, Spark writes them into
    // Delta Lake…": after a story, a sentence that names no writer describes that system's parts.
    // "…the shipment-tracking service was a nightly cron job. I rewrote it in Go as Kafka consumers…":
    // the writer's work on the system the sentence before points at.
    for (let k = 1; k < found.length; k++) {
      const after = found.slice(0, k).some((f) => f.story);
      if (after && (!units[k]!.some((s) => s.words.some((w) => WRITER.has(w.lower))) || pointsBack(units[k]![0]!))) found[k]!.story = true;
      else if (ownsByPronoun(letter.text, units[k]![0]!, units[k - 1]!.at(-1)!)) found[k]!.story = true;
    }
    // One unit that lists, or an inventory told a sentence at a time ("I work mainly with Java and
    // Spring Boot. I also use PostgreSQL, Redis and Docker."): neighbouring sentences, none a story.
    // Twice `min` names make an inventory whatever story carries them: one system is told with the
    // one or two technologies that mattered, not eight.
    const hit = found.find((f, k) => f.items.length >= min && (!f.story || f.items.length >= 2 * min || (f.items.length > min && markedList(units[k]!, f.items)))) ?? listingRun(found, min);
    if (!hit) return;
    const { items } = hit;
    const names = items.map((t) => t.shown);
    const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')}, \u2026` : names.join(', ');
    const what = hit.areas ? 'skill areas' : items.some((t) => t.skill) ? 'technologies and skills' : 'technologies';
    report({
      message: `The opening lists ${names.length} ${what} (${shown}) instead of a system you owned`,
      start: items[0]!.start,
      end: items.reduce((end, t) => Math.max(end, t.end), 0),
      suggestions: [
        fill(
          'Lead with one system you owned and what got better: "At <previous company> I owned {system}, which <handles N requests a day>; I <changed what>, and <metric> went from <before> to <after>."',
          letter.facts,
        ),
        'Keep the full stack for the résumé; name only the one or two technologies that mattered, inside that story.',
      ],
    });
  },
};

export default rule;
