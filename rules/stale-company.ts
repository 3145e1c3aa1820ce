import { memoize } from '../src/text/memo.js';
import { hasWholeWord, nameIndex, namesIn } from '../src/text/names.js';
import { sameCompanyName } from '../src/text/company-names.js';
import { quote } from '../src/text/suggest.js';
import { fixValue, greetingCompany, recipientCompany } from '../src/letter/facts.js';
import { findTechnologies } from '../src/text/tech.js';
import type { Letter, Rule, Sentence } from '../src/types.js';
import { teamWords } from './data/teams.js';
import { companyFamilies } from './data/company-families.js';
import { LatinFirst, latinFirst } from '../src/text/latin.js';


/**
 * The run's companies by their first word, built once per run, so each word of a sentence is looked
 * up: one alternation of every company took 268 s and 410 MiB on 20,000 letters, and a
 * 60,000-character name was too large to compile.
 */
const companyIndex = memoize((companies: ReadonlySet<string>) => nameIndex(withShortNames(companies)));

/**
 * First words that are ordinary English, and so no short name for a company: "Blue" of Blue
 * Origin, "Open" of Open Systems. A distinctive first word stands for the whole name in letters:
 * "Dear Ridgeline hiring team" for Ridgeline Logistics.
 */
const COMMON_FIRST = new Set([
  'The', 'Blue', 'Red', 'Green', 'Black', 'White', 'Gold', 'Silver', 'New', 'First', 'Global', 'United', 'General', 'American', 'National',
  'International', 'Digital', 'Open', 'Smart', 'Bright', 'Big', 'Little', 'North', 'South', 'East', 'West', 'Central', 'Data', 'Cloud',
  'Tech', 'Best', 'Good', 'Great', 'Royal', 'Capital', 'Energy', 'Health', 'Home', 'Life', 'Star', 'Sun', 'Point', 'Square', 'Apple',
  'Amazon', 'Meta', 'Bank', 'City', 'State', 'Public', 'Social', 'Modern', 'Future', 'Next', 'Prime', 'Pacific', 'Atlantic', 'Northern',
  'Southern', 'Eastern', 'Western', 'Advanced', 'Applied', 'Creative', 'Dynamic', 'Simple', 'Clear', 'True', 'Pure', 'Real', 'Rapid',
]);
/** A short name is one capitalised word of at least this many letters. */
const SHORT_NAME = latinFirst(/^\p{Lu}[\p{Ll}]{3,}$/u);

function withShortNames(companies: ReadonlySet<string>): Set<string> {
  const out = new Set(companies);
  for (const name of companies) {
    const words = name.trim().split(/\s+/);
    if (words.length >= 2 && SHORT_NAME.test(words[0]!) && !COMMON_FIRST.has(words[0]!)) out.add(words[0]!);
  }
  return out;
}

// A company name: capitalised words ("Globex", "Acme Pay", "Booking.com", "AT&T"), dots only inside
// a word, so a name stops at the end of its sentence ("join Globex. I rebuilt…").
// Words and names are bounded (40 characters, five words), so a match tried from every capital
// of a long run cannot scan to its end each time.
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&'\u2019-]{0,40}(?:\\.[\\p{L}\\p{N}][\\p{L}\\p{N}&'\u2019-]{0,40}){0,4}";
const NAME = `(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|&)){0,5})(?![\\p{L}\\p{N}&'\u2019-])`;
const GROUP = '(?:team|group|squad|org|organisation|organization|department|crew)';
/** Days and months, capitalised like names: "start at Monday", "join in January". */
const WHEN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)';
const NOT_A_TEAM = `(?!\\s+${GROUP}\\b)`;

/**
 * Phrases that say which company the letter is for: "join Globex", "joining the payments team at
 * Globex", "applying to Globex", "the Backend Engineer role at Globex", "your team at Globex".
 * Each has the name as its last group. Past work ("my first job at Globex", "interned at Globex",
 * "At Globex I built…") says where the writer has been, and matches none of them.
 */
