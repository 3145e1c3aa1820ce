// Every step of reading a configuration (finding, parsing, checking, merging) fails with this one
// class, so a run tells a configuration's mistake, printed as it is, from a crash.
/** A configuration that cannot be used; the message is one line naming the file, the key and the reason. */
export class ConfigError extends Error {}
