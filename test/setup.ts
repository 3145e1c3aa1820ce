// Tests call parseLetter() and analysePosting() directly, on any Markdown; the command line loads
// remark only for a letter that needs it (loadMarkdownFor), and test/cli.test.ts and the other
// tests through the binary check that it does.
import { loadMarkdown } from '../src/text/remark.js';

await loadMarkdown();