// Each with a word it cannot match without (`needs`), tested first: most sentences hold "your" or
// "role" but few hold "join", and a sentence is scanned only by the patterns it could match.
const JOIN = /[Jj]oin/;
const AT_OR_WITH = /\s(?:at|with)\s/;
// `company`: the frame names an employer whatever the name is, so a company named like its product
// ("the SRE team at Stripe", "the role at Miro") is still one; "apply to Postgres" and "join Kafka's
// consumer group" are not, so the other frames skip a technology's name.
const TARGETS: ReadonlyArray<{ re: LatinFirst; needs: readonly RegExp[]; forward?: boolean; modal?: boolean; company?: boolean }> = [
  { re: new LatinFirst(`\\b[Jj]oin(?:ing)?\\s+(?:(?:the|your)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${GROUP}\\s+(?:at|with)\\s+${NAME}`, 'gu'), needs: [JOIN], company: true },
  { re: new LatinFirst(`\\b[Jj]oin(?:ing)?\\s+(?:the\\s+)?${NAME}${NOT_A_TEAM}`, 'gu'), needs: [JOIN] },
  { re: new LatinFirst(`\\b(?:[Aa]pplying|(?:I|to)\\s+apply)\\s+(?:to|at|with)\\s+${NAME}${NOT_A_TEAM}`, 'gu'), needs: [/[Aa]pply/] },
  { re: new LatinFirst(`\\b[Yy]our\\s+(?:[\\p{L}-]+\\s+){0,3}?${GROUP}\\s+(?:at|with)\\s+${NAME}`, 'gu'), needs: [/[Yy]our\s/, AT_OR_WITH], company: true },
  // "the role at Globex", but not "my previous role at Globex" nor "I held the staff role at Globex".
  { re: new LatinFirst(`\\b(?:role|position|opening|opportunity|posting|vacancy)\\s+(?:at|with)\\s+${NAME}`, 'gu'), needs: [/role|position|opening|opportunity|posting|vacancy/, AT_OR_WITH], forward: true, company: true },
  // "contribute to the AssemblyAI team".
  { re: new LatinFirst(`\\b[Cc]ontribut(?:e|ing)\\s+to\\s+(?:the\\s+)?${NAME}\\s+${GROUP}\\b`, 'gu'), needs: [/[Cc]ontribut/] },
  // What a writer would give the company, said with a modal: "I would love to contribute to Lucid's
  // mission", "I would be an asset to Citadel's growth". Not "Sam's team": a person's team is as likely.
  { re: new LatinFirst(`\\b(?:[Cc]ontribut(?:e|ing)\\s+to|an\\s+asset\\s+to|part\\s+of)\\s+(?:the\\s+)?${NAME}(?<=['\u2019]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:mission|vision|success|growth|goals|future|products?|customers|clients|chapter|journey|story|adventure)\\b`, 'gu'), needs: [/[Cc]ontribut|asset|part of/], modal: true },
  // "I would love to work at Vireo", "I would really like to work at Vireo", "I look forward to working for Globex": the wish itself, said whole,
  // since "work at X" alone is as often the writer's job now ("I currently work at Globex").
  { re: new LatinFirst(`\\b(?:[Ww]ant(?:ed)?|[Hh]onou?r(?:\\s+for\\s+me)?|(?:[Ww]ould|['\u2019]d)\\s+(?:(?:really|truly|genuinely|so|much)\\s+)?(?:love|like)|[Hh]ope|[Ee]xcited|[Ee]ager|[Kk]een|[Tt]hrilled|[Dd]elighted|[Hh]appy|[Ff]orward)\\s+to\\s+(?:be\\s+)?work(?:ing)?\\s+(?:at|for)\\s+${NAME}`, 'gu'), needs: [/work/], company: true },
  // "Thank you for considering my application to Westgate Bank": the reader weighs this letter's application.
  { re: new LatinFirst(`\\b[Cc]onsider(?:ing)?\\s+my\\s+application\\s+(?:to|at|with)\\s+${NAME}`, 'gu'), needs: [/application/], company: true },
  // "I can bring this as an engineering manager at Scandit": a job the writer would hold, said with a
  // modal; "I worked as an engineer at Globex" and "As an engineer at Globex, I built" are history.
  { re: new LatinFirst(`\\bas\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:engineer|manager|developer|lead|scientist|architect|analyst|designer|intern)\\s+(?:at|with)\\s+${NAME}`, 'gu'), needs: [/\sas\s/, AT_OR_WITH], modal: true },
  // Session 34, blind set stale1: a reused letter's other ways of saying where the writer wants to be.
  // "very motivated to contribute at Stelbrook", "I could start at Tallowmere as early as June".
  { re: new LatinFirst(`\\b[Cc]ontribut(?:e|ing)\\s+at\\s+${NAME}${NOT_A_TEAM}`, 'gu'), needs: [/[Cc]ontribut/] },
  // Not a day or a month: "I can start at Monday" (some writers' English).
  { re: new LatinFirst(`\\b(?:start|begin)\\s+(?:work(?:ing)?\\s+)?at\\s+(?!${WHEN}\\b)${NAME}`, 'gu'), needs: [/start|begin/], modal: true },
  // "Corvane's platform team is where I want to grow", "the Westerly search relevance group is where I'd like to spend my career".
  { re: new LatinFirst(`${NAME}\\s+(?:[\\p{L}-]+\\s+){0,3}?${GROUP}\\s+is\\s+(?:exactly\\s+|precisely\\s+)?(?:the\\s+place\\s+)?where\\s+I\\b`, 'gu'), needs: [/where\s+I\b/], company: true },
  // "to become part of the Quarrystone family", "hit the ground running at Marlow Analytics".
  { re: new LatinFirst(`\\bpart\\s+of\\s+the\\s+${NAME}\\s+(?:family|crew|community)\\b`, 'gu'), needs: [/part of/], modal: true },
  { re: new LatinFirst(`\\bground\\s+running\\s+at\\s+${NAME}`, 'gu'), needs: [/ground running/] },
  // "proud to represent Fairhaven as a developer advocate": a role held for it; not "an honour to represent
  // Poland at the olympiad". (Experience brought "to" a name is left out: "to Berlin" is as likely.)
  { re: new LatinFirst(`\\brepresent(?:ing)?\\s+${NAME}\\s+as\\s+an?\\b`, 'gu'), needs: [/represent/], modal: true },
];

