// The reader's wish taken up by the writer in one sentence: "If you need a rockstar front-end
// developer who ships fast, I'm your person." What the wish describes is the writer's own claim.
// Shared by the rules that read claims (mastery words, generic self-claims).

/** "If you need a …", "if you're looking for a …": the reader's wish, before the claim. */
const WISH = /\bif[ \t]+you(?:['\u2019]re|[ \t]+are)?[ \t]+(?:need|want|seek|looking[ \t]+for)\b/i;
/** "…, I'm your person", "that's me", "look no further": the writer takes the wish as their own. */
const TAKEN = /\b(?:I['\u2019]m|I[ \t]+am)[ \t]+(?:your|the)[ \t]+(?:person|guy|girl|candidate|developer|engineer|one|woman|man)\b|\bthat['\u2019]s[ \t]+me\b|\blook[ \t]+no[ \t]+further\b/i;

/** Whether the reader's wish stands in `text` from `start` to `at`, and the writer takes it up between `at` and `end`. */
export function wishTaken(text: string, start: number, at: number, end: number): boolean {
  return WISH.test(text.slice(start, at)) && TAKEN.test(text.slice(at, end));
}

/** Whether a sentence from `start` to `end` holds the reader's wish and, after it, the writer taking it up. */
export function wishTakenWithin(text: string, start: number, end: number): boolean {
  const wish = WISH.exec(text.slice(start, end));
  return wish !== null && TAKEN.test(text.slice(start + wish.index + wish[0].length, end));
}
