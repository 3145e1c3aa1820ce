// A job posting's salient terms: the technologies it names and the domain nouns and two-word
// phrases it repeats, stemmed, without function words and boilerplate (benefits, legal text),
// weighted so that what the posting stresses comes first. The letter is then checked against them.
import path from 'node:path';
import { postingBoilerplate, stopWords, vagueAlone } from '../../rules/data/hiring.js';
import { readLetter } from '../run/read.js';
import { OUTSIDE, readable, within, type Root } from '../run/root.js';
import { formatOf } from './letter.js';
import { loadMarkdownFor, parseLetter } from '../text/parse.js';
import { findTechnologies, type TechMention } from '../text/tech.js';
import { normalise, stem } from '../text/terms.js';
import type { Letter, Posting, Term } from '../types.js';

/** A posting that cannot be read; the message names it and the reason. */
export class PostingError extends Error {}

const cache = new Map<string, Promise<Posting>>();
let skip: Set<string> | undefined;
let vague: Set<string> | undefined;

/**
 * Reads and analyses a posting once per run, however many letters name it. It is read as a letter
 * is (read.ts), so a folder, a named pipe, a device, a binary or an oversized file is a one-line
 * reason, never a hang; the reason leaves out the path: callers name it as the user wrote it.
 */
export function loadPosting(file: string, shown = file): Promise<Posting> {
  const full = path.resolve(file);
  let posting = cache.get(full);
  if (!posting) {
    posting = readLetter(full, 'posting').then(async (read) => {
      if ('error' in read) throw new PostingError(`${shown}: ${read.error}`);
      const text = read.text.replace(/^\uFEFF/, '');
      await loadMarkdownFor(text, formatOf(full));
      return analysePosting(text, full);
    });
    cache.set(full, posting);
  }
  return posting;
}

/**
 * The posting a letter names in its frontmatter ("posting: acme-posting.md", relative to the
 * letter). The letter is untrusted, so the posting must be inside the project (`root`), by its path
 * and after links; that is checked before anything is read, so the reason says nothing of whether
 * a file outside exists.
 */
export async function postingOf(letter: Letter, root?: Root): Promise<Posting | undefined> {
  const named = letter.frontmatter?.posting;
  if (typeof named !== 'string' || !named.trim() || letter.path.startsWith('<')) return undefined;
  // Named by the letter, so the message says which posting, as the letter wrote it.
  const shown = `posting ${named.trim()}`;
  const file = path.resolve(path.dirname(letter.path), named.trim());
  if (root) {
    if (!within(root.path, file) && !within(root.real, file)) throw new PostingError(`${shown}: outside the project; a posting named in frontmatter must be inside ${root.path}`);
    if (!readable(file, root)) throw new PostingError(`${shown}: ${OUTSIDE}`);
  }
  return loadPosting(file, shown);
}