/** Words before "role at X" that make it the writer's own past or present job. */
const OWN_JOB = /\b(?:my|our|his|her|their|previous|prior|current|former|last|first|earlier|old|past|summer|was|were|had|held|left|took|joined|got|been|started|moved|promoted|hired|worked|spent|interned|landed|accepted|quit|during|while|since)\b/i;

/**
 * Before a mention of another letter's company: the writer's employer, now or before. "At Globex I
 * built…", "I worked at Globex", "my team at Globex", "an engineer at Globex", "I joined Globex".
 */
const EMPLOYER_BEFORE = latinFirst(
  /(?:\b(?:work|works|worked|working|intern|interned|interning|internship|years?|months?|time|tenure|stint|career|days|engineer|developer|manager|lead|intern|architect|scientist|analyst|consultant|sre|contractor)\s+(?:at|for|with)|\b(?:my|our)\s+(?:[\p{L}-]+\s+){0,3}(?:at|with)|\b(?:joined|left|leaving|quit)|\b(?:while|when I was|I was|we were)\s+at)\s*$/iu,
);
/** "At Globex I built…", "at Globex, where I…", "at Globex as a backend engineer". */
const AT_BEFORE = /\b[Aa]t\s*$/;
const EMPLOYER_AFTER = /^(?:['\u2019]s)?\s*,?\s+(?:I|we|my|our|where|as)\b/u;
const GENERIC = new Set(['Hiring', 'Team', 'Sir', 'Madam', 'Hiring Manager', 'Recruiter', 'Recruiting', 'Whom', 'The']);
/** Titles that name a person, not a company: "working for Dr. Chen", "part of Professor Lee's lab". */
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Dean', 'Sir', 'Dame']);

function clean(name: string): string | undefined {
  const trimmed = name.replace(/['\u2019]s$/, '').replace(/[.,]$/, '');
  return trimmed && !GENERIC.has(trimmed) && !TITLES.has(trimmed.split(/\s/)[0]!) ? trimmed : undefined;
}

/** A first-person past verb, or a time long gone, before a target phrase in its sentence. */
// The verb right after "I" (an adverb may stand between), so "I am excited to apply" is not one.
// An aim the writer had, told in the past, is history too: "My dream was always to join the team at Pixar".
const TOLD_AS_PAST = /\b(?:I|we)\s+(?:(?:also|then|once|first|recently|briefly|already|even)\s+)?(?:[a-z]+ed|spent|was|were|had|took|went|got|learnt|chose|left|began|sent|did|saw|found|heard|read|met|came|knew|made|wrote|held|led|ran|won|gave|kept)\b|\b(?:previously|formerly|before that|last year|used to|back then)\b|\b(?:dream|goal|plan|aim|hope|ambition)s?\s+(?:was|were|had been)\b/i;

const MODAL_BEFORE = /\b(?:can|could|would|will|to)\b/;
/** Someone else as the subject of a job, right before the target phrase: "my sister works", "he is now". */
const OTHERS_JOB = /\b(?:he|she|they|my[ \t\n]+(?:sister|brother|friend|wife|husband|partner|mother|father|mum|mom|dad|cousin|colleague|mentor|manager))[ \t\n]+(?:(?:now|also|still|currently)[ \t\n]+)?(?:works|worked|is|was|joined)[ \t\n]*$/i;
/** The verb of a sentence that opens "Joining X …", in the past, a few words on. */
const GERUND_PAST = /^(?:\s+[\w'’,-]+){0,8}?\s+(?:was|were|had|taught|gave|showed|meant|made|proved|felt)\b/;
/** "Since joining Vandelay in May I've led…", "after joining Globex": an event in the writer's history. */
const EVENT_BEFORE = /\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]pon|[Ww]hen|[Ww]hile)\s+$/;
const MOVED_ON = /\b(?:left|went|gone|moved)(?:\s+on|\s+off)?\s+to\s*$/i;
const DATED = /^\s*(?:,\s*)?(?:(?:back\s+)?in|during|from|since)\s+(?:19|20)\d\d\b|^\s*\(\s*(?:19|20)\d\d\b/;


/** Words for a group or a programme one joins that is no employer: a club, a network, a rotation, a hackathon. */
const COMMUNITY = new Set([
  'community', 'communities', 'network', 'club', 'clubs', 'programme', 'programmes', 'program', 'programs', 'project', 'projects',
  'rotation', 'guild', 'chapter', 'meetup', 'meetups', 'event', 'events', 'hackathon', 'hackathons', 'conference', 'summit',
  'initiative', 'challenge', 'competition', 'bootcamp', 'course', 'mentorship', 'fellowship', 'scholarship', 'cohort', 'forum',
  'society', 'association', 'council', 'committee', 'office', 'foundation', 'movement', 'server', 'channel',
]);
const FIRST_WORD = /^\s*([A-Za-z]+)/;
/** A name that is a group or programme (its last word, or the word after it), or the start of a longer title ("Google Summer" of Code). */
function notACompany(name: string, after: string): boolean {
  const last = name.slice(name.search(/\S+$/)).toLowerCase();
  if (COMMUNITY.has(last)) return true;
  const next = FIRST_WORD.exec(after)?.[1];
  if (next && COMMUNITY.has(next.toLowerCase())) return true;
  return /^\s+of\s+[A-Z]/.test(after);
}
const VOLUNTEERING = /\b(?:volunteer(?:s|ed|ing)?|free time|spare time|open[- ]source)\b/i;

/** Companies a sentence says the letter is for, with offsets into the letter. */
function targets(letter: Letter, s: Sentence): Array<{ name: string; start: number }> {
  const text = letter.text.slice(s.start, s.end);
  let techs: ReturnType<typeof findTechnologies> | undefined;
  const out: Array<{ name: string; start: number }> = [];
  let volunteering: boolean | undefined;
  for (const { re, needs, forward, modal, company } of TARGETS) {
    if (!needs.every((n) => n.test(text))) continue;
    // Said of what the writer gives their spare time to: "In my free time I contribute to the Mozilla Firefox team".
    volunteering ??= VOLUNTEERING.test(text);
    if (volunteering) break;
    for (const m of text.matchAll(re.for(text))) {
      const raw = m[m.length - 1]!;
      const name = clean(raw);
      // "contribute to the Engineering team", "join the Payments team": a team, not a company.
      // "Dear Sam, … I would love to work for Sam": the person the letter greets, not a company.
      if (!name || isTeamName(name) || greetsPerson(letter, name)) continue;
      // The name ends most frames; "contribute to the X team" runs on past it.
      const at = m.index! + m[0].lastIndexOf(raw);
      // A job the writer would hold is said with a modal a few words before: "I can bring this … as".
      if (modal && !MODAL_BEFORE.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
      if (forward) {
        const before = text.slice(Math.max(0, text.lastIndexOf(',', m.index!) + 1), m.index!);
        if (OWN_JOB.test(before)) continue;
      }
      // "I interviewed for a position at Acme", "I spent a summer applying to Google": the writer's
      // history, told in the past, not the company this letter is for.
      if (TOLD_AS_PAST.test(text.slice(Math.max(0, m.index! - 80), m.index!)) || EVENT_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      // "my mentor, who left to join Microsoft", "classmates went on to join Meta": someone's move,
      // told; "Joining Initech in 2020 taught me…": a dated event.
      if (MOVED_ON.test(text.slice(Math.max(0, m.index! - 20), m.index!)) || DATED.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
      // "Joining Umbrella straight out of school was a shock": joining as the subject of a verb in the past.
      if (/^\s*$/.test(text.slice(0, m.index!)) && m[0].startsWith('Joining') && GERUND_PAST.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
      // "join the Hack Club community", "the On-Call rotation", "the Open Source Program Office",
      // "Google Summer of Code": a community, a programme or a longer title, not a company.
      if (notACompany(name, text.slice(at + raw.length, at + raw.length + 40))) continue;
      // "my sister works as a product designer at Quenby": someone else's job (session 34, blind set stale1).
      if (OTHERS_JOB.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
      // "join Kafka's consumer group", "apply to Postgres": a technology, not a company.
      const start = s.start + at;
      techs ??= company ? undefined : findTechnologies(s.words);
      if (techs?.some((t) => t.start < start + name.length && t.end > start)) continue;
      out.push({ name, start });
    }
  }
  return out;
}

/** Whether the greeting addresses `name` as a person: it names no company, and holds the name as a word. */
function greetsPerson(letter: Letter, name: string): boolean {
  const greeting = letter.anatomy.greeting;
  if (!greeting) return false;
  return hasWholeWord(letter.text.slice(greeting.start, greeting.end), name, false) && greetingCompany(letter.text, letter.anatomy) === undefined;
}

let families: Map<string, number> | undefined;
/** Whether two names are one employer's: a company and its brand or subsidiary ("Google", "YouTube"). */
function sameFamily(a: string, b: string): boolean {
  if (!families) {
    families = new Map();
    companyFamilies.forEach((names, k) => names.forEach((n) => families!.set(n.toLowerCase(), k)));
  }
  const fa = families.get(a.trim().toLowerCase());
  return fa !== undefined && fa === families.get(b.trim().toLowerCase());
}

/** One company however it is written: a longer or shorter form of the name, or one of its family. */
function sameName(a: string, b: string): boolean {
  return sameCompanyName(a, b) || sameFamily(a, b);
}

/** "the Link team at Stripe", "Stripe's Link team": a name the letter puts inside a company, as [team, company]. */
const TEAM_AT = new LatinFirst(`${NAME}\\s+${GROUP}\\s+(?:at|with)\\s+${NAME}`, 'gu');
const COMPANYS_TEAM = new LatinFirst(`(${NAME_WORD})['\u2019]s\\s+${NAME}\\s+${GROUP}\\b`, 'gu');
const GROUP_WORD = new RegExp(`\\b${GROUP}\\b`);

const teamsInside = memoize((letter: Letter): Array<[string, string]> => {
  const text = letter.text;
  if (!GROUP_WORD.test(text)) return [];
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(TEAM_AT.for(text))) out.push([m[1]!, m[2]!]);
  for (const m of text.matchAll(COMPANYS_TEAM.for(text))) out.push([m[2]!, m[1]!]);
  return out;
});

/**
 * Whether the letter itself puts `name` inside `company`: "I am applying to join the Link team at
 * Stripe. … I would love to contribute to the Link team." A product team, not another company.
 */
function teamOf(letter: Letter, name: string, company: string): boolean {
  return teamsInside(letter).some(([team, at]) => sameCompanyName(team, name) && sameName(at, company));
}

let teams: Set<string> | undefined;
function isTeamName(name: string): boolean {
  teams ??= new Set(teamWords);
  return name.split(/\s+/).every((w) => teams!.has(w.toLowerCase()));
}

/** A recruiter's firm, which a letter greets about a role at its client: "Dear Hays Recruitment team". */
const AGENCY = /\b(?:Recruitment|Recruiting|Recruiters|Staffing|Headhunters|Talent Partners|Executive Search)\b/;

/**
 * The company the letter is for: its frontmatter's, else the one its greeting, its address block or its opening names. A
 * greeting to a team ("Dear Payments hiring team,") names no company; then the opening's "role at
 * X" or "join X" does.
 */
function ownCompany(letter: Letter, greeted: string | undefined): string | undefined {
  const declared = letter.frontmatter?.company;
  if (typeof declared === 'string' && declared.trim()) return declared.trim();
  // The address block before the opening's "role at X": a leftover is as likely in the opening.
  if (greeted && !isTeamName(greeted) && !AGENCY.test(greeted)) return greeted;
  const addressed = recipientCompany(letter.text, letter.anatomy);
  if (addressed && !AGENCY.test(addressed)) return addressed;
  const inferred = letter.facts.company;
  if (inferred && !isTeamName(inferred) && !AGENCY.test(inferred)) return inferred;
  for (const s of letter.anatomy.opening?.sentences ?? []) {
    const first = targets(letter, s)[0];
    if (first) return first.name;
  }
  return undefined;
}

const rule: Rule = {
  meta: {
    id: 'stale-company',
    description: "The letter names a company other than its own: another letter's company, or a different one it says it is joining.",
    severity: 'error',
    docs: {
      why: 'A reused letter that still names the last company it was sent to is read as a form letter at best. It is the one mistake a reader never forgives, and the easiest to make when letters share paragraphs.',
      bad: 'company: Northwind (in frontmatter), and in the close: "I would love to join Globex."',
      better: 'company: Northwind, and in the close: "I would love to join Northwind."',
    },
    defaultOptions: {},
    options: {},
  },
  check(letter, _options, report) {
    const greeted = greetingCompany(letter.text, letter.anatomy);
    const own = ownCompany(letter, greeted?.name);
    // Only a company the frontmatter declares is certain enough to write over another.
    const fix = fixValue(letter.frontmatter, 'company');
    const same = (name: string) => own !== undefined && sameName(name, own);
    const excluded = (offset: number) => letter.excluded.some(([a, b]) => offset >= a && offset < b);
    const reported = new Set<number>();
    const flag = (name: string, start: number, why: string) => {
      if (reported.has(start) || excluded(start)) return;
      reported.add(start);
      report({
        message: `${quote(name)} ${why}${own ? `, but this letter is for ${quote(own)}` : ''}`,
        start,
        end: start + name.length,
        suggestions: [
          own
            ? `Replace ${quote(name)} with ${quote(own)}, and reread the paragraph around it: it was written for another company.`
            : `Check that ${quote(name)} is the company this letter is for; if not, replace it and reread the paragraph around it.`,
        ],
        ...(fix ? { fix } : {}),
      });
    };
    // A greeting to another company than the one the frontmatter names: "Dear Ridgeline hiring team," in Northwind's letter.
    const declared = typeof letter.frontmatter?.company === 'string' && letter.frontmatter.company.trim() !== '';
    if (declared && greeted && !same(greeted.name) && !isTeamName(greeted.name)) {
      flag(greeted.name, greeted.start, 'is the company the greeting addresses');
    }
    // With no company of its own to hold them to, two different companies each named as the one the
    // letter is for: one of them is left over from another letter.
    if (!own) {
      const named: Array<{ name: string; start: number }> = letter.sentences.flatMap((s) => targets(letter, s));
      const first = named[0];
      const other = first && named.find((t) => !sameName(t.name, first.name) && !teamOf(letter, t.name, first.name) && !teamOf(letter, first.name, t.name));
      if (first && other) flag(other.name, other.start, `is named as the company you are applying to, and so is ${quote(first.name)}`);
    }
    const signoff = new Set(letter.anatomy.signoff.flatMap((b) => b.sentences));
    const companies = companyIndex(letter.run.companies);
    for (const s of letter.sentences) {
      if (signoff.has(s)) continue;
      const text = letter.text.slice(s.start, s.end);
      // A company it says it is joining or applying to, other than its own.
      if (own) for (const t of targets(letter, s)) if (!same(t.name) && !teamOf(letter, t.name, own)) flag(t.name, t.start, 'is named as the company you are applying to');
      // A company another letter in this run is written for, unless it is named as an employer.
      for (const m of namesIn(text, companies)) {
        const other = m.name;
        if (same(other)) continue;
        // What says "employer" is a few words either side; a bounded window keeps each test short.
        const before = text.slice(Math.max(0, m.index - 120), m.index);
        const after = text.slice(m.index + other.length, m.index + other.length + 120);
        const employer = EMPLOYER_BEFORE.test(before) || (AT_BEFORE.test(before) && EMPLOYER_AFTER.test(after));
        if (!employer) flag(other, s.start + m.index, 'is the company another letter in this run is written for');
      }
    }
  },
};

export default rule;
