// Reading one configuration file, found or named, and the files its "extends" names. Every file is
// read as a letter is (read.ts), so a folder, a named pipe, a device, a binary or an oversized file
// is a one-line reason, never a hang. The YAML parser is loaded only when a file is YAML.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config-error.js';
import { readLetter } from './read.js';
import { OUTSIDE, readable, within, type Root } from './root.js';
import { YamlError, yamlParser } from '../text/yaml.js';

export const CONFIG_FILES = ['.letterlintrc.json', '.letterlintrc.yaml', '.letterlintrc.yml', 'package.json'];

type Loader = (file: string, content: string) => unknown | Promise<unknown>;
export interface Found {
  filepath: string;
  config: unknown;
}

function loaders(): Record<string, Loader> {
  const yaml: Loader = async (file, content) => {
    const parse = await yamlParser();
    try {
      return parse(content);
    } catch (error) {
      if (!(error instanceof YamlError)) throw error;
      throw new ConfigError(`${file}: ${error.tooLarge ? 'too large for a configuration' : 'not valid YAML'}: ${error.message}`);
    }
  };
  const json: Loader = (file, content) => {
    try {
      return JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (error) {
      // V8 quotes the start of the text ("Unexpected token 'r', "root:x:0:0:"... is not valid JSON"),
      // and the file may be anything a link leads to: the position is enough.
      throw new ConfigError(`${file}: not valid JSON: ${firstLine(error).replace(/, ".*$/, '')}`);
    }
  };
  // Running a configuration's code could hang a run or do anything at all, so only JSON and YAML are read.
  const code: Loader = (file) => {
    throw new ConfigError(`${file}: letterlint reads JSON or YAML configuration, not JavaScript`);
  };
  return { '.json': json, '.yaml': yaml, '.yml': yaml, noExt: yaml, '.js': code, '.mjs': code, '.cjs': code };
}

export function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}

/**
 * A configuration file, read and parsed by the loader for its extension. `file` names it in
 * messages. A file found by searching that holds no configuration gives undefined; named with
 * --config, an empty file is every rule at its defaults and a package.json needs its key.
 */
export async function readConfig(file: string, filepath: string, searching: boolean): Promise<Found | undefined> {
  const read = await readLetter(filepath, 'configuration');
  if ('error' in read) throw new ConfigError(`${file}: ${read.error}`);
  const ext = path.extname(filepath);
  const loader = loaders()[ext || 'noExt'];
  if (!loader) throw new ConfigError(`${file}: cannot read configuration: no loader for "${ext}" files; use .json, .yaml or .yml`);
  // A package.json named with --config holds its configuration under "letterlint".
  if (path.basename(filepath) === 'package.json') {
    const pkg = await loader(filepath, read.text);
    const config = pkg && typeof pkg === 'object' ? (pkg as Record<string, unknown>).letterlint : undefined;
    if (config === undefined || config === null) {
      if (searching) return undefined;
      throw new ConfigError(`${file}: has no "letterlint" key`);
    }
    return { filepath, config };
  }
  if (read.text.trim() === '') return searching ? undefined : { filepath, config: {} };
  return { filepath, config: (await loader(filepath, read.text)) ?? {} };
}

const CONFIG_EXTENSIONS = ['.json', '.yaml', '.yml'];

/**
 * The configuration `name` names in `from`'s "extends": a relative path from its folder, which must
 * stay inside `area` (the project); or a package in a node_modules folder from there up to the
 * project's top, read for its "letterlint" key, or a JSON or YAML file in it. Data only, never code.
 */
export async function extended(name: string, from: string, area: string, root: Root | undefined): Promise<Found> {
  const where = `${from}: extends "${name}"`;
  if (name.startsWith('./') || name.startsWith('../')) {
    const file = path.resolve(path.dirname(from), name);
    const areaRoot: Root = { path: area, real: await fs.realpath(area).catch(() => area), marked: true };
    if (!within(area, file) || !readable(file, root && within(root.path, area) ? root : areaRoot)) throw new ConfigError(`${where}: ${OUTSIDE}`);
    return configFile(file, where);
  }
  const parts = name.split('/');
  const size = name.startsWith('@') ? 2 : 1;
  const pkg = parts.slice(0, size).join('/');
  const inner = parts.slice(size).join('/');
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const folder = path.join(dir, 'node_modules', pkg);
    const found = await fs.stat(folder).then((st) => st.isDirectory(), () => false);
    if (found) {
      if (inner) return configFile(path.join(folder, inner), where);
      const manifest = await configFile(path.join(folder, 'package.json'), where, true);
      if (manifest) return manifest;
      const main = await fs.readFile(path.join(folder, 'package.json'), 'utf8').then((t) => (JSON.parse(t) as { main?: unknown }).main, () => undefined);
      if (typeof main === 'string' && CONFIG_EXTENSIONS.includes(path.extname(main)) && !main.split(/[\\/]/).includes('..')) return configFile(path.join(folder, main), where);
      throw new ConfigError(`${where}: the package has no "letterlint" key, and its "main" is not a JSON or YAML file`);
    }
    if (dir === area || path.dirname(dir) === dir || !within(area, dir)) break;
  }
  throw new ConfigError(`${where}: no such package in node_modules; install it, or give a relative path ("./shared.yaml")`);
}

/** A file an "extends" names, read as a configuration; `optional` for a package.json that may lack the key. */
async function configFile(file: string, where: string, optional: true): Promise<Found | undefined>;
async function configFile(file: string, where: string): Promise<Found>;
async function configFile(file: string, where: string, optional = false): Promise<Found | undefined> {
  if (!CONFIG_EXTENSIONS.includes(path.extname(file))) throw new ConfigError(`${where}: letterlint extends JSON or YAML configuration (.json, .yaml, .yml)`);
  const exists = await fs.stat(file).then(() => true, () => false);
  if (!exists) throw new ConfigError(`${where}: no such file`);
  const found = await readConfig(file, file, optional);
  return found ?? (optional ? undefined : { filepath: file, config: {} });
}