// A company name: up to three capitalised words on one line ("Copperline", "Acme Pay"), never
// across a line break, so a heading above "Copperline is hiring" is not taken into the name. Each
// word is at most 40 characters: tried from every capital of one long word ("-A-A-A…"), an
// unbounded word scanned to its end each time (100,000 characters took 4 s).
const NAME = "(\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}(?:[ \\t]+\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}){0,2})";
const COMPANY = [
  /^company:[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*$/m,
  new RegExp(`${NAME}[ \\t]+is[ \\t]+hiring\\b`, 'u'),
  // "## About Copperline" as a heading or a line of its own, not "you care about Kafka".
  new RegExp(`^(?:#+[ \\t]*)?About[ \\t]+${NAME}[ \\t]*:?[ \\t]*$`, 'mu'),
  new RegExp(`\\b[Aa]t[ \\t]+${NAME},[ \\t]+(?:we|our)\\b`, 'u'),
];

export function analysePosting(text: string, file: string): Posting {
  skip ??= new Set([...stopWords, ...postingBoilerplate].map((w) => stem(normalise(w))));
  vague ??= new Set(vagueAlone.map((w) => stem(normalise(w))));
  const parsed = parseLetter(text, formatOf(file));
  const weights = new Map<string, { stems: string[]; display: Map<string, number>; weight: number }>();
  const add = (stems: string[], display: string, weight: number) => {
    const key = stems.join(' ');
    const entry = weights.get(key) ?? { stems, display: new Map(), weight: 0 };
    entry.weight += weight;
    entry.display.set(display, (entry.display.get(display) ?? 0) + 1);
    weights.set(key, entry);
  };
  for (const block of parsed.blocks) {
    // Headings and list items carry the posting's own summary of what matters.
    const boost = block.kind === 'heading' || block.list !== undefined ? 1.5 : 1;
    for (const sentence of block.sentences) {
      const techs = findTechnologies(sentence.words);
      for (const group of alternatives(text, techs)) {
        const names = [...new Set(group.map((t) => t.tech.name))];
        add([`tech:${names.join('|')}`], names.join(' or '), 3 * boost);
      }
      const inTech = (term: Term) => techs.some((t) => term.start >= t.start && term.end <= t.end);
      const terms = sentence.terms.filter((t) => !inTech(t));
      const content = (t: Term | undefined) => t !== undefined && t.norm.length > 2 && !skip!.has(t.stem) && !/^\d/.test(t.norm);
      for (let i = 0; i < terms.length; i++) {
        const a = terms[i]!;
        if (!content(a)) continue;
        if (!vague!.has(a.stem)) add([a.stem], a.norm, boost);
        const b = terms[i + 1];
        if (content(b) && !b!.afterBreak) add([a.stem, b!.stem], `${a.norm} ${b!.norm}`, 2 * boost);
      }
    }
  }
  // A word said once is noise unless it names a technology.
  const terms = [...weights.values()]
    .filter((e) => e.stems[0]!.startsWith('tech:') || [...e.display.values()].reduce((n, x) => n + x, 0) >= 2)
    .map((e) => ({ stems: e.stems, display: [...e.display.entries()].sort((x, y) => y[1] - x[1])[0]![0], weight: e.weight }))
    .sort((x, y) => y.weight - x.weight || x.display.localeCompare(y.display));
  // A phrase outranks its own words: "payment ledger" covers "ledger".
  const company = COMPANY.map((re) => re.exec(text)?.[1]?.trim()).find(Boolean);
  // The company's own name is checked on its own (mirror-posting), not weighed as a term.
  const named = new Set((company ?? '').split(/[\s&.-]+/).filter(Boolean).map((w) => stem(normalise(w))));
  const kept = terms.filter(
    (t) =>
      !t.stems.some((s) => named.has(s)) &&
      (t.stems.length > 1 || !terms.some((o) => o.stems.length > 1 && o.weight >= t.weight && o.stems.includes(t.stems[0]!))),
  );
  return { path: file, company, terms: kept };
}

/**
 * Technologies grouped where the posting offers a choice: "Go or Java", "Go, Java or Kotlin",
 * "Go/Java" are one term, met by any of them; "Go, Java and Kafka" are three.
 */
function alternatives(text: string, techs: readonly TechMention[]): TechMention[][] {
  const groups: TechMention[][] = [];
  let run: TechMention[] = [];
  let choice = false;
  const flush = () => {
    if (choice) groups.push(run);
    else for (const t of run) groups.push([t]);
    run = [];
    choice = false;
  };
  for (const t of techs) {
    const prev = run.at(-1);
    const between = prev ? text.slice(prev.end, t.start) : '';
    if (prev && /^\s*(?:,\s*)?(?:or\s|\/)\s*$/.test(between)) choice = true;
    else if (!(prev && /^\s*,\s*$/.test(between))) flush();
    run.push(t);
  }
  flush();
  return groups.filter((g) => g.length > 0);
}

/** Whether the letter mentions a posting term: a technology by name, words by their stems in a row. */
export function mentions(letter: Letter, stems: readonly string[]): boolean {
  if (stems[0]!.startsWith('tech:')) {
    const names = new Set(stems[0]!.slice(5).split('|'));
    return letter.sentences.some((s) => findTechnologies(s.words).some((t) => names.has(t.tech.name)));
  }
  return letter.sentences.some((s) => s.terms.some((_, i) => stems.every((st, k) => s.terms[i + k]?.stem === st)));
}
