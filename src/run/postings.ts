// Reading postings: the file --posting names, and the one a letter names in its frontmatter, each
// read once per run and held to the project's bounds (a letter is untrusted), then analysed
// (src/letter/posting.ts). The engine reads no file; the run gives it postings through this.
import path from 'node:path';
import { readLetter } from './read.js';
import { OUTSIDE, readable, within, type Root } from './root.js';
import { formatOf } from '../letter/letter.js';
import { analysePosting } from '../letter/posting.js';
import { loadMarkdownFor } from '../text/remark.js';
import type { Letter, Posting } from '../types.js';

/** A posting that cannot be read; the message names it and the reason. */
export class PostingError extends Error {}

const cache = new Map<string, Promise<Posting>>();

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
