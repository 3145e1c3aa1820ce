// Technical skills and practices that stand as items of a stack list beside technology names: "C#,
// OOP, HTML and CSS", "Java, REST APIs, unit testing and CI/CD". They are only counted inside a list
// construction (src/letter/inventory.ts), never alone, so ordinary senses ("a rest", "agile teams",
// "cloud cover") cannot make a stack list by themselves.
//
// Patterns use src/text/phrases.ts syntax over normalised, stemmed terms: inflections ("test", "tests",
// "testing"), British spellings ("modelling", "containerisation") and hyphens ("object-oriented",
// "end-to-end") already meet. A "~" marks a compound people also write closed or spaced
// ("micro~services" gives "microservices" and "micro services"); variants() expands it.

export interface Skill {
  /** Display name, e.g. "unit testing". */
  name: string;
  patterns: readonly string[];
  /**
   * 'acronym': the first word must be written with at least two capitals ("REST", "RESTful", "IaC"),
   * so "the rest" or "an ml of water" are not skills. 'capital': its first letter must be upper case
   * ("Agile", "Scrum"), so "agile teams" is the adjective.
   */
  cased?: 'acronym' | 'capital';
  /** Another skill's name this one is counted as when both are listed: "ML" beside "machine learning". */
  sameAs?: string;
}

