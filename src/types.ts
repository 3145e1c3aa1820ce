// Shared shapes: the parsed letter every rule reads, the rule contract, and what the engine reports.

/** A word as written, with offsets into the letter's text (after any byte-order mark). */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Clause punctuation or a new list item stands between this word and the one before. */
  afterBreak?: boolean;
}

/**
 * A normalised piece of a word for phrase matching: "self-starter" gives "self" and "starter",
 * "I'm" gives "i" and "am"; `stem` folds inflections and British spellings.
 */
export interface Term {
  norm: string;
  stem: string;
  start: number;
  end: number;
  /** As for words: a phrase does not run across it ("team, player"). */
  afterBreak?: boolean;
  /** Joined to the term before by a hyphen, dash or slash, with no space: "test" in "code/test". */
  joined?: boolean;
  /** termKeys(), computed once for each spelling: shared between terms, never changed. */
  keys?: readonly string[];
}

export interface Sentence {
  start: number;
  end: number;
  words: Word[];
  terms: Term[];
}

export type BlockKind = 'heading' | 'paragraph';

/** One prose block: a Markdown paragraph or heading, or a run of non-blank lines in plain text. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  sentences: Sentence[];
  /** Set when the block is an item of a list: the same id for every item of one list. */
  list?: number;
}

/** A body paragraph as a reader sees it: one paragraph, or one whole list with the line that introduces it. */
export interface Part {
  blocks: Block[];
  start: number;
  end: number;
  sentences: Sentence[];
  isList: boolean;
}

export interface Anatomy {
  header: Block[];
  headings: Block[];
  greeting?: Block;
  body: Part[];
  /** The first body part after the greeting (or the first prose part when there is none). */
  opening?: Part;
  signoff: Block[];
  /** Blocks from a "P.S." after the sign-off on. */
  postscript: Block[];
}

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  /** A measured outcome or scale figure, as opposed to a year, version, tenure or phone number. */
  metric: boolean;
}

export type Seniority = 'early-career' | 'mid' | 'senior' | 'staff';
export type Focus = 'infrastructure' | 'product' | 'data' | 'security' | 'ai' | 'payments';
export const SENIORITIES: readonly Seniority[] = ['early-career', 'mid', 'senior', 'staff'];
export const FOCUSES: readonly Focus[] = ['infrastructure', 'product', 'data', 'security', 'ai', 'payments'];

/** Who the letter is pitched as, from frontmatter, configuration or flags. */
export interface Profile {
  seniority?: Seniority;
  focus?: Focus;
}

/** A job posting's salient terms, weighted, for the letter to mirror. */
export interface Posting {
  path: string;
  company?: string;
  terms: ReadonlyArray<{ stems: readonly string[]; display: string; weight: number }>;
}

/** What the run knows beyond one letter. */
export interface RunContext {
  /** Companies that letters in this run declare in their frontmatter. */
  companies: ReadonlySet<string>;
}

/** What the letter says about itself, used to fill suggestions with its own nouns. */
export interface Facts {
  company?: string;
  role?: string;
  system?: string;
}

/** An HTML comment in a Markdown letter, where inline control directives live. */
export interface Comment {
  start: number;
  end: number;
  /** The text between "<!--" and "-->", trimmed. */
  body: string;
}

export interface Letter {
  path: string;
  format: 'markdown' | 'text';
  /** The text rules see and offsets point into: the file without its byte-order mark. */
  text: string;
  frontmatter?: Record<string, unknown>;
  blocks: Block[];
  /** Every prose sentence in order, for rules that look at the whole letter. */
  sentences: Sentence[];
  wordCount: number;
  /** Every number in the prose outside the contact header and sign-off, judged once. */
  numbers: NumberMention[];
  anatomy: Anatomy;
  facts: Facts;
  /** Ranges that look like prose to a regex but are not (inline code, URLs, HTML): [start, end) pairs. */
  excluded: Array<[number, number]>;
  comments: Comment[];
  /** Markdown's HTML blocks other than comments, [start, end) pairs: not prose, but a reader sees them. */
  html: Array<[number, number]>;
  profile: Profile;
  run: RunContext;
  posting?: Posting;
}

