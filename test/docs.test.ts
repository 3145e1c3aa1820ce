import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { withReference } from '../src/docs.js';

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('has the rule reference generated from the rules (run npm run docs when this fails)', () => {
    expect(readme).toBe(withReference(readme));
  });

  it('documents every rule with a bad and a better example', () => {
    for (const r of rules) {
      expect(readme).toContain(`### ${r.meta.id}`);
      expect(readme).toContain(`- Bad: ${r.meta.docs.bad}`);
    }
  });

  it('gives the quick start and the test command that CI runs', () => {
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(readme).toContain('npm ci && npx letterlint fixtures/weak.md\nnpm test\n');
    expect(ci).toMatch(/^npm test$/m);
  });
});

describe('rule docs examples', () => {
  // These rules' examples describe a whole letter's shape rather than quote a sentence of one.
  const described = new Set(['word-count', 'lead-with-system', 'structure', 'stale-company', 'focus-coverage', 'mirror-posting']);
  for (const r of rules.filter((x) => !described.has(x.meta.id))) {
    it(`${r.meta.id}: the bad example is flagged and the better one is not`, async () => {
      const { lintText, defaultSettings } = await import('../src/engine.js');
      // The close is judged as a close: after an opening paragraph; every other example opens the letter.
      const before = r.meta.id === 'closing-invitation' ? 'I am applying for the Backend Engineer role at Northwind.\n\n' : '';
      const lint = async (text: string) =>
        (await lintText(`Dear Sam,\n\n${before}${text}\n\nBest,\nAlex\n`, 'x.md', 'markdown', { settings: defaultSettings([r]) })).findings;
      expect((await lint(r.meta.docs.bad)).length).toBeGreaterThan(0);
      expect(await lint(r.meta.docs.better)).toEqual([]);
    });
  }
});
