import { frameFamilies, listedFamilies, type ClaimFamily } from './data/generic-claims.js';
import { quote, fill } from '../src/text/suggest.js';
import { wishTakenWithin } from '../src/letter/adopted.js';
import { memoize } from '../src/text/memo.js';
import { findTechnologies } from '../src/text/tech.js';
import { stemsOfPhrase } from '../src/text/parse.js';
import { describedTraits, frameIndex, indexOf, pileStarts, praisedSkillLists, qualityPiles, traitPiles } from '../src/text/generic-claims.js';
import {
  FIRST_PERSON, LEADS_SELF_NOUN, OTHERS, OTHERS_OWN, READERS, WISHED, inOthersQuotation, subjectIsOther, verbSubjectIsOther, praisesThing, backedAfterColon, personBefore, ownedByName, appositiveOfOther, backedByFigure, namesSomething, notTheWritersSentence, objectOfOthers,
  opensSelfLine, othersBefore, pointsAtEvidence, readersClause, relativeOfOther, roleDemands, saidOfOthers, skillOf, thingBefore, thingRelative, writtenAsName,
} from '../src/letter/claim-context.js';
import type { Letter, Rule, Sentence, Term } from '../src/types.js';

interface Options {
  extraPhrases: readonly string[];
  allowPhrases: readonly string[];
}

/** A configured phrase is a family of its own, matched as plain words. */
function configuredFamily(phrase: string): ClaimFamily {
  return {
    id: 'configured',
    label: phrase,
    patterns: [{ pattern: phrase, literal: true }],
    rewrite: 'Trade it for one piece of evidence: "<the problem>; I <what you changed>, and <the measured result>."',
  };
}

const claimsFor = memoize((options: Options) => ({
  index: indexOf([...listedFamilies, ...options.extraPhrases.map(configuredFamily)]),
  // Allowed: a family by id ("team-player") or label, or a phrase as written ("team player").
  allowed: new Set(options.allowPhrases.flatMap((p) => [p.toLowerCase(), stemsOfPhrase(p).join(' ')])),
}));

/**
 * What a writer answers a question with to take its description as their own, in the first words
 * of the next sentence: "That's me.", "I'd like to think that's me", "I certainly do.", "Look no
 * further.", "Then please keep reading". As terms, "that's" is "that".
 */
const ADOPTIONS: readonly (readonly string[])[] = [
  ['that', 'me'], ['that', 'is', 'me'], ['that', 'describes', 'me'], ['sounds', 'like', 'me'], ['i', 'certainly', 'do'], ['i', 'definitely', 'do'],
  ['i', 'do'], ['look', 'no', 'further'], ['keep', 'reading'],
  // "Am I the intern who will stay late to get the suite green? Absolutely." (session 34, blind set gen14).
  ['absolutely'], ['definitely'], ['yes'], ['always'],
];
/** Terms of the answer the adoption must begin within. */
const ADOPTION_REACH = 6;

