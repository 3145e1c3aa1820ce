// Which figures are no measured outcome after all, judged over a sentence once its numbers and
// frames are found: a headcount of people managed, mentored, led, hired or onboarded is the scope of
// a job; a share of one's own time, a skill mix, a grade and pay asked for describe the writer.
import { firstTermFrom, isDigits, isUnit, REACH, STOP } from './metric-terms.js';
import type { Vocab } from './metric-vocab.js';
import type { NumberMention, Sentence, Term } from '../types.js';
import { isWordSpace } from './trim.js';

// Words that may stand between a management verb and the people it counts: "managed a team of over
// 12 engineers", "hired and onboarded 5", "mentored my two". Anything else (a noun, another verb)
// means the number belongs to something else: "led a platform used by 400 engineers".
const CONNECTORS = new Set([
  'a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'up', 'to', 'of', 'and', 'also', 'over', 'about', 'around',
  'roughly', 'nearly', 'almost', 'approximately', 'more', 'than', 'some', 'total', 'as', 'many', 'from', 'for', 'size',
  'grew', 'grow', 'grown', 'have', 'has', 'had', 'i', 'we', 'who', 'whom', 'that', 'personally', 'directly', 'new', 'or',
]);

// Colleagues counted beside the writer are the team's size: "one of two developers", "worked with 12
// engineers", "alongside three designers", "joined by two more engineers"; not "used by 300 engineers".
const PEERS = new Set(['with', 'alongside', 'among', 'amongst', 'beside', 'besides']);
function isPeer(terms: readonly Term[], k: number): boolean {
  const t = terms[k]!.norm;
  const before = terms[k - 1]?.norm;
  return PEERS.has(t) || (t === 'of' && before === 'one') || (t === 'by' && before === 'joined');
}

/** A count a team could have: "two", "12"; not "2 million" or "3,000" ("an app with 2 million people"). */
const BIG = /\d{4}|\d,\d{3}|\dk$|^(?:hundred|thousand|million|billion|lakh|crore)s?$/;
const teamSized = (terms: readonly Term[], first: number, last: number): boolean => !terms.slice(first, last + 1).some((t) => BIG.test(t.norm));

const EARNING = new Set(['making', 'earning', 'earn', 'earned']);
const PERCENT = /(?:%|\bper ?cent)$/i;
const ASKED = new Set(['requirement', 'requirements', 'qualification', 'qualifications', 'criteria', 'criterion']);
const MONEY = /^[$€£¥]/;

/**
 * Marks as no figure each mention in the sentence that counts people managed, mentored, led, hired or
 * onboarded ("I mentored two junior engineers", "led a team of 5", "grew the team from 3 to 12",
 * "a 40-person org", "six direct reports"). A count of users or customers is scale and stays.
 */
export function markHeadcounts(sentence: Sentence, mentions: readonly NumberMention[], v: Vocab): void {
  const terms = sentence.terms;
  for (const m of mentions) {
    if (!m.metric || m.start < sentence.start || m.end > sentence.end) continue;
    const first = firstTermFrom(terms, m.start);
    let last = first;
    while (last + 1 < terms.length && terms[last + 1]!.end <= m.end) last++;
    if (first >= terms.length) continue;
    if (isHeadcount(terms, first, last, v)) m.metric = false;
  }
}

