// Generic self-claims: phrases that state a quality instead of showing evidence for it.
// Patterns use the phrase syntax of src/phrases.ts: words are compared after folding case,
// apostrophes, hyphens ("self-starter" = "self starter"), British spelling and inflection, and
// adverbs may stand between words ("truly, deeply passionate"). Write patterns in plain lower-case
// words without hyphens; a pattern that needs its own guard words is written as a PhraseSpec.
// `rewrite` is the evidence template offered instead; {company} and {system} are filled from the
// letter when it names them.
import type { PhraseSpec } from '../../src/phrases.js';

export interface ClaimFamily {
  id: string;
  /** How the finding names the claim. */
  label: string;
  patterns: readonly (string | PhraseSpec)[];
  /** Words that, right after any of the family's matches, show the ordinary sense ("results driven by caching"). */
  notFollowedBy?: readonly string[];
  rewrite: string;
}

export const claimFamilies: readonly ClaimFamily[] = [
  {
    id: 'passionate-about',
    label: 'passionate about',
    // No object needed: "what I am passionate about." is the same claim.
    patterns: ['passionate about|for', 'passion for'],
    rewrite: 'Show the interest with what you did about it: "I <built/fixed/measured> <what> because <why it mattered>, which is why {company}\'s <product or problem> draws me."',
  },
  {
    id: 'scalable-systems',
    label: 'experienced with scalable systems',
    patterns: [
      'experienced in|with|at building|designing? highly? scalable *',
      'experience in|with|at building|designing? highly? scalable *',
      'experienced|experience building|designing|developing|architecting highly? scalable *',
    ],
    rewrite: 'Name the scale: "{system} handled <N requests/s or jobs a day>; I <changed what> so it <kept p99 under X ms / grew to N>."',
  },
  {
    id: 'fast-paced',
    label: 'fast-paced environment',
    patterns: ['fast paced *? *? environment|setting|team|startup|world'],
    rewrite: 'Describe the pace with a fact: "I shipped <N releases a week> and was on call for {system}."',
  },
  {
    id: 'problem-solver',
    label: 'problem solver',
    patterns: ['problem solver', 'problem solving skills|skill|abilities|ability'],
    rewrite: 'Tell one problem: "<symptom> in {system}; I found <cause> and <fixed it how>, which <result with a number>."',
  },
  {
    id: 'team-player',
    label: 'team player',
    patterns: ['team player'],
    rewrite: 'Name one collaboration: "I worked with <team> on <shared goal>; together we <result>."',
  },
  {
    id: 'hard-working',
    label: 'hard-working',
    // "=working": "hard work" shares the stem, and "the hard work was in the failure modes" claims nothing.
    patterns: ['hard =working', 'hardworking', 'work|worked hard', 'hard worker'],
    notFollowedBy: ['to', 'on', 'at', 'for', 'with', 'through'],
    rewrite: 'Replace effort with outcome: "I <did what> in <time>, which <result with a number>."',
  },
  {
    id: 'detail-oriented',
    label: 'detail-oriented',
    patterns: ['detail oriented|focused|minded', 'attention to detail', 'eye for detail'],
    rewrite: 'Show one detail you caught: "I noticed <subtle issue> in {system} and <what you did>, which prevented <consequence>."',
  },
  {
    id: 'self-starter',
    label: 'self-starter',
    patterns: ['self starter', 'self motivated', 'selfstarter'],
    rewrite: 'Show initiative: "Nobody asked, but I <started what> in {system}; it <result with a number>."',
  },
  {
    id: 'quick-learner',
    label: 'quick learner',
    patterns: [
      'quick|fast|rapid learner',
      'learn|pick up new? things|technologies|skills quickly|fast',
      // "we learned quickly that the cache was stale" tells what happened, not what the writer is.
      { pattern: 'learn quickly|fast', notFollowedBy: ['that', 'how', 'what', 'why', 'which', 'when', 'where', 'from', 'to', 'the', 'about', 'on'] },
    ],
    rewrite: 'Show the learning curve: "I learned <technology> in <N weeks> and shipped <what> with it."',
  },
  {
    id: 'results-driven',
    label: 'results-driven',
    patterns: ['results driven|oriented|focused'],
    notFollowedBy: ['by', 'from', 'through', 'that', 'which'],
    rewrite: 'Give the result itself: "<metric> went from <before> to <after> after I <change> in {system}."',
  },
  {
    id: 'outside-the-box',
    label: 'think outside the box',
    patterns: ['think|thinking|thinker outside of? the box'],
    rewrite: 'Describe the unusual idea: "Instead of <obvious fix>, I <what you did>, which <result>."',
  },
  {
    id: 'go-getter',
    label: 'go-getter',
    patterns: ['go getter'],
    rewrite: 'Show drive with one thing you pushed through: "I <drove what> from <start> to <shipped>, and it <result>."',
  },
  {
    id: 'track-record',
    label: 'proven track record',
    patterns: ['proven|strong|demonstrated|successful track record', 'track record of success'],
    rewrite: 'Give the record: "<N> <launches/migrations>, including {system}, which <result with a number>."',
  },
  {
    id: 'many-hats',
    label: 'wear many hats',
    patterns: ['wear|wore|worn|wearing many|multiple|different hats'],
    rewrite: 'Name the hats: "At <previous company> I was also <on call / the DBA / the release manager> for {system}."',
  },
  {
    id: 'organized',
    label: 'highly organized',
    // "organising" folds to the same stem, so a bare "organised" would also catch "I am organising
    // a meetup": the adjective is only taken with a degree word or a noun for a person.
    patterns: [
      'highly|extremely|incredibly|super|very well? organized',
      'well organized engineer|person|professional|individual|developer',
      'organizational skills|skill|abilities',
    ],
    notFollowedBy: ['by', 'around', 'into'],
    rewrite: 'Show the order you brought: "I <planned / sequenced what> for {system}, so <N teams / the migration> <finished on time / without a rollback>."',
  },
  {
    id: 'communication-skills',
    label: 'excellent communication skills',
    patterns: ['excellent|strong|great|exceptional communication|interpersonal skills'],
    rewrite: 'Show one thing you communicated: "I wrote <design doc / incident review> that <changed which decision>."',
  },
];