/** Questions of a paragraph whose next sentence adopts them: "Are you looking for a quick learner? Then please keep reading." */
function adoptedQuestions(letter: Letter): Set<Sentence> {
  const out = new Set<Sentence>();
  if (!letter.text.includes('?')) return out;
  for (const block of letter.blocks) {
    block.sentences.forEach((s, i) => {
      const next = block.sentences[i + 1];
      if (!next || !/\?[\s*_)"'\u201d]*$/.test(letter.text.slice(s.start, s.end))) return;
      const t = next.terms;
      // A one-word answer ("Absolutely.") only as the answer's first word: "I have always admired…" adopts nothing.
      for (let k = 0; k < ADOPTION_REACH; k++) if (ADOPTIONS.some((seq) => (seq.length > 1 || k === 0) && seq.every((w, j) => t[k + j]?.norm === w))) out.add(s);
    });
  }
  return out;
}

/** The one the reader's question asks for: "Looking for someone who keeps their cool…? That's me." */
const ASKED_FOR = new Set(['someone', 'somebody', 'person', 'engineer', 'developer', 'candidate', 'teammate', 'hire', 'colleague', 'intern', 'one']);
/**
 * Where an adopted question describes the writer as the one the reader looks for, when no claim's
 * words are in it (session 34, from gen13): "Looking for someone who keeps their cool when the
 * timeline falls apart? That's me." The description is a trait asserted without evidence.
 */
function askedForAt(terms: readonly Term[]): number {
  return terms.findIndex((t, k) => ASKED_FOR.has(t.norm) && (terms[k + 1]?.norm === 'who' || terms[k + 1]?.norm === 'that'));
}
const TYPE_LABEL = frameFamilies.find((f) => f.id === 'type-label')!;
/** Kinds a person is said to be, before "who": "the sort of person who", "the kind of engineer who". */
const KINDS_OF = new Set(['sort', 'kind', 'type']);
/**
 * Whether the claim at `from` describes someone else as a type: "…, Nkechi, is the sort of person who
 * quietly goes the extra mile" (session 34, blind set gen15). "I am the kind of person who…" stays the writer's.
 */
function typeOfOther(terms: readonly Term[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(4, from - 6); k--) {
    if (terms[k]!.norm !== 'who' && terms[k]!.norm !== 'that') continue;
    // "is the sort of person who": a copula of the third person four words before the noun.
    return terms[k - 2]?.norm === 'of' && KINDS_OF.has(terms[k - 3]!.norm) && ['is', 'was'].includes(terms[k - 5]?.norm ?? '');
  }
  return false;
}

/** What follows "someone who" in a trait, not a deed: "takes ownership", "always…", "never gives up". */
const HABITS = new Set(['always', 'never', 'loves', 'enjoys', 'likes', 'takes', 'thrives', 'cares', 'brings', 'gets', 'goes', 'puts', 'genuinely', 'truly', 'really', 'constantly', 'keeps', 'believes', 'learns', 'adapts', 'gives', 'can', 'will']);
const WHO = new Set(['who', 'that']);
/**
 * "I'm someone who takes real ownership", "I am the person who always…" (session 34, from gen13):
 * the writer as a type, then a habit. Not a deed ("I'm someone who rebuilt the ledger") nor someone else.
 */
function someoneWho(terms: readonly Term[]): { from: number; to: number } | undefined {
  for (let k = 0; k + 4 < terms.length; k++) {
    if (terms[k]!.norm !== 'i' || (terms[k + 1]!.norm !== 'am' && terms[k + 1]!.norm !== 'm')) continue;
    const someone = terms[k + 2]!.norm === 'someone' || terms[k + 2]!.norm === 'somebody';
    const person = ['the', 'a'].includes(terms[k + 2]!.norm) && ['person', 'one'].includes(terms[k + 3]?.norm ?? '');
    const who = someone ? k + 3 : person ? k + 4 : -1;
    if (who < 0 || !WHO.has(terms[who]?.norm ?? '')) continue;
    const habit = terms[who + 1]?.norm ?? '';
    // "someone who does not count the hours"; not "someone who does the dishes".
    const denies = (habit === 'do' || habit === 'does') && terms[who + 2]?.norm === 'not';
    if (someone ? HABITS.has(habit) || denies : habit === 'always' || habit === 'never') return { from: k, to: denies ? who + 3 : who + 2 };
  }
  return undefined;
}
/** Owners after "of" that make a label someone else's: "the growth mindset of your team". */
const OWNED_AFTER = new Set(['your', 'their', 'its', 'his', 'her', 'the']);
/** Labels a group holds as well as a person: not "an enthusiast of the English language", which says of what. */
const HELD = new Set(['mindset', 'attitude', 'mind']);

/** Kinds of thing a claim's words may name before them: "a team player table", "a Fast Learner badge". */
const THING_NOUNS = new Set(['table', 'tables', 'column', 'columns', 'field', 'fields', 'class', 'entity', 'record', 'records', 'badge', 'badges', 'award', 'trophy', 'course', 'module', 'mode', 'role', 'tag', 'label', 'type', 'achievement', 'achievements', 'category']);

/** Words written capitalised inside a paragraph's sentence, not first: the names the letter uses ("Marta", "Kestrel"). */
function namesInProse(letter: Letter): Set<string> {
  const names = new Set<string>();
  for (const block of letter.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const { terms } of block.sentences) {
      for (let i = 1; i < terms.length; i++) {
        const t = terms[i]!;
        if (!terms[i - 1]!.afterBreak && namesSomething(letter.text, t) && letter.text.slice(t.start, t.end).toLowerCase() === t.norm) names.add(t.norm);
      }
    }
  }
  return names;
}

