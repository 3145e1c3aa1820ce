// Turning command-line paths into letters to read: files as given, folders searched for letters,
// and glob patterns expanded. Problems come back as one-line reasons, never as exceptions.
import { promises as fs } from 'node:fs';
import path from 'node:path';

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
  /** gitignore-style patterns, relative to cwd: from .letterlintignore and --ignore-pattern. */
  ignorePatterns: readonly string[];
  /** When false, a folder or pattern that yields no letter is not an error. */
  errorOnUnmatched: boolean;
}

export const IGNORE_FILE = '.letterlintignore';

const isGlob = (p: string) => /[*?[\]{}!]/.test(p);

/** The patterns of the ignore file in `cwd`, if there is one. */
export async function readIgnoreFile(cwd: string): Promise<string[]> {
  try {
    return (await fs.readFile(path.join(cwd, IGNORE_FILE), 'utf8')).split(/\r?\n/);
  } catch {
    return [];
  }
}

export async function discover(args: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const { cwd } = options;
  const files: string[] = [];
  const errors: string[] = [];
  const ignored = await ignoreTest(options.ignorePatterns, cwd);
  const unmatched = (arg: string, reason: string) => options.errorOnUnmatched && errors.push(`${arg}: ${reason}`);
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
        files.push(...kept);
      } else {
        errors.push(`${arg}: ${reason(error)}`);
      }
      continue;
    }
    if (stat.isDirectory()) {
      const found = await glob([LETTER_GLOB], full);
      const kept = found.filter((f) => !ignored(f));
      if (found.length === 0) unmatched(arg, `no letters (.${LETTER_EXTENSIONS.join(', .')}) in this folder`);
      else if (kept.length === 0) unmatched(arg, 'every letter in this folder is ignored');
      files.push(...kept);
    } else if (!ignored(full)) {
      // A named file that is ignored is skipped quietly, so a hook given every staged file passes over it.
      files.push(full);
    }
  }
  return { files: [...new Set(files)], errors };
}

/** gitignore semantics from the `ignore` package, loaded only when there are patterns. */
async function ignoreTest(patterns: readonly string[], cwd: string): Promise<(file: string) => boolean> {
  const lines = patterns.filter((p) => p.trim() && !p.startsWith('#'));
  if (lines.length === 0) return () => false;
  const { default: ignore } = await import('ignore');
  const ig = ignore().add(lines);
  return (file) => {
    const rel = path.relative(cwd, file);
    // Patterns speak of paths below cwd; a letter outside it is never ignored.
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && ig.ignores(rel.split(path.sep).join('/'));
  };
}

async function glob(patterns: string[], cwd: string): Promise<string[]> {
  // tinyglobby is loaded only when a folder or pattern needs it.
  const { glob: tinyglob } = await import('tinyglobby');
  const found = await tinyglob(patterns, { cwd, absolute: true, dot: false, ignore: IGNORE, onlyFiles: true });
  return found.map((f) => path.resolve(f)).sort();
}

/** A short, human reason for a file-system error. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a letter';
    case 'ELOOP':
      return 'too many symbolic links (a link loop?)';
    default:
      return (error as Error)?.message ?? String(error);
  }
}

export type ReadResult = { text: string } | { error: string };

/** Reads a letter as UTF-8 text; binary files are refused with a reason the writer can act on. */
export async function readLetter(file: string): Promise<ReadResult> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (error) {
    return { error: reason(error) };
  }
  if (buffer.includes(0)) return { error: 'not a text letter; export it to Markdown or plain text' };
  return { text: buffer.toString('utf8') };
}

/**
 * Writes a new file whole: into a temporary file beside it, then renamed over, so a reader never sees
 * half a report and an existing file is never truncated in place. Returns a reason on failure.
 */
export async function writeNew(file: string, content: string, force: boolean): Promise<string | undefined> {
  if (!force) {
    try {
      await fs.lstat(file);
      return 'already exists; use --force to replace it';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return reason(error);
    }
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, content, { flag: 'wx' });
    await fs.rename(temp, file);
    return undefined;
  } catch (error) {
    await fs.rm(temp, { force: true });
    return reason(error);
  }
}
