// Configuration: every file from the project's top folder down to each letter's own, merged (the
// nearer file wins; `root: true` stops the cascade; `extends` comes first), or one file named with
// --config, checked against the rules' declared options, and turned into the settings a run uses.
// Files are read in config-files.ts, checked in config-check.ts, merged in config-merge.ts; here,
// which files apply to a letter, each read and checked once a run.
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { validate, type Config } from './config-check.js';
import { ConfigError } from './config-error.js';
import { CONFIG_FILES, extended, firstLine, readConfig, type Found } from './config-files.js';
import { flagLayers, merged, withFlags, type Layer, type ResolvedConfig, type RuleFlags } from './config-merge.js';
import { OUTSIDE, readable, within, type Root } from './root.js';

/** How many configurations deep `extends` may go: a chain longer than this is a mistake, or a loop. */
const MAX_EXTENDS_DEPTH = 10;

const resolved = new Map<string, Promise<ResolvedConfig>>();
const cascades = new Map<string, Promise<Layer[]>>();
const checked = new Map<string, Promise<Config>>();
const explicitLoads = new Map<string, Promise<Found>>();
/** Searches by folder, shared by every letter in it and below it. */
const searches = new Map<string, Promise<Found | null>>();
let defaults: ResolvedConfig | undefined;

/**
 * The nearest configuration from `dir` upward: the first of CONFIG_FILES in a folder, then its
 * parent. Inside the project the search stops at its top folder, and a file that links out of it
 * is refused unread.
 */
function search(dir: string, root?: Root): Promise<Found | null> {
  const key = `${root?.real ?? ''}\0${dir}`;
  let found = searches.get(key);
  if (!found) {
    found = searchFrom(dir, root);
    searches.set(key, found);
  }
  return found;
}

async function searchFrom(dir: string, root?: Root): Promise<Found | null> {
  for (const name of CONFIG_FILES) {
    const file = path.join(dir, name);
    // Synchronous, as the project root's checks are (src/run/root.ts): one check per name and folder level.
    try {
      if (lstatSync(file, { throwIfNoEntry: false }) === undefined) continue;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') continue;
      throw error;
    }
    // A file above an unmarked start folder was not reached through a link, and is read as before.
    if (root && within(root.path, file) && !readable(file, root)) throw new ConfigError(`${file}: ${OUTSIDE}`);
    // An empty file, or a package.json without a "letterlint" key, is passed over.
    const found = await readConfig(file, file, true);
    if (found) return found;
  }
  const parent = path.dirname(dir);
  return parent === dir || atTop(dir, root) ? null : search(parent, root);
}

/**
 * The settings for a letter in `dir`: from `explicit` when given, else the configuration files from
 * the project's top folder down to the nearest one, merged; else defaults. `false` (--no-config) is
 * the defaults without a search. `flags` (--rule) are merged last.
 */
export async function configFor(dir: string, explicit?: string | false, root?: Root, flags?: RuleFlags): Promise<ResolvedConfig> {
  const base = await baseConfigFor(dir, explicit, root);
  return flags ? withFlags(base, flags) : base;
}

