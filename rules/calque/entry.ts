/**
 * An entry of the `calque` rule’s phrase table: a source-language
 * construction or false friend carried over word for word into
 * machine-translated English news copy. Each source language has its own
 * file of entries beside this one (`fr.ts`, …), listed in `data.ts`.
 *
 * Pattern syntax, matched against a sentence’s words and punctuation marks
 * (white space is skipped):
 * - tokens are separated by single spaces; each token matches one word or one
 *   punctuation mark;
 * - `a|b|c` lists alternatives for one token (inflections are listed explicitly),
 *   one word each: `by car|by bike` is refused; write `by car|bike`, or two phrases;
 * - a token written all in lower case matches case-insensitively, a token that
 *   contains an upper-case letter matches exactly;
 * - `*` matches any one word and is captured as `$1`, `$2`… for `expected`;
 * - `[` and `]`, attached to the first and last token of a run, mark the
 *   reported span when the pattern needs context around it; without them the
 *   whole match is reported.
 *
 * Every entry carries an `invalid` sentence in which it must fire and a
 * `valid` near miss, in native English, in which it must not.
 */

/** One calque or false friend: an English phrase carried over word for word from the source language. */
export interface CalqueEntry {
  /** Phrase patterns (see syntax below); one entry may list several. */
  phrases: readonly string[]
  /** The source-language construction it comes from, e.g. French `le chef de la diplomatie américaine`. */
  source: string
  /** Rewrites for exactly the reported span; `[]` means "delete"; omit when there is no mechanical rewrite. May use $1, $2 for `*` captures. */
  expected?: readonly string[]
  /** What to do when there is no mechanical rewrite (default: rewrite it in idiomatic English). */
  advice?: string
  /** `high`: almost always an artifact in news copy (reported as a warning); `low`: often an artifact, sometimes fine English (reported as info). */
  confidence: 'high' | 'low'
  /** One sentence (no trailing period) explaining the artifact for the reader, e.g. "French `chef de la diplomatie` names the foreign minister; English names the office" */
  note: string
  /** A realistic sentence in which the entry must fire (the calque). */
  invalid: string
  /** A realistic native-English sentence with the same or nearby words in which it must NOT fire (a near miss). */
  valid: string
}
