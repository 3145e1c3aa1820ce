// A small RuleTester in ESLint's style: `valid` cases must stay quiet, `invalid` cases must produce
// exactly the findings listed, each checked for its quoted text, position and a suggestion.
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine.js';
import type { Format } from '../src/letter/letter.js';
import type { Finding, Posting, Profile, Rule, RunContext } from '../src/types.js';

export interface ValidCase {
  /** What the case is about, shown as the test name. */
  name: string;
  text: string;
  format?: Format;
  options?: object;
  /** Seniority and focus as flags give them; the letter's frontmatter still wins. */
  profile?: Profile;
  /** What the run knows beyond this letter: the companies other letters declare. */
  run?: RunContext;
  /** A posting given for the run (--posting). */
  posting?: Posting;
}

export interface ExpectedFinding {
  /** The quoted span; `null` for a whole-letter finding. */
  actual: string | null;
  line: number;
  column?: number;
  /** A piece of the message that must appear. */
  message?: string | RegExp;
  /** A piece of a suggestion that must appear. */
  suggestion?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export async function findingsOf(rule: Rule<any>, c: ValidCase): Promise<Finding[]> {
  const options = { ...rule.meta.defaultOptions, ...c.options };
  const settings = [{ rule, severity: rule.meta.severity, options }];
  const { findings } = await lintText(c.text, c.format === 'text' ? 'case.txt' : 'case.md', c.format ?? 'markdown', {
    settings,
    profile: c.profile,
    run: c.run,
    posting: c.posting,
  });
  return findings;
}

export function ruleTester(rule: Rule<any>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          const findings = await findingsOf(rule, c);
          expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, async () => {
          const findings = await findingsOf(rule, c);
          expect(findings.map((f) => f.actual ?? null), 'quoted spans').toEqual(c.errors.map((e) => e.actual));
          c.errors.forEach((e, i) => {
            const f = findings[i]!;
            expect(f.ruleId).toBe(rule.meta.id);
            expect(f.line, `line of finding ${i + 1}`).toBe(e.line);
            if (e.column !== undefined) expect(f.column, `column of finding ${i + 1}`).toBe(e.column);
            if (e.message !== undefined) expect(f.message).toMatch(e.message);
            expect(f.suggestions.length, 'every finding says what to write instead').toBeGreaterThan(0);
            for (const s of f.suggestions) expect(s.trim().length).toBeGreaterThan(20);
            if (e.suggestion !== undefined) expect(f.suggestions.join('\n')).toMatch(e.suggestion);
          });
        });
      }
    });
  });
}