export const skills: readonly Skill[] = [
  // Programming
  { name: 'OOP', patterns: ['oop', 'ood', 'oo programming|design'], cased: 'acronym' },
  { name: 'object-oriented programming', patterns: ['object oriented programming|design|analysis|development'] },
  { name: 'functional programming', patterns: ['functional programming'] },
  // One subject, as courses and interviews name it: not two items of a list.
  { name: 'data structures and algorithms', patterns: ['data structure and algorithm'] },
  { name: 'data structures', patterns: ['data structure'] },
  { name: 'algorithms', patterns: ['algorithm'] },
  { name: 'DSA', patterns: ['dsa'], cased: 'acronym' },
  { name: 'design patterns', patterns: ['design pattern'] },
  { name: 'MVC/MVVM', patterns: ['mvc', 'mvvm', 'mvp architecture'], cased: 'acronym' },
  { name: 'solution architecture', patterns: ['solution|solutions|enterprise architecture'] },
  { name: 'SOLID principles', patterns: ['solid principle?'], cased: 'acronym' },
  { name: 'system design', patterns: ['system|systems|software design', 'software architecture'] },
  { name: 'concurrency', patterns: ['concurrency', 'concurrent programming', 'multi~threading', 'parallel programming|computing'] },
  { name: 'systems programming', patterns: ['systems programming', 'low level programming'] },
  { name: 'embedded systems', patterns: ['embedded systems|programming|software|development|c'] },
  { name: 'firmware', patterns: ['firmware', 'firmware development|debugging'] },
  { name: 'device drivers', patterns: ['device driver', 'driver development', 'kernel development'] },
  { name: 'RTOS', patterns: ['rtos', 'real time operating systems'], cased: 'acronym' },
  { name: 'microcontrollers', patterns: ['microcontroller', 'mcu'] },
  { name: 'signal processing', patterns: ['signal|image|audio processing', 'dsp'] },
  { name: 'PCB design', patterns: ['pcb|pcba design|layout', 'circuit design', 'hardware design'] },
  // An electrical engineer's areas: "Electronics, Power Circuits, Embedded Programming".
  { name: 'electronics', patterns: ['=electronics', 'analog|digital electronics'] },
  { name: 'power electronics', patterns: ['power electronics|circuit|circuits'] },
  { name: 'computer architecture', patterns: ['computer architecture', 'compiler|compilers', 'compiler design'] },
  { name: 'GPU programming', patterns: ['gpu programming|computing', 'hpc', 'high performance computing'] },
  { name: 'debugging', patterns: ['=debugging', '=profiling', 'performance profiling'] },
  { name: 'code review', patterns: ['code review|reviews|reviewing'] },
  { name: 'scripting', patterns: ['shell|bash scripting', 'scripting'] },
  // The craft named bare, as an item: "data, programming, scripting and application development".
  { name: 'programming', patterns: ['=programming'] },
  { name: 'version control', patterns: ['version|source control'] },

  // Services and APIs
  { name: 'REST', patterns: ['rest api|apis|service|endpoint?', 'restful api|apis|service?'], cased: 'acronym' },
  { name: 'web services', patterns: ['web service', 'web api|apis'] },
  // Not "APIs" alone: as often what was built ("Go APIs, microservices and deployments").
  { name: 'API design', patterns: ['api|apis design|development|integration'], cased: 'acronym' },
  { name: 'localization', patterns: ['localization', 'localisation', 'internationalization', 'internationalisation', 'i18n', 'l10n'] },
  { name: 'SOAP', patterns: ['soap'], cased: 'acronym' },
  { name: 'microservices', patterns: ['micro~services', 'micro~service architecture|architectures'] },
  { name: 'service-oriented architecture', patterns: ['service oriented architecture'] },
  { name: 'SOA', patterns: ['soa'], cased: 'acronym' },
  { name: 'event-driven architecture', patterns: ['event driven architecture|architectures|systems|design', 'event sourcing', 'cqrs'] },
  { name: 'distributed systems', patterns: ['distributed systems|computing'] },
  { name: 'message queues', patterns: ['message queue|queues|queuing|broker|brokers'] },
  { name: 'WebSockets', patterns: ['web~sockets'] },
  { name: 'TCP/IP', patterns: ['tcp ip?', 'http'], cased: 'acronym' },
  { name: 'computer networking', patterns: ['network protocols', 'computer networking|networks', '=networking'] },
  { name: 'hardware', patterns: ['hardware'] },
  { name: 'technical support', patterns: ['technical|tech|desktop support', 'help desk', 'helpdesk'] },
  { name: 'IT support', patterns: ['it support|administration|infrastructure|operations'], cased: 'acronym' },
  { name: 'operating systems', patterns: ['operating systems'] },

  // Delivery and operations
  { name: 'CI/CD', patterns: ['ci cd pipeline|pipelines?', 'ci pipeline|pipelines?', 'cicd'], cased: 'acronym' },
  { name: 'continuous integration', patterns: ['continuous integration|delivery|deployment'] },
  { name: 'DevOps', patterns: ['dev~ops', 'mlops', 'devsecops'] },
  { name: 'site reliability engineering', patterns: ['site reliability =engineering'] },
  { name: 'infrastructure as code', patterns: ['infrastructure as code', 'iac'] },
  { name: 'containerization', patterns: ['containerization', 'containers', 'container orchestration'] },
  { name: 'cloud', patterns: ['cloud', 'cloud computing|infrastructure|architecture|platforms|services|native|development'] },
  { name: 'serverless', patterns: ['serverless'] },
  { name: 'observability', patterns: ['observability'] },
  // Operations areas as items: "monitoring, alerting, capacity planning and incident response".
  { name: 'monitoring', patterns: ['=monitoring', 'monitoring and alerting', '=alerting', 'logging and monitoring'] },
  { name: 'capacity planning', patterns: ['capacity planning'] },
  { name: 'configuration management', patterns: ['configuration management'] },
  { name: 'load balancing', patterns: ['load balancing'] },
  { name: 'caching', patterns: ['=caching', 'cache design'] },
  { name: 'system administration', patterns: ['system|systems|linux administration'] },
  { name: 'virtualization', patterns: ['virtualization', 'virtualisation'] },

  // Testing
  { name: 'unit testing', patterns: ['unit and integration', 'unit testing|tests'] },
  { name: 'integration testing', patterns: ['integration testing|tests'] },
  { name: 'end-to-end testing', patterns: ['end to end testing|tests', 'e2e testing|tests?'] },
  { name: 'automated testing', patterns: ['automated testing|tests', 'test automation', 'automation framework|frameworks'] },
  { name: 'TDD', patterns: ['tdd', 'bdd'], cased: 'acronym' },
  { name: 'regression testing', patterns: ['regression testing'] },
  { name: 'manual testing', patterns: ['manual testing'] },
  { name: 'exploratory testing', patterns: ['exploratory testing'] },
  { name: 'contract testing', patterns: ['contract testing', 'api contract testing'] },
  { name: 'performance testing', patterns: ['performance|load|stress testing'] },
  { name: 'API testing', patterns: ['api testing'], cased: 'acronym' },
  { name: 'test planning', patterns: ['test planning|plans|strategy|design', 'test case design'] },
  { name: 'defect tracking', patterns: ['defect|bug tracking|management'] },
  { name: 'test-driven development', patterns: ['test driven development|design', 'behavior driven development'] },

  // Data and machine learning
  // Each area its own skill: "NLP, computer vision, reinforcement learning and recommender systems" are four.
  { name: 'machine learning', patterns: ['machine learning'] },
  { name: 'deep learning', patterns: ['deep learning', 'neural networks'] },
  { name: 'reinforcement learning', patterns: ['reinforcement learning'] },
  { name: 'recommender systems', patterns: ['recommender|recommendation systems|engines'] },
  // One skill however it is written: "machine learning, ML, data analysis" lists it once.
  { name: 'ML', patterns: ['ml', 'ai ml', 'ml ai'], cased: 'acronym', sameAs: 'machine learning' },
  { name: 'AI', patterns: ['ai', 'genai', 'llms', 'llm', 'rag'], cased: 'acronym' },
  { name: 'artificial intelligence', patterns: ['artificial intelligence', 'generative ai', 'large language models'] },
  { name: 'natural language processing', patterns: ['natural language processing', 'nlp'] },
  { name: 'text classification', patterns: ['text|document|intent classification', 'sentiment analysis', 'topic modeling'] },
  { name: 'named entity recognition', patterns: ['named entity recognition', 'entity extraction', 'information extraction'] },
  { name: 'retrieval-augmented generation', patterns: ['retrieval augmented generation', 'semantic|vector|hybrid search', 'information retrieval'] },
  { name: 'computer vision', patterns: ['computer vision'] },
  { name: 'speech recognition', patterns: ['speech recognition|processing|synthesis', 'text to speech'] },
  // A roboticist's areas: "robot control, SLAM, motion planning and sensor fusion" are four.
  { name: 'robot control', patterns: ['robot|robotic control', 'control systems|theory'] },
  { name: 'SLAM', patterns: ['slam'], cased: 'acronym' },
  { name: 'motion planning', patterns: ['motion|path|trajectory planning'] },
  { name: 'sensor fusion', patterns: ['sensor fusion', 'state estimation', 'kalman filtering|filters'] },
  { name: 'data science', patterns: ['data science'] },
  { name: 'data analysis', patterns: ['data analysis|analytics'] },
  { name: 'data engineering', patterns: ['data =engineering|pipelines'] },
  { name: 'data modeling', patterns: ['data modeling'] },
  // "statistics and visualization": in a list of skills, visualisation alone is the data's.
  { name: 'data visualization', patterns: ['data visualization', 'visualization', '=dashboarding', 'dashboard design|development'] },
  { name: 'data warehousing', patterns: ['data warehousing'] },
  { name: 'stream processing', patterns: ['stream|streaming|batch processing', 'real time processing'] },
  { name: 'data governance', patterns: ['data governance|quality|lineage'] },
  { name: 'web scraping', patterns: ['web scraping', 'web crawling'] },
  { name: 'data cleaning', patterns: ['data cleaning|wrangling|preprocessing|preparation'] },
  { name: 'A/B testing', patterns: ['a b testing', 'ab testing'] },
  { name: 'business intelligence', patterns: ['business intelligence', 'bi reporting|dashboards'] },
  { name: 'ETL', patterns: ['etl', 'elt'], cased: 'acronym' },
  { name: 'big data', patterns: ['big data'] },
  { name: 'mathematics', patterns: ['mathematics', 'math', 'maths', 'linear algebra', 'calculus'] },
  { name: 'statistics', patterns: ['statistics', 'statistical analysis|modeling|learning'] },
  { name: 'mathematical optimization', patterns: ['continuous|convex|numerical|mathematical|combinatorial|stochastic optimization'] },
  { name: 'time series analysis', patterns: ['time series analysis|forecasting|modeling?'] },
  { name: 'causal inference', patterns: ['causal inference|analysis|modeling', 'experimental design', 'experiment design'] },
  { name: 'pipeline orchestration', patterns: ['pipeline|workflow|data|job|container orchestration'] },
  // A bioinformatician's areas: "variant calling, RNA-seq analysis, single-cell workflows and phylogenetics".
  { name: 'genomics', patterns: ['genomics', 'transcriptomics', 'proteomics', 'metagenomics'] },
  { name: 'variant calling', patterns: ['variant calling'] },
  { name: 'genome assembly', patterns: ['genome assembly', 'de novo assembly'] },
  { name: 'sequence alignment', patterns: ['sequence alignment|analysis', 'read alignment'] },
  { name: 'RNA-seq', patterns: ['rna seq', 'rnaseq', 'chip seq', 'ngs', 'next generation sequencing'] },
  { name: 'single-cell analysis', patterns: ['single cell analysis|workflows|workflow|sequencing|genomics'] },
  { name: 'phylogenetics', patterns: ['phylogenetics', 'phylogenomics', 'population genetics', 'structural bioinformatics'] },
  { name: 'feature engineering', patterns: ['feature =engineering'] },
  // The crafts of working with language models: "Python, LLMs, fine-tuning and prompt engineering".
  { name: 'fine-tuning', patterns: ['fine tuning', 'finetuning', 'model fine tuning'] },
  { name: 'prompt engineering', patterns: ['prompt =engineering', 'prompt design'] },
  { name: 'model evaluation', patterns: ['model evaluation', 'llm evaluation'] },
  { name: 'databases', patterns: ['databases', 'sql|relational|nosql databases', 'database design|administration|management'] },
  { name: 'NoSQL', patterns: ['nosql'] },
  { name: 'query optimization', patterns: ['query optimization|tuning'] },

  // Web, mobile and product engineering
  { name: 'web development', patterns: ['web development|design'] },
  // The sides of a product as areas of work: "worked on the back-end, front-end, testing and deployment".
  // "full-stack web development" is one field named, not "full-stack" and "web development".
  { name: 'back-end', patterns: ['back~end', 'back~end web|software|application|api|server? development|=engineering', 'server side'] },
  { name: 'front-end', patterns: ['front~end', 'front~end web|software|application|ui? development|=engineering', 'client side', 'ui development|=engineering'] },
  { name: 'full-stack', patterns: ['full~stack', 'full~stack web|software|application|app? development|=engineering'] },
  { name: 'testing', patterns: ['=testing', 'software testing', 'quality assurance'] },
  { name: 'deployment', patterns: ['=deployment', '=deployments'] },
  { name: 'SEO', patterns: ['seo'], cased: 'acronym' },
  { name: 'mobile development', patterns: ['mobile development|=engineering', 'app development'] },
  { name: 'responsive design', patterns: ['responsive design', 'responsive web design'] },
  { name: 'state management', patterns: ['state management'] },
  { name: 'performance optimization', patterns: ['performance optimization|tuning', 'web performance', 'lazy loading', 'code splitting'] },
  { name: 'cross-browser compatibility', patterns: ['cross browser compatibility|testing'] },
  { name: 'UI/UX', patterns: ['ui ux', 'ux ui', 'ui design', 'ux design'], cased: 'acronym' },
  { name: 'user interfaces', patterns: ['user interface'] },
  { name: 'data acquisition', patterns: ['data acquisition', 'daq'] },
  { name: 'accessibility', patterns: ['accessibility', 'a11y'] },
  { name: 'game development', patterns: ['game development|design|programming', '3d graphics|rendering|modeling', 'shader|shaders', 'shader programming'] },
  { name: 'blockchain', patterns: ['blockchain', 'smart contract|contracts'] },
  // Fields of engineering named as areas worked in: "AI, data architecture, robotics, mobile apps and games".
  // Not "mobile apps": as often what the writer built ("building popular mobile applications").
  { name: 'robotics', patterns: ['robotics'] },
  { name: 'games', patterns: ['=games', 'video games', 'gaming'] },
  { name: 'data architecture', patterns: ['data architecture|platforms'] },
  { name: 'IoT', patterns: ['iot', 'internet of things'], cased: 'acronym' },
  { name: 'AR/VR', patterns: ['ar vr', 'augmented|virtual|mixed reality', 'xr'] },
  { name: 'computer graphics', patterns: ['computer graphics'] },

  // Security
  // Each its own area, as a security engineer lists them: "penetration testing, threat modeling, SIEM and incident response".
  { name: 'cybersecurity', patterns: ['cyber~security', 'application|network|cloud security'] },
  { name: 'penetration testing', patterns: ['penetration testing', 'pen testing', 'pentesting', 'ethical hacking'] },
  { name: 'threat modeling', patterns: ['threat modeling|modelling'] },
  { name: 'cryptography', patterns: ['cryptography'] },
  { name: 'incident response', patterns: ['incident response|handling'] },
  { name: 'vulnerability management', patterns: ['vulnerability assessment|assessments|management|scanning'] },
  { name: 'SIEM', patterns: ['siem'], cased: 'acronym' },
  { name: 'SAST/DAST', patterns: ['sast', 'dast', 'sast dast'], cased: 'acronym' },
  { name: 'secure code review', patterns: ['secure code review|reviews', 'security code review|reviews'] },
  { name: 'digital forensics', patterns: ['digital|computer forensics', 'malware analysis'] },

  // Ways of working
  { name: 'Agile', patterns: ['agile', 'agile methodologies|methodology|methods'], cased: 'capital' },
  { name: 'Scrum', patterns: ['scrum', 'kanban'], cased: 'capital' },
];

