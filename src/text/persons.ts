// Who a sentence speaks of, by its pronouns.

/**
 * The writer: "I", its other cases, and "im"/"ive", the contractions some writers type without the
 * apostrophe ("im hands-on with windows, macos…"), which no other English word is spelled as.
 */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', 'im', 'ive']);
