// Configuration: every file from the project's top folder down to each letter's own, merged (the
// nearer file wins; `root: true` stops the cascade; `extends` comes first), or one file named with
// --config, checked against the rules' declared options, and turned into the settings a run uses.
// Every file, found or named, is read as a letter is (files.ts), so a folder, a named pipe, a device,
// a binary or an oversized file is a one-line reason, never a hang. valibot checks the shape; it and
// the YAML parser are loaded only when a configuration file is found.
import { lstatSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { BaseIssue, GenericSchema } from 'valibot';
import { rules } from '../../rules/index.js';
import { readLetter } from './files.js';
import { closest } from '../text/suggest.js';
import { OUTSIDE, readable, within, type Root } from './root.js';
import { YamlError, yamlParser } from '../text/yaml.js';
import { FOCUSES, SENIORITIES, type Focus, type Globs, type OptionSpec, type Profile, type RuleSetting, type Seniority, type Severity } from '../types.js';

export const CONFIG_FILES = ['.letterlintrc.json', '.letterlintrc.yaml', '.letterlintrc.yml', 'package.json'];
const SEVERITIES: Record<string, Severity | undefined> = { off: undefined, warn: 'warning', error: 'error' };
/** Every way of writing a severity ESLint users reach for, to the three the schema checks. */
export const SEVERITY_SPELLINGS = new Map<unknown, string>([
  ['off', 'off'], ['warn', 'warn'], ['warning', 'warn'], ['error', 'error'],
  [0, 'off'], [1, 'warn'], [2, 'error'], ['0', 'off'], ['1', 'warn'], ['2', 'error'],
]);
export const TOP_KEYS = ['$schema', 'rules', 'seniority', 'focus', 'letters', 'postings', 'ignores', 'extends', 'root'];
/** How many configurations deep `extends` may go: a chain longer than this is a mistake, or a loop. */
const MAX_EXTENDS_DEPTH = 10;

/** A configuration that cannot be used; the message is one line naming the file, the key and the reason. */
export class ConfigError extends Error {}

export interface ResolvedConfig {
  /** The nearest file the settings came from; undefined for the built-in defaults. */
  file?: string;
  /** Every file merged into these settings, outermost first: parents, then what each extends, then the file. */
  files: string[];
  settings: RuleSetting[];
  /** Seniority and focus for every letter under this configuration; flags and frontmatter win. */
  profile: Profile;
  /** Globs of the files that are letters, and of those that are postings, each read from `from`. */
  letters?: Globs;
  postings?: Globs;
  /** gitignore patterns of letters to skip, each set read from the folder of the file that gives it. */
  ignores: Globs[];
}

/** One configuration file's checked settings, and the folder its globs are read from. */
interface Layer {
  file: string;
  config: Config;
  from: string;
}

type Loader = (file: string, content: string) => unknown | Promise<unknown>;
interface Found {
  filepath: string;
  config: unknown;
}

const resolved = new Map<string, Promise<ResolvedConfig>>();
const cascades = new Map<string, Promise<Layer[]>>();
const checked = new Map<string, Promise<Config>>();
const explicitLoads = new Map<string, Promise<Found>>();
/** Searches by folder, shared by every letter in it and below it. */
const searches = new Map<string, Promise<Found | null>>();
let defaults: ResolvedConfig | undefined;

function loaders(): Record<string, Loader> {
  const yaml: Loader = async (file, content) => {
    const parse = await yamlParser();
    try {
      return parse(content);
    } catch (error) {
      if (!(error instanceof YamlError)) throw error;
      throw new ConfigError(`${file}: ${error.tooLarge ? 'too large for a configuration' : 'not valid YAML'}: ${error.message}`);
    }
  };
  const json: Loader = (file, content) => {
    try {
      return JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (error) {
      // V8 quotes the start of the text ("Unexpected token 'r', "root:x:0:0:"... is not valid JSON"),
      // and the file may be anything a link leads to: the position is enough.
      throw new ConfigError(`${file}: not valid JSON: ${firstLine(error).replace(/, ".*$/, '')}`);
    }
  };
  // Running a configuration's code could hang a run or do anything at all, so only JSON and YAML are read.
  const code: Loader = (file) => {
    throw new ConfigError(`${file}: letterlint reads JSON or YAML configuration, not JavaScript`);
  };
  return { '.json': json, '.yaml': yaml, '.yml': yaml, noExt: yaml, '.js': code, '.mjs': code, '.cjs': code };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}

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

/**
 * A configuration file, read and parsed by the loader for its extension. `file` names it in
 * messages. A file found by searching that holds no configuration gives undefined; named with
 * --config, an empty file is every rule at its defaults and a package.json needs its key.
 */
async function readConfig(file: string, filepath: string, searching: boolean): Promise<Found | undefined> {
  const read = await readLetter(filepath, 'configuration');
  if ('error' in read) throw new ConfigError(`${file}: ${read.error}`);
  const ext = path.extname(filepath);
  const loader = loaders()[ext || 'noExt'];
  if (!loader) throw new ConfigError(`${file}: cannot read configuration: no loader for "${ext}" files; use .json, .yaml or .yml`);
  // A package.json named with --config holds its configuration under "letterlint".
  if (path.basename(filepath) === 'package.json') {
    const pkg = await loader(filepath, read.text);
    const config = pkg && typeof pkg === 'object' ? (pkg as Record<string, unknown>).letterlint : undefined;
    if (config === undefined || config === null) {
      if (searching) return undefined;
      throw new ConfigError(`${file}: has no "letterlint" key`);
    }
    return { filepath, config };
  }
  if (read.text.trim() === '') return searching ? undefined : { filepath, config: {} };
  return { filepath, config: (await loader(filepath, read.text)) ?? {} };
}

type RuleEntry = [string, Record<string, unknown>?];
interface Config {
  root?: boolean;
  extends?: string | string[];
  ignores?: string[];
  rules?: Record<string, RuleEntry>;
  seniority?: Seniority;
  focus?: Focus;
  letters?: string[];
  postings?: string[];
}

/** Checks a configuration's shape, naming the key path and what is allowed when it is wrong. */
async function validate(file: string, raw: unknown, base: string[] = []): Promise<Config> {
  const v = await import('valibot');
  const severity = v.picklist(['off', 'warn', 'error'], 'expected "off", "warn" ("warning") or "error", or 0, 1 or 2');
  // valibot's object schemas accept arrays ("rules": [] would pass as no rules), so check first.
  const record = <S extends GenericSchema>(schema: S) =>
    v.pipe(v.custom<unknown>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'expected an object'), schema);
  // Phrases are matched as words, so an entry with no letter or digit ("", "   ", ".*") can match
  // nothing, and the phrase index refuses it; say so here instead of failing inside a rule.
  const text = v.pipe(
    v.string('expected text'),
    v.regex(/[\p{L}\p{N}]/u, 'expected words, not only spaces or punctuation (text is matched as written, never as a regular expression)'),
  );
  // Globs relative to the configuration's folder ("letters/**/*.md"); never absolute or climbing out of it.
  const globs = v.array(
    v.pipe(v.string('expected a glob'), v.check((g) => g.trim() !== '' && !path.isAbsolute(g) && !g.split('/').includes('..'), 'expected a glob inside the project, such as "letters/**/*.md"')),
    'expected a list of globs',
  );
  // gitignore patterns, as in .letterlintignore ("/drafts", "!keep.md"), that never climb out of the folder.
  const ignores = v.array(
    v.pipe(v.string('expected a pattern'), v.check((g) => g.trim() !== '' && !g.split('/').includes('..'), 'expected a gitignore pattern inside the project, such as "drafts/"')),
    'expected a list of gitignore patterns',
  );
  // A relative path ("./shared.yaml") or a package name ("letterlint-config-acme", "@acme/letters/strict.json").
  const reference = v.pipe(v.string('expected a relative path or a package name'), v.check(isReference, 'expected a relative path ("./shared.yaml") or a package name, never an absolute path or ".."'));
  const option = (spec: OptionSpec): GenericSchema =>
    spec.type === 'integer'
      ? v.pipe(v.number(`expected a whole number`), v.integer('expected a whole number'), v.minValue(spec.minimum, `expected ${spec.minimum} or more`))
      : v.array(text, 'expected a list of text');
  const ruleSchemas = Object.fromEntries(
    rules.map((r) => {
      const specs = Object.entries(r.meta.options as Record<string, OptionSpec>);
      const allowed = specs.length ? specs.map(([k]) => k).join(', ') : 'none';
      const options = record(v.strictObject(Object.fromEntries(specs.map(([k, spec]) => [k, v.optional(option(spec))])), `unknown option; ${r.meta.id} takes: ${allowed}`));
      return [r.meta.id, v.optional(v.strictTuple([severity, v.optional(options)], 'expected a severity, or [severity, options]'))];
    }),
  );
  const schema = record(
    v.strictObject(
      {
        $schema: v.optional(v.string()),
        root: v.optional(v.boolean('expected true or false')),
        extends: v.optional(v.union([reference, v.pipe(v.array(reference), v.minLength(1, 'expected at least one configuration'))], 'expected a relative path or a package name, or a list of them')),
        ignores: v.optional(ignores),
        seniority: v.optional(v.picklist(SENIORITIES, `expected one of: ${SENIORITIES.join(', ')}`)),
        focus: v.optional(v.picklist(FOCUSES, `expected one of: ${FOCUSES.join(', ')}`)),
        rules: v.optional(record(v.strictObject(ruleSchemas, `unknown rule; known rules: ${rules.map((r) => r.meta.id).join(', ')}`))),
        letters: v.optional(globs),
        postings: v.optional(globs),
      },
      `unknown key; a configuration has ${TOP_KEYS.filter((k) => k !== '$schema').map((k) => `"${k}"`).join(', ')}`,
    ),
  );
  // "warn" is short for ["warn"], so the checked shape is one tuple a rule.
  const input = normalise(raw);
  const result = v.safeParse(schema, input);
  if (!result.success) throw new ConfigError(`${file}: ${describe(result.issues[0]!, base)}`);
  return result.output as Config;
}

function normalise(raw: unknown): unknown {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const config = raw as Record<string, unknown>;
  if (!config.rules || typeof config.rules !== 'object' || Array.isArray(config.rules)) return config;
  // "warn", 1 and ["warning", {…}] are all ["warn", …]: one shape to check.
  const spelled = (x: unknown) => SEVERITY_SPELLINGS.get(x) ?? x;
  const entries = Object.entries(config.rules as Record<string, unknown>).map(([id, value]) => [
    id,
    typeof value === 'string' || typeof value === 'number' ? [spelled(value)] : Array.isArray(value) ? [spelled(value[0]), ...value.slice(1)] : value,
  ]);
  return { ...config, rules: Object.fromEntries(entries) };
}

/** `base`: where the configuration sits in its file ("letterlint" in a package.json). */
function describe(issue: BaseIssue<unknown>, base: readonly string[]): string {
  const keys = [...base, ...(issue.path ?? []).map((p) => String(p.key))];
  const where = keys.length ? keys.map((k, i) => (/^\d+$/.test(k) ? `[${k}]` : i ? `.${k}` : k)).join('') : '(top level)';
  // An unknown key is reported by the object around it with the message written for that case;
  // any other problem with an object is its type.
  const message = issue.type === 'strict_object' && issue.expected !== 'never' ? 'expected an object' : issue.message;
  // The guess goes right after "unknown rule", before the list of what is known.
  const guess = didYouMean(issue);
  return `${where}: ${guess ? message.replace(/^unknown (key|rule|option)/, `unknown $1${guess}`) : message}`;
}

/** " (did you mean …?)" for an unknown key close to a known one: a top-level key, a rule, a rule's option. */
function didYouMean(issue: BaseIssue<unknown>): string {
  if (issue.type !== 'strict_object' || issue.expected !== 'never') return '';
  const keys = (issue.path ?? []).map((p) => String(p.key));
  const key = keys.at(-1);
  if (key === undefined) return '';
  let candidates: readonly string[] = [];
  if (keys.length === 1) candidates = TOP_KEYS;
  else if (keys.length === 2 && keys[0] === 'rules') candidates = rules.map((r) => r.meta.id);
  else if (keys.length === 4 && keys[0] === 'rules' && keys[2] === '1') candidates = Object.keys(rules.find((r) => r.meta.id === keys[1])?.meta.options ?? {});
  const guess = closest(key, candidates);
  return guess ? ` (did you mean "${guess}"?)` : '';
}

/**
 * The layers merged, outermost first: a rule's severity is the last one given, and its options are
 * merged key by key, so a folder can change one option and keep its parents' others.
 */
function merged(layers: readonly Layer[]): ResolvedConfig {
  const out = mergedLayers(layers);
  layersBehind.set(out, layers);
  return out;
}

function mergedLayers(layers: readonly Layer[]): ResolvedConfig {
  const entries = new Map<string, { entry: RuleEntry; file: string; key: string[] }>();
  const out: ResolvedConfig = { files: layers.map((l) => l.file), settings: [], profile: {}, ignores: [] };
  for (const { file, config, from } of layers) {
    for (const [id, entry] of Object.entries(config.rules ?? {})) {
      const before = entries.get(id)?.entry[1];
      const key = path.basename(file) === 'package.json' ? ['letterlint', 'rules', id] : ['rules', id];
      entries.set(id, { entry: [entry[0], before || entry[1] ? { ...before, ...entry[1] } : undefined], file, key });
    }
    if (config.seniority) out.profile.seniority = config.seniority;
    if (config.focus) out.profile.focus = config.focus;
    if (config.letters) out.letters = { patterns: config.letters, from };
    if (config.postings) out.postings = { patterns: config.postings, from };
    if (config.ignores) out.ignores.push({ patterns: config.ignores, from });
  }
  out.file = layers.at(-1)?.file;
  for (const rule of rules) {
    const set = entries.get(rule.meta.id);
    const severity = set ? SEVERITIES[set.entry[0]] : rule.meta.severity;
    if (!severity) continue;
    const options = { ...rule.meta.defaultOptions, ...set?.entry[1] };
    // Checked once merged: "min" in one file and "max" in another must still make sense together.
    const problem = set?.entry[1] && rule.meta.checkOptions?.(options);
    if (problem) throw new ConfigError(`${set.file}: ${set.key.join('.')}: ${problem}`);
    // Options are frozen per configuration, so rules can build their indexes once for it.
    out.settings.push({ rule, severity, options: Object.freeze(options) });
  }
  return out;
}

/** --rule values as given: each a mapping of rule ids to entries, in YAML or JSON ("word-count: off"). */
export type RuleFlags = readonly string[];

const layersBehind = new WeakMap<ResolvedConfig, readonly Layer[]>();
const flagLayers = new Map<string, Promise<Layer>>();
const withFlagsCache = new WeakMap<ResolvedConfig, Map<string, Promise<ResolvedConfig>>>();

/**
 * --rule values read and checked as one configuration's "rules", so they are spelled, checked and
 * reported as a file's are ("--rule: rules.word-cont: unknown rule (did you mean …)").
 */
export function ruleFlagLayer(flags: RuleFlags): Promise<Layer> {
  const key = JSON.stringify(flags);
  let layer = flagLayers.get(key);
  if (!layer) {
    layer = (async () => {
      const parse = await yamlParser();
      const rulesGiven: Record<string, unknown> = {};
      for (const flag of flags) {
        let value: unknown;
        try {
          value = parse(flag);
        } catch (error) {
          if (!(error instanceof YamlError)) throw error;
          throw new ConfigError(`--rule: not a rule and its severity ("word-count: off", or JSON): ${error.message}`);
        }
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError('--rule: expected a rule and its severity, such as "word-count: off" or \'{"word-count": ["warn", {"max": 450}]}\'');
        for (const [id, entry] of Object.entries(value)) Object.defineProperty(rulesGiven, id, { value: entry, enumerable: true, writable: true, configurable: true });
      }
      return { file: '--rule', config: await validate('--rule', { rules: rulesGiven }), from: '' };
    })();
    flagLayers.set(key, layer);
  }
  return layer;
}

async function withFlags(base: ResolvedConfig, flags: RuleFlags): Promise<ResolvedConfig> {
  if (flags.length === 0) return base;
  let byFlags = withFlagsCache.get(base);
  if (!byFlags) withFlagsCache.set(base, (byFlags = new Map()));
  const key = JSON.stringify(flags);
  let config = byFlags.get(key);
  if (!config) {
    config = ruleFlagLayer(flags).then((layer) => ({ ...mergedLayers([...(layersBehind.get(base) ?? []), layer]), file: base.file, files: base.files }));
    byFlags.set(key, config);
  }
  return config;
}

/** A package name, with a file inside it or not: segments of name characters, none of them "." or "..". */
const PACKAGE = /^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*(?:\/[\w.~-]+)*$/i;

function isReference(name: string): boolean {
  // A relative path may climb ("../shared.yaml"); extended() keeps it inside the project.
  if (name.startsWith('./') || name.startsWith('../')) return !name.endsWith('/');
  return PACKAGE.test(name) && !name.split('/').some((part) => part === '.' || part === '..');
}

const CONFIG_EXTENSIONS = ['.json', '.yaml', '.yml'];

/**
 * The configuration `name` names in `from`'s "extends": a relative path from its folder, which must
 * stay inside `area` (the project); or a package in a node_modules folder from there up to the
 * project's top, read for its "letterlint" key, or a JSON or YAML file in it. Data only, never code.
 */
async function extended(name: string, from: string, area: string, root: Root | undefined): Promise<Found> {
  const where = `${from}: extends "${name}"`;
  if (name.startsWith('./') || name.startsWith('../')) {
    const file = path.resolve(path.dirname(from), name);
    const areaRoot: Root = { path: area, real: await fs.realpath(area).catch(() => area), marked: true };
    if (!within(area, file) || !readable(file, root && within(root.path, area) ? root : areaRoot)) throw new ConfigError(`${where}: ${OUTSIDE}`);
    return configFile(file, where);
  }
  const parts = name.split('/');
  const size = name.startsWith('@') ? 2 : 1;
  const pkg = parts.slice(0, size).join('/');
  const inner = parts.slice(size).join('/');
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const folder = path.join(dir, 'node_modules', pkg);
    const found = await fs.stat(folder).then((st) => st.isDirectory(), () => false);
    if (found) {
      if (inner) return configFile(path.join(folder, inner), where);
      const manifest = await configFile(path.join(folder, 'package.json'), where, true);
      if (manifest) return manifest;
      const main = await fs.readFile(path.join(folder, 'package.json'), 'utf8').then((t) => (JSON.parse(t) as { main?: unknown }).main, () => undefined);
      if (typeof main === 'string' && CONFIG_EXTENSIONS.includes(path.extname(main)) && !main.split(/[\\/]/).includes('..')) return configFile(path.join(folder, main), where);
      throw new ConfigError(`${where}: the package has no "letterlint" key, and its "main" is not a JSON or YAML file`);
    }
    if (dir === area || path.dirname(dir) === dir || !within(area, dir)) break;
  }
  throw new ConfigError(`${where}: no such package in node_modules; install it, or give a relative path ("./shared.yaml")`);
}

/** A file an "extends" names, read as a configuration; `optional` for a package.json that may lack the key. */
async function configFile(file: string, where: string, optional: true): Promise<Found | undefined>;
async function configFile(file: string, where: string): Promise<Found>;
async function configFile(file: string, where: string, optional = false): Promise<Found | undefined> {
  if (!CONFIG_EXTENSIONS.includes(path.extname(file))) throw new ConfigError(`${where}: letterlint extends JSON or YAML configuration (.json, .yaml, .yml)`);
  const exists = await fs.stat(file).then(() => true, () => false);
  if (!exists) throw new ConfigError(`${where}: no such file`);
  const found = await readConfig(file, file, optional);
  return found ?? (optional ? undefined : { filepath: file, config: {} });
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
