// The README's editor recipes, run where this machine has the editor: Neovim (Debian's 0.7.2, headless)
// starts `letterlint lsp --stdio` through the README's own init.lua block and shows the diagnostics.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hasNeovim = spawnSync('nvim', ['--version']).status === 0;
if (!hasNeovim) console.warn("test/e2e/editors.test.ts: Neovim skipped, nvim is not installed (Debian's neovim package; .ci/run installs it)");

describe.skipIf(!hasNeovim)('Neovim', () => {
  it("the README's init.lua attaches letterlint to a letter and shows its findings", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    // The block sits in a list item, indented by two spaces.
    const recipe = /```lua\n {2}(-- letterlint for Markdown and text letters\n[\s\S]*?)\n {2}```/.exec(readme)![1]!.replace(/^ {2}/gm, '');
    // A job-search repository with letterlint installed, as the README's Install section leaves it.
    const project = mkdtempSync(path.join(tmpdir(), 'letterlint-nvim-'));
    mkdirSync(path.join(project, '.git'));
    mkdirSync(path.join(project, 'letters'));
    mkdirSync(path.join(project, 'node_modules/.bin'), { recursive: true });
    symlinkSync(root, path.join(project, 'node_modules/letterlint'));
    symlinkSync(path.join(root, 'bin/letterlint.js'), path.join(project, 'node_modules/.bin/letterlint'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'job-search', private: true, devDependencies: { letterlint: '*' } }));
    writeFileSync(path.join(project, 'letters/weak.md'), readFileSync(path.join(root, 'fixtures/weak.md')));
    writeFileSync(path.join(project, 'init.lua'), recipe);
    // Wait (in Neovim, up to 20 s) for diagnostics, then write them out as "line code message".
    const report = [
      'vim.wait(20000, function() return #vim.diagnostic.get(0) > 1 end, 50)',
      "local out = {}",
      "for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(out, (d.lnum + 1) .. ' ' .. tostring(d.code) .. ' ' .. d.message) end",
      "vim.fn.writefile(out, 'diagnostics.txt')",
    ].join('\n');
    writeFileSync(path.join(project, 'report.lua'), report);
    const r = spawnSync('nvim', ['--headless', '-u', 'init.lua', 'letters/weak.md', '-c', 'luafile report.lua', '-c', 'qa!'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const shown = readFileSync(path.join(project, 'diagnostics.txt'), 'utf8');
    expect(shown).toMatch(/^12 no-placeholders Template placeholder "\[Your Name\]" left in the letter$/m);
    expect(shown).toMatch(/^1 report-card Report card: 0\/100/m);
  }, 90_000);
});
