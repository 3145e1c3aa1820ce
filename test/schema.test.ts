// The configuration's JSON Schema: valid under ajv's strict mode, passing every configuration the
// README shows and the one `init` writes, and agreeing with the validator the command line uses on
// generated configurations, right and wrong.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rules } from '../rules/index.js';
import { configFor, forgetConfiguration } from '../src/run/config.js';
import { ConfigError } from '../src/run/config-error.js';
import { starterConfig, SCHEMA_PATH } from '../src/cli/init.js';
import { configSchema, SCHEMA_FILE } from '../src/run/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ajv = new Ajv({ strict: true, strictTuples: false, allErrors: true });
const validate = ajv.compile(configSchema());

/** What the command line's validator says of a configuration: undefined when it is accepted. */
async function validator(config: unknown): Promise<string | undefined> {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-schema-'));
  const file = path.join(dir, '.letterlintrc.json');
  writeFileSync(file, JSON.stringify(config));
  forgetConfiguration();
  try {
    await configFor(dir, file);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}

describe('the configuration schema', () => {
  it('is the one the build ships, and init names it', () => {
    expect(JSON.parse(readFileSync(path.join(root, 'dist/bundle', SCHEMA_FILE), 'utf8'))).toEqual(configSchema());
    expect(starterConfig().split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_PATH}`);
    expect(SCHEMA_PATH.endsWith(`dist/bundle/${SCHEMA_FILE}`)).toBe(true);
  });

  it('passes every configuration in the README and the starter init writes', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)].map((m) => {
      try {
        return parse(m[2]!) as unknown;
      } catch {
        return undefined;
      }
    });
    // Configuration, not workflows or hook files: an object whose keys are all configuration keys.
    const configs = blocks.filter((b): b is Record<string, unknown> => typeof b === 'object' && b !== null && !Array.isArray(b) && Object.keys(b).length > 0 && Object.keys(b).every((k) => ['rules', 'seniority', 'focus', 'letters', 'postings', 'ignores', 'extends', 'root', '$schema'].includes(k)));
    const fromPackageJson = blocks.flatMap((b) => (b && typeof b === 'object' && 'letterlint' in b ? [(b as { letterlint: unknown }).letterlint] : []));
    expect(configs.length).toBeGreaterThanOrEqual(4);
    for (const config of [...configs, ...fromPackageJson, parse(starterConfig())]) {
      expect(validate(config), JSON.stringify(config) + JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects a wrong severity, a mistyped rule and a mistyped option, naming where', () => {
    expect(validate({ rules: { 'word-count': 'warnings' } })).toBe(false);
    expect(validate.errors!.some((e) => e.instancePath === '/rules/word-count')).toBe(true);
    expect(validate({ rules: { 'word-cont': 'off' } })).toBe(false);
    expect(validate.errors!.some((e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'word-cont')).toBe(true);
    expect(validate({ rules: { 'word-count': ['warn', { maxx: 3 }] } })).toBe(false);
    expect(validate({ colour: 'blue' })).toBe(false);
    expect(validate({ letters: ['../elsewhere/*.md'] })).toBe(false);
  });

  it('agrees with the validator on generated configurations, right and wrong', async () => {
    const severities = fc.constantFrom<unknown>('off', 'warn', 'warning', 'error', 0, 1, 2, '0', '1', '2', 'warnings', 3, 'on', true, null);
    const optionValue = fc.oneof(fc.integer({ min: -2, max: 500 }), fc.constant(2.5), fc.constant('300'), fc.array(fc.constantFrom('rockstar', 'TBD', '', '  ', '.*', 'é'), { maxLength: 3 }), fc.constant([3]));
    const ruleIds = fc.constantFrom(...rules.map((r) => r.meta.id), 'word-cont', 'constructor');
    const optionNames = fc.constantFrom('min', 'max', 'extraPhrases', 'allowPhrases', 'allow', 'extraTerms', 'extraTechnologies', 'maxx');
    const entry = fc.oneof(severities, fc.tuple(severities), fc.tuple(severities, fc.dictionary(optionNames, optionValue, { maxKeys: 2 })));
    const config = fc.record(
      {
        rules: fc.dictionary(ruleIds, entry, { maxKeys: 3 }),
        seniority: fc.constantFrom<unknown>('senior', 'junior'),
        letters: fc.constantFrom<unknown>(['letters/**'], ['../x'], ['/abs'], 'letters/**'),
        root: fc.constantFrom<unknown>(true, 'yes'),
      },
      { requiredKeys: [] },
    );
    const seen = { valid: 0, invalid: 0 };
    await fc.assert(
      fc.asyncProperty(config, async (c) => {
        const accepted = await validator(c);
        seen[accepted === undefined ? 'valid' : 'invalid']++;
        // Across-option checks ("min" above "max") are the validator's alone: JSON Schema cannot compare two values.
        if (accepted?.includes('is more than')) return;
        expect(validate(c), `${JSON.stringify(c)}: validator says ${accepted ?? 'valid'}`).toBe(accepted === undefined);
      }),
      // A fixed seed: the same 150 configurations every run, so the counts below cannot vary.
      { numRuns: 150, seed: 20261205 },
    );
    // Both kinds were tried: a generator that made only one would prove little.
    expect(seen.valid).toBeGreaterThanOrEqual(5);
    expect(seen.invalid).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
