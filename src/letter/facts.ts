// The letter's own nouns, for filling suggestions: the company and role it applies to (from
// frontmatter, the greeting or the opening) and the system it tells about.
import { findSystem } from './story.js';
import type { Anatomy, Facts } from '../types.js';
import { LatinFirst, latinFirst } from '../text/latin.js';
import { linesOf } from './anatomy-blocks.js';
import { legalFormAbbreviations, legalFormWords } from '../../rules/data/company-families.js';

// One capitalised word ("Acme", "Booking.com", "AT&T"), dots only inside it, so a name stops at
// the end of its sentence ("join Acme. I rebuilt…"); then more capitalised words or "&".
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&'\u2019-]*(?:\\.[\\p{L}\\p{N}][\\p{L}\\p{N}&'\u2019-]*)*";
// A legal form with its full stop, which ends no sentence before a team word: "Dear Acme Inc. hiring team".
const LEGAL_FORM = `(?:${legalFormAbbreviations.join('|')})\\.`;
const NAME = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|&))*`;
// "Dear Acme Payments team", "Hello Northwind hiring team", "Dear Globex Engineering Team". Matched
// case-sensitively so that a name stops at the first team word, whichever case that word is in.
const anyCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const TEAM = `(?:${['hiring', 'recruiting', 'engineering', 'talent', 'platform', 'infrastructure', 'backend', 'data', 'team', 'people'].map(anyCase).join('|')})\\b`;
// Or a reader at the company: "Dear Hiring Manager at Greenbank Cooperative,", "To the hiring team of Acme:".
const READER = `(?:${['hiring', 'recruiting', 'talent', 'engineering', 'selection'].map(anyCase).join('|')})\\s+(?:${['manager', 'team', 'committee', 'panel', 'lead'].map(anyCase).join('|')})|${['recruiter', 'recruiters'].map(anyCase).join('|')}`;
const GREETING_COMPANY = new LatinFirst(
  `^(?:${['dear', 'hello', 'hi', 'to'].map(anyCase).join('|')})\\s+(?:[Tt]he\\s+)?(?:((?!${TEAM})${NAME_WORD}(?:\\s+(?:(?!${TEAM})${NAME_WORD}|&))*(?:\\s+${LEGAL_FORM})?)\\s+${TEAM}|(?:${READER})\\s+(?:at|of|with)\\s+(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|&))*(?:\\s+${LEGAL_FORM})?)\\s*[,:!.]?\\s*$)`,
  'u',
);
// "join Acme", "the role at Acme", "the position of Data Scientist at Acme", "apply to Acme": the company a letter is addressed to. A name
// followed by a team word is a team ("join the Payments team"); "my current role at Globex" is the
// writer's employer.
const TARGET_COMPANY = new LatinFirst(
  `\\b(?:join(?:ing)?(?:\\s+the)?|(?<!\\b(?:current|previous|former|last|past|old|first|my)\\s+)(?:[Rr]ole|[Pp]osition|[Oo]pening|[Oo]pportunity|[Pp]osting|[Tt]eam|[Jj]ob)(?:\\s+(?:of|as)\\s+(?:an?\\s+)?\\p{Lu}[^.,;:\\n]{0,59}?)?\\s+(?:at|with)|apply(?:ing)?\\s+(?:to|at))\\s+(${NAME})(?![\\p{L}\\p{N}&'\u2019-])(?!\\s+(?:team|group|squad|org|organisation|organization)\\b)`,
  'gu',
);
// Words bounded (40 characters): tried from every capital of "-A-A-A…", an unbounded word scanned to
// the end of the run each time (72,000 units: 2.6 s of a 3 s run).
const ROLE = latinFirst(/\b((?:(?:Senior|Staff|Principal|Lead|Junior|Founding)\s+)?(?:\p{Lu}[\p{L}/-]{0,40}\s+){0,3}(?:Engineer|Developer|SRE|Architect))\b/u);
// Who a greeting may address that is not a company: "To the HR Team:", "Dear HR Department".
const GENERIC_NAMES = new Set(['Hiring', 'Team', 'Sir', 'Madam', 'Hiring Manager', 'Recruiter', 'Recruiting', 'Whom', 'HR', 'Human Resources', 'HR Department', 'Talent Acquisition', 'People', 'Selection Committee', 'Search Committee']);

/** A line break with words on both sides of it, not a blank line. */
const WRAPPED_BREAK = /(?<=\S[ \t]*)\r?\n(?=[ \t]*\S)/g;

/** Companies the text says the writer is applying to, with offsets into `text`. */
export function targetCompanies(text: string): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  // A hard-wrapped sentence reads as the same sentence unwrapped ("the Position of Junior Data\nScientist
  // at Afiniti"): its line breaks become spaces, one for one, so offsets hold; a blank line still parts.
  const flat = text.replace(WRAPPED_BREAK, (m) => ' '.repeat(m.length));
  for (const m of flat.matchAll(TARGET_COMPANY.for(flat))) {
    const name = cleanName(m[1]!);
    if (!name) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ name, start, end: start + name.length });
  }
  return out;
}

