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