const rule: Rule<Options> = {
  meta: {
    id: 'no-generic-claims',
    description: 'Generic self-claims ("passionate about", "team player", "fast-paced environment") instead of evidence.',
    severity: 'error',
    docs: {
      why: 'Every applicant says they are passionate, detail-oriented team players; a hiring manager skips these words and looks for what you did. One concrete problem, change and result says the same thing and is believed.',
      bad: "I'm a results-driven self-starter who thrives in a fast-paced environment.",
      better: 'When checkout latency spiked during sales, I moved pricing lookups into a read-through cache, which cut p99 from 900 ms to 180 ms.',
    },
    defaultOptions: { extraPhrases: [], allowPhrases: [] },
    options: {
      extraPhrases: { type: 'strings', description: 'more generic phrases to flag, as plain words ("rockstar engineer")' },
      allowPhrases: { type: 'strings', description: 'families (by id, e.g. "team-player") or phrases to leave alone' },
    },
  },
  check(letter, options, report) {
    const { index, allowed } = claimsFor(options);
    let names: Set<string> | undefined;
    const adopted = adoptedQuestions(letter);
    for (const sentence of letter.sentences) {
      const terms = sentence.terms;
      // "Do you need a designer who thinks outside the box? That's me.": the reader's question, answered by the writer.
      // "If you want someone who'll treat your customers' problems like their own, I'm your person": taken up in the same sentence.
      const mine = adopted.has(sentence) || wishTakenWithin(letter.text, sentence.start, sentence.end);
      let firstPerson: boolean | undefined;
      let othersOnly: boolean | undefined;
      let techStarts: Set<number> | undefined;
      // A term that starts a technology's name ("Postgres has a proven track record", "Bazel hit the
      // ground running"), or a capitalised word as written (not the "am" that "I'm" spells out) past
      // the sentence's first ("My manager, Sofia Ek, is…") or, first, a name written so elsewhere in
      // the letter's prose ("…one colleague, Marta, … Marta is a true self-starter").
      const named = (t: Term) =>
        (letter.text.slice(t.start, t.end).toLowerCase() === t.norm && !FIRST_PERSON.has(t.norm) && namesSomething(letter.text, t) && (t !== terms[0] || (names ??= namesInProse(letter)).has(t.norm))) ||
        (techStarts ??= new Set(findTechnologies(sentence.words).map((x) => x.start))).has(t.start);
      const listed = index.matchAll(terms);
      const frames = frameIndex().matchAll(terms);
      // Runs across commas the patterns cannot read, where no pattern has matched already.
      const runs = [...traitPiles(terms), ...praisedSkillLists(terms), ...qualityPiles(terms)].filter((r) => !frames.some((m) => m.from < r.to && r.from < m.to));
      // A description that runs past the patterns' first word gives way only to a claim of the same kind: a
      // frame that reads its tail as "a trait before a noun" is dropped below when nothing leads it.
      runs.push(...describedTraits(terms).filter((r) => !frames.some((m) => m.value.id === 'trait-claim' && m.from < r.to && r.from < m.to) && !runs.some((o) => o.from < r.to && r.from < o.to)));
      const framed = [...frames, ...runs].filter((f) => !listed.some((m) => m.from < f.to && f.from < m.to));
      const matches = [...listed, ...framed].sort((a, b) => a.from - b.from);
      // "I'm someone who takes real ownership", "I am the person who always…": the writer as a type,
      // unless the sentence holds a claim already ("I am someone who goes above and beyond").
      const label = someoneWho(terms);
      if (label && matches.length === 0) matches.push({ value: TYPE_LABEL, from: label.from, to: label.to, coreTo: label.to });
      const asked = mine && matches.length === 0 ? askedForAt(terms) : -1;
      if (asked >= 0) {
        // To the end of its clause: "someone who'll treat your customers' problems like their own, I'm your person".
        const stop = terms.findIndex((t, k) => k > asked + 1 && t.afterBreak === true);
        const end = terms[stop < 0 ? terms.length - 1 : stop - 1]!.end;
        report({ message: `Generic claim ${quote(letter.text.slice(terms[asked]!.start, end))} (${TYPE_LABEL.label}): trade it for one piece of evidence`, start: terms[asked]!.start, end, suggestions: [fill(TYPE_LABEL.rewrite, letter.facts)] });
      }
      const demands = matches.length > 0 ? roleDemands(terms) : -1;
      for (const m of matches) {
        const family = m.value;
        // "It requires … writing clean and maintainable code": what the job asks, not what the writer claims.
        if (!mine && demands >= 0 && m.from > demands && !terms.slice(demands, m.from).some((t) => FIRST_PERSON.has(t.norm))) continue;
        // "interested in learning SystemVerilog": a named thing to learn is a plan, not a cliché.
        if (family.id === 'eager-to-learn' && (namesSomething(letter.text, terms[m.to]) || namesSomething(letter.text, skillOf(terms, m.to)))) continue;
        // "All of these experiences would make me a good fit": a conclusion drawn from the evidence
        // just told, pointed at, not a fit claimed in its place.
        if (family.id === 'fit-claim' && pointsAtEvidence(terms, m.from)) continue;
        if (family.id === 'quality-pile' && (!pileStarts(terms, m.from) || terms.slice(0, m.from).some((t) => WISHED.has(t.norm)))) continue;
        const selfLine = family.id === 'trait-noun' && opensSelfLine(letter.text, sentence, m.from, m.coreTo);
        // Without its article or "I am", the trait and noun count only so: "I mentor motivated students" is theirs.
        if (family.id === 'trait-noun' && !selfLine && !LEADS_SELF_NOUN.has(terms[m.from]!.norm)) continue;
        if (family.firstPerson && !selfLine && !mine && !(firstPerson ??= terms.some((t) => FIRST_PERSON.has(t.norm)))) continue;
        if (family.verbFirst && !mine && (thingBefore(terms, m.from, named) || thingRelative(terms, m.from) || verbSubjectIsOther(terms, m.from, m.coreTo, named))) continue;
        // "the growth mindset of your team", "the people-first attitude of your founders": a label owned by someone after it (session 34).
        if (family.id === 'type-label' && HELD.has(terms[m.coreTo - 1]!.norm) && terms[m.coreTo]?.norm === 'of' && OWNED_AFTER.has(terms[m.coreTo + 1]?.norm ?? '')) continue;
        // "a team player table that links each footballer to a club": the claim's words name a kind of thing.
        if (THING_NOUNS.has(terms[m.coreTo]?.norm ?? '') && terms[m.coreTo]!.afterBreak !== true) continue;
        // Only the adjective ("hard-working", "hardworking"), not the verb ("I work hard every day").
        if (family.ofThings && terms[m.coreTo - 1]!.norm.endsWith('working') && praisesThing(terms, m.coreTo)) continue;
        if (listed.includes(m) && saidOfOthers(terms, m.from, m.coreTo)) continue;
        if (!mine && (othersBefore(terms, m.from) || personBefore(terms, m.from) || objectOfOthers(terms, m.from) || subjectIsOther(terms, m.from, named) || appositiveOfOther(terms, m.from, letter.text) || relativeOfOther(terms, m.from))) continue;
        if (writtenAsName(letter.text, terms, m.from, m.coreTo)) continue;
        // "Nkechi, is the sort of person who quietly goes the extra mile": someone else described as a type.
        if (!mine && typeOfOther(terms, m.from)) continue;
        if (!mine && (notTheWritersSentence(letter.text, sentence, m.from) || READERS.has(terms[m.from - 1]?.norm ?? '') || readersClause(terms, m.from))) continue;
        if (OTHERS_OWN.has(terms[m.from - 1]?.norm ?? '') || ownedByName(letter.text, terms, m.from) || inOthersQuotation(letter.text, sentence, terms[m.from]!.start)) continue;
        // "a fast learner's friend", "a team player's game": the claim names whom a thing is for.
        if (/['\u2019]s$/.test(letter.text.slice(terms[m.coreTo - 1]!.start, terms[m.coreTo - 1]!.end))) continue;
        if (backedByFigure(letter, sentence, terms[m.coreTo - 1]!.end) || backedAfterColon(letter.text, sentence, terms[m.coreTo - 1]!.end)) continue;
        if (family.notFirstPersonPlural && (othersOnly ??= !(firstPerson ??= terms.some((t) => FIRST_PERSON.has(t.norm))) && terms.some((t) => OTHERS.has(t.norm)))) continue;
        const said = terms.slice(m.from, m.coreTo).map((t) => t.stem).join(' ');
        if (allowed.has(family.id) || allowed.has(family.label.toLowerCase()) || allowed.has(said)) continue;
        const start = terms[m.from]!.start;
        const end = terms[m.coreTo - 1]!.end;
        const actual = letter.text.slice(start, end);
        const same = actual.toLowerCase().replace(/[\s-]+/g, ' ') === family.label.replace(/-/g, ' ');
        report({
          message: `Generic claim ${quote(actual)}${same ? '' : ` (${family.label})`}: trade it for one piece of evidence`,
          start,
          end,
          suggestions: [fill(family.rewrite, letter.facts)],
        });
      }
    }
  },
};

export default rule;
