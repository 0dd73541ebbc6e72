import type {LanguagePatterns} from '../../src/engine/language-patterns.js'
import type {PatternEntry} from '../../src/engine/alternation.js'

/**
 * A date or ordinal written the way a source language writes it. `what`
 * names it without the language (the rule puts the languages that write it
 * in front: `German` + `date`); `{languages}` in `note` is replaced by them.
 */
export interface DateEntry extends PatternEntry {
  /** An invented sentence of machine-translated copy in which the entry fires. */
  invalid: string
  /** An invented native-English near miss in which it does not. */
  valid: string
}

/** One source language’s dates and ordinals: those it shares (from `shared.ts`) and its own. */
export type LanguageDates = LanguagePatterns<DateEntry>

export const space = '[ \\u00A0\\u202F]'

// The first digit of a number followed by what some entry needs: a suffix (`1er`, `3ème`, `4ième`, `2e`, `1re`, `1is`,
// `3and`, `1.º`), a dot and a space (`6. July`, `32. Round`), a dotted date (`16.10.2`…), a month glued with a dot
// (`19.Aug.2`…), a comma and a year (`27, 2`…), or a space and the first letters of a French or English month (`7 fé`…,
// `7 Fe`…); or a number after the end of an English month (`May 7`), or a year after the end of a French one (`mars 2022`).
const numberStart =
  '\\d(?<!\\d\\d)\\d*(?:[eè]|i[eè]|re|is|and|\\.?[ºª]|\\.' +
  space +
  '|\\.\\d\\d?\\.[12]|\\.[A-Z][a-z]{2,3}\\.\\d|,' +
  space +
  '\\d|' +
  space +
  '(?:ja|f[eé]|ma|av|ju|ao|se|oc|no|d[eé]|Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De))|\\d(?<=(?:ry|ch|il|ay|ne|ly|st|er)' +
  space +
  '\\d)|\\d(?<=(?:er|rs|il|ai|in|et|ût|ut|re)' +
  space +
  '\\d)\\d{3}'

// The first letter of a Roman numeral with a French ordinal suffix (`XXe`, `IIIe`, `XVIème`, `Ire`).
const romanStart = '[IVX](?<![IVX][IVX])[IVX]*(?:[eè]|i[eè]|re)'

/**
 * Where a date or an ordinal may start: the trigger of every entry (see `PatternEntry.trigger`), one scan per block in
 * shapes V8 scans fast (a digit or a Roman numeral and what must follow it), without `\p{…}`, so that it runs without
 * the `u` flag. A block of English prose holds few such places, and the alternation is tried only there. Every match
 * starts a word (the rule’s `lead`), so a number is looked at from its first digit only. An entry that starts with
 * another shape extends it (`tests/engine/pattern-set.test.ts` holds it to the alternation without triggers).
 */
export const dateStart = numberStart + '|' + romanStart
