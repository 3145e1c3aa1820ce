// Turning command-line paths into letters to read: files as given, folders searched for letters,
// and glob patterns expanded. Problems come back as one-line reasons, never as exceptions.
import { overBudget } from './budget.js';
import { closeSync, constants as fsConstants, fstatSync, openSync, promises as fs, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { OUTSIDE, readable, type Root } from './root.js';
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
    case 'ENXIO':
      return 'is a named pipe or device with nothing behind it';
    default:
      return (error as Error)?.message ?? String(error);
  }
}

/** A letter is a few kilobytes; a file larger than this is not one, and is not read. */
export const MAX_LETTER_BYTES = 2 * 1024 * 1024;

/** What reading a letter gave: its text (and a warning about how it was decoded), or why it could not be read. */
export type ReadResult = { text: string; warning?: string } | { error: string };

/**
 * What a file is read as: a letter, or the job posting or configuration file a run names. Each is
 * read the same safe way; only the words of the reasons differ.
 */
export type TextFile = 'letter' | 'posting' | 'configuration' | 'report';

const WORDS: Record<TextFile, { name: string; file: string; missing: string; binary: string }> = {
  letter: { name: 'letter', file: 'letter file', missing: 'no such file or folder', binary: 'not a text letter; export it to Markdown or plain text' },
  posting: { name: 'posting', file: 'posting file', missing: 'no such posting file', binary: 'not a text posting; export it to Markdown or plain text' },
  report: { name: 'report', file: 'report file', missing: 'no such folder', binary: '' },
  configuration: {
    name: 'configuration file',
    file: 'configuration file',
    missing: 'no such configuration file',
    binary: 'not a text file; a configuration file is JSON or YAML',
  },
};

/** What kind of thing a path that is not a regular file is, for the reason it is refused. */
function kind(stat: import('node:fs').Stats, as: TextFile): string | undefined {
  const { name, file } = WORDS[as];
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return `is a folder, not a ${name}`;
  if (stat.isFIFO()) return `is a named pipe (FIFO), not a ${file}`;
  if (stat.isSocket()) return `is a socket, not a ${file}`;
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return `is a device, not a ${file}`;
  return 'is not a regular file';
}

function megabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

/** The reason for a letter over the limit, with its size when that is known (a file, not standard input). */
function tooLarge(as: TextFile, size?: number): string {
  const limit = megabytes(MAX_LETTER_BYTES);
  return `too large for a ${WORDS[as].name} (${size === undefined ? `more than ${limit}` : `${megabytes(size)}; the limit is ${limit}`}): is this the file you meant?`;
}

/**
 * Reads a letter (or another small text file: the ignore file, a posting, a configuration file,
 * named by `as` in the reasons). Only a regular file is read: a named pipe, a device or a socket is
 * refused before anything is read from it (opened without blocking, and checked on the open handle,
 * so nothing can be swapped in between), as is a file too large to be a letter.
 */
export async function readLetter(file: string, as: TextFile = 'letter'): Promise<ReadResult> {
  const why = (error: unknown) => ((error as NodeJS.ErrnoException)?.code === 'ENOENT' ? WORDS[as].missing : reason(error));
  // Synchronous calls: a letter is a few KB, and on 1,000 letters the promise API's four round trips
  // through the thread pool per file cost more than the reading (write-good reads the same way).
  let fd: number;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (error) {
    return { error: why(error) };
  }
  try {
    const stat = fstatSync(fd);
    const refused = kind(stat, as);
    if (refused) return { error: refused };
    if (stat.size > MAX_LETTER_BYTES) return { error: tooLarge(as, stat.size) };
    return decodeLetter(readFileSync(fd), as);
  } catch (error) {
    return { error: why(error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Closing a file only read cannot lose anything.
    }
  }
}

/** Reads a stream (standard input) to its end, or to just past the size limit. */
export async function readStream(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    size += buffer.length;
    // Enough to know it is too large; the rest is not wanted.
    if (size > MAX_LETTER_BYTES) break;
  }
  return Buffer.concat(chunks);
}

/**
 * Bytes to a letter's text: UTF-16 with a byte-order mark is decoded; anything else is UTF-8, and
 * bytes that are not valid UTF-8 become U+FFFD with a warning. NUL bytes (or a PDF or a
 * zip-based document such as .docx) mean the file is not text at all.
 */
