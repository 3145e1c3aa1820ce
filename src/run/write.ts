// Writing a report, a job summary or a new file: only to a regular file, never over what the run
// reads, and a new file whole or not at all.
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { kind, reason } from './read.js';

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
