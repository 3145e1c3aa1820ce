// Every fixture letter produces exactly the rules listed for it in fixtures/expected.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine.js';
import { formatOf } from '../src/letter/letter.js';

const dir = new URL('../fixtures/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, string[]>;

describe('fixture letters', () => {
  for (const [name, rules] of Object.entries(expected)) {
    it(`${name} → ${rules.length ? rules.join(', ') : 'clean'}`, async () => {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const { findings } = await lintText(text, name, formatOf(name));
      expect([...new Set(findings.map((f) => f.ruleId))].sort()).toEqual([...rules].sort());
    });
  }
});