export function decodeLetter(buffer: Buffer, as: TextFile = 'letter'): ReadResult {
  if (buffer.length > MAX_LETTER_BYTES) return { error: tooLarge(as) };
  const b0 = buffer[0];
  const b1 = buffer[1];
  let text: string;
  let warning: string | undefined;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    // Big-endian is swapped to little-endian, which every Node build decodes (with or without ICU).
    const even = buffer.length - (buffer.length % 2);
    const le = b0 === 0xff ? buffer.subarray(0, even) : Buffer.from(buffer.subarray(0, even)).swap16();
    // The byte-order mark is dropped: offsets count from the first character after it.
    text = new TextDecoder('utf-16le').decode(le);
    if (even < buffer.length) {
      text += '\uFFFD';
      warning = 'ends in the middle of a UTF-16 character; read with a replacement character (\uFFFD) there';
    }
  } else {
    if (buffer.includes(0) || startsWith(buffer, '%PDF-') || startsWith(buffer, 'PK\x03\x04') || startsWith(buffer, '\xd0\xcf\x11\xe0')) {
      return { error: WORDS[as].binary };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
    } catch {
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer);
      warning = 'is not valid UTF-8; read with replacement characters (\uFFFD) where bytes could not be decoded';
    }
  }
  if (text.includes('\u0000')) return { error: WORDS[as].binary };
  const read = budgeted(text, as);
  return warning && 'text' in read ? { text, warning } : read;
}

/** The text, or why a letter or posting is too much work to lint (see src/run/budget.ts). */
export function budgeted(text: string, as: TextFile = 'letter'): ReadResult {
  const over = as === 'letter' || as === 'posting' ? overBudget(text, WORDS[as].name) : undefined;
  return over ? { error: over } : { text };
}

function startsWith(buffer: Buffer, magic: string): boolean {
  return buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(Buffer.from(magic, 'latin1'));
}

type FileHandle = import('node:fs/promises').FileHandle;

/**
 * Opens `file` for writing without blocking and writes through `write` only when it is a regular
 * file, checked on the open handle, so nothing can be swapped in between: a device, a folder or a
 * named pipe is refused. Returns why it could not, or undefined.
 */
async function writeRegular(file: string, flags: number, write: (handle: FileHandle, stat: import('node:fs').Stats) => Promise<string | undefined>): Promise<string | undefined> {
  let handle: FileHandle;
  try {
    handle = await fs.open(file, flags | fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_NONBLOCK, 0o644);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder, not a report file' : reason(error);
  }
  try {
    const stat = await handle.stat();
    return kind(stat, 'report') ?? (await write(handle, stat));
  } catch (error) {
    return reason(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Appends to the CI runner's job summary file ($GITHUB_STEP_SUMMARY), a regular file only. */
export function appendSummary(file: string, content: string): Promise<string | undefined> {
  return writeRegular(file, fsConstants.O_APPEND, async (handle) => {
    await handle.writeFile(content);
    return undefined;
  });
}

/**
 * Writes a report as ESLint does: through the path (a link is followed), replacing what an existing
 * file holds. Only a regular file is written, and never a file the run reads (`reads`: a letter, a
 * posting, a configuration file), by any of its names.
 */
export function writeReport(file: string, content: string, reads: { letters: readonly string[]; others: readonly string[] }): Promise<string | undefined> {
  return writeRegular(file, 0, async (handle, stat) => {
    const same = async (read: string) => {
      const other = await fs.stat(read).catch(() => undefined);
      return other !== undefined && other.dev === stat.dev && other.ino === stat.ino;
    };
    for (const letter of reads.letters) if (await same(letter)) return 'is a letter being linted; letterlint never writes to a letter';
    for (const other of reads.others) if (await same(other)) return 'is a file this run reads; letterlint never writes over its input';
    await handle.truncate(0);
    await handle.writeFile(content);
    return undefined;
  });
}

/**
 * Writes a new file whole: into a temporary file beside it, then moved into place, so a reader never
 * sees half a report and an existing file is never truncated in place. Without `force` an existing
 * file is left alone, even one that appears while the report is written: the temporary file is
 * hard-linked to the name, which fails if the name is taken. `mode`: the permissions it gets. Returns a
 * reason on failure.
 */
export async function writeNew(file: string, content: string, force: boolean, mode?: number): Promise<string | undefined> {
  const exists = 'already exists; use --force to replace it';
  if (!force) {
    try {
      await fs.lstat(file);
      return exists;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return reason(error);
    }
  }
  // Loaded here, not at start-up: only --output-file and init write anything.
  const { randomBytes } = await import('node:crypto');
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, content, { flag: 'wx' });
    if (mode !== undefined) await fs.chmod(temp, mode);
    if (force) {
      await fs.rename(temp, file);
      return undefined;
    }
    try {
      await fs.link(temp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return exists;
      // A file system without hard links: the check above is all there is.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'EMLINK') throw error;
      await fs.rename(temp, file);
    }
    return undefined;
  } catch (error) {
    return reason(error);
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}
