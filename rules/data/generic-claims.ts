// Generic self-claims: phrases that state a quality instead of showing evidence for it.
// Patterns use the phrase syntax of src/phrases.ts: words are compared after folding case,
// apostrophes, hyphens ("self-starter" = "self starter"), British spelling and inflection, and
// adverbs may stand between words ("truly, deeply passionate"). Write patterns in plain lower-case
// words without hyphens. `rewrite` is the evidence template offered instead; {company} and
// {system} are filled from the letter when it names them.

export interface ClaimFamily {
  id: string;
  /** How the finding names the claim. */
  label: string;
  patterns: readonly string[];
  /** Words that, right after a match, show the ordinary sense ("results driven by caching"). */
  notFollowedBy?: readonly string[];
  rewrite: string;
}

export const claimFamilies: readonly ClaimFamily[] = [
  {
    id: 'passionate-about',
    label: 'passionate about',
    patterns: ['passionate about|for *', 'passion for *'],
    rewrite: 'Show the interest with what you did about it: "I <built/fixed/measured> <what> because <why it mattered>, which is why {company}\'s <product or problem> draws me."',
  },
  {
    id: 'scalable-systems',
    label: 'experienced with scalable systems',
    patterns: [
      'experienced in|with|at building|designing? highly? scalable *',
      'experience in|with|at building|designing? highly? scalable *',
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
    patterns: ['hard working', 'hardworking', 'work|worked hard'],
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
    patterns: ['quick|fast|rapid learner', 'learn|pick up new? things|technologies|skills quickly|fast'],
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
    patterns: ['wear|wore|wearing many|multiple|different hats'],
    rewrite: 'Name the hats: "At <previous company> I was also <on call / the DBA / the release manager> for {system}."',
  },
  {
    id: 'communication-skills',
    label: 'excellent communication skills',
    patterns: ['excellent|strong|great|exceptional communication|interpersonal skills'],
    rewrite: 'Show one thing you communicated: "I wrote <design doc / incident review> that <changed which decision>."',
  },
];
