// Word normalisation for phrase matching. Both the phrase data and the letter go through the same
// functions, so a folding only has to be consistent, not linguistically perfect.
import { irregularVerbs } from '../../rules/data/verbs.js';
import type { Term, Word } from '../types.js';

// Maps, not plain objects: they are looked up by a letter's words, and "constructor" or
// "__proto__" must not find Object.prototype's members.
const CONTRACTIONS = new Map<string, string[]>([
  ["i'm", ['i', 'am']],
  ["can't", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["let's", ['let', 'us']],
]);
const SUFFIXES: Array<[string, string]> = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'s", ''],
];

// British spellings that the suffix folding below does not reach.
const SPELLING = new Map<string, string>(Object.entries({
  orientated: 'oriented',
  orientate: 'orient',
  behaviour: 'behavior',
  colour: 'color',
  favour: 'favor',
  honour: 'honor',
  labour: 'labor',
  centre: 'center',
  programme: 'program',
  catalogue: 'catalog',
  defence: 'defense',
  licence: 'license',
  judgement: 'judgment',
  analyse: 'analyze',
  analysed: 'analyzed',
  analysing: 'analyzing',
  modelling: 'modeling',
  modelled: 'modeled',
  travelled: 'traveled',
  labelled: 'labeled',
  cancelled: 'canceled',
  enrol: 'enroll',
  learnt: 'learned',
}));

/** Lower case, straight apostrophes and dashes, British spelling folded to American. */
export function normalise(raw: string): string {
  const lower = raw.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u2010-\u2014]/g, '-').replace(/[*_~]/g, '');
  const spelled = SPELLING.get(lower);
  if (spelled) return spelled;
  // organise, organised, organising, organisation → -ize forms
  return lower.replace(/^(.{3,}[^aeiou])is(e|ed|es|ing|ation|ations|ational)$/, '$1iz$2');
}


let irregularForms: Map<string, string> | undefined;
/**
 * Each irregular form, and the base itself, to the base's stem ("made" and "make" to "mak"):
 * "goes/went above and beyond" meet "go above and beyond". Not the forms with another common sense
 * (rules/data/verbs.ts), nor "left", "saw", "felt", "known" or "driven", which are not listed at all
 * ("results-driven" must not meet "results drive").
 */
function irregularFormsMap(): Map<string, string> {
  irregularForms = new Map();
  for (const { base, forms, fold } of irregularVerbs) {
    if (fold === false) continue;
    const key = regularStem(base);
    irregularForms.set(base, key);
    for (const form of forms) irregularForms.set(form, key);
  }
  return irregularForms;
}

/**
 * A light stemmer: folds plurals and -ed/-ing/-er-less verb forms so that "thrive", "thrives",
 * "thriving" and "thrived" meet. It never has to produce a real word.
 */
export function stem(norm: string): string {
  return (irregularForms ?? irregularFormsMap()).get(norm) ?? regularStem(norm);
}

function regularStem(norm: string): string {
  let s = norm;
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 4 && s.endsWith('ied')) s = s.slice(0, -3) + 'y';
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  // The plural of an -ing noun meets its singular: "warnings" and "warning", "listings" and "listing".
  else if (s.length > 6 && s.endsWith('ings')) s = s.slice(0, -4);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  // A consonant doubled before the ending goes back to one: "running" meets "run", "shipped" "ship",
  // "embedding" "embed"; not "ll", "ss", "ff" or "zz" ("installing", "passing"), nor a word left too short ("adding").
  else if (s !== norm && s.length > 3 && /([b-df-hj-np-rtv-y])\1$/.test(s) && !/(?:ll|ss|ff|zz)$/.test(s)) s = s.slice(0, -1);
  return s;
}

/** What joins the pieces of one word: a hyphen, a dash or a slash ("code/test", "self-starter"). */
export const JOINER = /[-\u2010-\u2014/]/;

/** Split a word into the terms phrase matching sees, each with its own offsets, appended to `out`. */
export function termsOf(word: Word, out: Term[] = []): Term[] {
  // Most words hold no hyphen, dash or slash: one piece, without a pattern run over it.
  if (!JOINER.test(word.text)) {
    pushPiece(out, word.text, word.start);
    return out;
  }
  const re = /[^\-\u2010-\u2014/]+/g;
  for (let m = re.exec(word.text); m; m = re.exec(word.text)) {
    pushPiece(out, m[0], word.start + m.index);
  }
  return out;
}

/** A term without its place: what one spelling of a piece always folds to. */
type Folded = Pick<Term, 'norm' | 'stem' | 'keys'>;

function folded(norm: string): Folded {
  const s = stem(norm);
  return { norm, stem: s, keys: [s, '=' + norm] };
}

function foldPiece(piece: string): Folded[] {
  const norm = normalise(piece).replace(/^'+|'+$/g, '');
  if (!norm) return [];
  const whole = CONTRACTIONS.get(norm);
  if (whole) return whole.map(folded);
  for (const [suffix, expansion] of SUFFIXES) {
    if (norm.length > suffix.length && norm.endsWith(suffix)) {
      const head = folded(norm.slice(0, -suffix.length));
      return expansion ? [head, folded(expansion)] : [head];
    }
  }
  return [folded(norm)];
}

// Letters share most of their words, so each spelling is folded once per run, not once per use.
// Bounded, so a megabyte of distinct tokens cannot grow it without limit.
const FOLD_CACHE_SIZE = 50_000;
const foldCache = new Map<string, Folded[]>();

function pushPiece(out: Term[], piece: string, start: number): void {
  let pieces = foldCache.get(piece);
  if (!pieces) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    pieces = foldPiece(piece);
    foldCache.set(piece, pieces);
  }
  const end = start + piece.length;
  for (const { norm, stem, keys } of pieces) out.push({ norm, stem, keys, start, end });
}

/** Phrase data is written as plain words; this turns one data word into the keys a term is compared by. */
export function keysOfDataWord(word: string): string[] {
  return word
    .split(/[-\s]+/)
    .filter(Boolean)
    .map((w) => stem(normalise(w)));
}

/**
 * The key a phrase pattern's word is compared by: its stem, or with a leading "=" its exact
 * normalised form, for words whose stem meets an unrelated one ("=paged" is not "page").
 */
export function patternKey(word: string): string {
  let key = patternKeys.get(word);
  if (key === undefined) {
    if (patternKeys.size >= FOLD_CACHE_SIZE) patternKeys.clear();
    key = word.startsWith('=') ? '=' + normalise(word.slice(1)) : keysOfDataWord(word)[0]!;
    patternKeys.set(word, key);
  }
  return key;
}

// Data words only (never a letter's), so the cache is bounded by the data: generated patterns repeat
// the same word lists many times.
const patternKeys = new Map<string, string>();

/** The keys a letter's term can match a pattern word by: see patternKey. */
export function termKeys(term: Term): readonly string[] {
  return term.keys ?? [term.stem, '=' + term.norm];
}
