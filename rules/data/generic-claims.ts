// Generic self-claims: phrases that state a quality instead of showing evidence for it.
// Patterns use the phrase syntax of src/text/phrases.ts: words are compared after folding case,
// apostrophes, hyphens ("self-starter" = "self starter"), British spelling and inflection, and
// adverbs may stand between words ("truly, deeply passionate"). Write patterns in plain lower-case
// words without hyphens; a pattern that needs its own guard words is written as a PhraseSpec.
// `rewrite` is the evidence template offered instead; {company} and {system} are filled from the
// letter when it names them.
import type { PhraseSpec } from '../../src/types.js';

export interface ClaimFamily {
  id: string;
  /** How the finding names the claim. */
  label: string;
  patterns: readonly (string | PhraseSpec)[];
  /** Words that, right after any of the family's matches, show the ordinary sense ("results driven by caching"). */
  notFollowedBy?: readonly string[];
  /** Only in a sentence where the writer speaks of themself (I, me, my): "we hired a dedicated engineer" is not a claim. */
  firstPerson?: boolean;
  /** Not in a sentence about others alone ("they needed a solid understanding"); a bullet with no pronoun is the writer's. */
  notFirstPersonPlural?: boolean;
  /** A habit told with its verb first: not when a thing named just before is what does it ("the docs stay current"). */
  verbFirst?: boolean;
  /** An adjective that may praise a thing it stands before: "a very hard-working Dell machine", "my hard-working GTX 1080". */
  ofThings?: boolean;
  rewrite: string;
}

/** What a claimed fit is traded for, in each of the families that claim one. */
const FIT_REWRITE = 'Let the fit follow from evidence: "{company} needs <what the posting asks>; I have <done that>, at <scale>."';

