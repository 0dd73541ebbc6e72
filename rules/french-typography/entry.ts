import type {LanguagePatterns} from '../../src/engine/language-patterns.js'
import type {PatternEntry} from '../../src/engine/alternation.js'

/**
 * A typographic convention of a source language, or a kind of damage of no
 * one language, as machine-translated English copy shows it. `what` names
 * the mark without the language (the rule puts the languages that write it
 * in front: `German` + `opening quote mark`); `{languages}` in `note` is
 * replaced by them.
 */
export interface TypographyEntry extends PatternEntry {
  /** An invented sentence of machine-translated copy in which the entry fires (once). */
  invalid: string
  /** An invented native-English near miss in which it does not. */
  valid: string
}

/** One source language’s conventions: those it shares (from `shared.ts`) and its own. */
export type LanguageTypography = LanguagePatterns<TypographyEntry>

/** Spaces of continental typography: a space, a no-break space (U+00A0), a narrow no-break space (U+202F). */
export const space = '[ \\u00A0\\u202F]'

/*
 * Triggers (see `PatternEntry.trigger`): where each entry’s match may start, in three shapes V8 scans fast, shared by
 * the entries (one scan of a block finds the places of all of them). A block of English prose holds few such places,
 * and the alternation is tried only there. Written without `\p{…}`: the scan then runs without the `u` flag, which V8
 * needs ~20× longer for a class of non-ASCII characters.
 */

/**
 * A character rare in English prose: any outside ASCII (other languages’ marks `«`, `„`, `’`, `·`, `—`, `°`, `€`,
 * mojibake), `<`, `%`, `'`, `$`, and `_` (before a word where `\b` sees no edge: the pattern set tries the next
 * character where no entry may start).
 */
export const rareCharacter = "[\\u0080-\\uFFFF<%'$_]"

/** A plus sign after white space or a bracket (`the + New Wave +`, `(+ 2%)`), not in `C++` or `a+b`. */
export const spacedPlus = '\\+(?<=[\\s(]\\+)'

/** A straight double quote after a space: a quoted name (`channel "Russia-24"`), not a closing one or one in code. */
export const spacedQuote = '"(?<=[ \\u00A0\\u202F]")'

/**
 * A mark after a space (` .`, ` ,`, ` ;`, ` )`, ` /`, ` -`), or glued to what should not follow it or stand before it
 * (`.The`, `. and`, `,word`, `,,`, `, .`, `:.`, `-,`, `( `, `(l.)`, `Monday (`, `]word`, a line between spaced dashes (`- Markets -`), not every `-` that opens a list item).
 */
export const spacedOrGluedMark =
  '[.,;:!?)\\/\\-](?<=' +
  space +
  '.)|\\.(?:[A-Z]|' +
  space +
  '[a-z])|,(?:[a-z]|[^\\x00-\\x7F]|,| {2})|[.,;:]' +
  space +
  '[.,]|[,;:]\\.|-,|-(?<![^\\n]-)(?=' +
  space +
  '[^\\n]{1,80}' +
  space +
  '[-–—](?![^\\n]))|' +
  '\\((?:' +
  space +
  '|[lrMm]|(?<=y' +
  space +
  '\\())|\\](?:[a-zA-Z]|[^\\x00-\\x7F])'

/**
 * The first digit of a number followed by what a number pattern needs (`:5`, `,5`, `.500`, `.30h`, `’30`, ` p.m.`,
 * `h30`, ` 000`, ` euros`, ` min`, ` billion`, ` th`, a glued word), or a capital before a vowel and a lower-case
 * letter or before a capitalised word (`LEntrepot`, `NThe`; not `LICENSE`). The numbers of English text (`v2`, `2.1`,
 * `10 items`) stop the scan without the number patterns being tried at each digit.
 */
export const numberOrCapital =
  '\\d(?<!\\d\\d)\\d*(?::\\d|,\\d|\\.\\d{3}(?!\\d)|\\.[0-5]\\d(?:h|' +
  space +
  '?[ap]\\.?m)|’[0-5]|' +
  space +
  '?(?:[ap]\\.?m|h' +
  space +
  '?[0-5])|' +
  space +
  '(?:\\d{3}|euro|min|billion|st|nd|rd|th)|the|of|in|to|for|was|were|with|people|years|million|billion|percent|euros|dollars)|' +
  '[LD][AEIOUÉÈÊ](?:[a-z]|[^\\x00-\\x7F])|[A-Z][A-Z][a-z]'