function isHeadcount(terms: readonly Term[], first: number, last: number, v: Vocab): boolean {
  const counted = (t: Term) => !isDigits(t) && v.numberWord(t.norm) === undefined && !v.pluralMagnitude.has(t.norm) && t.norm !== 'of';
  // The counted noun: the mention's own last word ("12 engineers"), or the next noun after a bare
  // number ("3 to 12 engineers", "team of 5").
  let head = counted(terms[last]!) ? last : -1;
  // "a team of 4 testers who test the portal": the noun right after the number is what it counts.
  if (first < last && v.headcountForms.has(terms[first + 1]!.norm)) head = first + 1;
  if (head < 0) {
    for (let k = last + 1; k < Math.min(terms.length, last + 4) && !terms[k]!.afterBreak; k++) {
      if (isUnit(terms[k]!, v)) {
        head = k;
        break;
      }
      if (STOP.has(terms[k]!.norm)) break;
    }
  }
  const headTerm = head >= 0 ? terms[head] : undefined;
  const people = headTerm !== undefined && v.headcountForms.has(headTerm.norm);
  // "six direct reports", "12 hires", "a 12-person team"
  if (headTerm && v.team.has(headTerm.norm) && head > 0 && v.headcountForms.has(terms[head - 1]!.norm)) return true;
  if (headTerm && ((/^reports?$/.test(headTerm.norm) && terms[head - 1]?.norm === 'direct') || v.headcountOnly.has(headTerm.norm))) return true;
  if (headTerm && !people) return false;
  // Backwards through connecting words: a team ("a team of 5", "the team from 3 to 12") or, for
  // people, a management verb ("managed 12 engineers").
  for (let k = first - 1; k >= Math.max(0, first - REACH); k--) {
    const t = terms[k]!;
    if (v.team.has(t.norm)) return true;
    if (people && (v.manage.has(t.stem) || v.manage.has(t.norm))) return true;
    if (people && isPeer(terms, k) && teamSized(terms, first, last)) return true;
    if (!CONNECTORS.has(t.norm) && !isDigits(t) && v.numberWord(t.norm) === undefined && !t.norm.endsWith('ly')) break;
    if (t.afterBreak) break;
  }
  if (!people) return false;
  // Forwards: "a 40-person team", "12 engineers reporting to me", "the two interns I mentored".
  const next = terms[head + 1];
  if (!next || next.afterBreak) return false;
  if (v.team.has(next.norm)) return true;
  if (/^report/.test(next.norm) && terms[head + 2]?.norm === 'to') return true;
  for (let k = head + 1; k < Math.min(terms.length, head + 4) && !terms[k]!.afterBreak; k++) {
    if (v.manage.has(terms[k]!.stem) || v.manage.has(terms[k]!.norm)) return true;
    if (!CONNECTORS.has(terms[k]!.norm)) break;
  }
  return false;
}

/** "over the course of five months": a stretch of time, not a course studied. */
const timeIdiom = (terms: readonly Term[], k: number) => terms[k]!.norm === 'course' && terms[k - 1]?.norm === 'the' && terms[k + 1]?.norm === 'of';

/** Verbs of effort promised before a percentage, the words that may stand between, and words of a pledge after one. */
const EFFORT_VERBS = new Set(['give', 'gives', 'giving', 'gave', 'given', 'put', 'putting', 'committed', 'dedicated']);
const EFFORT_BETWEEN = new Set(['my', 'a', 'our', 'always', 'full']);
const EFFORT_AFTER = new Set(['committed', 'dedicated', 'focused', 'devoted', 'sure', 'certain', 'confident', 'effort']);

/**
 * Marks as no figure the percentages and amounts that describe the writer, not a result: a share of
 * their own time ("travel up to 25%", "20% of my day", "100% remote"), a skill mix ("60% Python/Django"), a grade
 * ("a current average of 82%" in a sentence about a degree), and pay asked for ("a daily rate of £580").
 */
