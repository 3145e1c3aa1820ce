import { stockOpenings } from './data/hiring.js';
import { memoize } from '../src/memo.js';
import { termIndex } from '../src/phrases.js';
import { fill, quote } from '../src/suggest.js';
import { findTechnologies } from '../src/tech.js';
import type { Letter, Rule } from '../src/types.js';

const stock = memoize((list: typeof stockOpenings) => termIndex(list.map((p) => ({ ...p, value: p }))));

// Words that show the opening is about this posting: the role, or the reader's own work.
const ROLE_WORDS = /\b(?:engineer|engineering|developer|role|position|opening|posting|team|sre|architect)\b/i;
const THEIRS = /\b(?:your|you)\b/i;

/** A capitalised name mid-sentence that is not a technology: a company, product or person. */
function namesSomething(letter: Letter, from: number, to: number): boolean {
  for (const s of letter.sentences) {
    if (s.start < from || s.start >= to) continue;
    const techs = new Set(findTechnologies(s.words).map((t) => t.start));
    if (s.words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !techs.has(w.start) && w.text !== 'I')) return true;
  }
  return false;
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
    const lower = text.toLowerCase();
    if (company && lower.includes(company.toLowerCase())) return;
    if (role && lower.includes(role.toLowerCase())) return;
    if (ROLE_WORDS.test(text) || THEIRS.test(text) || namesSomething(letter, opening.start, opening.end)) return;
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
