// One-pass phrase matching over a sentence's tokens: patterns are indexed by the keys of their
// first step, and a token whose keys start none is passed over by two property reads (see Marked).
import { stemsOfPhrase } from './parse.js';
import { patternKey, termKeys } from './terms.js';
import type { PhraseSpec, Term } from '../types.js';

/** Candidates of one first word beyond which they are narrowed by their second word. */
const FAN_OUT = 8;

/**
 * Pattern syntax, over words separated by spaces:
 *   word        one token whose key equals the word's key
 *   a|b|c       any of the alternatives
 *   word?       optional (never the first step)
 *   *           exactly one token of any kind
 *   _           exactly one content word: not a function word ("of", "with", "who"), so a slot
 *               cannot run out of the phrase ("a dedicated _ engineer" takes "a dedicated backend
 *               engineer", not "a dedicated team of engineers")
 */
interface Step {
  keys: Set<string> | null;
  optional: boolean;
  /** A "_" slot: any token the index's `isContent` accepts. */
  content?: boolean;
}

interface Compiled<T> {
  /** Compiled on first use: most patterns' first word never occurs, and their other words are never keyed. */
  steps?: Step[];
  pattern: string;
  /** Fixed "*" slots at the end of the pattern. */
  trailingSlots: number;
  value: T;
  notFollowedBy?: Set<string>;
  notPrecededBy?: Set<string>;
}

export interface PhraseEntry<T> extends PhraseSpec {
  value: T;
}

export interface Match<T> {
  value: T;
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
  /** `to` less any trailing "*" slots: the tokens that are the phrase itself. */
  coreTo: number;
}

export interface MatchOptions<Token, T = unknown> {
  /** Tokens that may stand between two steps without breaking the phrase (inserted adverbs). */
  skippable?: (token: Token) => boolean;
  maxSkips?: number;
  /**
   * Tokens with clause punctuation before them ("team, player"): two fixed words of a phrase may
   * not be split by it, though an inserted adverb or a "*" slot may ("fast-paced, modern team").
   */
  afterBreak?: (token: Token) => boolean;
  /** The keys of a literal phrase, word by word; by default its words split on spaces, each through keyOf. */
  literalKeys?: (phrase: string) => string[];
  /** What a "_" slot takes; without it, any token. */
  isContent?: (token: Token) => boolean;
  /**
   * A last say on a candidate match (tokens `from` to `to`, end exclusive), for a sense that depends
   * on the words around it; a refused candidate leaves room for the next one at the same start.
   */
  accept?: (value: T, tokens: readonly Token[], from: number, to: number) => boolean;
  /** Candidates of one first word beyond which they are narrowed by their second word (tests compare with none). */
  fanOut?: number;
}

/**
 * What a token's key list has been found to start, index by index: bit k of `seen` says index k has
 * looked, bit k of `starts` that some pattern of it begins there. Key lists are shared by every
 * token of one spelling (termKeys, the technology keys), so after a letter or two most tokens answer
 * every index with two property reads instead of a map lookup per key. So a `tokenKeys` must never
 * change the keys of a list it has handed out (a fresh list each time is fine, only slower).
 */
interface Marked {
  seen?: number;
  starts?: number;
}
/** Bits handed out so far; an index past the 30th goes without (it looks its keys up each time). */
let bitsGiven = 0;

