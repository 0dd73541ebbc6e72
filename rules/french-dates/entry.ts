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