export type Severity = 'error' | 'warning';

/** A rule as configured for a run: its severity and options. */
export interface RuleSetting {
  rule: Rule<any>;
  severity: Severity;
  options: object;
}

export interface RuleDocs {
  /** Why a hiring manager cares. */
  why: string;
  bad: string;
  better: string;
}

/** Glob or gitignore patterns, and the folder they are relative to. */
export interface Globs {
  patterns: readonly string[];
  from: string;
}

/** What one option of a rule accepts: configuration is checked against it, and the docs list it. */
export type OptionSpec =
  | { type: 'integer'; minimum: number; description: string }
  | { type: 'strings'; description: string };

export interface RuleMeta<Options> {
  id: string;
  description: string;
  severity: Severity;
  docs: RuleDocs;
  defaultOptions: Options;
  options: { readonly [K in keyof Options]: OptionSpec };
  /** A check across options ("min" not above "max"); returns what is wrong. */
  checkOptions?: (options: Options) => string | undefined;
}

export interface Report {
  /** Short: what is wrong, quoting the text. */
  message: string;
  /** Offsets into `letter.text`; omitted for a whole-letter finding, which is anchored at the opening. */
  start?: number;
  end?: number;
  /** Rewrite templates: what to write instead. At least one. */
  suggestions: string[];
  /** A lower severity than the rule's, where the letter's profile asks for leniency. */
  severity?: Severity;
  /**
   * The text that certainly replaces [start, end): only where the letter itself says what belongs
   * there (its frontmatter's company, role or name). --fix applies it.
   */
  fix?: string;
}

export interface Rule<Options extends object = object> {
  meta: RuleMeta<Options>;
  check(letter: Letter, options: Readonly<Options>, report: (r: Report) => void): void;
}

export interface Finding {
  /** null for a problem with an inline comment itself, as ESLint reports them. */
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: string[];
  /** The quoted text of the span; absent for a whole-letter finding. */
  actual?: string;
  /** A certain fix, as ESLint's: replace the text at [range[0], range[1]) (offsets into the letter) with `text`. */
  fix?: { range: [number, number]; text: string };
}

export interface ReportCard {
  words: number;
  /** The word-count range this letter is held to. */
  range: [number, number];
  /** 0–100: the checklist items passed, weighted. */
  score: number;
  /**
   * Each item of the checklist. `off`: its rule is turned off by the configuration (shown, not
   * scored). `suppressed`: inline comments hid its findings (failed, and scored as failed).
   */
  checklist: Array<{ id: string; pass: boolean; detail: string; state?: 'off' | 'suppressed' }>;
  /** The figures counted as metrics, as written. */
  figures: string[];
}

export interface FileResult {
  filePath: string;
  /** The text as read, for formatters that show the offending line. */
  source: string;
  findings: Finding[];
  /** A reason the file could not be linted; it then has no findings. */
  fatal?: string;
  card?: ReportCard;
  /** Findings inline comments hid, for formats that list them (ESLint's suppressedMessages). */
  suppressed?: Finding[];
  /** With fixing on and something fixed: the letter's text after its fixes (ESLint's `output`); `findings` are then the fixed text's. */
  output?: string;
}

/** A pattern as data modules write it. */
export interface PhraseSpec {
  pattern: string;
  /** Plain words, as configuration gives them: "|", "?" and "*" are taken as text, never as syntax. */
  literal?: boolean;
  /** Words that, right after the phrase, show an ordinary sense: "results driven by caching". */
  notFollowedBy?: readonly string[];
  /** Words that, right before it, do the same: "my reliability". */
  notPrecededBy?: readonly string[];
}
