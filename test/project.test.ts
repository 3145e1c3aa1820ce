// A job-search repository that knows its letters: letters/, postings/ and a README side by side.
// Only letters are linted, whatever a hook or CI passes; with no path, all of them are; and a letter
// linted alone still knows the companies the others are written for.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { main, type Io } from '../src/cli/main.js';
import { defaultLetters, isDefaultPosting } from '../src/run/project.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const strong = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-project-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => '', stdinIsTTY: true, stdoutIsTTY: false, cwd, env: {} };
  return { code: await main(['node', 'letterlint', ...args], io), stdout, stderr };
}

const linted = async (args: string[], cwd: string) => {
  const r = await cli(['--format', 'json', ...args], cwd);
  return { ...r, files: r.stdout ? (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string; line: number }> }>) : [] };
};
const names = (files: Array<{ filePath: string }>, dir: string) => files.map((f) => path.relative(dir, f.filePath)).sort();

const ridgeline = `---\ncompany: Ridgeline Logistics\nposting: ../postings/ridgeline.md\n---\n\n${strong.replace(/^---[\s\S]*?---\n/, '')}`;
const LAYOUT = {
  'README.md': '# My job search\n\nNotes on where I applied and when. [Company] slots are in the template.\n',
  'postings/ridgeline.md': '# Backend Engineer\n\nRidgeline Logistics is hiring a backend engineer. [Apply here].\n',
  'letters/ridgeline.md': ridgeline,
  'letters/globex.md': strong,
};

