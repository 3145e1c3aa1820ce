// A JSON Schema for .letterlintrc.json / .yaml, for editors' completion and checking. Generated from
// the same declarations the validator in config-check.ts checks against (each rule's options, the
// severities, the profile keys), so the two cannot drift; written into the package by the build
// (dist/bundle/letterlintrc.schema.json) and named by `letterlint init`.
import { rules } from '../../rules/index.js';
import { SEVERITY_SPELLINGS, TOP_KEYS } from './config-check.js';
import { FOCUSES, SENIORITIES, type OptionSpec } from '../types.js';

export const SCHEMA_FILE = 'letterlintrc.schema.json';

// JSON Schema has no Unicode classes; the validator's "a letter or a digit" ([\p{L}\p{N}]) is near
// enough as ASCII letters and digits or anything past U+00BF, which editors' regex engines all take.
const WORDS = '[A-Za-z0-9\\u00C0-\\uFFFF]';

type Json = Record<string, unknown>;

const severity = (): Json => ({
  description: 'off, warn (warning) or error; or 0, 1, 2 as in ESLint',
  enum: [...SEVERITY_SPELLINGS.keys()],
});

function option(spec: OptionSpec): Json {
  return spec.type === 'integer'
    ? { type: 'integer', minimum: spec.minimum, description: spec.description }
    : { type: 'array', items: { type: 'string', pattern: WORDS }, description: spec.description };
}

const globs = (description: string): Json => ({
  type: 'array',
  description,
  items: { type: 'string', minLength: 1, not: { anyOf: [{ pattern: '^/' }, { pattern: '(^|/)\\.\\.(/|$)' }] } },
});

export function configSchema(): Json {
  const ruleProperties = Object.fromEntries(
    rules.map(({ meta }) => {
      const specs = Object.entries(meta.options as Record<string, OptionSpec>);
      const options: Json = { type: 'object', additionalProperties: false, properties: Object.fromEntries(specs.map(([k, spec]) => [k, option(spec)])) };
      return [
        meta.id,
        {
          description: `${meta.description} (default: ${meta.severity})`,
          anyOf: [severity(), { type: 'array', minItems: 1, maxItems: 2, items: [severity(), options], additionalItems: false }],
        },
      ];
    }),
  );
  const reference: Json = { type: 'string', minLength: 1, description: 'a relative path ("./shared.yaml") or a package name' };
  const properties: Json = {
    $schema: { type: 'string' },
    rules: { type: 'object', description: 'each rule: a severity, or [severity, {options}]', additionalProperties: false, properties: ruleProperties },
    seniority: { enum: [...SENIORITIES], description: 'the level the letters are pitched at' },
    focus: { enum: [...FOCUSES], description: 'the kind of team; adds focus-coverage' },
    letters: globs('globs, from this file\'s folder, of the files that are letters'),
    postings: globs('globs, from this file\'s folder, of the files that are job postings'),
    ignores: { type: 'array', description: 'gitignore patterns of letters to skip, from this file\'s folder', items: { type: 'string', minLength: 1, not: { pattern: '(^|/)\\.\\.(/|$)' } } },
    extends: { description: 'shared configuration applied first', anyOf: [reference, { type: 'array', minItems: 1, items: reference }] },
    root: { type: 'boolean', description: 'true: configuration files in folders above this one do not apply' },
  };
  // One list of keys for both: a key the validator knows and the schema does not is a build failure here.
  for (const key of TOP_KEYS) if (!Object.hasOwn(properties, key)) throw new Error(`schema: no property for the configuration key "${key}"`);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'letterlint configuration',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}
