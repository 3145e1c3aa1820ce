// The letter's own nouns, for filling suggestions: the company and role it applies to (from
// frontmatter, the greeting or the opening) and the system it tells about.
import { findSystem } from './story.js';
import type { Anatomy, Facts } from './types.js';

const NAME = "\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*|&))*";
// "Dear Acme Payments team", "Hello Northwind hiring team"
const GREETING_COMPANY = new RegExp(
  `^(?:dear|hello|hi|to)\\s+(?:the\\s+)?(${NAME})\\s+(?:hiring|recruiting|engineering|talent|platform|infrastructure|backend|data|team|people)\\b`,
  'iu',
);
// "join Acme", "the role at Acme", "apply to Acme"
const OPENING_COMPANY = new RegExp(
  `\\b(?:join(?:ing)?(?:\\s+the)?|(?:role|position|opening|posting|team|job)\\s+(?:at|with)|apply(?:ing)?\\s+(?:to|at))\\s+(${NAME})`,
  'u',
);
const ROLE = /\b((?:(?:Senior|Staff|Principal|Lead|Junior|Founding)\s+)?(?:\p{Lu}[\p{L}/-]*\s+){0,3}(?:Engineer|Developer|SRE|Architect))\b/u;
const GENERIC_NAMES = new Set(['Hiring', 'Team', 'Sir', 'Madam', 'Hiring Manager', 'Recruiter', 'Recruiting', 'Whom']);

function fromFrontmatter(frontmatter: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = frontmatter?.[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function readFacts(text: string, anatomy: Anatomy, frontmatter?: Record<string, unknown>): Facts {
  const greeting = anatomy.greeting ? text.slice(anatomy.greeting.start, anatomy.greeting.end).trim() : '';
  const opening = anatomy.opening ? text.slice(anatomy.opening.start, anatomy.opening.end) : '';
  const clean = (name: string | undefined) => {
    const trimmed = name?.replace(/['\u2019]s$/, '').replace(/[.,]$/, '');
    return trimmed && !GENERIC_NAMES.has(trimmed) ? trimmed : undefined;
  };
  const company =
    fromFrontmatter(frontmatter, 'company') ??
    clean(GREETING_COMPANY.exec(greeting)?.[1]) ??
    clean(OPENING_COMPANY.exec(opening)?.[1]);
  const role = fromFrontmatter(frontmatter, 'role') ?? ROLE.exec(opening)?.[1];
  const system = findSystem(text, anatomy.body.flatMap((p) => p.sentences));
  return { company, role, system };
}
