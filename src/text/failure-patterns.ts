// A failure family's terms in the data notation, expanded into plain phrase patterns: what the
// bundle prebuilds (src/text/prebuilt.ts) and the matcher indexes, apart from how a match is judged.
import { FRAME_SLOTS, failureFamilies, type FailureFamily } from '../../rules/data/failure-modes.js';
import { irregularVerbs } from '../../rules/data/verbs.js';
import { prebuilt } from './prebuilt.js';
import type { PhraseSpec } from '../types.js';

// Forms the -ed/-ing folding of src/text/terms.ts cannot reach, shared with the stemmer.
const IRREGULAR = new Map(irregularVerbs.map((v) => [v.base, v.forms]));

/**
 * Every form of a verb a letter may use: the stems of src/text/terms.ts fold most of them together, so
 * the extra spellings this makes (a doubled consonant where none is needed) cost nothing.
 */
export function inflections(verb: string): string[] {
  // "be" has no regular forms at all.
  if (verb === 'be') return ['be', ...IRREGULAR.get(verb)!];
  const e = verb.endsWith('e');
  const stem = e ? verb.slice(0, -1) : verb;
  const forms = new Set([verb, /(s|x|z|ch|sh|o)$/.test(verb) ? `${verb}es` : `${verb}s`, `${stem}ed`, `${stem}ing`]);
  const last = verb.at(-1)!;
  if (/[^aeiou][aeiou][^aeiouwxy]$/.test(verb)) forms.add(`${verb}${last}ed`).add(`${verb}${last}ing`);
  if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ied`).add(`${verb.slice(0, -1)}ies`);
  for (const form of IRREGULAR.get(verb) ?? []) forms.add(form);
  return [...forms];
}

/** One step of a pattern as alternatives, each a run of plain pattern words (an empty run: skipped). */
type Alternatives = string[][];

function slot(name: string): readonly string[] {
  const list = Object.hasOwn(FRAME_SLOTS, name) ? FRAME_SLOTS[name] : undefined;
  if (!list) throw new Error(`unknown failure-mode slot {${name}}`);
  return list;
}

/** One alternative of a token as runs of words: a slot's entries, a verb's forms, a compound's spellings. */
function expandWord(word: string): string[][] {
  if (word.startsWith('{') && word.endsWith('}')) return slotRuns(word.slice(1, -1));
  // An inflected compound: "~trouble-shoot" is "troubleshooting" and "trouble shooting" alike.
  if (word.startsWith('~') && word.includes('-')) {
    const parts = word.slice(1).split('-');
    const closed = inflections(parts.join('')).map((form) => [form]);
    return [...closed, ...inflections(parts.at(-1)!).map((form) => [...parts.slice(0, -1), form])];
  }
  if (word.startsWith('~')) return inflections(word.slice(1)).map((form) => [form]);
  // A compound: "deadletter", or "dead letter" (a hyphenated word is split into terms the same way).
  if (word.includes('-')) return [[word.replaceAll('-', '')], word.split('-')];
  return [[word]];
}

// Slots recur across families: each is expanded once.
const slotCache = new Map<string, Alternatives>();

function slotRuns(name: string): Alternatives {
  let runs = slotCache.get(name);
  if (!runs) {
    runs = slot(name).flatMap((entry) => cartesian(entry.split(' ').map((w) => merged(expandWord(w)))));
    slotCache.set(name, runs);
  }
  return runs;
}

/** Alternatives of one word each become a single "a|b" step; a compound's two spellings stay apart. */
function merged(runs: Alternatives): Alternatives {
  return runs.every((r) => r.length === 1) ? [[[...new Set(runs.map((r) => r[0]!))].join('|')]] : runs;
}

function cartesian(parts: Alternatives[]): Alternatives {
  let runs: Alternatives = [[]];
  for (const alternatives of parts) runs = runs.flatMap((run) => alternatives.map((alt) => [...run, ...alt]));
  return runs;
}

/**
 * Expands one space-separated token of the data notation into its alternatives: the one-word ones
 * share a single "a|b|c" step, each longer one is a run of its own.
 */
function expandToken(raw: string): Alternatives {
  const optional = raw.endsWith('?') && raw.length > 1;
  const runs = (optional ? raw.slice(0, -1) : raw).split('|').flatMap(expandWord);
  const single = [...new Set(runs.filter((r) => r.length === 1).map((r) => r[0]!))];
  const alternatives: Alternatives = [...(single.length ? [[single.join('|')]] : []), ...runs.filter((r) => r.length > 1)];
  if (!optional) return alternatives;
  if (alternatives.length === 1 && alternatives[0]!.length === 1) return [[`${alternatives[0]![0]}?`]];
  return [...alternatives, []];
}

/** A pattern of the data notation as plain src/text/phrases.ts patterns. */
export function expandPattern(pattern: string): string[] {
  const runs = cartesian(pattern.trim().split(/\s+/).map(expandToken));
  // A run may not start with an optional step or an empty slot: drop the leading "?" ones as the matcher would skip them.
  return [...new Set(runs.map((run) => run.join(' ')).filter((p) => p && !/^\S*\?/.test(p)))];
}

const termSpec = (term: FailureFamily['terms'][number]): PhraseSpec => (typeof term === 'string' ? { pattern: term } : term);

/** Each family's terms expanded, as [term index, plain pattern]: what the bundle prebuilds (src/text/prebuilt.ts). */
export function failurePatterns(): Array<Array<[number, string]>> {
  return failureFamilies.map((family) => family.terms.flatMap((term, t) => expandPattern(termSpec(term).pattern).map((pattern): [number, string] => [t, pattern])));
}

/** A family's terms as plain phrase specs: prebuilt by the bundle, else expanded here. */
export function expandFamily(family: FailureFamily): PhraseSpec[] {
  const built = prebuilt.failurePatterns?.[failureFamilies.indexOf(family)];
  if (built) return built.map(([t, pattern]) => ({ ...termSpec(family.terms[t]!), pattern }));
  return family.terms.flatMap((term) => {
    const spec = termSpec(term);
    return expandPattern(spec.pattern).map((pattern) => ({ ...spec, pattern }));
  });
}
