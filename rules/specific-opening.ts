import { stockOpenings } from './data/hiring.js';
import { memoize } from '../src/text/memo.js';
import { hasWholeWord } from '../src/text/names.js';
import { termIndex } from '../src/text/phrases.js';
import { fill, quote } from '../src/text/suggest.js';
import { findTechnologies } from '../src/text/tech.js';
import type { Letter, Rule, Sentence } from '../src/types.js';
import { capitalised, latinFirst, titleCased } from '../src/text/latin.js';
import { isWordSpace } from '../src/text/trim.js';

const stock = memoize((list: typeof stockOpenings) => termIndex(list.map((p) => ({ ...p, value: p }))));

// Words that show the opening is about this posting: the role or the application itself, or a
// capitalised job title. Lower-case "engineer" is left out: "I am a backend engineer at Globex"
// names the writer's current job, not the one applied for.
const POSTING_WORDS = /\b(?:role|position|opening|posting|vacancy|apply|applying|hiring)\b/i;
const TITLE = /\b(?:Engineer|Developer|SRE|Architect)\b/;
// Their team, as the one the writer would join: "I'd bring this stack to the team", "join the payments team".
const THEIR_TEAM = latinFirst(/\b(?:to|join|joining)\s+(?:the|this)\s+(?:[\p{L}-]+\s+){0,2}team\b/iu);
const POSSESSIVE = latinFirst(/['\u2019]\p{L}*$/u);
const ANY_CAPITAL = latinFirst(/\p{Lu}/u);
// The reader's own product, problem or team: "your", or "you" other than in "thank you".
const THEIRS = /\byour\b|(?<!\bthank\s)\byou\b/i;
// Capitalised words that name no one: "In March I shipped…".
const COMMON = new Set([
  'I', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'English',
]);
// Words before "at", "for" or "with" that make the name after it a past or present employer:
// "I have worked at Globex", "my four years at Globex", "currently at Globex"; not "to work at".
// Also the writer's own title there: "I'm a backend engineer at Globex", "As an SRE at Globex".
const EMPLOYER_BEFORE =
  /(?:\b(?:worked|working|been|was|were|interned|intern|years|months|time|currently|previously|formerly|still|while)|(?<!\bto\s)\bwork|\b(?:i['\u2019]m|i am|as)\s+an?\s+(?:\S+\s+){0,2}(?:engineer|developer|sre|architect|intern|lead))\s+(?:at|for|with)\s+$/i;

/**
 * Starts of the words that are technology names, taking in a capitalised word that runs on into
 * one: "Cloud KMS", "Google Cloud".
 */
function technologyWords(text: string, s: Sentence): Set<number> {
  const techs = new Set<number>();
  for (const t of findTechnologies(s.words)) for (const w of s.words) if (w.start >= t.start && w.start < t.end) techs.add(w.start);
  const capital = (w: { text: string }) => capitalised(w.text);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i]!;
      if (techs.has(w.start) || !capital(w)) continue;
      for (const n of [s.words[i - 1], s.words[i + 1]]) {
        if (!n || !techs.has(n.start)) continue;
        if (n.start > w.start ? isWordSpace(text, w.end, n.start) : isWordSpace(text, n.end, w.start)) techs.add(w.start);
      }
    }
  }
  return techs;
}

const bare = (word: string): string => word.replace(POSSESSIVE.for(word), '');

/**
 * Words the letter capitalises in mid-sentence somewhere: a sentence's first word that is one of
 * them is a name too ("Northwind is rebuilding its ledger…" in a letter that says "join Northwind").
 */
const namesElsewhere = memoize((letter: Letter): Set<string> => {
  const out = new Set<string>();
  for (const s of letter.sentences) for (const w of s.words.slice(1)) if (titleCased(w.text)) out.add(bare(w.text));
  return out;
});

/**
 * A capitalised name that is not a technology, a month or the writer's employer: the company, one
 * of its products, a person who referred the writer. A sentence's first word counts only as a
 * possessive ("Northwind's post on…") or a name the letter uses elsewhere; an employer is "At
 * Globex, I…" or "worked at Globex".
 */
function namesSomething(letter: Letter, from: number, to: number): boolean {
  for (const s of letter.sentences) {
    if (s.start < from || s.start >= to) continue;
    const techs = technologyWords(letter.text, s);
    let employer = false;
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i]!;
      const prev = s.words[i - 1];
      const isName = capitalised(w.text) && !techs.has(w.start) && !COMMON.has(bare(w.text));
      if (!isName) {
        employer = false;
        continue;
      }
      // The rest of a name already judged an employer: "At Lattice Health I…".
      if (employer && prev && capitalised(prev.text) && /^\s+$/.test(letter.text.slice(prev.end, w.start))) continue;
      const before = letter.text.slice(s.start, w.start);
      employer = (i === 1 && /^at$/i.test(s.words[0]!.text)) || EMPLOYER_BEFORE.test(before);
      if (employer) continue;
      if (i === 0 && !/['\u2019]s$/.test(w.text) && !namesElsewhere(letter).has(bare(w.text))) continue;
      return true;
    }
  }
  return false;
}


/**
 * Whether the text names the company: its name, or the first word of a longer name ("Orchard" for
 * "Orchard Logistics"), as a whole word. A capitalised name is matched in its case, so "Ramp" is not
 * found in "ramp up".
 */
function namesCompany(text: string, company: string): boolean {
  const ignoreCase = !ANY_CAPITAL.test(company);
  const word = (name: string) => hasWholeWord(text, name, ignoreCase);
  if (word(company)) return true;
  const first = company.split(/\s+/)[0]!;
  return first !== company && first.length >= 4 && !/^the$/i.test(first) && word(first);
}

/** Whether the text names the role: its title, without a parenthesised or comma-separated team. */
function namesRole(text: string, role: string): boolean {
  const title = role.split(/\s*[(,]/)[0]!.trim();
  return title.length > 0 && text.toLowerCase().includes(title.toLowerCase());
}

const rule: Rule = {
  meta: {
    id: 'specific-opening',
    description: 'The opening names neither the role nor the company, or is a stock line ("I am writing to apply…").',
    severity: 'warning',
    docs: {
      why: 'The first lines decide whether the rest is read. A stock line could open any letter to any company; one that names this role and something specific about this company shows the letter was written for them.',
      bad: 'I am writing to apply for the position advertised on your website.',
      better: "Northwind's post on moving settlements to a double-entry ledger asked how to reconcile without pausing payouts; that is the problem I have worked on for three years, and why I am applying for the Senior Backend Engineer role.",
    },
    defaultOptions: {},
    options: {},
  },
  check(letter, _options, report) {
    const opening = letter.anatomy.opening;
    if (!opening) return;
    const { company, role } = letter.facts;
    const suggestion = fill(
      'Open with a specific reason for this company and role: "<something {company} built, wrote or is solving> is the problem I have spent <time> on, which is why I am applying for the {role} role."',
      letter.facts,
    );
    const index = stock(stockOpenings);
    const greeting = letter.anatomy.greeting;
    for (const s of [...(greeting?.sentences ?? []), ...opening.sentences.slice(0, 1)]) {
      const m = index.matchAll(s.terms)[0];
      if (!m) continue;
      const start = s.terms[m.from]!.start;
      const end = s.terms[m.to - 1]!.end;
      report({ message: `Stock opening ${quote(letter.text.slice(start, end))}: it could open any letter`, start, end, suggestions: [suggestion] });
      return;
    }
    const text = letter.text.slice(opening.start, opening.end);
    if (company && namesCompany(text, company)) return;
    if (role && namesRole(text, role)) return;
    if (POSTING_WORDS.test(text) || TITLE.test(text) || THEIRS.test(text) || THEIR_TEAM.test(text) || namesSomething(letter, opening.start, opening.end)) return;
    const firstLine = text.split(/\r?\n|\r/)[0]!;
    report({
      message: 'The opening names neither the role nor the company, nor anything of theirs',
      start: opening.start,
      end: opening.start + firstLine.length,
      suggestions: [suggestion],
    });
  },
};

export default rule;
