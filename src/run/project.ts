// The project's letters and postings: which files are letters, whatever a hook or a CI job passes.
// A job-search repository holds a README, postings and notes beside its letters; only the letters
// are linted, and all of them are known to the run, so a letter committed alone is still checked
// against the companies the others name. picomatch (bundled; tinyglobby's own matcher) decides by
// name, so a file named on the command line is judged the same whether or not it can be read.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { configFor } from './config.js';
import { glob, LETTER_EXTENSIONS } from './files.js';
import { within, type Root } from './root.js';
import type { Globs } from '../types.js';

/** Files of a repository that are never letters, whatever the globs say. */
const NOT_LETTERS = /^(?:readme|changelog|changes|history|licen[cs]e|contributing|code_of_conduct|security|authors|notice)(?:\.[a-z]+)?$/i;
const ALL = `**/*.{${LETTER_EXTENSIONS.join(',')}}`;

/** A path with no part that starts with a dot, as a glob's "*" and "**" match without `dot`. */
const visible = (rel: string): boolean => rel !== '' && !rel.split('/').some((part) => part === '' || part.startsWith('.'));

/** What the default letters glob (every .md, .markdown and .txt file, ALL) matches: a visible path with a letter's extension. */
const isLetterPath = (rel: string): boolean => visible(rel) && LETTER_EXTENSIONS.some((ext) => rel.endsWith(`.${ext}`));

/** The default letters: under letters/ when there is such a folder (`letters/${ALL}`), else anywhere (ALL). */
export const defaultLetters = (folder: boolean) => (folder ? (rel: string) => rel.startsWith('letters/') && isLetterPath(rel) : isLetterPath);

/** The default postings, `postings/**`: the folder and everything visible in it. */
export const isDefaultPosting = (rel: string): boolean => rel === 'postings' || (rel.startsWith('postings/') && visible(rel));

export interface Project {
  /** Every letter of the project, sorted: listed only when asked for (a run with no path, or for the other letters' companies). */
  letters(): Promise<string[]>;
  /** Whether the project says which files are letters (a "letters" setting or a letters/ folder). */
  declared: boolean;
  /** Whether a file may be linted as a letter: it matches the letters, or lies outside the project (named by the person running). */
  isLetter(file: string): boolean;
  /** The top configuration's "ignores". */
  ignores: readonly Globs[];
}

/**
 * The letters of the project at `root`: the top configuration's "letters" globs, else letters/ when
 * there is one, else every .md, .markdown and .txt file; less its postings (the "postings" globs,
 * postings/ by default) and files such as README.md.
 */
export async function projectLetters(root: Root, explicitConfig?: string | false): Promise<Project> {
  const config = await configFor(root.path, explicitConfig, root);
  // Globs are read from the folder of the configuration that gives them.
  const folder = await fs.stat(path.join(root.path, 'letters')).then((s) => s.isDirectory(), () => false);
  const letters = config.letters ?? { patterns: folder ? [`letters/${ALL}`] : [ALL], from: root.path };
  const postings = config.postings ?? { patterns: ['postings/**'], from: root.path };
  // The default globs are matched here; picomatch (13 ms to load) only for globs a configuration gives.
  const matcher = async (globs: Globs, byDefault: ((rel: string) => boolean) | undefined) => {
    if (byDefault) return byDefault;
    const { default: picomatch } = await import('picomatch');
    return picomatch([...globs.patterns], { dot: false, windows: false });
  };
  const isLetterName = await matcher(letters, config.letters ? undefined : defaultLetters(folder));
  const isPostingName = await matcher(postings, config.postings ? undefined : isDefaultPosting);
  const relative = (base: string, file: string) => path.relative(base, path.resolve(file)).split(path.sep).join('/');
  const isLetter = (file: string) => {
    if (!within(root.path, path.resolve(file))) return true;
    if (NOT_LETTERS.test(path.basename(file)) || isPostingName(relative(postings.from, file))) return false;
    return isLetterName(relative(letters.from, file));
  };
  let listed: Promise<string[]> | undefined;
  return {
    letters: () => (listed ??= glob([...letters.patterns], letters.from).then((files) => files.filter(isLetter))),
    declared: config.letters !== undefined || folder,
    isLetter,
    ignores: config.ignores,
  };
}