async function baseConfigFor(dir: string, explicit: string | false | undefined, root: Root | undefined): Promise<ResolvedConfig> {
  if (explicit === false) return (defaults ??= merged([]));
  let found: Found | null;
  try {
    found = explicit ? await loadExplicit(explicit) : await search(path.resolve(dir), root);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${explicit ?? dir}: cannot read configuration: ${firstLine(error)}`);
  }
  if (!found) return (defaults ??= merged([]));
  const key = `${explicit ? 'explicit' : (root?.real ?? '')}\0${found.filepath}`;
  let config = resolved.get(key);
  if (!config) {
    // A file named with --config stands alone (with what it extends); a found one sits on its parents.
    // What a named file extends stays inside the project, or inside the file's folder when it is outside.
    const area = root && within(root.path, found.filepath) ? root.path : path.dirname(found.filepath);
    config = (explicit ? layersOf(found, path.dirname(found.filepath), area, root, []) : cascade(found, root)).then(merged);
    resolved.set(key, config);
  }
  return config;
}

/** The layers for a configuration found by searching: its parents' first, unless it says `root: true`. */
function cascade(found: Found, root: Root | undefined): Promise<Layer[]> {
  const key = `${root?.real ?? ''}\0${found.filepath}`;
  let layers = cascades.get(key);
  if (!layers) {
    layers = cascadeFrom(found, root);
    cascades.set(key, layers);
  }
  return layers;
}

async function cascadeFrom(found: Found, root: Root | undefined): Promise<Layer[]> {
  const dir = path.dirname(found.filepath);
  const own = await layersOf(found, dir, root?.path ?? dir, root, []);
  if (own.at(-1)!.config.root === true || atTop(dir, root)) return own;
  const parent = path.dirname(dir);
  const above = parent === dir ? null : await search(parent, root);
  return above ? [...(await cascade(above, root)), ...own] : own;
}

/**
 * A configuration file and what it extends, in the order they apply: each extended file before
 * the file that extends it. Extended files' globs are read from `from`, the folder of the project
 * file that started the chain; a relative `extends` must stay inside `area`.
 */
async function layersOf(found: Found, from: string, area: string, root: Root | undefined, trail: readonly string[]): Promise<Layer[]> {
  if (trail.includes(found.filepath)) throw new ConfigError(`${trail.at(-1)}: extends ${found.filepath}, which extends it back`);
  if (trail.length >= MAX_EXTENDS_DEPTH) throw new ConfigError(`${found.filepath}: extends goes more than ${MAX_EXTENDS_DEPTH} configurations deep`);
  const config = await checkedConfig(found);
  const out: Layer[] = [];
  for (const name of typeof config.extends === 'string' ? [config.extends] : (config.extends ?? [])) {
    const target = await extended(name, found.filepath, area, root);
    out.push(...(await layersOf(target, from, area, root, [...trail, found.filepath])));
  }
  out.push({ file: found.filepath, config, from });
  return out;
}

function checkedConfig(found: Found): Promise<Config> {
  let config = checked.get(found.filepath);
  if (!config) {
    // In a package.json the configuration, and so every key path in a message, starts at "letterlint".
    const base = path.basename(found.filepath) === 'package.json' ? ['letterlint'] : [];
    config = validate(found.filepath, found.config, base);
    checked.set(found.filepath, config);
  }
  return config;
}

function atTop(dir: string, root: Root | undefined): boolean {
  return root !== undefined && root.marked && (dir === root.path || dir === root.real);
}

/** Forgets every configuration read, so the next letter reads them again: a language server calls it when one changes. */
export function forgetConfiguration(): void {
  for (const cache of [resolved, cascades, checked, explicitLoads, searches, flagLayers]) cache.clear();
  defaults = undefined;
}

/** The file named with --config, read once a run. */
function loadExplicit(file: string): Promise<Found> {
  const filepath = path.resolve(file);
  let loaded = explicitLoads.get(filepath);
  if (!loaded) {
    loaded = readConfig(file, filepath, false) as Promise<Found>;
    explicitLoads.set(filepath, loaded);
  }
  return loaded;
}

/** A resolved configuration as --print-config shows it: every rule with its severity and options. */
export function configView(config: ResolvedConfig): object {
  const on = new Map(config.settings.map((x) => [x.rule.meta.id, x]));
  return {
    file: config.file ?? null,
    files: config.files,
    rules: Object.fromEntries(rules.map((r) => {
      const setting = on.get(r.meta.id);
      return [r.meta.id, setting ? [setting.severity === 'error' ? 'error' : 'warn', setting.options] : ['off']];
    })),
    seniority: config.profile.seniority ?? null,
    focus: config.profile.focus ?? null,
    letters: config.letters ?? null,
    postings: config.postings ?? null,
    ignores: config.ignores,
  };
}