describe('which files are letters', () => {
  it('a README and a posting passed beside a letter are skipped; the letter is linted', async () => {
    const dir = repo(LAYOUT);
    const r = await linted(['README.md', 'postings/ridgeline.md', 'letters/globex.md'], dir);
    expect(r.stderr).toBe('');
    expect(names(r.files, dir)).toEqual(['letters/globex.md']);
  });

  it('a hook that staged only the README has nothing to lint, says so once, and passes', async () => {
    const dir = repo(LAYOUT);
    const r = await cli(['README.md'], dir);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe('letterlint: nothing to lint: the file named is not among this project\'s letters (see "letters" in the configuration)\n');
  });

  it('with no path, every letter of letters/ is linted, and nothing else', async () => {
    const dir = repo(LAYOUT);
    expect(names((await linted([], dir)).files, dir)).toEqual(['letters/globex.md', 'letters/ridgeline.md']);
  });

  it('"letters" and "postings" in the configuration say where they are; a file a letter names as its posting is a posting', async () => {
    const dir = repo({
      '.letterlintrc.json': JSON.stringify({ letters: ['applications/*/letter.md', 'applications/*/*.txt'], postings: ['applications/*/job.md'] }),
      'applications/acme/letter.md': strong,
      'applications/acme/job.md': '# Job\n\nAcme is hiring.\n',
      'applications/acme/notes.txt': `---\nposting: ad.txt\n---\n\n${strong}`,
      'applications/acme/ad.txt': 'Acme is hiring a backend engineer.\n',
      'notes/todo.md': 'Call [Company] back.\n',
    });
    expect(names((await linted([], dir)).files, dir)).toEqual(['applications/acme/letter.md', 'applications/acme/notes.txt']);
    // Named on the command line with the letter that names it, ad.txt is that letter's posting.
    expect(names((await linted(['applications/acme/notes.txt', 'applications/acme/ad.txt'], dir)).files, dir)).toEqual(['applications/acme/notes.txt']);
    expect(names((await linted(['.'], dir)).files, dir)).toEqual(['applications/acme/letter.md', 'applications/acme/notes.txt']);
  });

  it('globs must stay inside the project', async () => {
    for (const glob of ['/etc/*.md', '../other/*.md']) {
      const dir = repo({ '.letterlintrc.json': JSON.stringify({ letters: [glob] }), 'a.md': strong });
      const r = await cli(['a.md'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('letters[0]: expected a glob inside the project, such as "letters/**/*.md"');
    }
  });

  it('without a letters/ folder or setting, every letter file is a letter but the README', async () => {
    const dir = repo({ 'README.md': '# Notes\n\n[Company]\n', 'acme.md': strong, 'postings/acme.md': 'Acme is hiring.\n' });
    expect(names((await linted(['.'], dir)).files, dir)).toEqual(['acme.md']);
    // With no path and no declared letters, a path is still asked for.
    expect((await cli([], dir)).code).toBe(2);
  });
});

describe('stale company across the repository', () => {
  const northwind = (body: string) => `---\ncompany: Northwind\n---\n\n${body}\n\nBest,\nSam\n`;
  const stale = async (files: Record<string, string>, args: string[]) => {
    const dir = repo({ ...LAYOUT, ...files });
    const r = await linted(args, dir);
    return r.files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'stale-company').map((m) => m.message));
  };

  it('a reused letter linted alone is refused for the company another letter of the repository is for', async () => {
    const messages = await stale({ 'letters/northwind.md': northwind('Dear Northwind team,\n\nI want to work on Ridgeline Logistics\'s routing engine.') }, ['letters/northwind.md']);
    expect(messages).toEqual(['"Ridgeline Logistics" is the company another letter in this run is written for, but this letter is for "Northwind"']);
  });

  it('by its short name, and in the greeting', async () => {
    const messages = await stale({ 'letters/northwind.md': northwind('Dear Ridgeline hiring team,\n\nI want to join Northwind.') }, ['letters/northwind.md']);
    expect(messages).toEqual(['"Ridgeline" is the company the greeting addresses, but this letter is for "Northwind"']);
  });

  it('a greeting to another company than the frontmatter names, in a letter linted alone', async () => {
    const dir = repo({ 'a.md': northwind('Dear Acme hiring team,\n\nI want to join Northwind.') });
    const r = await linted(['a.md'], dir);
    expect(r.files[0]!.messages.filter((m) => m.ruleId === 'stale-company').map((m) => m.message)).toEqual(['"Acme" is the company the greeting addresses, but this letter is for "Northwind"']);
  });

  it('a company named only as a past employer stays quiet', async () => {
    const messages = await stale({ 'letters/northwind.md': northwind('Dear Northwind team,\n\nI worked at Ridgeline Logistics for two years, and at Ridgeline I rebuilt the routing engine.') }, ['letters/northwind.md']);
    expect(messages).toEqual([]);
  });
});

describe('the default globs, matched without picomatch', () => {
  it('match exactly what picomatch matches for them', () => {
    const options = { dot: false, windows: false };
    const pairs: Array<[string, (rel: string) => boolean]> = [
      ['**/*.{md,markdown,txt}', defaultLetters(false)],
      ['letters/**/*.{md,markdown,txt}', defaultLetters(true)],
      ['postings/**', isDefaultPosting],
    ];
    // Paths as path.relative gives them for a file inside the project: no empty, "." or ".." part.
    const part = fc
      .oneof(fc.constantFrom('letters', 'postings', '.git', '.hidden', 'a', 'Letters', 'acme corp', 'x.md', '.md', 'a.MD', 'b.markdown', 'c.txt', 'd.txt.bak', 'md'), fc.string({ unit: fc.constantFrom('a', '.', 'm', 'd', 't', 'x', '-', ' '), minLength: 1, maxLength: 6 }))
      .filter((p) => p !== '.' && p !== '..');
    const rel = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    let matched = 0;
    for (const [glob, ours] of pairs) {
      const theirs = picomatch(glob, options);
      fc.assert(
        fc.property(rel, (r) => {
          expect(ours(r), `${glob} on ${JSON.stringify(r)}`).toBe(theirs(r));
          if (theirs(r)) matched++;
        }),
        { numRuns: 3000, seed: 1712 },
      );
    }
    expect(matched).toBeGreaterThan(200);
  });
});
