// Words that mark bracketed text as a template slot: "[Company]", "<Your Name>", "{{role}}".
// A bracket must hold one of these (or be written in capitals like "[COMPANY_NAME]") to count,
// so citations ("[1]"), asides ("[sic]") and real HTML stay quiet.

export const slotWords: readonly string[] = [
  'name', 'company', 'employer', 'organization', 'organisation', 'org', 'role', 'position', 'title', 'job',
  'manager', 'recruiter', 'hiring', 'team', 'department', 'product', 'date', 'address', 'city', 'phone',
  'email', 'insert', 'here', 'placeholder', 'your', 'their', 'contact', 'website', 'url', 'linkedin',
  'location', 'salary', 'skill', 'skills', 'technology', 'project', 'achievement', 'number', 'metric', 'link',
  'tbd', 'todo', 'fill', 'replace', 'recipient', 'surname', 'username',
  // What templates ask to be filled in about the employer and the writer.
  'industry', 'field', 'platform', 'source', 'specific', 'example', 'mission', 'value', 'values', 'program',
  'school', 'university', 'degree', 'major', 'amount', 'percentage', 'percent', 'reason', 'accomplishment',
  // "[technologies]", "[tools you used]": what the template asks the writer to list.
  'technologies', 'tools', 'languages', 'frameworks', 'achievements', 'accomplishments',
  // "[Month Year]", "[start date]": when, still to fill in.
  'month', 'year', 'day', 'blank',
  // The same slots in the languages templates also come in (session 34, blind set ph13): "[NOMBRE DE LA
  // EMPRESA]", "[Nom de l'entreprise]", "[Name der Firma]", "[nome dell'azienda]".
  'nombre', 'empresa', 'puesto', 'cargo', 'entreprise', 'poste', 'firma', 'unternehmen', 'stelle', 'nome', 'azienda', 'ruolo',
];

/** Units of writing a note to self asks for: "(add a sentence about why this company)", "[2-3 sentences about your biggest achievement]". */
export const writingUnits: readonly string[] = ['sentence', 'sentences', 'paragraph', 'paragraphs', 'line', 'lines', 'bullet', 'bullets', 'example', 'examples', 'anecdote', 'story'];

/** Uppercase markers writers leave in drafts; matched as whole words, in capitals only. */
// A run of X of any length up to eight, longest first: "XXXXX" is one marker, not "XXXX" and a letter.
export const draftMarkers: readonly string[] = [...[8, 7, 6, 5, 4, 3, 2].map((n) => 'X'.repeat(n)), 'XYZ', 'TODO', 'TBD', 'FIXME'];

/** First words of parenthetical instructions: "(replace)", "(insert company name)", "(add a metric)". */
export const instructionWords: readonly string[] = [
  'replace', 'insert', 'fill', 'customize', 'customise', 'personalize', 'personalise', 'add', 'enter', 'mention',
  // "(Tailor this paragraph to the company's mission…)".
  'tailor',
];

/**
 * First words of a note to self in square brackets, beyond the parenthetical ones: "[include a
 * link]", "[describe the outage]". Square brackets in a letter are almost never editorial, so the
 * list can be wider; "[sic]" and "[emphasis added]" do not start with one.
 */
/** A question the template asks the writer: "[where you found the posting]", "[why this company]". */
export const questionWords: readonly string[] = ['where', 'what', 'why', 'how', 'which', 'who', 'when'];
/** Verbs of a doubt left to settle before sending: "(verify the name??)", "[confirm the team name]" ("check" is an instruction word). */
export const doubtWords: readonly string[] = ['verify', 'confirm', 'recheck'];

export const bracketInstructions: readonly string[] = [
  ...instructionWords, 'include', 'describe', 'explain', 'specify', 'paste', 'put', 'write', 'choose', 'pick', 'list', 'quantify', 'cite', 'update', 'check',
  ...questionWords,
];

/**
 * Words that start an editor's insertion into a quotation ("we [the team] ship daily"): bracketed
 * text that starts with one is a slot only when it also says so ("[the company name]").
 */
