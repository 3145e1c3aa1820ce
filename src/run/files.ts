// Turning command-line paths into letters to read: files as given, folders searched for letters,
// and glob patterns expanded. Problems come back as one-line reasons, never as exceptions.
import { constants as fsConstants, promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';
import { OUTSIDE, readable, type Root } from './root.js';
import { readLetter, reason } from './read.js';
import type { Globs } from '../types.js';

export const LETTER_EXTENSIONS = ['md', 'markdown', 'txt'];
const LETTER_GLOB = `**/*.{${LETTER_EXTENSIONS.join(',')}}`;
const IGNORE = ['**/node_modules/**'];

export interface Discovery {
  files: string[];
  /** One line each: "<path>: <reason>". */
  errors: string[];
}

export interface DiscoverOptions {
  cwd: string;
  /** gitignore-style patterns, each set relative to its folder: .letterlintignore, --ignore-pattern, "ignores". */
  ignores: readonly Globs[];
  /** When false, a folder or pattern that yields no letter is not an error. */
  errorOnUnmatched: boolean;
  /** Letters found in a folder or by a pattern must be inside it, or inside what was named. */
  root: Root;
}

export const IGNORE_FILE = '.letterlintignore';

const isGlob = (p: string) => /[*?[\]{}!]/.test(p);

/** The folder a pattern searches: its path up to the first segment with a pattern character. */
function staticPart(pattern: string): string {
  const segments = pattern.split('/');
  const first = segments.findIndex(isGlob);
  return segments.slice(0, first).join('/') || '.';
}

/** The patterns of the ignore file in `cwd`, if there is one. */
/** The patterns of the .letterlintignore in `dir`, relative to it; none when there is no such file. */
export async function readIgnoreFile(dir: string): Promise<Globs> {
  const read = await readLetter(path.join(dir, IGNORE_FILE));
  return { patterns: 'text' in read ? read.text.replace(/^\uFEFF/, '').split(/\r?\n/) : [], from: dir };
}

export async function discover(args: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const { cwd } = options;
  const files: string[] = [];
  const errors: string[] = [];
  const ignored = await ignoreTest(options.ignores);
  const unmatched = (arg: string, reason: string) => options.errorOnUnmatched && errors.push(`${arg}: ${reason}`);
  // What a folder or pattern finds is read only inside the project or the folder named.
  const keep = async (found: readonly string[], named: string) => {
    const allowed = [await fs.realpath(named).catch(() => named)];
    for (const f of found) {
      if (readable(f, options.root, allowed)) files.push(f);
      else errors.push(`${path.relative(cwd, f) || f}: ${OUTSIDE}`);
    }
  };
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (error) {
      if (isGlob(arg)) {
        const found = await glob([arg], cwd);
        const kept = found.filter((f) => !ignored(f));
        if (found.length === 0) unmatched(arg, 'no files match this pattern');
        else if (kept.length === 0) unmatched(arg, 'every file it matches is ignored');
        await keep(kept, path.resolve(cwd, staticPart(arg)));
      } else {
        errors.push(`${arg}: ${reason(error)}`);
      }
      continue;
    }
    if (stat.isDirectory()) {
      // A folder that cannot be listed would look empty to the search; say why instead.
      const denied = await fs.access(full, fsConstants.R_OK | fsConstants.X_OK).then(
        () => undefined,
        (error: unknown) => reason(error),
      );
      if (denied) {
        errors.push(`${arg}: ${denied}`);
        continue;
      }
      const found = await glob([LETTER_GLOB], full);
      const kept = found.filter((f) => !ignored(f));
      if (found.length === 0) unmatched(arg, `no letters (.${LETTER_EXTENSIONS.join(', .')}) in this folder`);
      else if (kept.length === 0) unmatched(arg, 'every letter in this folder is ignored');
      await keep(kept, full);
    } else if (!ignored(full)) {
      // A named file that is ignored is skipped quietly, so a hook given every staged file passes over it.
      files.push(full);
    }
  }
  return { files: await distinct(files), errors };
}

function realOrSelf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/**
 * Each letter once, even when a folder is reached twice through a symbolic link (letters/old -> .)
 * or a file is named by two paths; the first path found names it.
 */
async function distinct(files: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of new Set(files)) {
    // A path that cannot be resolved is kept: reading it will say why.
    const real = realOrSelf(file);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(file);
  }
  return out;
}

/**
 * Whether a file is ignored by any of the sets of patterns: gitignore semantics from the `ignore`
 * package, loaded only when there are patterns.
 */
export async function ignoreTest(sets: readonly Globs[]): Promise<(file: string) => boolean> {
  const tests: Array<(file: string) => boolean> = [];
  for (const { patterns, from } of sets) {
    const lines = patterns.filter((p) => p.trim() && !p.startsWith('#'));
    if (lines.length === 0) continue;
    const { default: ignore } = await import('ignore');
    const ig = ignore().add(lines);
    tests.push((file) => {
      const rel = path.relative(from, file);
      // Patterns speak of paths below their folder; a letter outside it is not theirs to ignore.
      return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && ig.ignores(rel.split(path.sep).join('/'));
    });
  }
  return (file) => tests.some((test) => test(file));
}

export async function glob(patterns: string[], cwd: string): Promise<string[]> {
  // tinyglobby is loaded only when a folder or pattern needs it.
  const { glob: tinyglob } = await import('tinyglobby');
  const found = await tinyglob(patterns, { cwd, absolute: true, dot: false, ignore: IGNORE, onlyFiles: true });
  return found.map((f) => path.resolve(f)).sort();
}
