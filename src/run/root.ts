// The project a run belongs to, and the rule that nothing is read outside it unless the person
// running letterlint named it. Letters in a pull request are untrusted: a link among them
// (letters/token.md -> ~/.config/token), a "posting: /etc/passwd" in frontmatter or a configuration
// file that links elsewhere must not make letterlint read, and then print, a file outside the project.
import { lstatSync, promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';

/** The project's folder as reached (`path`) and with every link resolved (`real`). */
export interface Root {
  path: string;
  real: string;
  /** False when no folder up from the start is marked, and the start folder stands in. */
  marked: boolean;
}

/** What marks a project's top folder: a repository first, else a configuration file. */
const REPOSITORY = '.git';
const CONFIGS = ['.letterlintrc.json', '.letterlintrc.yaml', '.letterlintrc.yml'];

// Synchronous: a run makes a few of these checks per folder level before its first letter, and each
// promise call is a round trip through the thread pool that costs more than the check.
const exists = (file: string): boolean => {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
};

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/**
 * The folder `named` (--root), else the nearest folder from `cwd` upward that holds .git, else the
 * highest that holds a configuration file, else `cwd` itself. Configuration cascades, so a run from
 * letters/acme/ must still see the configuration files above it.
 */
export async function projectRoot(cwd: string, named?: string): Promise<Root> {
  const start = path.resolve(cwd, named ?? '.');
  if (named !== undefined) return rootAt(start, true);
  let configured: string | undefined;
  for (let d = start; ; d = path.dirname(d)) {
    if (exists(path.join(d, REPOSITORY))) return rootAt(d, true);
    if (CONFIGS.some((m) => exists(path.join(d, m)))) configured = d;
    if (path.dirname(d) === d) break;
  }
  return rootAt(configured ?? start, configured !== undefined);
}

function rootAt(dir: string, marked: boolean): Root {
  return { path: dir, real: realOrSelf(dir), marked };
}

/**
 * The project of each letter, by its folder: the run's, or for a letter outside it (named on the
 * command line, or in a folder so named) the project around the letter's own folder.
 */
export function rootsFor(run: Root): (dir: string) => Promise<Root> {
  const byDir = new Map<string, Promise<Root>>();
  return async (dir) => {
    if (within(run.path, dir)) return run;
    let root = byDir.get(dir);
    if (!root) {
      root = fs.realpath(dir).then(
        (real) => (within(run.real, real) ? run : projectRoot(dir)),
        () => projectRoot(dir),
      );
      byDir.set(dir, root);
    }
    return root;
  };
}

/** Whether `file` is `dir` or below it, by their paths as written. */
export function within(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Whether a file found by searching (not named by the person running letterlint) may be read:
 * its path, and its real path after links, are inside the project or inside one of the folders
 * the person named (`allowed`, real paths). A link that leads nowhere is not.
 */
export function readable(file: string, root: Root, allowed: readonly string[] = []): boolean {
  // realpath(3) directly: one system call, where the promise form queues each of a folder's
  // thousand letters on the thread pool in turn (45-70 ms against 4 ms for 1,000 files).
  let real: string;
  try {
    real = realpathSync.native(file);
  } catch {
    return !exists(file);
  }
  return [root.real, ...allowed].some((dir) => within(dir, real));
}

/** The reason given for a file refused by `readable`: it quotes nothing of the file. */
export const OUTSIDE = 'leads outside the project through a link (or to nothing); name it on the command line to read it';