export const editorialStarts: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'our', 'my', 'he', 'she', 'it', 'they', 'we',
  'in', 'at', 'of', 'on', 'for', 'with', 'and', 'but', 'to', 'from', 'by',
];

/** Words that make a bracket a slot whatever starts it: "[the company name here]". */
export const slotMarkers: readonly string[] = ['name', 'title', 'here', 'placeholder', 'insert', 'tbd', 'todo', 'blank'];

/** "TODO list", "TODO app": the thing, not a note to self; a draft marker before one of these is a noun. */
export const markerNouns: readonly string[] = ['list', 'lists', 'app', 'apps', 'application', 'applications', 'item', 'items', 'manager', 'tracker', 'mvc', 'comment', 'comments', 'tag', 'tags'];

/**
 * Slot nouns a template writes in capitals, or in emphasis, where a name should stand: "join
 * COMPANY as a POSITION", "at _Company_". Only nouns that are never an acronym or a heading's word
 * in running prose.
 */
// Not "ROLE", "PROJECT" or "PRODUCT": writers set them in capitals for emphasis ("I want this ROLE") and as labels ("ROLE: Backend").
export const capitalSlots: readonly string[] = [
  'COMPANY', 'EMPLOYER', 'ORGANIZATION', 'ORGANISATION', 'POSITION', 'RECIPIENT', 'CLIENT', 'COMPANY NAME', 'CLIENT NAME', 'JOB TITLE', 'ROLE TITLE', 'POSITION TITLE', 'HIRING MANAGER',
  'PROJECT NAME', 'PRODUCT NAME', 'TEAM NAME', 'YOUR NAME', 'YOUR FULL NAME', 'FULL NAME', 'HIRING MANAGER NAME', 'MANAGER NAME', 'RECIPIENT NAME', 'CONTACT NAME',
];

/**
 * Placeholder company names of templates and examples: "ABC Company", "Company X". A lone letter
 * only after "Company": "X Corp" is a real company.
 */
// "Company Inc.": the word itself where the name should stand, before a legal form.
export const exampleCompanies: readonly string[] = ['ABC', 'XYZ', 'Example', 'Company'];
export const exampleCompanyLetters: readonly string[] = ['X', 'Y', 'Z', 'ABC', 'XYZ'];
export const companyNouns: readonly string[] = ['Company', 'Corp', 'Corporation', 'Inc', 'Ltd', 'Technologies', 'Solutions'];

/**
 * The sample people and recipients of popular letter templates (moderncv, awesome-cv, form
 * letters): left in, they are the template's, not the writer's. Names no real writer is likely to
 * sign with; "John Smith" is left out for that reason.
 */
export const sampleNames: readonly string[] = [
  'John Doe', 'Jane Doe', 'Joe Bloggs', 'Max Mustermann', 'Erika Mustermann', 'Claud D. Park', 'Company Recruitment Team', 'Company Recruitment team',
  // The recipient LaTeX letter samples address; with her title only, as a reader's own manager may be a Jane Smith.
  'Mrs. Jane Smith', 'Ms. Jane Smith',
  // A template's sample signer: "Kind regards,\nJane Sample".
  'Jane Sample', 'John Sample', 'Joe Sample', 'Sample Name',
  // Templates in other languages: the German sample firm, the French name slot (session 34, blind set ph13).
  'Musterfirma', 'Musterfirma GmbH', 'Muster GmbH', 'Beispielfirma', 'Musterstadt', 'Prénom NOM', 'Prénom Nom',
];

