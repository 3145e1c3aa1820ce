// Items the lexicons do not know, guessed from a piece's shape: a name-like word ("Istio"), a name
// written all in one case ("spring boot"), a kind of technical work ("pipeline development").
import type { Word } from '../types.js';
import { foldedNamed } from '../text/tech.js';
import { latinFirst } from '../text/latin.js';
import { TITLE_AFTER } from './inventory-owners.js';
import { isClause, RELATING, type Piece } from './inventory-pieces.js';
import { bareWord, CLAUSE_WORDS, LEADS, SPOKEN, type Item } from './inventory-words.js';

/** A word written as a name is: a capital or a digit after its start, or a capital start ("Istio", "gRPC", "k8s"). */
const NAME_WORD = latinFirst(/^(?:\p{Lu}|[\p{Ll}\p{N}][\p{L}\p{N}]*[\p{Lu}\p{N}])[\p{L}\p{N}.#+/-]*$/u);
/** At most this many words make an unknown name; a longer piece is prose. */
const MAX_NAME_WORDS = 2;

/**
 * A piece with no known item that reads as a name: one or two words, each written as a name, no
 * clause word. A technology list names tools the lexicon has never seen ("Istio", "Pinpoint"); in a
 * list beside known ones, such a piece is one more item.
 */
export function guessedItem(text: string, p: Piece): Item | undefined {
  const ws = p.words;
  if (p.items.length > 0 || ws.length === 0 || writtenWords(text, ws) > MAX_NAME_WORDS || isClause(ws)) return undefined;
  const lower = foldedName(ws);
  if (lower) return lower;
  if (!ws.every((w) => w.text !== 'I' && NAME_WORD.test(w.text))) return undefined;
  // "English, French, Python and Java": languages spoken are not tools.
  if (ws.length === 1 && SPOKEN.has(ws[0]!.lower)) return undefined;
  // "Backend Engineer", "Senior Developer": a job title, not a tool.
  if (TITLE_AFTER.has(bareWord(ws.at(-1)!))) return undefined;
  const shown = text.slice(ws[0]!.start, ws.at(-1)!.end).replace(/\s+/g, ' ');
  return { name: shown.toLowerCase(), shown, start: ws[0]!.start, end: ws.at(-1)!.end, skill: false, guessed: true };
}
/**
 * Words as written, where a slash between two words with no space names variants of one name:
 * "ConnectWise Automate/Manage", "Windows 10/11" are two.
 */
function writtenWords(text: string, ws: readonly Word[]): number {
  let n = ws.length;
  for (let i = 1; i < ws.length; i++) if (ws[i]!.start === ws[i - 1]!.end + 1 && text[ws[i - 1]!.end] === '/') n--;
  return n;
}

/**
 * Nouns that name a kind of technical work, heading a skill the lexicon lacks: "infrastructure
 * management", "signal integrity analysis", "ETL pipeline development".
 */
const SKILL_HEADS = new Set([
  'development', 'management', 'engineering', 'design', 'programming', 'testing', 'administration', 'analysis', 'analytics',
  'architecture', 'automation', 'integration', 'deployment', 'optimization', 'optimisation', 'modeling', 'modelling', 'computing',
  'processing', 'scripting', 'debugging', 'monitoring', 'networking', 'orchestration', 'containerization', 'containerisation',
  'virtualization', 'virtualisation', 'troubleshooting', 'provisioning', 'benchmarking', 'profiling', 'refactoring',
]);
/** At most this many words make a skill the lexicon lacks: "cloud cost management". */
const MAX_SKILL_WORDS = 3;
/** A word a skill's name is made of: letters, inner slashes and hyphens ("CI/CD", "end-to-end"), no figure. */
const SKILL_WORD = latinFirst(/^\p{L}[\p{L}/-]*$/u);
/** Words that make a piece told rather than listed: "the development", "this analysis", "its design". */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'some', 'any', 'every', 'each', 'all', 'no']);