function cleanName(name: string): string | undefined {
  const trimmed = name.replace(/['\u2019]s$/, '').replace(/[.,]$/, '');
  return trimmed && !GENERIC_NAMES.has(trimmed) ? trimmed : undefined;
}

function fromFrontmatter(frontmatter: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = frontmatter?.[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * A frontmatter field as text a fix may write into the letter: one short line of plain words, with
 * nothing a reader would take for markup or a placeholder, so a fixed letter has nothing left to fix.
 */
export function fixValue(frontmatter: Record<string, unknown> | undefined, key: 'company' | 'role' | 'name'): string | undefined {
  const value = fromFrontmatter(frontmatter, key);
  if (!value || value.length > 100) return undefined;
  return /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069[\]<>{}_*`|\\]/.test(value) ? undefined : value;
}

/** The name the greeting pattern found, in whichever of its two forms. */
const greetedName = (m: RegExpExecArray | null): string | undefined => m?.[1] ?? m?.[2];

/** The company a greeting addresses ("Dear Ridgeline hiring team,", "Dear Hiring Manager at Ridgeline,"), with its offset in the text. */
export function greetingCompany(text: string, anatomy: Anatomy): { name: string; start: number } | undefined {
  if (!anatomy.greeting) return undefined;
  const raw = text.slice(anatomy.greeting.start, anatomy.greeting.end);
  const lead = raw.length - raw.trimStart().length;
  const m = GREETING_COMPANY.exec(raw.trim());
  const found = greetedName(m);
  const name = found && cleanName(found);
  return name ? { name, start: anatomy.greeting.start + lead + m!.index + m![0].lastIndexOf(found!) } : undefined;
}

/**
 * A company line of the address block a letter is sent to: a name and its legal form alone on a
 * line ("Brightwave Energy Ltd", "Aurora Freightworks Inc.", "Bastion Secure (Pty) Ltd"), in a
 * header block after the first, which is the writer's own. The legal form tells it from a person,
 * a title or a street; a line with anything else on it ("Senior engineer at Globex Ltd") is not
 * one. None when two such lines disagree.
 */
export function recipientCompany(text: string, anatomy: Anatomy): string | undefined {
  const found = new Set<string>();
  for (const block of anatomy.header.slice(1)) {
    for (const line of linesOf(text, block)) {
      const m = RECIPIENT_LINE.exec(line.text.trim());
      if (m) found.add(m[0]);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
// Words bounded (40 characters, six words): a line is short, and a pattern tried at its start only. A
// legal form may be dotted letter by letter ("S.A.", "S.r.l."), may end on a full stop, and one may
// stand in brackets before another ("(Pty) Ltd").
const LEGAL_WRITTEN = [
  ...legalFormAbbreviations.flatMap((f) => [f, f.split('').join('\\.')]).map((f) => `${f}\\.?`),
  ...legalFormWords,
].join('|');
const RECIPIENT_LINE = new LatinFirst(
  `^\\p{Lu}[\\p{L}\\p{N}&'\u2019.-]{0,40}(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&'\u2019.-]{0,40}|&)){0,5},?\\s+(?:\\(\\p{L}{2,4}\\)\\s+)?(?:${LEGAL_WRITTEN})$`,
  'u',
);

export function readFacts(text: string, anatomy: Anatomy, frontmatter?: Record<string, unknown>): Facts {
  const greeting = anatomy.greeting ? text.slice(anatomy.greeting.start, anatomy.greeting.end).trim() : '';
  const opening = anatomy.opening ? text.slice(anatomy.opening.start, anatomy.opening.end) : '';
  const company =
    fromFrontmatter(frontmatter, 'company') ??
    cleanName(greetedName(GREETING_COMPANY.exec(greeting)) ?? '') ??
    targetCompanies(opening)[0]?.name;
  const role = fromFrontmatter(frontmatter, 'role') ?? ROLE.exec(opening)?.[1];
  const system = findSystem(text, anatomy.body.flatMap((p) => p.sentences));
  return { company, role, system };
}
