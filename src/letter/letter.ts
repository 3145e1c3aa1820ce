// Builds the one shared view of a letter that every rule reads.
import { readAnatomy } from './anatomy.js';
import { readFacts } from './facts.js';
import { findNumbers } from '../text/metrics.js';
import { blankComments } from '../text/mdast.js';
import { parseLetter } from '../text/parse.js';
import { FOCUSES, SENIORITIES, type Letter, type Profile, type RunContext } from '../types.js';
import { wordsOnLine } from '../text/latin.js';

export type Format = 'markdown' | 'text';

export function formatOf(path: string): Format {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(path) ? 'markdown' : 'text';
}

/** `parseYaml` is passed in so the YAML parser is only loaded for letters that have frontmatter. */
export interface LetterContext {
  parseYaml?: (source: string) => unknown;
  /** From configuration or flags; the letter's own frontmatter wins. */
  profile?: Profile;
  run?: RunContext;
}

const NO_RUN: RunContext = { companies: new Set() };

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * A word processor's no-break spaces (U+00A0, U+2007, U+202F), pasted in with the letter, are spaces
 * to every reader: "Yours\u00a0faithfully," is a sign-off and "5-star\u00a0rating" a kind of rating.
 * Each is one UTF-16 unit, as a space is, so every offset stays the letter's own.
 */
const NO_BREAK = /[\u00a0\u2007\u202f]/g;
export const withSpaces = (text: string): string => (text.search(NO_BREAK) < 0 ? text : text.replace(NO_BREAK, ' '));

export function buildLetter(path: string, text: string, format: Format, context: LetterContext = {}): Letter {
  const { parseYaml } = context;
  const parsed = parseLetter(text, format);
  let frontmatter: Record<string, unknown> | undefined;
  if (parsed.frontmatter !== undefined && parseYaml) {
    try {
      const value = parseYaml(parsed.frontmatter);
      if (value && typeof value === 'object' && !Array.isArray(value)) frontmatter = value as Record<string, unknown>;
    } catch {
      // Frontmatter that is not valid YAML gives no facts; the prose is still linted.
    }
  }
  const { anatomy, blocks } = readAnatomy(text, parsed.blocks, format);
  // Before the numbers: a figure of the reader's company ("Hollowell operates 200 stores") is not the writer's.
  const facts = readFacts(text, anatomy, frontmatter);
  const sentences = blocks.flatMap((b) => b.sentences);
  const outside = new Set([...anatomy.header, ...anatomy.signoff].flatMap((b) => b.sentences));
  const letter: Letter = {
    path,
    format,
    text,
    frontmatter,
    blocks,
    sentences,
    wordCount: parsed.wordCount + htmlWords(text, parsed.html),
    numbers: findNumbers(text, sentences.filter((s) => !outside.has(s)), facts.company),
    anatomy,
    facts,
    excluded: parsed.excluded,
    comments: parsed.comments,
    html: parsed.html,
    profile: {
      seniority: pick(frontmatter?.seniority, SENIORITIES) ?? context.profile?.seniority,
      focus: pick(frontmatter?.focus, FOCUSES) ?? context.profile?.focus,
    },
    run: context.run ?? NO_RUN,
  };
  return letter;
}

const TAG = /<[^<>]{0,2000}>/g;
/**
 * The words a reader sees in Markdown's HTML blocks ("<ul><li>Built the ledger</li></ul>"): their
 * text without tags and comments, counted as runs between white space that hold a letter or digit.
 */
function htmlWords(text: string, html: ReadonlyArray<[number, number]>): number {
  let n = 0;
  for (const range of html) n += wordsOnLine(htmlShown(text, range));
  return n;
}

/** The text a reader sees in one of Markdown's HTML blocks: without its tags and comments. */
export function htmlShown(text: string, [start, end]: readonly [number, number]): string {
  return blankComments(text.slice(start, end)).replace(TAG, ' ');
}

