// YAML from letters' frontmatter and from configuration files, both untrusted, read one safe way:
// - no warnings: the yaml package would print them through process.emitWarning, raw and over
//   several lines, so frontmatter could put "::warning::" or an escape sequence at the start of a
//   line of standard error;
// - keys counted and checked for repeats here, in one pass: the package's own repeat check
//   compares every key with every other (40,000 keys took 11.8 s);
// - aliases bounded, so a "billion laughs" document cannot blow up.
// The package is loaded only when a file has YAML to read.

/** A mapping this large is not a letter's frontmatter or a configuration. */
export const MAX_YAML_KEYS = 2000;
export const MAX_YAML_CHARS = 64 * 1024;

/** YAML that cannot be used; the message is one line and quotes nothing of the text. */
export class YamlError extends Error {
  constructor(
    message: string,
    /** True when the text parses but is too large to be what it claims to be. */
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

export type YamlParse = (source: string) => unknown;

const FLAT_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// A value YAML reads as this very text: it starts with a letter and holds only letters, digits,
// spaces and a few marks, none of which starts a comment, a mapping, a quote, an anchor or a tag there.
const FLAT_VALUE = /^[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F .,/&()+'-]*$/;
// Words the YAML core schema reads as a boolean or null; older YAML also these.
const NOT_TEXT = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/**
 * Frontmatter that is only "key: value" lines of plain words (as a letter's usually is: company,
 * role, seniority), read without loading the yaml package, with the result the package gives (a
 * property test holds the two together). Undefined for anything else, which the package reads.
 */
export function flatMapping(source: string): Record<string, string> | undefined {
  if (source.length > MAX_YAML_CHARS || source.includes('\r') && /\r(?!\n)/.test(source)) return undefined;
  const out: Record<string, string> = {};
  let keys = 0;
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(': ');
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    const value = line.slice(colon + 2).trim();
    if (!FLAT_KEY.test(key) || !FLAT_VALUE.test(value) || NOT_TEXT.test(value) || Object.hasOwn(out, key) || ++keys > MAX_YAML_KEYS) return undefined;
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return keys > 0 ? out : undefined;
}

let parser: YamlParse | undefined;

/** The parser, loaded on first use. It throws YamlError. */
export async function yamlParser(): Promise<YamlParse> {
  if (parser) return parser;
  const { isMap, isScalar, parseDocument, visit } = await import('yaml');
  parser = (source) => {
    // Checked before parsing: a document this large costs seconds and hundreds of MiB to parse.
    if (source.length > MAX_YAML_CHARS) throw new YamlError(`larger than ${MAX_YAML_CHARS / 1024} KB`, true);
    const doc = parseDocument(source, { logLevel: 'silent', uniqueKeys: false, prettyErrors: false });
    const problem = doc.errors[0];
    // The parser's first line ends with a colon before a code frame of the text, which is not printed.
    if (problem) throw new YamlError(problem.message.split('\n')[0]!.replace(/:$/, ''));
    let keys = 0;
    let repeated = false;
    visit(doc, {
      Map(_, map) {
        keys += map.items.length;
        if (keys > MAX_YAML_KEYS) return visit.BREAK;
        const seen = new Set<unknown>();
        for (const { key } of map.items) {
          const id = isScalar(key) ? key.value : isMap(key) ? key : String(key);
          if (seen.has(id)) repeated = true;
          seen.add(id);
        }
        return undefined;
      },
    });
    if (keys > MAX_YAML_KEYS) throw new YamlError(`more than ${MAX_YAML_KEYS} keys`, true);
    if (repeated) throw new YamlError('Map keys must be unique');
    try {
      return doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias expanded past the bound ("billion laughs").
      throw new YamlError(String((error as Error)?.message ?? error).split('\n')[0]!);
    }
  };
  return parser;
}
