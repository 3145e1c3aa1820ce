// Reading a letter, or another small text file a run names, one safe way: only a regular file, never
// one too large to be a letter, decoded whatever its encoding. Problems come back as one-line
// reasons, never as exceptions, so one bad file never stops a run.
import { overBudget } from './budget.js';
import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync } from 'node:fs';

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
export function kind(stat: import('node:fs').Stats, as: TextFile): string | undefined {
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