/** Slot labels written bare, in title case, that only ever stand for something to fill in. */
export const bareSlots: readonly string[] = [
  'Your Name', 'Company Name', 'Your Company', 'Position Title', 'Hiring Manager Name', 'Recipient Name', 'Role Title',
  'City, State', 'Street Address', 'Your Address', 'Phone Number', 'Email Address',
  // The rest of what letter templates print for the writer, the employer and the date.
  'Job Title', 'Job Position', 'Company Address', 'Company Location', 'Your Email', 'Your Phone', 'Your Phone Number',
  'Your City', 'Your LinkedIn', 'Your Title', 'Your Website', 'First Name', 'Last Name', 'FirstName LastName', 'First Last',
  'Hiring Manager’s Name', "Hiring Manager's Name", 'Manager Name', 'Team Name', 'Department Name',
  'Recruiter Name', "Recruiter's Name", 'Recruiter’s Name', 'Contact Name', 'Interviewer Name',
  'Platform Name', 'Position Name', 'Role Name', 'Organization Name', 'Organisation Name', 'Employer Name', 'Zip Code', 'Postal Code', 'Anytown', '123 Main Street', '123 Main St',
  'Month DD, YYYY', 'Month Day, Year',
  // What a generator prints when it has no value: "the Backend role at Unknown Company".
  'Unknown Company', 'Unknown Employer', 'Unknown Role', 'Unknown Position',
];

/**
 * Slot labels that are a slot only alone on their line, as a template prints them for the writer to
 * fill in ("Sincerely,\nFull Name"); in a sentence they are ordinary words ("a full name search").
 */
export const lineSlots: readonly string[] = [
  'Name', 'Full Name', 'Your Full Name', 'Applicant Name', 'Candidate Name', 'Applicant', 'Signature', 'Your Signature',
  'Your Name Here', 'Name Here', 'Signature Here', 'Insert Name', 'Insert Your Name', 'Name Surname', 'Firstname Surname', 'First Name Last Name', 'Firstname Lastname', 'First Last',
  // A template's label where the greeting should stand.
  'Greeting', 'Salutation',
  'Month, Day, Year', 'Day Month Year', 'Date',
];

/** Every slot label that counts alone on its line: the bare ones and the line-only ones. */
export const slotLabelLines: readonly string[] = [...bareSlots, ...lineSlots];

/**
 * Contact details that only templates give: the local parts of example e-mail addresses (with a
 * template domain, see the rule) and the digit groups of the phone numbers forms print.
 */
export const exampleMailboxes: readonly string[] = [
  'email', 'e-mail', 'youremail', 'your.email', 'your_email', 'yourname', 'your.name', 'name', 'firstname.lastname',
  'first.last', 'firstname', 'username', 'you', 'john.doe', 'jane.doe', 'johndoe', 'janedoe', 'example',
];
/** Mailboxes that are a template's at any domain: "myemail@gmail.com", "firstname.lastname@outlook.com". */
export const templateMailboxes: readonly string[] = ['youremail', 'your.email', 'your_email', 'myemail', 'my.email', 'my_email', 'yourname', 'your.name', 'firstname.lastname', 'firstname_lastname', 'johndoe', 'john.doe', 'janedoe', 'jane.doe'];
export const exampleMailDomains: readonly string[] = ['example.com', 'example.org', 'example.net', 'email.com', 'domain.com', 'yourdomain.com', 'company.com', 'youremail.com', 'yourmail.com', 'yourcompany.com'];
export const examplePhones: readonly string[] = ['123-456-7890', '555-555-5555', '000-000-0000', 'XXX-XXX-XXXX', 'xxx-xxx-xxxx'];

/** Real HTML elements, so "<br>" or "<span>" in Markdown is not mistaken for a slot. */
export const htmlTags: readonly string[] = [
  'a', 'abbr', 'b', 'br', 'code', 'del', 'div', 'em', 'hr', 'i', 'img', 'ins', 'kbd', 'mark', 'p', 'q', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'u', 'details', 'summary', 'table', 'tr', 'td', 'th', 'ul', 'ol',
  'li', 'pre', 'blockquote', 'center', 'font', 'section', 'article', 'header', 'footer', 'time', 'address',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'main', 'aside', 'figure', 'figcaption', 'style', 'script', 'link',
  'meta', 'iframe', 'video', 'audio', 'source', 'svg', 'path', 'button', 'input', 'form', 'label', 'caption',
  'thead', 'tbody', 'tfoot', 'dl', 'dt', 'dd', 'cite', 'picture', 'html', 'head', 'body', 'title', 'hgroup',
];