export function markOwnShares(text: string, sentence: Sentence, mentions: readonly NumberMention[], v: Vocab, techStarts: ReadonlySet<number>): void {
  const terms = sentence.terms;
  let study: boolean | undefined;
  for (const m of mentions) {
    if (!m.metric || m.start < sentence.start || m.end > sentence.end) continue;
    const percent = PERCENT.test(m.text);
    const money = MONEY.test(m.text);
    if (!percent && !money) continue;
    const first = firstTermFrom(terms, m.start);
    const after = firstTermFrom(terms, m.end);
    // A word among the few before the mention, in the same clause.
    const before = (is: (k: number) => boolean, reach: number) => {
      for (let k = first - 1; k >= Math.max(0, first - reach); k--) {
        if (is(k)) return true;
        if (terms[k]!.afterBreak) return false;
      }
      return false;
    };
    if (money) {
      // "salary", "compensation"; "rate" only as pay: "a daily rate", not "the error rate".
      const pay = (k: number) =>
        v.compensation.has(terms[k]!.norm) || (/^rates?$/.test(terms[k]!.norm) && v.payRate.has(terms[k - 1]?.norm ?? ''));
      // "I'm currently making roughly $140k/year": the writer's own earnings, not revenue made.
      const earns = (k: number) => EARNING.has(terms[k]!.norm) && terms.slice(Math.max(0, k - 3), k).some((t) => t.norm === 'i');
      if (before(pay, 5) || before(earns, 4)) m.metric = false;
      continue;
    }
    const next = terms[after];
    // "of my day", "of our time"; "99.9% of the time" is uptime.
    const whose = terms[after + 1]?.norm;
    const ownTime = next?.norm === 'of' && (whose === 'my' || (whose === 'our' && /^(?:time|day|week)$/.test(terms[after + 2]?.norm ?? '')));
    const skillMix = next !== undefined && techStarts.has(next.start) && isWordSpace(text, m.end, next.start);
    // "meet 100% of the technical requirements": the writer against the posting, not a result.
    let asked = false;
    for (let k = after + 1; next?.norm === 'of' && k < Math.min(terms.length, after + 5) && !asked; k++) asked = ASKED.has(terms[k]!.norm);
    study ??= terms.some((t, k) => v.study.has(t.stem) && !timeIdiom(terms, k));
    let graded = false;
    for (let k = after; k < Math.min(terms.length, after + 4) && study && !graded; k++) graded = v.gradedWork.has(terms[k]!.norm) && !timeIdiom(terms, k);
    // "travel up to 25%", but not "cut travel costs by 40%", where the word heads what was measured.
    const selfShare = before((k) => v.selfShare.has(terms[k]!.norm) && !v.measuredShare.has(terms[k + 1]?.norm ?? ''), 6);
    // "worked 80-100% remote", "a role with 50% travel".
    const joinedNext = terms[after + 1]?.joined ? `${next?.norm}-${terms[after + 1]!.norm}` : undefined;
    const arrangement = next !== undefined && (v.workArrangement.has(next.norm) || (joinedNext !== undefined && v.workArrangement.has(joinedNext))) && isWordSpace(text, m.end, next.start);
    const grade = study && (graded || before((k) => v.grade.has(terms[k]!.norm), 4));
    // "I always give 100% in every task", "giving my hundred percent", "100% committed": effort promised, not measured.
    let verb = first - 1;
    while (verb >= 0 && EFFORT_BETWEEN.has(terms[verb]!.norm)) verb--;
    // "we give 100% of refunds within a day" is a share of something: a figure.
    const effort = next?.norm !== 'of' && ((verb >= 0 && verb >= first - 2 && EFFORT_VERBS.has(terms[verb]!.norm)) || (next !== undefined && EFFORT_AFTER.has(next.norm)));
    if (ownTime || skillMix || selfShare || arrangement || grade || asked || effort) m.metric = false;
  }
}

// The writer's own output counted: "contributed three merged pull requests", "made 40 commits",
// "wrote over ten thousand lines of code". Volume, not what it changed (the labelling brief: "counts of
// the writer's own items are not metrics"). Also the units of a course of study: "30 units of college credit".
const OUTPUT_VERBS = new Set(['contribute', 'contributed', 'contributing', 'made', 'make', 'wrote', 'write', 'written', 'writing', 'authored', 'merged', 'submitted', 'opened', 'landed', 'pushed', 'completed', 'earned', 'taken', 'took', 'fixed', 'resolved', 'closed', 'reviewed']);
const OUTPUT_NOUNS = new Set(['pr', 'prs', 'commit', 'commits', 'patch', 'patches', 'contribution', 'contributions', 'credit', 'credits', 'test', 'tests', 'bug', 'bugs', 'ticket', 'tickets']);
/** "570 merged pull requests", "40 merged PRs": the word that makes a bare count the writer's own output. */
const OWN_OUTPUT = new Set(['merged', 'accepted', 'landed']);
// A portfolio counted: "I maintain 4 personal websites, 2 PyPI packages", "built 3 Android apps".
// What the writer made, not what it served; "40 services handling 2 million requests" keeps its figure.
const PORTFOLIO_VERBS = new Set(['maintain', 'maintained', 'maintaining', 'built', 'build', 'building', 'published', 'publish', 'developed', 'develop', 'created', 'create', 'shipped', 'released', 'launched', 'designed', 'coded']);
const PORTFOLIO_NOUNS = new Set(['website', 'websites', 'site', 'sites', 'package', 'packages', 'app', 'apps', 'application', 'applications', 'project', 'projects', 'library', 'libraries', 'game', 'games', 'extension', 'extensions', 'plugin', 'plugins', 'repository', 'repositories', 'repo', 'repos', 'workflow', 'workflows', 'integration', 'integrations', 'dashboard', 'dashboards', 'script', 'scripts', 'bot', 'bots', 'tool', 'tools']);
/** Nouns that are output only with the words after or before them: "pull requests", "lines of code", "units of credit". */
function isOutputNoun(terms: readonly Term[], k: number): boolean {
  const t = terms[k]!.norm;
  if (OUTPUT_NOUNS.has(t)) return true;
  if (t === 'request' || t === 'requests') return terms[k - 1]?.norm === 'pull' || terms[k - 1]?.norm === 'merge';
  if (t === 'line' || t === 'lines') return terms[k + 1]?.norm === 'of' && terms[k + 2]?.norm === 'code';
  if (t === 'unit' || t === 'units') return terms.slice(k + 1, k + 5).some((w) => w.norm === 'credit' || w.norm === 'credits');
  return false;
}

