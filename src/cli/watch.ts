// --watch: lint, then lint again whenever a letter, a configuration or an ignore file in a watched
// folder is saved, until Ctrl-C, which ends with the last run's exit code. fs.watch on each folder
// (not on each file: editors save by writing a new file and renaming it over the old one).
import { fstatSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { forgetConfiguration } from '../run/config.js';
import { LETTER_EXTENSIONS } from '../run/files.js';

/** A run's exit code, the files it read, and the folders to watch besides theirs (where a new letter may appear). */
export interface WatchedRun {
  code: number;
  files: readonly string[];
  folders: readonly string[];
}

/** Saves come in bursts (a temporary file, a rename, a second write): one run after they settle. */
const SETTLE_MS = 100;

const isSettings = (name: string) => name.startsWith('.letterlintrc') || name === '.letterlintignore' || name === 'package.json';
const isLetterName = (name: string) => LETTER_EXTENSIONS.some((ext) => name.endsWith(`.${ext}`));

/** The identity of where the report goes (standard output redirected to a file, or --output-file): writing it is no change to lint. */
function sameFile(a: { dev: number; ino: number } | undefined, b: { dev: number; ino: number } | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/** `out.say` is for letterlint's own lines (standard error); `out.clear`, when given, clears the terminal the report goes to. */
export function watchRuns(once: () => Promise<WatchedRun>, out: { say: (s: string) => void; clear?: () => void; signals?: NodeJS.EventEmitter; report?: string }): Promise<number> {
  const signals = out.signals ?? process;
  const stat = (file: string) => {
    try {
      return statSync(file);
    } catch {
      return undefined;
    }
  };
  const fd = (n: number) => {
    try {
      return fstatSync(n);
    } catch {
      return undefined;
    }
  };
  // Standard output and error redirected to files beside the letters ("> report.txt 2> errors.txt").
  const outputs = [fd(1), fd(2), out.report === undefined ? undefined : stat(out.report)];
  let read = new Set<string>();
  /** A change worth a run: a file the last run read, a configuration or ignore file, or a letter that is not the report being written. */
  const relevant = (dir: string, name: string) => {
    const file = path.join(dir, name);
    if (read.has(file) || isSettings(name)) return true;
    if (!isLetterName(name)) return false;
    const now = stat(file);
    return !outputs.some((o) => sameFile(now, o));
  };
  return new Promise((resolve, reject) => {
    const watchers = new Map<string, FSWatcher>();
    let last = 0;
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let again = false;
    let first = true;
    const stop = () => {
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      signals.removeListener('SIGINT', stop);
      resolve(last);
    };
    const lintNow = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        // A saved configuration or ignore file is read again, as on a fresh start.
        forgetConfiguration();
        if (out.clear) out.clear();
        else if (!first) out.say('\nletterlint: linting again after a change\n');
        first = false;
        const run = await once();
        last = run.code;
        read = new Set(run.files.map((f) => path.resolve(f)));
        const folders = new Set([...run.files.map((f) => path.dirname(path.resolve(f))), ...run.folders.map((d) => path.resolve(d))]);
        for (const dir of folders) {
          if (watchers.has(dir)) continue;
          try {
            watchers.set(dir, watch(dir, (_event, name) => name && relevant(dir, String(name)) && schedule()));
          } catch {
            // A folder that vanished or cannot be watched: the next run says what is missing.
          }
        }
        out.say('letterlint: watching for changes; Ctrl-C to stop\n');
      } catch (error) {
        stop();
        reject(error);
        return;
      } finally {
        running = false;
      }
      if (again) {
        again = false;
        schedule();
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void lintNow(), SETTLE_MS);
    };
    signals.on('SIGINT', stop);
    void lintNow();
  });
}