/**
 * What a lead-in may introduce that is no trade's technical skill: personal qualities and ways of
 * working ("communication, teamwork, leadership"), and the industries or markets served ("retail,
 * finance, healthcare"). Lower case, one or two words as written; a list of them is not a stack.
 */
export const softSkills: readonly string[] = [
  'communication', 'communications', 'teamwork', 'leadership', 'collaboration', 'planning', 'organisation', 'organization',
  'organisational skills', 'organizational skills', 'time management', 'problem solving', 'problem-solving', 'critical thinking',
  'creativity', 'adaptability', 'flexibility', 'negotiation', 'presentation', 'presentations', 'public speaking', 'writing',
  'mentoring', 'coaching', 'teaching', 'customer service', 'interpersonal skills', 'attention to detail', 'multitasking',
  'decision making', 'decision-making', 'empathy', 'patience', 'discipline',
  'self-motivation', 'initiative', 'reliability', 'punctuality', 'conflict resolution', 'team building',
];
export const industries: readonly string[] = [
  'retail', 'finance', 'banking', 'insurance', 'healthcare', 'health care', 'logistics', 'education', 'e-commerce', 'ecommerce',
  'government', 'manufacturing', 'telecom', 'telecommunications', 'media', 'hospitality', 'automotive', 'energy', 'pharma',
  'pharmaceuticals', 'real estate', 'fintech', 'edtech', 'healthtech', 'agriculture', 'construction', 'aviation', 'gaming',
  'travel', 'tourism', 'entertainment', 'publishing', 'nonprofit', 'non-profit', 'consulting', 'transportation', 'utilities',
];

/**
 * The patterns of a skill with its "~" compounds written both ways: "micro~services" gives
 * "microservices" and "micro services". A "~" word is never part of an alternation.
 */
export function variants(pattern: string): string[] {
  if (!pattern.includes('~')) return [pattern];
  return [pattern.replace(/~/g, ''), pattern.replace(/~/g, ' ')];
}