const GPA = new Set(['gpa', 'cgpa']);
const JOINERS = new Set(['and', 'or', 'plus']);
/** "4", "12", "three": a handful; "300 apps" or "two million sites" is scale. */
const isSmallCount = (text: string): boolean => /^\d{1,2}(?!\d|[.,]\d)/.test(text) || (/^[a-z]/i.test(text) && !/hundred|thousand|million|billion|\d{3}/i.test(text));

/** Marks as no figure a count of the writer's own output, right after the verb that made it, and a grade point average. */
export function markOwnOutput(sentence: Sentence, mentions: readonly NumberMention[]): void {
  const terms = sentence.terms;
  // The last portfolio noun counted, so the list's next count is read the same way.
  let portfolio = -1;
  for (const m of mentions) {
    // Counts that are no figure for other reasons still start a list of the writer's portfolio.
    if (m.start < sentence.start || m.end > sentence.end) continue;
    const first = firstTermFrom(terms, m.start);
    const last = firstTermFrom(terms, m.end) - 1;
    let verb = false;
    let maker = false;
    for (let k = first - 1; k >= Math.max(0, first - 3) && !verb && !maker; k--) {
      verb = OUTPUT_VERBS.has(terms[k]!.norm);
      maker = PORTFOLIO_VERBS.has(terms[k]!.norm);
    }
    // The next item of the same list: "4 personal websites, 2 PyPI packages".
    if (!maker && portfolio >= 0 && first - portfolio <= 2 && (terms[first]!.afterBreak || JOINERS.has(terms[first - 1]?.norm ?? ''))) maker = true;
    let noun = false;
    let made = -1;
    for (let k = Math.max(first, last - 1); k < Math.min(terms.length, last + 4) && !noun && made < 0; k++) {
      noun = isOutputNoun(terms, k);
      if (PORTFOLIO_NOUNS.has(terms[k]!.norm) && !terms.slice(first + 1, k).some((t) => t.afterBreak)) made = k;
    }
    if (maker && made >= 0 && isSmallCount(m.text)) {
      m.metric = false;
      portfolio = made;
      continue;
    }
    if (!m.metric) continue;
    // A grade point average, however it is written: "a GPA of 3.8 out of 4.0".
    let gpa = false;
    for (let k = first - 1; k >= Math.max(0, first - 4) && !gpa; k--) gpa = GPA.has(terms[k]!.norm);
    // "570 merged pull requests": the count's own adjective says whose output it is.
    const own = OWN_OUTPUT.has(terms[first + 1]?.norm ?? '') && [first + 2, first + 3].some((k) => k < terms.length && isOutputNoun(terms, k));
    if ((verb && noun) || own || gpa) m.metric = false;
  }
}

/** Words that make a number of hours the writer's time given, not a result: "I can dedicate 20 hours per week", "I worked 30 hours a week". */
const AVAILABLE = new Set(['dedicate', 'devote', 'available', 'availability', 'commit', 'work', 'works', 'worked', 'working', 'full', 'part', 'spare', 'spend', 'spent', 'spending', 'volunteer', 'volunteered']);
const OFFERED = new Set(['hour', 'day']);
const PROGRAMS = new Set(['program', 'programme', 'course', 'bootcamp', 'internship', 'training', 'apprenticeship', 'residency', 'fellowship', 'placement', 'sabbatical', 'curriculum', 'certificate', 'certification', 'module', 'class']);
const GRADES = new Set(['grade', 'grades', 'gpa', 'cgpa']);
/** Words that make the same hours a result: "saved 20 hours a week". */
const CHANGED = new Set(['save', 'saved', 'saving', 'cut', 'reduce', 'reduced', 'free', 'freed', 'eliminate', 'eliminated', 'automate', 'automated']);

