// Finding technology names in a sentence, with the lexicon compiled once per run.
import { technologies, type Technology } from '../../rules/data/technologies.js';
import { memoize } from './memo.js';
import { PhraseIndex, type PhraseEntry } from './phrases.js';
import { prebuilt } from './prebuilt.js';
import type { Word } from '../types.js';

export interface TechMention {
  tech: Technology;
  start: number;
  end: number;
}

interface Lexicon {
  index: PhraseIndex<Technology, Word>;
  /** Keys of single words that are names by themselves, so "CI/CD" is not split at its slash. */
  wholeKeys: Set<string>;
  /** The lexicon's names matched only as written, in lower case with single spaces: see foldedNamed. */
  folded: Map<string, Technology>;
}
const NONE: readonly string[] = [];

// Case-sensitive entries ("Go", "Spark") are keyed by their exact spelling behind "=", the rest by lower case.
const keyOf = (w: string): string => (w.startsWith('=') ? w : w.toLowerCase());

// Keys for each spelling, made once per run (bounded, as terms are).
const KEY_CACHE_SIZE = 50_000;
const keyCache = new Map<string, readonly string[]>();

const VERSIONED = /^([A-Za-z][A-Za-z+#]{2,})\d{1,2}$/;

function tokenKeys(word: Word): readonly string[] {
  let keys = keyCache.get(word.text);
  if (!keys) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    const text = word.text.replace(/['\u2019]s$/, '');
    // A version written on ("Python3", "Vue3", "PHP7") names the tool; the base needs three letters ("R2", "S3", "EC2" are not).
    const base = VERSIONED.exec(text)?.[1];
    keys = base ? ['=' + text, text.toLowerCase(), '=' + base, base.toLowerCase()] : ['=' + text, text.toLowerCase()];
    keyCache.set(word.text, keys);
  }
  return keys;
}

const JS_SUFFIXES = ['.js', 'js', 'JS', 'Js', '.JS'];

/** "React" of "React.js" or "ReactJS": the name a one-word JavaScript name adds its suffix to. */
function jsBase(name: string): string | undefined {
  const base = /^(\S+?)\.?js$/i.exec(name)?.[1];
  return base && base.length > 1 ? base : undefined;
}

/** "React.js" is also written "ReactJs", "Reactjs", "ReactJS", "React.JS": every suffix spelling of a JavaScript name. */
function jsSpellings(name: string): string[] {
  const base = jsBase(name);
  return base ? [name, ...JS_SUFFIXES.map((suffix) => base + suffix)] : [name];
}

/** A closed name split where its capitals join ("Mongo DB", "Type Script", "Postgre SQL"), and js spaced off ("Node js"). */
const STUCK = /^([A-Z][a-z]{3,})([A-Z][A-Za-z]+)$/;
function spacedSpellings(name: string): string[] {
  const base = jsBase(name);
  if (base) return [`${base} js`, `${base} JS`, `${base} Js`];
  const stuck = STUCK.exec(name);
  return stuck ? [`${stuck[1]} ${stuck[2]}`] : [];
}

/**
 * Every spelling of a technology: its names, their JavaScript suffixes, and the spaced spellings
 * people write ("Mongo DB", "React js"), which match only as written, as a case-sensitive name does.
 */
function spellingsOf(tech: Technology): Map<string, boolean> {
  const given = tech.aliases ? [tech.name, ...tech.aliases] : [tech.name];
  const out = new Map<string, boolean>();
  for (const name of given) for (const spelling of jsSpellings(name)) out.set(spelling, tech.caseSensitive === true);
  for (const name of given) for (const spelling of spacedSpellings(name)) if (!out.has(spelling)) out.set(spelling, true);
  return out;
}

/**
 * The lexicon's own names as plain data, the same whatever configuration adds: each spelling as a
 * pattern with its technology's place in the lexicon, the keys of words that are names whole, and the
 * names matched only as written, folded (see foldedNamed). The bundle holds it prebuilt (src/text/prebuilt.ts).
 */
export interface TechTable {
  entries: ReadonlyArray<readonly [number, string]>;
  wholeKeys: readonly string[];
  folded: ReadonlyArray<readonly [string, number]>;
}

export function techTable(): TechTable {
  const entries: Array<readonly [number, string]> = [];
  const wholeKeys = new Set<string>();
  const folded: Array<readonly [string, number]> = [];
  technologies.forEach((tech, i) => {
    for (const [name, exact] of spellingsOf(tech)) {
      const words = name.split(/\s+/).map((w) => (exact ? '=' + w : w));
      entries.push([i, words.join(' ')]);
      for (const w of words) wholeKeys.add(keyOf(w));
      if (exact) folded.push([name.toLowerCase(), i]);
    }
  });
  return { entries, wholeKeys: [...wholeKeys], folded };
}

/** The lexicon, plus any names configuration adds (case-insensitive, as written). */
const lexiconFor = memoize((extra: readonly string[]): Lexicon => {
  const table = prebuilt.techTable ?? techTable();
  const entries: Array<PhraseEntry<Technology>> = table.entries.map(([i, pattern]) => {
    const tech = technologies[i]!;
    return { pattern, value: tech, ...(tech.notFollowedBy ? { notFollowedBy: tech.notFollowedBy } : {}) };
  });
  const wholeKeys = new Set(table.wholeKeys);
  // Names from configuration are text: "?", "*" and "|" in them are not pattern syntax.
  for (const name of extra) {
    const words = name.split(/\s+/);
    entries.push({ pattern: words.join(' '), value: { name, kind: 'tool' }, literal: true });
    for (const w of words) wholeKeys.add(keyOf(w));
  }
  // A name never runs across a comma or a new list item: "Azure, SQL Server" is not "Azure SQL".
  const index = new PhraseIndex(entries, keyOf, tokenKeys, { afterBreak: (w: Word) => w.afterBreak === true });
  // The lexicon's own names are the same whatever configuration adds: one map serves every lexicon.
  sharedFolded ??= new Map(table.folded.map(([name, i]) => [name, technologies[i]!]));
  return { index, wholeKeys, folded: sharedFolded };
});
let sharedFolded: Map<string, Technology> | undefined;

/** "Postgres/Redis" holds two names; "CI/CD" is one. */
function splitSlashes(words: readonly Word[], wholeKeys: Set<string>): Word[] {
  const out: Word[] = [];
  for (const word of words) {
    if (!word.text.includes('/') || tokenKeys(word).some((k) => wholeKeys.has(k))) {
      out.push(word);
      continue;
    }
    let offset = 0;
    for (const part of word.text.split('/')) {
      if (part) {
        const start = word.start + offset;
        out.push({ text: part, lower: part.toLowerCase(), start, end: start + part.length, afterBreak: offset > 0 || word.afterBreak });
      }
      offset += part.length + 1;
    }
  }
  return out;
}

// Several rules ask about the same sentence's words; the answer is kept while the words live.
const found = new WeakMap<readonly Word[], Map<readonly string[], readonly TechMention[]>>();

/** The technologies named in the words, left to right. The list is shared: do not change it. */
export function findTechnologies(words: readonly Word[], extra: readonly string[] = NONE): readonly TechMention[] {
  // A rule's default of no extra names is a list of its own: read as the lexicon alone, so that one
  // lexicon is built and each sentence matched once, whichever rule asks first.
  if (extra.length === 0) extra = NONE;
  let byExtra = found.get(words);
  const known = byExtra?.get(extra);
  if (known) return known;
  const { index, wholeKeys } = lexiconFor(extra);
  const tokens = splitSlashes(words, wholeKeys);
  const mentions = index.matchAll(tokens).map((m) => ({ tech: m.value, start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end }));
  if (!byExtra) found.set(words, (byExtra = new Map()));
  byExtra.set(extra, mentions);
  return mentions;
}

/**
 * The technology a name matched only as written names when written all in one case ("python",
 * "spring boot", "node js", "JAVA", "MONGO DB"), for the one place that can tell: a list of other
 * technologies. Elsewhere "react" and "go" are verbs and "python" a snake.
 */
export function foldedNamed(written: string): Technology | undefined {
  return (sharedFolded ?? lexiconFor(NONE).folded).get(written.toLowerCase().replace(/\s+/g, ' '));
}

/** Distinct technologies among mentions, in order of first mention. */
export function distinctTechnologies(mentions: readonly TechMention[]): readonly TechMention[] {
  const seen = new Set<Technology>();
  return mentions.filter((m) => (seen.has(m.tech) ? false : (seen.add(m.tech), true)));
}
