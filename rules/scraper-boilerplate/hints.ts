import {agencies} from './entry.js'
import {bitOf, byAnchor, endsWithLetter, fragment, holdsOneOf, mayHold, other, type Fragment} from './line-facts.js'

/** How much of a line’s end a credit or a glued link may take. */
export const tailLength = 200
/**
 * Cheap tests that spare the costly alternations most lines: what every
 * `end` entry’s match holds (a credit’s word or sign, a slash before an
 * agency or after a dash, `also`, a dash before a last word, a button’s
 * word, initials or an agency in brackets after a sentence or a name). A
 * line’s end is also where `$` stops (a line break other than `\n`).
 */
export const tailHint = new RegExp(
  String.raw`photo|image|picture|credit|archive|bild|foto|screenshot|/\s*(?:${agencies.join('|')})|[-–—][^/]*/|[.!?]\s?©|also ?:|` +
    String.raw`(?:[.!?”"]\s?\([^\s()]{2,10}|\s\((?:efe|afp|ep|epa|reuters|ap|dpa|ansa|tass))\)[ \t]*(?:$|[\r\u2028\u2029])|` +
    String.raw`[–—-] [a-z]+$|(?:writes?|reports|informs) ?:|share$|print$`
)
/**
 * The hint over a line in ASCII as written (`g`: from `lastIndex`, the
 * tail’s start): without case, it finds there what it finds in the line
 * lower-cased (beyond ASCII, lower case may be longer or fold otherwise).
 */
export const asciiTailHint = new RegExp(tailHint.source, 'gi')
/**
 * What a line in ASCII holds where `asciiTailHint` finds something (see
 * `line-facts.ts`; a test holds them to it): a slash, a closing bracket at
 * its end, a dash and a letter at its end, or one of these words (with a
 * colon, for some); `share` and `print` at its end.
 */
const slash = bitOf('/')
const closing = bitOf(')')
const dash = bitOf('-')
const itself = (fragment: Fragment) => fragment
const tailWords = byAnchor(
  [
    ...['photo', 'image', 'picture', 'credit', 'archive', 'bild', 'foto', 'screenshot'].map((word) => fragment(word)),
    ...['also', 'write', 'reports', 'informs'].map((word) => fragment(word, bitOf(':')))
  ],
  itself
)
const tailEnds = byAnchor(
  ['share', 'print'].map((word) => fragment(word)),
  itself
)

/** Which of the tail hint’s words the block read last may hold (`blockMarks`: its lines’): 1, those anywhere; 2, those at a line’s end; 3, both. */
export function tailWordsIn(blockMarks: number): number {
  return (holdsOneOf(blockMarks, tailWords) ? 1 : 0) | (holdsOneOf(blockMarks, tailEnds) ? 2 : 0)
}

/** Whether the tail hint may find something in a line (`marks`: the line’s, see `readBlockFacts`; `words`: see `tailWordsIn`). */
export function mayEndWithCredit(text: string, marks: number, words: number): boolean {
  if ((marks & (other | slash)) !== 0 || ((words & 1) !== 0 && holdsOneOf(marks, tailWords))) return true
  if ((marks & closing) !== 0 && text.charCodeAt(text.length - 1) === 41) return true
  return endsWithLetter(text) && ((marks & dash) !== 0 || ((words & 2) !== 0 && holdsOneOf(marks, tailEnds)))
}

/** A character beyond ASCII: a line without one is read as written, not lower-cased. */
export const beyondAscii = /[^\0-\x7F]/
/** What every `inline` entry’s match holds (`©` before an agency, whose first letter may be one that folds to an ASCII one). */
export const inlineHint = /note\)|chars|pic\.twitter|©\s?[a-z\u017F\u212A]|credit|<|metrika|hits:|partner|\((?:to )?read | here\)/i
/** What a block in ASCII holds where `inlineHint` finds something (its lines’ marks, and its runs of three characters; no space at a fragment’s ends, which a line’s trimmed text may lack). */
export const inlineFragments = byAnchor(
  ['note)', 'chars', 'pic.twitter', 'credit', '<', 'metrika', 'hits:', 'partner', '(read', '(to read', 'here)'].map((text) => fragment(text)),
  itself
)
/** Whether the inline hint may find something in a block (`marks`: its lines’, see `readBlockFacts`). */
export function mayHoldInline(marks: number): boolean {
  return mayHold(marks, inlineFragments)
}
