// The package as a user gets it: `npm pack` holds the bundle and nothing the CLI does not run, with no
// runtime dependencies, and installs offline into a fresh job-search folder, where the installed
// binary lints letters and the Node API and the unified plugin import, with their types, by the package's name.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// test:e2e has just built; --ignore-scripts keeps pack from rebuilding dist/ under the other tests' feet.
describe('the packed package', () => {
  it('holds the bundle only, depends on nothing, and installs offline into a fresh folder where its binary works', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'letterlint-pack-'));
    const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed[0]!.files.map((f) => f.path).sort();
    expect(files).toContain('bin/letterlint.js');
    expect(files).toContain('dist/bundle/cli.js');
    expect(files).toContain('dist/bundle/lint-worker.js');
    expect(files).toEqual(expect.arrayContaining(['dist/bundle/api.js', 'dist/bundle/api.d.ts', 'dist/bundle/types.d.ts', 'dist/bundle/letterlintrc.schema.json']));
    expect(files).toEqual(expect.arrayContaining(['dist/bundle/unified.js', 'dist/bundle/unified.d.ts']));
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    for (const f of files) expect(f, f).toMatch(/^(?:bin\/|dist\/bundle\/|LICENSE$|README\.md$|package\.json$)/);
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: object; version: string };
    expect(manifest.dependencies ?? {}).toEqual({});

    const project = mkdtempSync(path.join(tmpdir(), 'letterlint-job-search-'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'job-search', private: true }));
    const install = spawnSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '-D', path.join(out, packed[0]!.filename)], { cwd: project, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    const bin = path.join(project, 'node_modules/.bin/letterlint');
    expect(execFileSync(bin, ['--version'], { cwd: project, encoding: 'utf8' }).trim()).toBe(manifest.version);
    copyFileSync(path.join(root, 'fixtures/weak.md'), path.join(project, 'weak.md'));
    copyFileSync(path.join(root, 'fixtures/strong.md'), path.join(project, 'strong.md'));
    const weak = spawnSync(bin, ['--format', 'compact', 'weak.md'], { cwd: project, encoding: 'utf8' });
    expect(weak.status).toBe(1);
    expect(weak.stdout).toContain('weak.md:12:1: error Template placeholder "[Your Name]" left in the letter [no-placeholders]');
    expect(spawnSync(bin, ['strong.md'], { cwd: project }).status).toBe(0);

    /** A script of `lines` written into the job-search folder and run there with node: what it prints, with nothing on standard error. */
    const run = (name: string, lines: string[]) => {
      writeFileSync(path.join(project, name), lines.join('\n'));
      const ran = spawnSync(process.execPath, [name], { cwd: project, encoding: 'utf8' });
      expect(ran.stderr).toBe('');
      return ran.stdout;
    };

    // The Node API as a user imports it: by the package's name, with types, and nothing deeper.
    const api = JSON.parse(run('use.mjs', [
      "import { lintText, lintFiles, rules } from 'letterlint';",
      "const one = await lintText('Dear team,\\n\\nI am a team player at [Company].\\n', { filePath: 'draft.md' });",
      "const all = await lintFiles(['weak.md', 'strong.md']);",
      "console.log(JSON.stringify({ ids: one.findings.map((f) => f.ruleId), counts: all.map((r) => r.findings.length), rules: rules.length }));",
    ])) as { ids: string[]; counts: number[]; rules: number };
    expect(api.ids).toEqual(expect.arrayContaining(['no-generic-claims', 'no-placeholders']));
    expect(api.counts[0]).toBeGreaterThan(0);
    expect(api.counts[1]).toBe(0);
    expect(api.rules).toBeGreaterThan(10);
    const deep = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('letterlint/dist/bundle/cli.js')"], { cwd: project, encoding: 'utf8' });
    expect(deep.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    writeFileSync(path.join(project, 'use.ts'), [
      "import { lintText, LetterlintError, type LintResult, type Finding } from 'letterlint';",
      'export async function firstLine(): Promise<number | undefined> {',
      "  const result: LintResult = await lintText('Dear team,', { filePath: 'a.md', rules: { 'word-count': 'off' } });",
      '  const first: Finding | undefined = result.findings[0];',
      "  // @ts-expect-error: 'junior' is not a seniority",
      "  await lintText('x', { seniority: 'junior' });",
      '  return first?.line;',
      '}',
      'export { LetterlintError };',
    ].join('\n'));

    // letterlint/unified in a pipeline the user brings: their unified, remark-parse, vfile and vfile-reporter (this
    // repository's, linked in; the package depends on none of them), with a file read as bytes, as remark-cli reads it.
    for (const name of ['unified', 'remark-parse', 'vfile', 'vfile-reporter']) symlinkSync(path.join(root, 'node_modules', name), path.join(project, 'node_modules', name), 'dir');
    const piped = run('pipeline.mjs', [
      "import { readFileSync } from 'node:fs';",
      "import letterlint from 'letterlint/unified';",
      "import remarkParse from 'remark-parse';",
      "import { unified } from 'unified';",
      "import { VFile } from 'vfile';",
      "import { reporter } from 'vfile-reporter';",
      "const files = ['weak.md', 'strong.md'].map((name) => new VFile({ path: name, value: readFileSync(name) }));",
      "const processor = unified().use(remarkParse).use(letterlint, { rules: { 'word-count': 'off' } });",
      'for (const file of files) await processor.run(processor.parse(file), file);',
      'console.log(reporter(files));',
    ]);
    expect(piped).toMatch(/12:1-12:12 +error +Template placeholder "\[Your Name\]" left in the letter +no-placeholders +letterlint/);
    expect(piped).toMatch(/strong\.md: no issues found/);
    expect(piped).not.toContain('word-count');
    writeFileSync(path.join(project, 'pipeline.ts'), [
      "import letterlint from 'letterlint/unified';",
      "import remarkParse from 'remark-parse';",
      "import { unified } from 'unified';",
      "import { VFile } from 'vfile';",
      'export async function count(text: string): Promise<number> {',
      "  const file = new VFile({ path: 'a.md', value: text });",
      "  const processor = unified().use(remarkParse).use(letterlint, { rules: { 'word-count': 'off' }, seniority: 'senior' });",
      '  await processor.run(processor.parse(file), file);',
      '  return file.messages.length;',
      '}',
    ].join('\n'));
    // Both type-checked as a user's strict project would: the API's and the plugin's declarations alone, against the user's unified and vfile.
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] }, files: ['use.ts', 'pipeline.ts'] }));
    const checked = spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);

    // The hook an installed copy writes runs that copy: offline, first time, with pre-commit itself.
    expect(spawnSync(bin, ['init', '--pre-commit'], { cwd: project }).status).toBe(0);
    const hookConfig = readFileSync(path.join(project, '.pre-commit-config.yaml'), 'utf8');
    expect(hookConfig).toContain('entry: npx --no-install letterlint');
    expect(hookConfig).toContain('language: system');
    if (spawnSync('pre-commit', ['--version']).status !== 0) return;
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(out, 'cache'), GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };
    const git = (...args: string[]) => spawnSync('git', args, { cwd: project, env, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(path.join(project, '.gitignore'), 'node_modules/\n');
    expect(spawnSync('pre-commit', ['install'], { cwd: project, env }).status).toBe(0);
    git('add', '.gitignore', 'package.json', '.pre-commit-config.yaml', '.letterlintrc.yaml', 'strong.md');
    expect(git('commit', '-qm', 'strong').status).toBe(0);
    git('add', 'weak.md');
    const refused = git('commit', '-qm', 'weak');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('no-placeholders');
  });
});