export class PhraseIndex<T, Token> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();
  private readonly bit = bitsGiven < 30 ? 1 << bitsGiven++ : 0;

  /**
   * @param keyOf turns one word of a pattern into the key tokens are compared by
   * @param tokenKeys the keys a token can match (more than one when, say, case matters for some entries)
   */
  constructor(
    entries: Iterable<PhraseEntry<T>>,
    private readonly keyOf: (dataWord: string) => string,
    private readonly tokenKeys: (token: Token) => readonly string[],
    private readonly options: MatchOptions<Token, T> = {},
  ) {
    const keySet = (words?: readonly string[]) => (words?.length ? new Set(words.map(keyOf)) : undefined);
    for (const { pattern, literal, value, notFollowedBy, notPrecededBy } of entries) {
      // Literal phrases (from configuration, few) are keyed whole; a pattern only by its first word until it is needed.
      const steps = literal ? (options.literalKeys?.(pattern) ?? pattern.trim().split(/\s+/).map(keyOf)).map((key) => ({ keys: new Set([key]), optional: false })) : undefined;
      const first = steps ? steps[0] : step(firstWord(pattern), keyOf);
      if (!first || !first.keys || first.optional) {
        throw new Error(`phrase pattern must start with a fixed word: "${pattern}"`);
      }
      // One compiled entry, shared by every key of the first step (a generated alternation may hold a hundred).
      const compiled: Compiled<T> = { steps, pattern, trailingSlots: steps ? trailing(steps) : 0, value, notFollowedBy: keySet(notFollowedBy), notPrecededBy: keySet(notPrecededBy) };
      for (const key of first.keys) {
        const list = this.byFirst.get(key) ?? [];
        list.push(compiled);
        this.byFirst.set(key, list);
      }
    }
  }

  /** Non-overlapping matches, left to right, the longest at each start. */
  matchAll(tokens: readonly Token[]): Match<T>[] {
    const out: Match<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      let best: Match<T> | undefined;
      const keys = this.tokenKeys(tokens[i]!);
      if (!this.mayStart(keys)) {
        i++;
        continue;
      }
      for (let k = 0; k < keys.length; k++) {
        // A word that starts a phrase by one of its keys may not by another ("=paged", "page").
        const all = this.byFirst.get(keys[k]!);
        if (all === undefined) continue;
        // A common first word ("I", "a") starts hundreds of patterns: only those whose second word is
        // the next one (or one after skippable words) are tried, in their order.
        const candidates = all.length > (this.options.fanOut ?? FAN_OUT) ? this.narrow(all, tokens, i + 1) : all;
        for (const candidate of candidates) {
          const steps = candidate.steps ?? this.compiled(candidate);
          const to = this.run(steps, 1, tokens, i + 1, 0, false);
          if (to < 0 || (best && to <= best.to)) continue;
          if (this.hasAny(candidate.notFollowedBy, tokens[to]) || this.hasAny(candidate.notPrecededBy, tokens[i - 1])) continue;
          if (this.options.accept && !this.options.accept(candidate.value, tokens, i, to)) continue;
          best = { value: candidate.value, from: i, to, coreTo: to - candidate.trailingSlots };
        }
      }
      if (best) {
        out.push(best);
        i = best.to;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Whether any key of the list starts a pattern, asked of the map once per list (see Marked). */
  private mayStart(keys: readonly string[] & Marked): boolean {
    const bit = this.bit;
    if (bit !== 0 && ((keys.seen ?? 0) & bit) !== 0) return ((keys.starts ?? 0) & bit) !== 0;
    let starts = false;
    for (let k = 0; k < keys.length && !starts; k++) starts = this.byFirst.has(keys[k]!);
    if (bit !== 0) {
      // Both set every time, so that every marked list has one shape.
      keys.seen = (keys.seen ?? 0) | bit;
      keys.starts = (keys.starts ?? 0) | (starts ? bit : 0);
    }
    return starts;
  }

  private compiled(candidate: Compiled<T>): Step[] {
    candidate.steps = compile(candidate.pattern, this.keyOf);
    candidate.trailingSlots = trailing(candidate.steps);
    return candidate.steps;
  }

  /** For each long list of candidates, its members by the keys of their second step; the rest are always tried. */
  private readonly seconds = new Map<Compiled<T>[], { bySecond: Map<string, number[]>; open: number[]; openOnly: Compiled<T>[] }>();

  /**
   * The candidates of `all` that can match from the token at `at`: those whose second step is not
   * one fixed word, and those whose second word is the token's, or a later token's after words the
   * index may skip (as `run` does), in the order of `all`.
   */
  private narrow(all: Compiled<T>[], tokens: readonly Token[], at: number): Compiled<T>[] {
    let index = this.seconds.get(all);
    if (!index) {
      const bySecond = new Map<string, number[]>();
      const open: number[] = [];
      all.forEach((candidate, n) => {
        const second = (candidate.steps ?? this.compiled(candidate))[1];
        if (!second || !second.keys || second.optional || second.content) {
          open.push(n);
          return;
        }
        for (const key of second.keys) {
          const list = bySecond.get(key) ?? [];
          list.push(n);
          bySecond.set(key, list);
        }
      });
      index = { bySecond, open, openOnly: open.map((n) => all[n]!) };
      this.seconds.set(all, index);
    }
    // Most next words are no candidate's second word: then the always-tried ones, shared, nothing allocated.
    let found: number[] | undefined;
    const { skippable, maxSkips = 2 } = this.options;
    for (let t = at, skips = 0; t < tokens.length; t++, skips++) {
      const own = this.tokenKeys(tokens[t]!);
      for (let k = 0; k < own.length; k++) {
        const list = index.bySecond.get(own[k]!);
        if (list !== undefined) found = found === undefined ? list.slice() : found.concat(list);
      }
      if (!skippable || skips >= maxSkips || !skippable(tokens[t]!)) break;
    }
    if (found === undefined) return index.openOnly;
    const order = index.open.concat(found).sort((a, b) => a - b);
    const out: Compiled<T>[] = [];
    for (let k = 0; k < order.length; k++) if (k === 0 || order[k] !== order[k - 1]) out.push(all[order[k]!]!);
    return out;
  }

  /**
   * Returns the token index after the match, or -1. `loose` is true after a "*" slot or a skipped
   * adverb, where punctuation may stand. Patterns are short, so backtracking stays cheap.
   */
  private run(steps: Step[], s: number, tokens: readonly Token[], t: number, skips: number, loose: boolean): number {
    if (s === steps.length) return t;
    const step = steps[s]!;
    const token = tokens[t];
    const { skippable, maxSkips = 2, afterBreak } = this.options;
    const split = token !== undefined && !loose && step.keys !== null && afterBreak !== undefined && afterBreak(token);
    if (token !== undefined && !split && this.accepts(step, token)) {
      const end = this.run(steps, s + 1, tokens, t + 1, skips, step.keys === null);
      if (end >= 0) return end;
    }
    if (step.optional) {
      const end = this.run(steps, s + 1, tokens, t, skips, loose);
      if (end >= 0) return end;
    }
    if (skippable && skips < maxSkips && token !== undefined && skippable(token)) {
      return this.run(steps, s, tokens, t + 1, skips + 1, true);
    }
    return -1;
  }

  private accepts(step: Step, token: Token): boolean {
    if (step.content) return this.options.isContent?.(token) ?? true;
    return !step.keys || this.hasAny(step.keys, token);
  }

  private hasAny(keys: Set<string> | undefined, token: Token | undefined): boolean {
    if (!keys || token === undefined) return false;
    const own = this.tokenKeys(token);
    for (let k = 0; k < own.length; k++) if (keys.has(own[k]!)) return true;
    return false;
  }
}

function compile(pattern: string, keyOf: (w: string) => string): Step[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((raw) => step(raw, keyOf));
}

function step(raw: string, keyOf: (w: string) => string): Step {
  const optional = raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  if (body === '*') return { keys: null, optional };
  if (body === '_') return { keys: null, optional, content: true };
  return { keys: new Set(body.split('|').map(keyOf)), optional };
}

/** The pattern's first word, as written. */
function firstWord(pattern: string): string {
  const t = pattern.trimStart();
  const end = t.search(/\s/);
  return end < 0 ? t : t.slice(0, end);
}

/** How many "*" slots end the pattern. */
function trailing(steps: readonly Step[]): number {
  let n = 0;
  while (n < steps.length && !steps[steps.length - 1 - n]!.keys) n++;
  return n;
}

/**
 * An index over a sentence's terms, as every prose rule uses it: pattern words compared by stem
 * (or exact form with "="), never across clause punctuation, literal phrases tokenised as letters are.
 */
export function termIndex<T>(entries: Iterable<PhraseEntry<T>>, options: Pick<MatchOptions<Term, T>, 'skippable' | 'accept'> = {}): PhraseIndex<T, Term> {
  return new PhraseIndex(entries, patternKey, termKeys, {
    ...options,
    afterBreak: (t) => t.afterBreak === true,
    literalKeys: stemsOfPhrase,
    isContent: (t) => !isFunctionWord(t.norm),
  });
}

/** A word that joins or points rather than names ("of", "the", "which"). */
export const isFunctionWord = (norm: string): boolean => FUNCTION_WORDS.has(norm);

/** Words that join or point rather than name: a "_" slot stops at them. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'for', 'with', 'in', 'on', 'at', 'to', 'from', 'by', 'as', 'and', 'or', 'but', 'who', 'that',
  'which', 'whose', 'where', 'when', 'while', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'me', 'us', 'them', 'my', 'our',
  'your', 'their', 'its', 'his', 'her', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'will',
  'would', 'can', 'could', 'should', 'not', 'this', 'these', 'those', 'there', 'here', 'than', 'then', 'so', 'if',
]);
