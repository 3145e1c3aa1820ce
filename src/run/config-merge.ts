// Configuration layers merged into the settings a run uses, outermost first, and the --rule flags
// laid over them as one more layer, checked as a file's "rules" are.
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { validate, type Config, type RuleEntry } from './config-check.js';
import { ConfigError } from './config-error.js';
import { YamlError, yamlParser } from '../text/yaml.js';
import type { Globs, Profile, RuleSetting, Severity } from '../types.js';

const SEVERITIES: Record<string, Severity | undefined> = { off: undefined, warn: 'warning', error: 'error' };

export interface ResolvedConfig {
  /** The nearest file the settings came from; undefined for the built-in defaults. */
  file?: string;
  /** Every file merged into these settings, outermost first: parents, then what each extends, then the file. */
  files: string[];
  settings: RuleSetting[];
  /** Seniority and focus for every letter under this configuration; flags and frontmatter win. */
  profile: Profile;
  /** Globs of the files that are letters, and of those that are postings, each read from `from`. */
  letters?: Globs;
  postings?: Globs;
  /** gitignore patterns of letters to skip, each set read from the folder of the file that gives it. */
  ignores: Globs[];
}

/** One configuration file's checked settings, and the folder its globs are read from. */
export interface Layer {
  file: string;
  config: Config;
  from: string;
}

/**
 * The layers merged, outermost first: a rule's severity is the last one given, and its options are
 * merged key by key, so a folder can change one option and keep its parents' others.
 */
export function merged(layers: readonly Layer[]): ResolvedConfig {
  const out = mergedLayers(layers);
  layersBehind.set(out, layers);
  return out;
}

function mergedLayers(layers: readonly Layer[]): ResolvedConfig {
  const entries = new Map<string, { entry: RuleEntry; file: string; key: string[] }>();
  const out: ResolvedConfig = { files: layers.map((l) => l.file), settings: [], profile: {}, ignores: [] };
  for (const { file, config, from } of layers) {
    for (const [id, entry] of Object.entries(config.rules ?? {})) {
      const before = entries.get(id)?.entry[1];
      const key = path.basename(file) === 'package.json' ? ['letterlint', 'rules', id] : ['rules', id];
      entries.set(id, { entry: [entry[0], before || entry[1] ? { ...before, ...entry[1] } : undefined], file, key });
    }
    if (config.seniority) out.profile.seniority = config.seniority;
    if (config.focus) out.profile.focus = config.focus;
    if (config.letters) out.letters = { patterns: config.letters, from };
    if (config.postings) out.postings = { patterns: config.postings, from };
    if (config.ignores) out.ignores.push({ patterns: config.ignores, from });
  }
  out.file = layers.at(-1)?.file;
  for (const rule of rules) {
    const set = entries.get(rule.meta.id);
    const severity = set ? SEVERITIES[set.entry[0]] : rule.meta.severity;
    if (!severity) continue;
    const options = { ...rule.meta.defaultOptions, ...set?.entry[1] };
    // Checked once merged: "min" in one file and "max" in another must still make sense together.
    const problem = set?.entry[1] && rule.meta.checkOptions?.(options);
    if (problem) throw new ConfigError(`${set.file}: ${set.key.join('.')}: ${problem}`);
    // Options are frozen per configuration, so rules can build their indexes once for it.
    out.settings.push({ rule, severity, options: Object.freeze(options) });
  }
  return out;
}

/** --rule values as given: each a mapping of rule ids to entries, in YAML or JSON ("word-count: off"). */
export type RuleFlags = readonly string[];

const layersBehind = new WeakMap<ResolvedConfig, readonly Layer[]>();
export const flagLayers = new Map<string, Promise<Layer>>();
const withFlagsCache = new WeakMap<ResolvedConfig, Map<string, Promise<ResolvedConfig>>>();

/**
 * --rule values read and checked as one configuration's "rules", so they are spelled, checked and
 * reported as a file's are ("--rule: rules.word-cont: unknown rule (did you mean …)").
 */
export function ruleFlagLayer(flags: RuleFlags): Promise<Layer> {
  const key = JSON.stringify(flags);
  let layer = flagLayers.get(key);
  if (!layer) {
    layer = (async () => {
      const parse = await yamlParser();
      const rulesGiven: Record<string, unknown> = {};
      for (const flag of flags) {
        let value: unknown;
        try {
          value = parse(flag);
        } catch (error) {
          if (!(error instanceof YamlError)) throw error;
          throw new ConfigError(`--rule: not a rule and its severity ("word-count: off", or JSON): ${error.message}`);
        }
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError('--rule: expected a rule and its severity, such as "word-count: off" or \'{"word-count": ["warn", {"max": 450}]}\'');
        for (const [id, entry] of Object.entries(value)) Object.defineProperty(rulesGiven, id, { value: entry, enumerable: true, writable: true, configurable: true });
      }
      return { file: '--rule', config: await validate('--rule', { rules: rulesGiven }), from: '' };
    })();
    flagLayers.set(key, layer);
  }
  return layer;
}

export async function withFlags(base: ResolvedConfig, flags: RuleFlags): Promise<ResolvedConfig> {
  if (flags.length === 0) return base;
  let byFlags = withFlagsCache.get(base);
  if (!byFlags) withFlagsCache.set(base, (byFlags = new Map()));
  const key = JSON.stringify(flags);
  let config = byFlags.get(key);
  if (!config) {
    config = ruleFlagLayer(flags).then((layer) => ({ ...mergedLayers([...(layersBehind.get(base) ?? []), layer]), file: base.file, files: base.files }));
    byFlags.set(key, config);
  }
  return config;
}