/**
 * Marks as no figure what is not the writer's result: the reader's own figures ("your team across
 * nearly 40 locations", "your 2 million users") and the hours the writer offers ("I can dedicate
 * 20 hours per week", "40+ hours a week").
 */
const WRITER = new Set(['i', 'we', 'my', 'our', 'me', 'us', 'mine', 'ours']);
/**
 * Where the sentence's subject is the company, named by its first word in lower case (`companyWord`):
 * "Hollowell operates…", "Today Heronsgate's platform…", after a lead of knowing ("I know Rydeway
 * serves…", "I understand that Kestrelline's platform stores…", session 34, met6); or -1.
 */
function companyIsSubject(terms: readonly Term[], companyWord: string): number {
  let at = 0;
  while (at < LEAD_MAX && KNOWING.has(terms[at]?.norm ?? '')) at++;
  return terms[at]?.norm === companyWord ? at : -1;
}
/** Words that may open a sentence before the company as its subject: "Today", "I know that", "I've read that". */
const KNOWING = new Set(['today', 'now', 'i', 'know', 'knew', 'understand', 'read', 'saw', 'see', 'noticed', 'learned', 'learnt', 'heard', 'that', 'have', 've', 'am', 'aware', 'also', 'honestly', 'already']);
const LEAD_MAX = 5;

/** "the chance to impact", "an opportunity to reach": the clause before a figure hopes for it. */
function hoped(clause: readonly Term[]): boolean {
  return clause.some((t, k) => t.norm === 'to' && (clause[k + 1]?.norm === 'chance' || clause[k + 1]?.norm === 'opportunity'));
}

export function markOthersFigures(sentence: Sentence, mentions: readonly NumberMention[], companyWord?: string): void {
  const terms = sentence.terms;
  // "Hollowell operates more than 200 stores", "Heronsgate's platform delivers a billion messages a
  // day": the reader's company as the sentence's subject (session 34, blind set met5).
  const subject = companyWord ? companyIsSubject(terms, companyWord) : -1;
  if (subject >= 0) {
    // Only figures before any word of the writer's after it: "…200 stores, and the forecasting problems are what I want to work on".
    const writer = terms.find((t, k) => k > subject && WRITER.has(t.norm))?.start ?? sentence.end;
    for (const m of mentions) if (m.start >= sentence.start && m.end <= writer) m.metric = false;
  }
  for (const m of mentions) {
    if (!m.metric || m.start < sentence.start || m.end > sentence.end) continue;
    const first = firstTermFrom(terms, m.start);
    const clause: Term[] = [];
    for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
      clause.push(terms[k]!);
      if (terms[k]!.afterBreak) break;
    }
    const after = firstTermFrom(terms, m.end);
    // "ten times our volume" sets the reader's figure against the writer's own: a comparison of scale.
    const ours = terms.slice(after, after + 3).some((t) => t.norm === 'our' || t.norm === 'my');
    // "the chance to impact millions of customers": a figure of the role hoped for, not of work done.
    if ((clause.some((t) => t.norm === 'your') || hoped(clause)) && !ours) {
      m.metric = false;
      continue;
    }
    // "the 12-week full-stack program", "a six-month internship": how long a course or a post lasted (session 34, met6).
    if ([after, after + 1, after + 2].some((k) => PROGRAMS.has(terms[k]?.norm ?? '') && !timeIdiom(terms, k))) {
      m.metric = false;
      continue;
    }
    // "an average grade of 16.4 out of 20": a mark, not an outcome of work.
    if (clause.some((t) => GRADES.has(t.norm))) {
      m.metric = false;
      continue;
    }
    // "40 hours a week", "two days per week" (session 34, met6): the writer's time offered.
    const unit = OFFERED.has(terms[after]?.stem ?? '') ? after : OFFERED.has(terms[after - 1]?.stem ?? '') ? after - 1 : -1;
    const rate = unit >= 0 && /^(?:per|a|each|every)$/.test(terms[unit + 1]?.norm ?? '') && /^(?:week|day|month)$/.test(terms[unit + 2]?.norm ?? '');
    if (rate && clause.some((t) => AVAILABLE.has(t.norm)) && !clause.some((t) => CHANGED.has(t.norm))) m.metric = false;
  }
}
