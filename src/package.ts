// Where letterlint itself lives: the package root (above src/ when tested, above dist/src/ when built).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url));

let cached: { version: string; homepage: string } | undefined;
const manifest = () => (cached ??= JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string; homepage: string });

export function version(): string {
  return manifest().version;
}

/** The project's page (package.json "homepage", the README on GitHub): rule docs are its anchors. */
export function homepage(): string {
  return manifest().homepage.replace(/#.*$/, '');
}

/** A rule's documentation: its section of the README, which SARIF, HTML, the language server and vfile messages link to. */
export function ruleUrl(id: string): string {
  return `${homepage()}#${id}`;
}
