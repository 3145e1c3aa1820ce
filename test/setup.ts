// Tests call parseLetter() and analysePosting() directly, on any Markdown; the command line loads
// remark only for a letter that needs it (loadMarkdownFor), and test/cli.test.ts and the other
// tests through the binary check that it does.
import { loadMarkdownFor } from '../src/parse.js';

await loadMarkdownFor('A [link](https://example.com), which needs remark', 'markdown');