export const listedFamilies: readonly ClaimFamily[] = [
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
    patterns: [
      'fast paced *? *? environment|setting|team|startup|world',
      // "the type of environment where I thrive".
      'environment|environments|setting|culture where|which|that i thrive|flourish|excel',
    ],
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
    id: 'teamwork',
    label: 'works well in a team',
    // Teamwork with its manner: "work well as part of a team", "function effectively within a team",
    // "collaborate effectively with others"; not "worked as part of a team of six on checkout", and
    // only the writer's own ("the two teams now work well together" is a fact about others).
    patterns: [
      'work|works|working|function|functions|functioning|operate|perform|collaborate|collaborating well|effectively|efficiently|successfully|seamlessly as a|an? part|member of a|an|the? team|teams|group',
      'function|functions|functioning|operate|perform|collaborate|collaborating well|effectively|efficiently|successfully|seamlessly in|within|on a|the? team|teams|group|groups',
      'collaborate|collaborating|communicate|communicating well|effectively|efficiently with others|colleagues|people|teammates|stakeholders',
      'thrive|thriving when|while working as|in|within|on|with *? *? *? team|teams|group|groups|others',
    ],
    firstPerson: true,
    rewrite: 'Name one collaboration: "I worked with <team> on <shared goal>; together we <result>."',
  },
  {
    id: 'hard-working',
    label: 'hard-working',
    // "=working": "hard work" shares the stem, and "the hard work was in the failure modes" claims nothing.
    patterns: ['hard =working', 'hardworking', 'work|worked hard', 'hard worker'],
    notFollowedBy: ['to', 'on', 'at', 'for', 'with', 'through'],
    // "a very hard-working Dell machine", "a small hard-working cron job": a thing praised.
    ofThings: true,
    rewrite: 'Replace effort with outcome: "I <did what> in <time>, which <result with a number>."',
  },
  {
    id: 'detail-oriented',
    label: 'detail-oriented',
    // "I am attentive to details" (session 35, blind set mix2).
    patterns: ['detail oriented|focused|minded', 'attention to detail', 'attentive to detail', 'eye for detail', { pattern: 'a good|keen|sharp|great|strong eye for', notFollowedBy: ['detail', 'details'] }],
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
      // Two patterns: one step is one word, so "learn|pick up" would ask for "up" after "learn" too.
      'learn new? things|technologies|skills|tools|languages|frameworks|concepts quickly|fast|rapidly',
      'pick up new? things|technologies|skills|tools|languages|frameworks|concepts quickly|fast|rapidly',
      // "I pick things up really fast": the object before the particle (session 34, from gen13).
      'pick things|stuff|everything|it up quickly|fast|rapidly',
      // "we learned quickly that the cache was stale" tells what happened, not what the writer is.
      { pattern: 'learn quickly|fast', notFollowedBy: ['that', 'how', 'what', 'why', 'which', 'when', 'where', 'from', 'to', 'the', 'about', 'on'] },
    ],
    rewrite: 'Show the learning curve: "I learned <technology> in <N weeks> and shipped <what> with it."',
  },
  {
    id: 'quick-start',
    label: 'quick to learn',
    patterns: [
      // "quick to pick up new skills", "quick to ramp up in new domains"; not "we were quick to learn that…".
      // Said with the writer's verb ("I am", "I'm", "being"): "the autoscaler is quick to ramp up" is a service's.
      { pattern: 'i|being am|m? quick|fast|swift to learn|grasp', notFollowedBy: ['that', 'how', 'what', 'why', 'which', 'from', 'about'] },
      // Not "quick to adapt the schema": something adapted.
      { pattern: 'i|being am|m? quick|fast|swift to adapt', notFollowedBy: ['the', 'a', 'an', 'our', 'my', 'its', 'it', 'this', 'that', 'these', 'those', 'their'] },
      'i|being am|m? quick|fast|swift to pick|ramp up',
      // "learns new platforms quickly", "picked up new frameworks fast": whatever is new.
      'learn new _ _? quickly|fast|rapidly', 'pick up new _ _? quickly|fast|rapidly', 'ramp up quickly|fast|rapidly',
      // "a willingness to quickly learn new tools", "the ability to learn quickly".
      'willingness|readiness to quickly|rapidly? learn|adapt|grow',
      // "get up to speed quickly", "I quickly learn and adapt", "the ability to quickly learn and adapt".
      'get|getting|got|come up to speed quickly|fast|rapidly',
      { pattern: 'i quickly|rapidly learn|adapt', notFollowedBy: ['that', 'how', 'what', 'why', 'which', 'from', 'about', 'the'] },
      'ability to quickly|rapidly learn|adapt',
      // "I'm flexible, quick to pick up new skills": the same claim as an adjective; not "Kafka is quick to learn".
      { pattern: 'quick|fast to pick up|learn|grasp|adapt|master', notPrecededBy: ['is', 'are', 'was', 'were', 'it', 'found', 'find', 'be'] },
      'adopt|master new _ _? quickly|fast|rapidly',
      'can adapt|learn quickly|fast|easily|rapidly',
      // "never afraid to learn new skills", "not afraid to tackle challenging problems".
      'never|not afraid to learn|tackle|try', 'never|not afraid to take on',
      'quick|fast|rapid|voracious|avid and|or _ learner', 'voracious|avid learner',
    ],
    // The writer's own: "the autoscaler is quick to ramp up" is a fact about a service.
    firstPerson: true,
    notFirstPersonPlural: true,
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
    verbFirst: true,
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
    patterns: ['proven|strong|demonstrated|successful track record', 'track record of success|delivering|delivery|results|excellence|achievement'],
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

// Frames: a claim is a shape, not a phrase. Each frame below is written once as a prefix and joined
// with every word of a lexicon, so a new trait word reaches every way a writer can claim it.
// Seeded from the words that career sites and LinkedIn's yearly "most overused words in profiles"
// lists name (motivated, passionate, driven, creative, extensive experience, track record,
// strategic, dedicated, enthusiastic…); general cliché and weasel lists (write-good's no-cliches,
// wooorm's weasels) were read and left out: their items ("acid test", "at the end of the day",
// "very") fire on engineering prose without being a claim about the writer.

/**
 * Trait adjectives that claim a quality when the writer says them of themself. Left out on purpose:
 * words that state a fact or a wish in the same frame ("I am responsible for billing", "I am
 * confident that", "excited", "eager", "keen", "curious about", "flexible on start dates").
 */
export const traitAdjectives: readonly string[] = [
  'passionate', 'motivated', 'self motivated', 'driven', 'self driven', 'dedicated', 'hardworking', 'hard working',
  'diligent', 'enthusiastic', 'ambitious', 'proactive', 'adaptable', 'versatile', 'dependable', 'reliable',
  'committed', 'determined', 'tenacious', 'meticulous', 'resourceful', 'energetic', 'disciplined', 'personable',
  'creative', 'innovative', 'dynamic', 'goal oriented', 'goal driven', 'detail oriented', 'results oriented',
  'results driven', 'solution oriented', 'team oriented', 'customer focused', 'well rounded', 'highly skilled',
  'multi talented', 'talented', 'punctual', 'effective', 'valuable', 'analytical', 'strategic', 'collaborative',
  'competent', 'capable', 'quality oriented', 'growth oriented', 'customer oriented', 'people oriented', 'mission driven',
  'well versed', 'well experienced', 'well equipped', 'well practiced', '=organized', 'trustworthy', 'hungry',
  'adept', 'tech savvy', 'technologically savvy', 'diplomatic', 'empathetic', 'well organized', 'approachable', 'growth driven',
  'persistent', 'fast learning', 'quick learning',
];

/** Traits that are a claim only before a word for the writer ("a curious person", "I am honest person"): alone they have other senses ("responsible for", "curious about your roadmap"). */
const nounTraits: readonly string[] = ['responsible', 'honest', 'curious', 'friendly', 'polite', 'open minded', 'positive', 'sincere', 'loyal', 'humble', 'flexible', 'serious', 'calm', 'patient', 'stress resistant', 'purposeful'];

/** Words that claim experience only before a word for the writer: "an experienced full stack developer", not "experienced in Go". */
// "a skilled software engineer"; not "skilled in Hadoop", a skill named.
export const seniorityWords: readonly string[] = ['experienced', 'seasoned', 'accomplished', 'highly experienced', 'skilled', 'skillful', 'skilful'];

/** Nouns a writer calls themself by after a trait word: "a motivated engineer". */
export const selfNouns: readonly string[] = [
  'engineer', 'developer', 'programmer', 'professional', 'individual', 'person', 'learner', 'student', 'graduate',
  'candidate', 'leader', 'worker', 'coder', 'technologist', 'scientist', 'analyst', 'architect', 'contributor',
  'teammate', 'member', 'hire', 'self', 'starter', 'employee', 'asset', 'thinker', 'communicator', 'collaborator',
  'multitasker', 'achiever', 'performer', 'builder', 'tinkerer',
];

/** Words that dress a possessed trait: "my unwavering commitment"; a named list, so "my background, passions" is not one. */
export const traitModifiers: readonly string[] = [
  'technical', 'strong', 'natural', 'genuine', 'deep', 'relentless', 'unwavering', 'boundless', 'endless', 'great',
  'personal', 'constant', 'insatiable', 'innate', 'professional', 'continued', 'lifelong', 'true', 'intrinsic',
];

/**
 * The same traits as nouns, claimed as possessions: "my dedication to quality". Not "drive": "my
 * drive to the office", "my hard drive".
 */
export const traitNouns: readonly string[] = [
  // Singular only: "my passions, sports among them" are interests, not a trait.
  '=passion', 'motivation', 'dedication', 'diligence', 'enthusiasm', 'ambition', 'adaptability',
  'versatility', 'dependability', 'commitment', 'determination', 'tenacity', 'creativity', 'curiosity',
  'eagerness', 'work ethic', 'resourcefulness', 'proactivity', 'hunger', 'zeal', 'can do attitude',
  'positive attitude', 'growth mindset', 'acumen', 'prowess', 'self motivation',
  'honesty', 'professionalism', 'punctuality',
];

/** Nouns that name the writer as a type rather than by what they did: "a lifelong learner". */
export const typeNouns: readonly string[] = [
  'lifelong learner', 'life long learner', 'continuous learner', 'tech enthusiast', 'technology enthusiast',
  'people person', 'natural leader', 'perfectionist', 'jack of all trades', 'quick study', 'fast study',
  'strong communicator', 'effective communicator', 'excellent communicator', 'great communicator',
  'critical thinker', 'strategic thinker', 'creative thinker', 'out of the box thinker', 'doer', 'hustler', 'autodidact',
  'systems thinker', 'system thinker', 'big picture thinker',
  'good communicator', 'clear communicator', 'smart worker', 'intelligent individual', 'intelligent person',
  // "a logical mind", "my curious mind": the writer as a kind of mind.
  'logical mind', 'analytical mind', 'curious mind', 'creative mind', 'inquisitive mind', 'technical mind',
  // "a data enthusiast", "an agile enthusiast": singular, so "an app for car enthusiasts" is no label.
  '=enthusiast', '=aficionado',
  // "a tech geek at heart", "a computer nerd".
  'tech|technology|computer|code|coding geek|nerd', 'geek|nerd at heart',
  'change maker', 'changemaker', 'forward thinking leader|engineer|developer|individual',
  'growth mindset',
  // "a team-first mindset", "a customer-first attitude" (session 34, from gen13).
  'team|people|customer|user first mindset|attitude',
];

/** Praise words that, before a word for what one has, make it a claim: "extensive experience". */
export const praiseWords: readonly string[] = [
  'strong', 'excellent', 'exceptional', 'outstanding', 'solid', 'proven', 'extensive', 'superb', 'deep', 'broad',
  'robust', 'impressive', 'comprehensive', 'advanced', 'stellar', 'demonstrated', 'exemplary', 'significant',
  'substantial', 'considerable', 'vast', 'rich', 'thorough', 'unique', 'good', 'great', 'profound', 'ample', 'sound',
  // "the right set of skills", "the necessary experience": the claim that they suffice.
  'right', 'perfect', 'ideal', 'necessary', 'requisite',
  // "sharp analytical skills", "honed skills" (session 34, from gen13).
  'sharp', 'honed', 'polished',
];
/**
 * Praise words that start no compound of their own ("deep learning", "good faith", "sound design"
 * do), so any words may stand between them and what is praised: "a strong full-stack and
 * integration background", "solid Java and Kafka skills".
 */
const PLAIN_PRAISE = ['strong', 'solid', 'extensive', 'proven', 'excellent', 'exceptional', 'broad', 'rich', 'thorough', 'considerable', 'substantial', 'outstanding'];
/** What such praise is about when the words between are free. */
const HELD = ['background', 'foundation', 'grounding', 'experience', 'expertise', 'knowledge', 'skill'];

/** What the praise is about. */
export const assetNouns: readonly string[] = [
  'skill', 'skillset', 'skill set', 'ability', 'abilities', 'knowledge', 'background', 'experience', 'understanding',
  'foundation', 'grounding', 'expertise', 'work ethic', 'aptitude', 'acumen', 'capabilities', 'specialization',
  'success', 'prowess', 'proficiency', 'competence', 'competency', 'qualifications', 'credentials', 'fluency', 'know how', 'grasp', 'command',
  // "excellent leadership qualities"; exactly, as "quality" is the code's ("strong code quality").
  '=qualities',
];
/** Asset nouns that name a thing, not a trait, before "of": "a solid foundation of tests", "the success of the launch". */
const THINGS_BEFORE_OF = new Set(['foundation', 'success']);

/** Kinds of skill that may stand between praise and the noun: "strong analytical skills". */
export const skillKinds: readonly string[] = [
  'technical', 'communication', 'interpersonal', 'analytical', 'problem solving', 'leadership', 'programming',
  'time management', 'project management', 'multitasking', 'presentation', 'research', 'debugging', 'design',
  'coding', 'organizational', 'written', 'verbal', 'people', 'soft', 'collaboration', 'teamwork', 'critical thinking',
  'software', 'engineering', 'development', 'hands on', 'professional', 'practical', 'theoretical', 'academic',
  'general', 'domain', 'mathematical', 'statistical', 'working',
];

/** Quality words that pile up in a brochure sentence, one word each ("high" in "high-performance", "cutting" in "cutting-edge"). */
export const qualityWords: readonly string[] = [
  'scalable', 'robust', 'secure', 'reliable', 'efficient', 'maintainable', 'performant', 'high', 'innovative', 'cutting',
  'modern', 'resilient', 'seamless', 'elegant', 'clean', 'responsive',
];

/** What a brochure sentence says was built. */
export const productNouns: readonly string[] = ['application', 'solution', 'system', 'software', 'product', 'service', 'platform', 'code', 'app', 'website', 'experience'];

/** "love to learn more about your platform", "eager to learn how you shard" point at the company, not at a trait. */
const LEARN_ABOUT = ['more', 'about', 'how', 'what', 'why', 'from', 'which', 'whether'];

// Multi-word lexicon entries become steps of their own; single words share one alternation.
const alternation = (words: readonly string[]) => words.filter((w) => !w.includes(' ')).join('|');
const phrases = (words: readonly string[]) => words.filter((w) => w.includes(' '));
/** "prefix X" for every entry of a lexicon, as few patterns as the syntax allows. */
const joined = (prefix: string, words: readonly string[], suffix = '') =>
  [alternation(words), ...phrases(words)].map((w) => `${prefix} ${w}${suffix ? ' ' + suffix : ''}`.trim());

const KIND = `${alternation(skillKinds)}|${[...new Set(phrases(skillKinds).flatMap((p) => p.split(' ')))].join('|')}`;

export const frameFamilies: readonly ClaimFamily[] = [
  {
    // A trait claimed as what the writer is made of (session 34, blind set gen14): "Learning is in my
    // DNA", "That's just how I'm built", "I've always been
    // wired to ask why", "Responsibility is at the core of me", "Collaboration … it's who I am", "I can
    // absorb new knowledge like a sponge", "I don't have an off switch", "colleagues call me the
    // bulldozer", "I'm a bit of a bloodhound", "My attitude is that no bug is too small".
    id: 'nature-claim',
    label: 'a trait claimed as your nature',
    patterns: [
      'in my dna|blood|bones', 'by nature', 'second nature to me',
      'how i am|m built|wired', 'always|been|am|m wired|hardwired to|for', 'i am|m built for|to',
      'at my core', 'at the core of me|who', 'it is? who i am',
      'like a|an? sponge', 'an|no off switch', 'gets|get|got me out of bed',
      { pattern: 'call|calls|called me the', notFollowedBy: ['next', 'day', 'following', 'same', 'week', 'morning', 'evening', 'night', 'other'] },
      { pattern: 'i am|m a bit of a|an', notFollowedBy: ['newcomer', 'beginner', 'novice', 'outsider', 'stranger', 'change', 'departure', 'detour', 'career'] },
      'my attitude is|was that', 'my attitude is|was to',
      // Session 34, blind set gen15 (held out until its first look): "I am someone very rigorous and autonomous",
      // "I'm told I'm pretty good at…", "I'm the sort of engineer other teams trust", "I've always been drawn to
      // the messy problems", "stuff tends to click for me pretty quickly", "leaving things better than I found
      // them", "I tend to notice the small inconsistencies", "a kind of stubborn optimism", "strong self-motivation",
      // "good teamwork spirit", "good ownership mind", "known for my structured way of working".
      ...joined('i am|m someone|somebody very|really|quite|extremely?', [...traitAdjectives, ...nounTraits, 'rigorous', 'autonomous', 'structured', 'thorough']),
      'i am|m told i am|m|have', 'i have|ve been told i am|m|have',
      'i am|m the|a sort|kind|type of engineer|developer|person|programmer|analyst',
      'drawn|attracted to the? _? messy|hard|hardest|difficult|tough|thorny|complex problems|challenges',
      'click|clicks for me _? quickly|fast|easily',
      'leave|leaving|left things|code|codebases|places|everything *? *? better than i found',
      '=notice|=notices|=spot|=spots|=catch|=catches the? small|little|tiny details|inconsistencies|things|mistakes',
      'stubborn|relentless|boundless|contagious|unshakeable|endless optimism|positivity|enthusiasm|curiosity',
      'strong|good|great|high self motivation', 'strong|good|great|high teamwork|team spirit', 'strong|good|great|high ownership mind|mindset|spirit',
      'i am|m known for my reliability|dependability|diligence|dedication|patience|persistence|calm|curiosity|creativity|enthusiasm|positivity|attention|structured|work|thoroughness|professionalism',
      // "I'm the calm one when the dashboards go red": a trait, as the one the team has.
      ...joined('i am|m the', [...traitAdjectives, ...nounTraits], 'one'),
      // "Give me a fuzzy problem and a whiteboard", "whatever gets thrown at me, I figure out",
      // "my stubborn streak", "a standard most people would find exhausting".
      '=give me a|an _? problem|challenge|puzzle|bug', 'whatever|anything is|gets|got|was|get thrown at me', 'my _ _? streak', 'hold|holds myself to a|the standard|bar',
    ],
    firstPerson: true,
    rewrite: 'Show the trait at work: "When <situation> in {system}, I <what you did>, and <the result with a number>."',
  },
  {
    id: 'trait-claim',
    label: 'a trait claimed without evidence',
    patterns: [
      ...joined('i am a|an?', traitAdjectives),
      // "I am honest and dedicated", "I am flexible and adaptable": a trait after another word of the kind.
      // Single-word traits and the two commonest compounds only: every pattern here is tried at each "I am".
      `i am _ and|or ${alternation(traitAdjectives)}`, 'i am _ and|or hard working|hardworking', 'i am _ and|or self motivated',
      'i am honest|sincere',
      { pattern: 'i am curious|flexible', notFollowedBy: ['about', 'to', 'how', 'what', 'why', 'whether', 'if', 'with', 'on', 'regarding', 'in', 'as'] },
      ...joined('i have been a|an?', traitAdjectives),
      // "I am a person very dynamic and flexible": the trait after its noun, as some writers put it.
      ...joined('i am a|an person|individual|someone very|really|quite|extremely|highly|truly?', traitAdjectives),
      ...joined('myself on? being? a|an|as?', traitAdjectives),
      // "I see myself as a diplomatic colleague": the article after "as" is a step of its own.
      ...joined('myself as a|an', traitAdjectives),
      ...joined('known as|for being? a|an?', traitAdjectives),
      // "I am considered to be reliable", "I'm regarded as a dedicated…": a reputation the writer reports with no source.
      ...joined('i am|im considered|regarded|seen to|as be? a|an? _?', [...traitAdjectives, ...nounTraits.filter((t) => t !== 'responsible')]),
    ],
    notFollowedBy: ['by', 'from'],
    rewrite: 'Show the trait with what it made you do: "When <situation> in {system}, I <what you did>, and <the result with a number>."',
  },
  {
    id: 'trait-pile',
    label: 'traits piled up',
    // "collaborative, analytical, driven, and proactive": three traits in a row, no "I am" needed; the
    // writer's (a sentence with "I" or "my"), and not a team's or a thing's ("a dedicated, reliable and creative team").
    // Commas part phrases, so the rule finds these runs itself (traitPiles) rather than by a pattern.
    patterns: [],
    notFollowedBy: [...selfNouns.filter((n) => n !== 'self'), 'team', 'teams', 'people', 'colleagues', 'staff', 'group', 'service', 'services', 'system', 'systems', 'solution', 'solutions', 'software', 'platform', 'code', 'product', 'products', 'company', 'culture', 'environment'],
    firstPerson: true,
    notFirstPersonPlural: true,
    rewrite: 'Pick the one trait that matters most and show it: "When <situation>, I <what you did>, and <result>."',
  },
  {
    id: 'trait-noun',
    label: 'a trait word before what you are',
    patterns: [
      ...joined('a|an', [...traitAdjectives, ...seniorityWords, ...nounTraits.filter((t) => t !== 'responsible')], `_? and|or? _? _? ${alternation(selfNouns)}`),
      // Without the article, as some writers put it: "I am very responsible and honest person".
      `i am ${alternation([...traitAdjectives, ...nounTraits])} _? and|or? _? _? ${alternation(selfNouns)}`,
      // A résumé line that opens its sentence: "Passionate DevOps engineer with…" (the rule takes it only there).
      ...joined('', [...traitAdjectives, ...seniorityWords], `_? and|or? _? _? ${alternation(selfNouns)}`),
      `i am hard working _? and|or? _? _? ${alternation(selfNouns)}`,
    ],
    firstPerson: true,
    rewrite: 'Say what you did instead of what you are: "At <previous company> I <built/ran/fixed what>, which <result with a number>."',
  },
  {
    id: 'trait-possessed',
    label: 'a trait you say you have',
    patterns: [
      ...joined(`my ${alternation(traitModifiers)}?`, traitNouns),
      // "a natural curiosity", "a strong work ethic": the same trait with an article and a praise word.
      ...joined(`a|an ${alternation(traitModifiers)}`, traitNouns),
      ...joined('a|an|my', traitAdjectives, 'mindset|attitude|approach'),
      // "a methodical and analytical mindset": two words of the kind, the last a trait.
      `a|an|my _ and|or ${alternation(traitAdjectives)} mindset|attitude|approach`,
      // "a practical, hands-on mindset", "my problem-solving mindset": a mindset, whatever its words.
      // A mindset of the writer's own make, not of a practice ("a security mindset" names what is done).
      'a|an|my problem solving mindset', 'a|an|my hands on mindset', 'a|an|my builder|builders|practical|entrepreneurial|owner|owners|ownership mindset', 'my|a|an collaborative|entrepreneurial|competitive|innovative spirit',
      'a|an|my can do|positive attitude',
      // "I have positive attitude towards work", "a strong sense of responsibility".
      'have a? positive|good|great attitude|mindset', 'have a? can do attitude|mindset', 'have a? strong|great|high|deep sense of responsibility|ownership|duty|urgency|commitment',
    ],
    // Nor "my passion project": a thing made for love, named.
    notFollowedBy: ['of', 'project', 'projects'],
    rewrite: 'Show the trait at work: "When <situation> in {system}, I <what you did>, and <the result with a number>."',
  },
  {
    id: 'type-label',
    label: 'a label for yourself',
    // "I'm the kind of person who…": the writer as a type, whatever follows.
    // Not "a quick study of the missing values": an analysis.
    patterns: [...typeNouns.filter((n) => !/ study$/.test(n)), { pattern: 'quick|fast study', notFollowedBy: ['of'] }, 'i am the|a kind|type|sort of person|engineer|developer|individual|professional|programmer who|that',
      // "I count myself among the most passionate" (session 34, from gen13). "I'm someone who…" is read
      // in the rule, where a claim it runs into can take its place.
      'count|counts|consider|considers myself among the most|best|few'],
    rewrite: 'Replace the label with a deed: "I <learned / explained / led what> for {system}, which <result>."',
  },
  {
    id: 'praised-skills',
    label: 'praise for your own skills',
    // "a deep understanding of", "strong knowledge of" are the same claim; only a thing takes "of" as a fact.
    patterns: [
      `${alternation(praiseWords)} ${KIND}? ${KIND}? ${KIND}? and|or? ${KIND}? ${KIND}?`,
      `${alternation(praiseWords)}|wide|diverse|varied|unique set|range|variety|blend|mix|combination of ${KIND}? ${KIND}? and|or? ${KIND}? ${KIND}?`,
      // "a wealth of experience"; not "the wiki holds a wealth of knowledge" (a first-person sentence only).
      `a wealth|breadth|depth|range of ${KIND}?`,
    ].flatMap((prefix) => [
      ...joined(prefix, assetNouns.filter((n) => !THINGS_BEFORE_OF.has(n))),
      ...joined(prefix, [...THINGS_BEFORE_OF]).map((pattern) => ({ pattern, notFollowedBy: ['of'] })),
    ]).concat(`${PLAIN_PRAISE.join('|')} _ _? and|or? _? _? ${HELD.join('|')}`),
    notFirstPersonPlural: true,
    // "a significant background job", "the experience report": the noun only describes the next one.
    notFollowedBy: ['workshop', 'workshops', 'course', 'courses', 'training', 'class', 'classes', 'session', 'sessions', 'job', 'jobs', 'task', 'tasks', 'process', 'processes', 'worker', 'workers', 'thread', 'threads', 'service', 'services', 'check', 'checks', 'sync', 'refresh', 'queue', 'color', 'colour', 'image', 'report', 'reports'],
    rewrite: 'Let the reader judge the skill from one piece of work: "I <what you built or fixed> with <technology>, and <the measured result>."',
  },
  {
    id: 'love-of-problems',
    label: 'love of solving problems',
    patterns: [
      'love|enjoy|like|relish solving|tackling|cracking|untangling|working|facing|analyzing|analysing|investigating|overcoming *? *? problems|challenges|puzzles',
      // "I love solving algorithm and datastructure related problems": two kinds joined, content words only.
      'love|enjoy|like|relish solving|tackling|cracking _ _? and|or _ _? problems|challenges|puzzles',
      // "I get excited about solving complex problems", "I enjoy solving them".
      // The writer's own excitement: not "the customers were excited about solving the billing problems".
      'i am|get|got|feel|felt|was excited|thrilled in|about|by solving|tackling|cracking *? *? problems|challenges|puzzles',
      'love|enjoy|like|relish solving|tackling|cracking them',
      // "I enjoy picking up new knowledge", "love picking up new skills".
      'love|enjoy|like picking up|learning new _? skills|knowledge|things|technologies|tools',
      'love|enjoy|like|relish digging|diving|delving into *? *? *? problems|challenges|puzzles',
      'love|enjoy|like to solve|tackle|crack *? *? problems|challenges|puzzles',
      'interested in solving|tackling *? *? problems|challenges|puzzles',
      'love|enjoy|relish a good? challenge',
      'love|passion for|of coding|programming|technology|tech|computers|software|learning|code',
      'love what i do',
      // The writer's own: "users love building things with our API" is praise of a product.
      'i love|adore coding|programming',
      'i have? love|loved|adore|adored technology|tech|computers|computing|software',
      'i love|enjoy building|making things|products|software|apps|applications|tools',
      // "I love to learn about new technologies": not "to learn about your ledger".
      'love|enjoy to? learn|learning about new|emerging|latest technologies|tools|trends|things|frameworks',
      'fascinated|fascination by|with technology|tech|computers|coding|programming|software',
      'thirst|hunger for knowledge|learning',
      { pattern: 'love|enjoy to code|learn|program|innovate|create', notFollowedBy: LEARN_ABOUT },
      // "I love learning new technologies": the liking as a virtue, no thing learned named.
      'i love|enjoy learning|exploring|trying new technologies|things|tools|languages|frameworks|skills',
      // "I love teamwork": the liking itself, nothing named.
      { pattern: 'i love|enjoy teamwork|collaboration|challenges', notFollowedBy: ['at', 'with', 'in', 'on', 'to', 'for', 'of'] },
      'i love|enjoy|like|relish being challenged', 'passion of mine',
    ],
    // The writer's own: "our users love solving puzzles in the app" is praise of a product.
    firstPerson: true,
    rewrite: 'Tell one problem you solved: "<symptom> in {system}; I found <cause> and <fixed it how>, which <result>."',
  },
  {
    id: 'eager-to-learn',
    label: 'eager to learn',
    patterns: [
      { pattern: 'eager|keen|willing|interested|excited|hungry to|in learn|learning|grow|growing', notFollowedBy: LEARN_ABOUT },
      // "I love learning.": not "I love learning how your ledger works" nor a named thing to learn (the rule's check).
      { pattern: 'i love|enjoy learning', notFollowedBy: [...LEARN_ABOUT, 'at', 'with', 'in', 'on', 'to', 'for'] },
      // "I am always looking to learn about new technologies": the seeking itself, whatever follows.
      'always|constantly|continuously|continually looking|seeking|striving|trying|eager to learn|grow|improve|expand',
      // "I am always ready to learn new things".
      { pattern: 'ready|open to learn|learning new things|technologies|skills', notFollowedBy: LEARN_ABOUT },
      // Praised, so "the drive to improve reconciliation came from finance" stays a fact.
      'strong|burning|genuine|deep|unwavering|great|huge|keen desire|drive|determination to excel|succeed|learn|grow',
    ],
    rewrite: 'Show what you learned and what it let you do: "I learned <technology> in <N weeks> to <ship what>."',
  },
  {
    id: 'driven-by-desire',
    label: 'driven by a desire',
    // The writer's motive as a trait: "driven by the desire to create", "fueled by my passion for".
    // "Driven by curiosity and a desire to build…": with no article too.
    patterns: [
      'driven|motivated|fueled|fuelled|inspired by a|the|my? strong|deep|genuine|constant? desire|passion|love|curiosity|hunger|drive to|for?',
      // "driven by a need to build"; not "inspired by the need of our users".
      'driven|motivated|fueled|fuelled|inspired by a|the|my? strong|deep|genuine|constant? need to|for',
    ],
    firstPerson: true,
    rewrite: 'Show the motive with what it made you do: "I <built/fixed/measured> <what> because <why it mattered>."',
  },
  {
    id: 'push-boundaries',
    label: 'push the boundaries',
    // Not "traffic pushed the limits of the old cluster": only the boundaries, the envelope, or the limits of "what".
    patterns: ['push|pushing|pushes the boundaries|envelope', 'push|pushing|pushes the limits of what'],
    rewrite: 'Name the boundary: "I had never <done X>; I <what you did>, and <result with a number>."',
  },
  {
    id: 'comfort-zone',
    label: 'out of my comfort zone',
    patterns: ['out|outside|beyond of? my comfort zone'],
    rewrite: 'Name the stretch: "I had never <done X>; I <what you did to learn it>, and <result>."',
  },
  {
    id: 'quality-pile',
    label: 'a pile of quality words',
    // Two or more of them on one noun is a brochure, not a system: "scalable, secure and high-performance applications".
    // The writer's brochure: "Acme builds scalable and reliable software" praises Acme.
    patterns: [`${alternation(qualityWords)} _? and|or? ${alternation(qualityWords)} _? ${alternation(productNouns)}`],
    firstPerson: true,
    rewrite: 'Name one system and the figure that shows the quality: "{system} served <N requests/s> at <p99> with <error rate>."',
  },
  {
    id: 'knack',
    label: 'a knack for',
    // The writer's gift, not "the parser has a knack for failing on Mondays".
    patterns: ['a knack|flair|talent|gift for', 'an eye for', 'natural ability|talent|aptitude for'],
    notFollowedBy: ['detail', 'details'],
    firstPerson: true,
    rewrite: 'Show the gift with one thing it let you do: "I <simplified / designed / fixed what> in {system}, and <result>."',
  },
  {
    id: 'solve-problems',
    label: 'able to solve problems',
    // A capacity claimed with no problem named: "the ability to troubleshoot and solve problems",
    // "I can solve complex problems"; not "I solved the
    // duplicate-payout problem" (a problem told) or "the tool's ability to solve scheduling problems".
    patterns: [
      'ability|able|capacity to *? *? solve|tackle complex|difficult|hard|challenging|technical? problems|challenges',
      'can solve|tackle complex|difficult|hard|challenging|technical? problems|challenges',
    ],
    firstPerson: true,
    rewrite: 'Tell one problem: "<symptom> in {system}; I found <cause> and <fixed it how>, which <result with a number>."',
  },
  {
    id: 'timely-manner',
    label: 'in a timely manner',
    // "I deliver work in a timely and accurate manner": a promise any applicant makes.
    patterns: ['in a timely *? *? manner|fashion'],
    firstPerson: true,
    rewrite: 'Show the pace with a fact: "I shipped <what> in <how long>, <N> days before <deadline>."',
  },
  {
    id: 'good-at',
    label: 'I am good at',
    // A skill graded by its owner: "I am good with scripting", "I'm great at analysing"; not "I am
    // good friends with the team lead".
    // Nor "what I am good at", the writer's topic rather than a claim.
    // Nor "the stuff I'm good at.": with nothing after it, it points back at what was named.
    patterns: [{ pattern: 'i am|im good|great|excellent|strong at|in|with *', notPrecededBy: ['what', 'where', 'whatever', 'stuff', 'things', 'thing', 'work'] }],
    firstPerson: true,
    rewrite: 'Show the skill with one thing it let you do: "I <scripted / analysed what> in {system}, and <result>."',
  },
  {
    id: 'never-give-up',
    label: 'never give up',
    // The writer's persistence claimed, not "the retry loop never gives up on a message".
    patterns: ['never give|gives up'],
    firstPerson: true,
    rewrite: 'Show the persistence with one hard case: "<what kept failing>; I <tried what, then what>, until <result>."',
  },
  {
    id: 'new-challenges',
    label: 'eager for new challenges',
    // "ready to take on new challenges", "a willingness to pursue and overcome challenges", "I seek
    // out challenges": an appetite claimed. Not "the challenges of the migration" (a challenge told)
    // nor "time to take on new challenges" (a reason for leaving, with no trait in it).
    patterns: [
      'eager|keen|ready|willing|willingness|excited|hungry|open to take|tackle|embrace|face|meet|overcome|pursue|peruse _? on? and? overcome|tackle? new|fresh|bigger|exciting|professional? challenges',
      'ready|open|hungry for the? new|fresh|bigger|exciting|professional? challenges',
      'seek|seeks|seeking out new? challenges',
      'thrive|thrives|thriving for new|fresh|professional challenges',
    ],
    firstPerson: true,
    rewrite: 'Name the challenge you took on: "At <company> I took on <the hard problem>, and <what changed>."',
  },
  {
    id: 'ground-running',
    label: 'hit the ground running',
    // "I'm ready to jump in and start solving problems": the same promise of a quick start.
    patterns: ['hit the ground running', { pattern: 'ready to jump|dive right? in', notFollowedBy: ['the', 'to'] }],
    verbFirst: true,
    rewrite: 'Say what you would do first: "In my first month I would <concrete first task at {company}>, as I did with <system> at <previous company>."',
  },
  {
    id: 'above-and-beyond',
    label: 'go above and beyond',
    patterns: ['go above and beyond', 'above and beyond what|the|my'],
    verbFirst: true,
    rewrite: 'Name the extra mile: "Beyond <my remit>, I <what you did>, which <result>."',
  },
  {
    id: 'extra-mile',
    label: 'go the extra mile',
    // Not "we give 100 percent of refunds within a day": a share of something is a figure.
    // "I always go extra mile for guests": the article left out, in some writers' English (session 34, from gen13).
    patterns: ['go|goes|going|went the|an? extra mile', { pattern: 'give|gives|giving 100|110|120 percent?', notFollowedBy: ['of'] }, { pattern: 'give|gives|giving|gave my? hundred percent', notFollowedBy: ['of'] }, { pattern: 'give|gives|giving it|everything|my all? 100|110|120', notFollowedBy: ['of', 'tries', 'times', 'attempts', 'runs', 'days', 'hours', 'minutes', 'iterations', 'points', 'users', 'people'] }, 'strive|strives|striving for continued|continuous|constant? excellence|perfection',
      // "I do not settle for mediocrity".
      'settle for mediocrity',
      // Not "my best estimate", "my best guess".
      { pattern: 'give|gives|giving|bring|brings my best|all', notFollowedBy: ['estimate', 'estimates', 'guess', 'guesses', 'shot', 'regards', 'wishes', 'the', 'our', 'of'] },
    ],
    notFirstPersonPlural: true,
    rewrite: 'Name the extra mile: "Beyond <my remit>, I <what you did>, which <result>."',
  },
  {
    id: 'raise-the-bar',
    label: 'raise the bar',
    // The writer's own: "the team raised the bar for review after the outage" is a fact about a team.
    patterns: ['raise|raises|raised|raising the bar', 'bridge|bridges|bridging the gap between', 'move|moves|moving the needle'],
    firstPerson: true,
    notFirstPersonPlural: true,
    rewrite: 'Say what you raised and by how much: "I <changed what> in {system}, and <metric> went from <before> to <after>."',
  },
  {
    id: 'values-claim',
    label: 'a value you say you hold',
    // "I value clear communication and shared ownership": any applicant holds it; a deed shows it.
    // Not "I value your team's write-ups": a thing of the reader's, not a virtue.
    patterns: ['i value|prize|champion clear|open|honest|shared|strong? communication|ownership|transparency|accountability|integrity|honesty|craftsmanship|excellence|quality', 'i value|prize good|sound judgment|judgement'],
    rewrite: 'Show the value at work: "When <situation>, I <what you did because of it>, and <result>."',
  },
  {
    id: 'commitment-claim',
    label: 'a commitment you say you have',
    // "a commitment to continuous learning", "my dedication to quality": the writer's, a pledge with no deed.
    // "my" or an article before it: "the company's commitment to quality" is the company's.
    patterns: ['my|a|an _? commitment|dedication|devotion to continuous|continual|constant|lifelong|ongoing learning|improvement|growth|development', 'my|a|an _? commitment|dedication|devotion to engineering|technical? excellence|quality|craftsmanship'],
    firstPerson: true,
    notFirstPersonPlural: true,
    rewrite: 'Show the commitment with what it made you do: "I <learned / rebuilt what> for {system}, and <result>."',
  },
  {
    id: 'firm-believer',
    label: 'a firm believer',
    // Only of the writer: "the CFO was a firm believer in manual checks" is a fact about the CFO.
    patterns: ['i am a firm|strong|big|great|true believer in'],
    rewrite: 'Show the belief at work: "At <company> I <what you did because of it>, and <result>."',
  },
  {
    id: 'to-the-table',
    label: 'bring to the table',
    patterns: [
      'bring * *? *? *? *? *? to the table',
      // "bring my expertise and enthusiasm", "bring my passion": a manner brought, not a deed.
      'bring|bringing my _? and? enthusiasm|passion|energy|dedication|drive|positivity', 'bring|brings|bringing a|an fresh|unique|different|new|multidisciplinary|broad|holistic|diverse|global perspective|perspectives',
      // "I bring a pragmatic approach to reliability": a manner claimed, where a deed would show it.
      'bring|brings|bringing a|an pragmatic|fresh|unique|positive|holistic|innovative|creative|analytical|structured|methodical|proactive|collaborative|thoughtful approach|mindset|outlook|attitude',
    ],
    rewrite: 'Name what you bring as a deed: "I have <built/run what>, and I would bring that to <team or problem at {company}>."',
  },
  {
    id: 'make-an-impact',
    label: 'make an impact',
    patterns: [
      // Every form of "make" meets here ("made a real impact"); not a measured one: "made a difference of 800 ms".
      {
        pattern: 'make|making a|an immediate|real|meaningful|significant|positive|lasting|big|strong|valuable|tangible|measurable? and? immediate|real|meaningful|significant|positive|lasting|big|strong|valuable|tangible|measurable? impact|difference',
        notFollowedBy: ['of'],
      },
      'impact|difference|contribution|value from day one|1',
      'contribute|contributing from day one|1',
      // "contribute to your team from day one", "be productive from day one".
      'contribute|contributing to your|the|my? team|company|organization|business|mission from day one|1',
      'be productive from day one|1',
      'contribute|contributing right away',
      'contribute|contributing immediately',
      // "contribute to your team's success", "to the continued success of"; not "the team's success rate".
      { pattern: 'contribute|contributing to your|the|its * *? success', notFollowedBy: ['rate', 'rates', 'metric', 'metrics', 'criteria', 'story', 'stories', 'of'] },
      'contribute|contributing to the continued|ongoing|overall|future? success of',
      'add|adding|bring|bringing|deliver|provide immediate|real|significant value',
      'leverage|leveraging|utilize|utilizing my * *? skills|experience|expertise|knowledge|background|abilities',
      'leverage|leveraging|utilize|utilizing my skills|experience|expertise|knowledge|background|abilities',
    ],
    rewrite: 'Say what the impact would be: "At {company} I would start with <problem>, as I did at <previous company>, where <result with a number>."',
  },
  {
    id: 'made-a-difference',
    label: 'made a difference',
    // The writer's, and no measured one: not "the index made a difference of 800 ms".
    patterns: [{ pattern: 'made a|an real|big|huge|significant|positive|meaningful|lasting? difference|impact', notFollowedBy: ['of'] }],
    firstPerson: true,
    rewrite: 'Say what the difference was: "<what changed> went from <before> to <after> after I <did what>."',
  },
  {
    id: 'habits',
    label: 'a habit claimed without evidence',
    patterns: [
      'meet|meeting|hit|hitting deadlines',
      // "up to date" and "current" apart: in one step, "current" would need "up to" before it too.
      'stay|staying|keep|keeping up to date with|on|of the? latest|newest|emerging|new technologies|trends|developments|tools',
      'stay|staying|keep|keeping current|abreast with|on|of the? latest|newest|emerging|new technologies|trends|developments|tools',
      'keep|keeping up with the? latest|industry|tech|technology|emerging trends|technologies|developments',
      'adapt|adapting|adapts quickly? to new|changing|different|any|every environments|environment|situations|situation|technologies|challenges|teams',
      // "I adapt to various companies and teams quickly and well".
      'adapt|adapting|adapts to *? *? *? *? *? quickly|fast|easily',
      // "I adapt fast to changes", "I hold myself to the highest standards", "I eat, sleep and breathe game dev".
      'adapt|adapting|adapts fast|easily to|with', 'hold|holds|holding myself to the? highest|high standards|standard', 'eat sleep and? breathe', 'live|lives|living and breathe|breathes|breathing',
      'handle|handling|juggle|juggling|manage|managing multiple|several tasks|priorities',
      'take|took|taking ownership of my|our work|tasks|projects|responsibilities',
      // "I take ownership of everything I do", "I'm obsessed with quality".
      'take|taking ownership of everything|anything|all', { pattern: 'obsessed with the? small|little|tiny? quality|detail|details|perfection|craftsmanship|excellence|writing|clean|craft', notFollowedBy: ['metric', 'metrics', 'check', 'checks', 'gate', 'gates', 'assurance', 'control'] },
      // Not "took the initiative to rebuild the deploy": the deed follows.
      { pattern: 'take|took|taking|show|showing initiative', notFollowedBy: ['to', 'in', 'on', 'by', 'and'] },
      'get|getting things done',
      'drive|determination|motivation|desire|hunger|ambition and? drive|determination|motivation|desire? to succeed|excel|grow',
      'bring|brings|bringing energy|enthusiasm|passion|dedication|creativity|positivity and|to',
      // "I bring energy, enthusiasm and creativity": a list of manners; not "bring energy costs down".
      { pattern: 'bring|brings|bringing energy|enthusiasm|passion|dedication|creativity|positivity', notFollowedBy: ['costs', 'cost', 'savings', 'prices', 'price', 'efficiency', 'consumption', 'usage', 'use', 'storage', 'data', 'sector', 'management', 'down', 'bills', 'to', 'and', 'into', 'from'] },
      // "someone who takes initiative and ownership".
      'take|takes|taking|show|shows|showing initiative and ownership|responsibility|accountability|leadership',
      // "Colleagues describe me as the glue that holds a team together"; not "Kafka is the glue that holds our services together".
      'me|myself as? the glue', 'i am|im|have been the glue',
      // "I never stop learning", "I am always learning".
      { pattern: 'never stop|stops learning|growing|improving', notFollowedBy: ['from'] },
      // "I can work with minimal supervision", "deliver under tight deadlines".
      'with minimal|little|minimum|no supervision', 'under tight|strict|short deadlines',
      // "curiosity drives everything I do", "quality guides all my work".
      'curiosity|passion|quality|excellence|integrity drives|guides|shapes|defines everything|all i|that? do|my',
    ],
    // The writer's habit: "the team met every deadline", "the service adapts to new load" are facts about others.
    firstPerson: true,
    verbFirst: true,
    rewrite: 'Show the habit once, with its result: "When <situation> at <previous company>, I <what you did>, and <result with a number>."',
  },
  {
    id: 'align-claim',
    label: 'skills that align',
    // "My skills align perfectly with the requirements": the writer's fit, asserted.
    patterns: ['align|aligns|aligned with the|your|this job|role|position|team? requirements|needs|qualifications|role|position'],
    firstPerson: true,
    rewrite: FIT_REWRITE,
  },
  {
    id: 'thrive',
    label: 'thrive under pressure',
    verbFirst: true,
    patterns: [
      'thrive under pressure|deadlines',
      // "Calm under pressure" in a list of strengths, "I stay calm under pressure"; not "the pilot stayed calm under pressure".
      { pattern: 'calm|cool under pressure', notPrecededBy: ['stayed', 'stay', 'stays', 'remained', 'remain', 'remains', 'was', 'were', 'is', 'are', 'be', 'been', 'kept', 'keep', 'keeps'] },
      'i stay|remain|keep calm|cool under pressure',
      // "I thrive when thrown into the deep end", "I thrive with tight deadlines".
      'i thrive|flourish when|while|with|amid|amidst|on',
      // "I rise to the occasion"; not "prices rise to…", a thing's.
      'i rise|rose to the occasion|challenge',
      'thrive in|on *? *? environment|environments|setting|settings|challenge|challenges|pressure|team|teams|ambiguity|change',
      'work|perform|working well under pressure',
      // "I can work under pressure": an ability claimed.
      'can work|perform under pressure', 'able to work|perform under pressure', 'can handle pressure',
    ],
    rewrite: 'Show the pressure with a fact: "During <incident or deadline>, I <what you did>, and <result>."',
  },
  {
    id: 'team-and-alone',
    label: 'works well alone and in a team',
    verbFirst: true,
    patterns: [
      'independently|individually|autonomously and|or|as *? *? *? team|teams|group|collaboratively',
      // "independently and as part of a team": the joiner and its preposition, then the team.
      'independently|individually|autonomously and|or as|in|within|on *? *? *? team|teams|group|groups',
      'team|teams|group|others and|or independently|individually|autonomously',
      'build|building|foster|fostering strong|lasting|positive|good relationships',
      'value|valued|values|appreciate teamwork|collaboration',
      'work|working well with others|independently',
      // "I'm comfortable working independently", "I can work independently", "I play well with others".
      'comfortable working independently|alone|autonomously|remotely', 'can work independently|autonomously', 'play|plays well with others',
      'work|working well in a? team|teams|groups',
      // A liking stated as a virtue: "I enjoy working in a team", "I love working with people".
      'enjoy|love|like working in|on|with a? team|teams|others|people',
      'enjoy|love|like working together',
      // "I really enjoy being part of a motivated team"; not "I'd enjoy being part of your team", a wish.
      { pattern: 'enjoy|love|like being|working part|member of a|an _? team|teams|group', notPrecededBy: ['would', 'd'] },
    ],
    rewrite: 'Name one collaboration: "I worked with <team> on <shared goal>; together we <result>."',
  },
  {
    id: 'self-assurance',
    label: 'a skill asserted',
    verbFirst: true,
    patterns: ['i excel at|in', 'well versed in|with', 'confident in my _? _? ability|abilities|skills', 'ability to multitask', 'honed|sharpened|polished my _? ability|abilities|skills'],
    rewrite: 'Let the work show the skill: "At <previous company> I <did what>, and <result with a number>."',
  },
  {
    id: 'pride-in-work',
    label: 'pride in my work',
    verbFirst: true,
    patterns: [
      'pride myself on|in',
      // Any word of degree: "great", "tremendous", "a lot of".
      'take|took *? *? *? pride in my|the? work|craft|code',
    ],
    rewrite: 'Show what the care produced: "I <what you did carefully> in {system}, and <what it prevented or enabled>."',
  },
  {
    id: 'loves-a-challenge',
    label: 'loves a challenge',
    verbFirst: true,
    patterns: ['enjoy|love|seek|welcome|embrace|relish new challenges', 'never|not shy|back away|down from a|any? challenge|challenges'],
    rewrite: 'Name one hard problem you took on: "<the problem> in {system}; I <what you did>, and <the result>."',
  },
  {
    id: 'quality-claim',
    label: 'high-quality work claimed',
    verbFirst: true,
    patterns: [
      'deliver|delivering|produce|producing|write|writing high quality work|results|code|software|solutions',
      // "I consistently deliver high-performance solutions", "consistently delivered measurable results".
      'consistently|always|reliably deliver|delivered|delivering|produce|produced|producing|exceed|exceeded|exceeding *? *? results|solutions|quality|value|work|expectations|outcomes',
      { pattern: 'exceed|exceeded|exceeding|surpass|surpassing expectations', notPrecededBy: ['not', 'never'] },
      // "drive impactful results", "deliver exceptional work", "drive innovation": a result promised, none named.
      'drive|driving|deliver|delivering exceptional|impactful|measurable|outstanding|meaningful results|work|improvements|outcomes|value', 'drive|driving innovation',
      'stay|staying ahead of the curve', 'to the next level',
    ],
    rewrite: 'Show the quality with what it prevented or made possible: "<what you built> has run <how long> with <how few> incidents."',
  },
  {
    id: 'strength-claim',
    label: 'a strength named without evidence',
    // "My greatest strength is my ability to adapt": a strength announced; the evidence, if any, comes after.
    patterns: ['my greatest|biggest|main|key|core|best|top|real strength|strengths is|are|include|includes|lie|lies', 'strength|strengths of mine', 'one of my key|greatest|biggest|core|main strengths'],
    rewrite: 'Show the strength at work: "At <previous company>, when <situation>, I <what you did>, and <result with a number>."',
  },
  {
    id: 'fit-claim',
    label: 'a great fit',
    patterns: [
      'be|am|make me? a|an|the great|valuable|perfect|excellent|ideal|strong|natural|outstanding|wonderful|good|right|suitable|qualified|effective|solid|exceptional|best asset|addition|fit|candidate|match|person',
      // "I consider myself a strong candidate", "I'd describe myself as a great fit": the same claim, framed.
      'myself as? a|an|the great|valuable|perfect|excellent|ideal|strong|natural|outstanding|wonderful|good|right|suitable|qualified|effective|solid|exceptional|best asset|addition|fit|candidate|match',
      // "I would be an asset to your team", "I'd become an asset": without a praise word it is the same claim.
      'would|will|could|can be|become an asset',
      // "My skills make me an excellet fit" (sic), "makes me a natural fit": any word of praise, spelled as written.
      'make me a|an? _ fit|match',
      'i am an asset',
      // "I am well suited to this role", "I'd be ideally suited for": not "Postgres was well suited to the load".
      'am|be well|ideally|perfectly|uniquely|particularly|especially? suited|suitable to|for',
      'am|be uniquely|ideally|perfectly|well qualified|positioned|equipped',
      'skills|qualifications|experience|knowledge|background|expertise and skills|qualifications|experience|knowledge|passion to excel|succeed|thrive',
      'what it takes to succeed|excel',
      // "my knowledge and background will match your job requirements".
      'match|matches|fit|fits|meet|meets your job|role|position? requirements|needs|qualifications',
      // "makes me well-suited for this role", "will make me an excellent developer", "become an asset upon starting".
      'make|makes me well|ideally|perfectly|uniquely? suited|qualified|equipped', 'make|makes me a|an _ _? asset|addition|developer|engineer|candidate|hire',
      'become|becoming an asset', 'a|an _ and|or _ asset|addition',
      'a|an beneficial|valuable|welcome|fantastic|excellent|perfect|ideal addition to',
      'a|an highly desirable|competitive|qualified|suitable candidate',
      // "positions me as an ideal candidate", "an ideal candidate" said of oneself (the rule asks for "I" or "my" in the sentence).
      { pattern: 'an|the ideal|perfect candidate', notPrecededBy: ['for', 'seeking', 'seek', 'seeks', 'find', 'finding', 'want', 'wants', 'need', 'needs'] },
      // "will prove to be a powerful asset", "would prove valuable to your company".
      // With the writer's modal: "the tests proved valuable" is a fact about tests.
      // Not "useful": "skills that will prove useful for experimental physics" names what for.
      'will|would|could prove to? be? valuable|beneficial|invaluable', 'will|would|could prove to? be? a|an _? asset|addition',
      // "What sets me apart": the frame of a claim, whatever follows.
      'what sets|separates|distinguishes me apart|from',
    ],
    rewrite: FIT_REWRITE,
  },
  {
    id: 'fits-role',
    label: 'fits the role perfectly',
    // "my background also fits the job perfectly": a fit claimed with its adverb of praise; its verb
    // first, so "Postgres fits the job perfectly" is the database's.
    patterns: ['fit|fits|suit|suits|match|matches the|this|your job|role|position|opening perfectly'],
    firstPerson: true,
    verbFirst: true,
    rewrite: FIT_REWRITE,
  },
];

export const claimFamilies: readonly ClaimFamily[] = [...listedFamilies, ...frameFamilies];
