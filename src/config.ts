// Configuration: found from each letter's folder upward (the nearest file wins) or named with
// --config, checked against the rules' declared options, and turned into the settings a run uses.
// Every file, found or named, is read as a letter is (files.ts), so a folder, a named pipe, a device,
// a binary or an oversized file is a one-line reason, never a hang. valibot checks the shape; it and
// the YAML parser are loaded only when a configuration file is found.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BaseIssue, GenericSchema } from 'valibot';
import { rules } from '../rules/index.js';
import { readLetter } from './files.js';
import { closest } from './suggest.js';
import { OUTSIDE, readable, within, type Root } from './root.js';
import { YamlError, yamlParser } from './yaml.js';
import { FOCUSES, SENIORITIES, type Focus, type OptionSpec, type Profile, type RuleSetting, type Seniority, type Severity } from './types.js';

export const CONFIG_FILES = ['.letterlintrc.json', '.letterlintrc.yaml', '.letterlintrc.yml', 'package.json'];
const SEVERITIES: Record<string, Severity | undefined> = { off: undefined, warn: 'warning', error: 'error' };
/** Every way of writing a severity ESLint users reach for, to the three the schema checks. */
const SEVERITY_SPELLINGS = new Map<unknown, string>([
  ['off', 'off'], ['warn', 'warn'], ['warning', 'warn'], ['error', 'error'],
  [0, 'off'], [1, 'warn'], [2, 'error'], ['0', 'off'], ['1', 'warn'], ['2', 'error'],
]);
const TOP_KEYS = ['$schema', 'rules', 'seniority', 'focus', 'letters', 'postings'];

/** A configuration that cannot be used; the message is one line naming the file, the key and the reason. */
export class ConfigError extends Error {}

export interface ResolvedConfig {
  /** The file the settings came from; undefined for the built-in defaults. */
  file?: string;
  settings: RuleSetting[];
  /** Seniority and focus for every letter under this configuration; flags and frontmatter win. */
  profile: Profile;
  /** Globs, from the configuration's folder, of the files that are letters, and of those that are postings. */
  letters?: string[];
  postings?: string[];
}

type Loader = (file: string, content: string) => unknown | Promise<unknown>;
interface Found {
  filepath: string;
  config: unknown;
}

const resolved = new Map<string, ResolvedConfig>();
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
    try {
      await fs.lstat(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw error;
    }
    // A file above an unmarked start folder was not reached through a link, and is read as before.
    if (root && within(root.path, file) && !(await readable(file, root))) throw new ConfigError(`${file}: ${OUTSIDE}`);
    // An empty file, or a package.json without a "letterlint" key, is passed over.
    const found = await readConfig(file, file, true);
    if (found) return found;
  }
  const parent = path.dirname(dir);
  const top = root !== undefined && root.marked && (dir === root.path || dir === root.real);
  return parent === dir || top ? null : search(parent, root);
}

/**
 * The settings for a letter in `dir`: from `explicit` when given, else the nearest config file, else
 * defaults; `false` (--no-config) is the defaults without a search.
 */
export async function configFor(dir: string, explicit?: string | false, root?: Root): Promise<ResolvedConfig> {
  if (explicit === false) return (defaults ??= { settings: settingsFrom({}), profile: {} });
  let found: Found | null;
  try {
    found = explicit ? await loadExplicit(explicit) : await search(path.resolve(dir), root);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${explicit ?? dir}: cannot read configuration: ${firstLine(error)}`);
  }
  if (!found) return (defaults ??= { settings: settingsFrom({}), profile: {} });
  const cached = resolved.get(found.filepath);
  if (cached) return cached;
  // In a package.json the configuration, and so every key path in a message, starts at "letterlint".
  const base = path.basename(found.filepath) === 'package.json' ? ['letterlint'] : [];
  const checked = await validate(found.filepath, found.config, base);
  const config = { file: found.filepath, settings: settingsFrom(checked), profile: { seniority: checked.seniority, focus: checked.focus }, letters: checked.letters, postings: checked.postings };
  resolved.set(found.filepath, config);
  return config;
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
        seniority: v.optional(v.picklist(SENIORITIES, `expected one of: ${SENIORITIES.join(', ')}`)),
        focus: v.optional(v.picklist(FOCUSES, `expected one of: ${FOCUSES.join(', ')}`)),
        rules: v.optional(record(v.strictObject(ruleSchemas, `unknown rule; known rules: ${rules.map((r) => r.meta.id).join(', ')}`))),
        letters: v.optional(globs),
        postings: v.optional(globs),
      },
      'unknown key; a configuration has "rules", "seniority", "focus", "letters" and "postings"',
    ),
  );
  // "warn" is short for ["warn"], so the checked shape is one tuple a rule.
  const input = normalise(raw);
  const result = v.safeParse(schema, input);
  if (!result.success) throw new ConfigError(`${file}: ${describe(result.issues[0]!, base)}`);
  const config = result.output as Config;
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    const rule = rules.find((r) => r.meta.id === id)!;
    const problem = entry[1] && rule.meta.checkOptions?.({ ...rule.meta.defaultOptions, ...entry[1] });
    if (problem) throw new ConfigError(`${file}: ${[...base, 'rules', id].join('.')}: ${problem}`);
  }
  return config;
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

function settingsFrom(config: Config): RuleSetting[] {
  const out: RuleSetting[] = [];
  for (const rule of rules) {
    const entry = config.rules?.[rule.meta.id];
    const severity = entry ? SEVERITIES[entry[0]] : rule.meta.severity;
    if (!severity) continue;
    // Options are frozen per configuration file, so rules can build their indexes once for it.
    out.push({ rule, severity, options: Object.freeze({ ...rule.meta.defaultOptions, ...entry?.[1] }) });
  }
  return out;
}

/** A resolved configuration as --print-config shows it: every rule with its severity and options. */
export function configView(config: ResolvedConfig): object {
  const on = new Map(config.settings.map((x) => [x.rule.meta.id, x]));
  return {
    file: config.file ?? null,
    rules: Object.fromEntries(rules.map((r) => {
      const setting = on.get(r.meta.id);
      return [r.meta.id, setting ? [setting.severity === 'error' ? 'error' : 'warn', setting.options] : ['off']];
    })),
    seniority: config.profile.seniority ?? null,
    focus: config.profile.focus ?? null,
    letters: config.letters ?? null,
    postings: config.postings ?? null,
  };
}
