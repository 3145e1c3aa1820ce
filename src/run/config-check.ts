// The shape a configuration must have, checked once a file is read: the key path of a mistake, and
// what is allowed there, in one line. valibot checks the shape; it is loaded only when a
// configuration file is found.
import path from 'node:path';
import type { BaseIssue, GenericSchema } from 'valibot';
import { rules } from '../../rules/index.js';
import { ConfigError } from './config-error.js';
import { closest } from '../text/suggest.js';
import { FOCUSES, SENIORITIES, type Focus, type OptionSpec, type Seniority } from '../types.js';

/** Every way of writing a severity ESLint users reach for, to the three the schema checks. */
export const SEVERITY_SPELLINGS = new Map<unknown, string>([
  ['off', 'off'], ['warn', 'warn'], ['warning', 'warn'], ['error', 'error'],
  [0, 'off'], [1, 'warn'], [2, 'error'], ['0', 'off'], ['1', 'warn'], ['2', 'error'],
]);
export const TOP_KEYS = ['$schema', 'rules', 'seniority', 'focus', 'letters', 'postings', 'ignores', 'extends', 'root'];

export type RuleEntry = [string, Record<string, unknown>?];
export interface Config {
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
export async function validate(file: string, raw: unknown, base: string[] = []): Promise<Config> {
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

/** A package name, with a file inside it or not: segments of name characters, none of them "." or "..". */
const PACKAGE = /^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*(?:\/[\w.~-]+)*$/i;

function isReference(name: string): boolean {
  // A relative path may climb ("../shared.yaml"); extended() keeps it inside the project.
  if (name.startsWith('./') || name.startsWith('../')) return !name.endsWith('/');
  return PACKAGE.test(name) && !name.split('/').some((part) => part === '.' || part === '..');
}