/**
 * A short piece the lexicons do not know whose last word names a kind of technical work
 * ("infrastructure management", "pipeline development"): a skill item, counted only in a list with
 * known items, as guessed names are. Not a told phrase ("the design") nor one with a number.
 */
export function skillShaped(ws: readonly Word[]): Item | undefined {
  if (ws.length < 2 || ws.length > MAX_SKILL_WORDS || isClause(ws) || !SKILL_HEADS.has(ws.at(-1)!.lower)) return undefined;
  if (ws.some((w) => DETERMINERS.has(w.lower) || RELATING.has(w.lower) || !SKILL_WORD.test(w.text))) return undefined;
  const shown = ws.map((w) => w.text).join(' ');
  return { name: shown.toLowerCase(), shown, start: ws[0]!.start, end: ws.at(-1)!.end, skill: true, guessed: true };
}

/** What a name is called after it: "IEC611313 programming language", "Riverpod framework". */
const NAME_HEADS = new Set(['language', 'framework', 'library', 'sdk', 'toolkit']);
/**
 * A piece that opens with an unknown name and says what kind of tool it is: "and IEC611313
 * programming language to work on control applications". The name is the item; the rest runs on.
 */
export function headedName(p: Piece): Item | undefined {
  const [name, next, after] = p.words;
  if (p.items.length > 0 || !name || name.text === 'I' || !NAME_WORD.test(name.text) || CLAUSE_WORDS.has(bareWord(name))) return undefined;
  const head = next && bareWord(next) === 'programming' ? after : next;
  if (!head || !NAME_HEADS.has(bareWord(head))) return undefined;
  return { name: name.text.toLowerCase(), shown: name.text, start: name.start, end: name.end, skill: false, guessed: true };
}

const ALL_LOWER = /^[a-z][a-z0-9.+#]*$/;
const ALL_UPPER = /^[A-Z][A-Z0-9.+#]+$/;
/**
 * "python, spring boot and docker", "JAVA, SPRING BOOT, MYSQL": a name matched only as written,
 * written all in lower case or all in capitals, told only by its list. One or two words.
 */
export function foldedName(ws: readonly Word[]): Item | undefined {
  if (ws.length === 0 || ws.length > MAX_NAME_WORDS) return undefined;
  const lower = ws.every((w) => ALL_LOWER.test(w.text));
  if (!lower && !ws.every((w) => ALL_UPPER.test(w.text))) return undefined;
  const tech = foldedNamed(ws.map((w) => w.text).join(' '));
  // Named in messages as every known technology is: "JAVA" and "java" are Java.
  return tech && { name: tech.name, shown: tech.name, start: ws[0]!.start, end: ws.at(-1)!.end, skill: false, guessed: true, ...(lower ? { lower: true } : { upper: true }) };
}
/** The name-like words a skills lead-in ends on, as a guess: "skilled in ArcPy" (the first item of "…ArcPy, ArcGIS Pro, QGIS"). */
export function nameAfterLead(text: string, p: Piece): Item | undefined {
  const ws = p.words;
  for (let k = Math.max(2, ws.length - MAX_NAME_WORDS); k < ws.length; k++) {
    // Not an acronym: after "experience in", "SRE", "QA" and "IT" are fields more often than tools.
    if (ledInAsSkills(ws, k) && !ws.slice(k).some((w) => /^[A-Z]+$/.test(w.text))) return guessedItem(text, { ...p, words: ws.slice(k) });
  }
  return undefined;
}

/** The skill a skills lead-in ends on, as a guess: "experience in infrastructure management, …". */
export function skillAfterLead(ws: readonly Word[]): Item | undefined {
  for (let k = Math.max(2, ws.length - MAX_SKILL_WORDS); k < ws.length - 1; k++) if (ledInAsSkills(ws, k)) return skillShaped(ws.slice(k));
  return undefined;
}

/** Whether the two words before word `at` are a lead-in of skills: "experience with", "proficient in". */
export function ledInAsSkills(words: readonly Word[], at: number): boolean {
  return at >= 2 && LEADS.has(`${bareWord(words[at - 2]!)} ${bareWord(words[at - 1]!)}`);
}
