// `letterlint init`: a commented starter configuration, generated from the rules' metadata, and with
// --pre-commit a hook configuration for pre-commit. Files are written whole and never replaced
// without --force.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { SCHEMA_FILE } from '../run/schema.js';
import { writeNew } from '../run/write.js';
import { packageRoot } from '../package.js';
import type { OptionSpec } from '../types.js';

export const STARTER_CONFIG = '.letterlintrc.yaml';
export const PRE_COMMIT_CONFIG = '.pre-commit-config.yaml';
/** Where the configuration's JSON Schema is once letterlint is installed in the project. */
export const SCHEMA_PATH = `./node_modules/letterlint/dist/bundle/${SCHEMA_FILE}`;

export function starterConfig(): string {
  const lines = [
    // Editors with the YAML language server complete and check the file against the package's schema.
    `# yaml-language-server: $schema=${SCHEMA_PATH}`,
    '# letterlint configuration: files from the project\'s top folder down to a letter\'s own are merged, the nearer winning.',
    '# Each rule: off, warn or error, or [severity, {options}]. "letterlint explain <rule>" tells why it matters.',
    'rules:',
  ];
  for (const { meta } of rules) {
    const specs = Object.entries(meta.options as Record<string, OptionSpec>);
    const defaults = meta.defaultOptions as Record<string, unknown>;
    lines.push(`  # ${meta.description}`);
    for (const [key, spec] of specs) lines.push(`  #   ${key}: ${spec.description}`);
    const options = specs.map(([key]) => `${key}: ${JSON.stringify(defaults[key])}`).join(', ');
    const severity = meta.severity === 'warning' ? 'warn' : 'error';
    lines.push(`  ${meta.id}: ${specs.length ? `[${severity}, {${options}}]` : severity}`);
  }
  return lines.join('\n') + '\n';
}

/** The commit letterlint's own folder is at, when that folder is a git checkout. */
function checkoutCommit(): string | undefined {
  if (!existsSync(path.join(packageRoot, '.git'))) return undefined;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: packageRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Points pre-commit at this letterlint: the checkout and commit it runs from, or, for a package
 * installed in the repository (npm install --save-dev), that installed copy, through npx: it works
 * offline and first time, with no registry lookup.
 */
export function preCommitConfig(): string {
  const commit = checkoutCommit();
  const hook = ['      - id: letterlint'];
  const repo = commit
    ? [`  - repo: ${packageRoot.replace(/\/$/, '')}`, `    rev: ${commit}`, '    hooks:', ...hook]
    : [
        '  - repo: local',
        '    hooks:',
        ...hook,
        '        name: letterlint',
        '        entry: npx --no-install letterlint',
        '        language: system',
        '        types_or: [markdown, plain-text]',
      ];
  return [
    '# pre-commit: "pre-commit install" once, then every commit runs letterlint on the staged letters',
    '# (.md, .markdown and .txt) and is refused while any of them has an error.',
    'repos:',
    ...repo,
    '',
  ].join('\n');
}

/** Writes the starter files into `dir`; returns one line per file, and whether all were written. */
export async function init(dir: string, options: { preCommit: boolean; force: boolean }): Promise<{ lines: string[]; ok: boolean }> {
  const files: Array<[string, string]> = [[STARTER_CONFIG, starterConfig()]];
  if (options.preCommit) files.push([PRE_COMMIT_CONFIG, preCommitConfig()]);
  const lines: string[] = [];
  let ok = true;
  for (const [name, content] of files) {
    const problem = await writeNew(path.join(dir, name), content, options.force);
    ok &&= problem === undefined;
    lines.push(problem ? `letterlint: ${name}: ${problem}` : `wrote ${name}`);
  }
  return { lines, ok };
}
