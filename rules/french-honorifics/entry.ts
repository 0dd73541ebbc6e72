import type {Language} from '../shared/languages.js'

/**
 * A title of a source language that machine translation leaves in front of
 * names. Each source language has its own file of titles beside this one
 * (`fr.ts`, `de.ts`, …), listed in `index.ts`.
 */
export interface Honorific {
  /** The source language; `en` for an English courtesy title carried over from one (`Mr. Macron`). */
  language: Language | 'en'
  /** The title as written, with or without its period. */
  forms: readonly string[]
  /** What it stands for in the source language. */
  source: string
  /** What it is, shown in the message: `French plural honorific`. */
  what: string
  /** English replacements for the title alone; absent when the sentence needs rewording. */
  expected?: readonly string[]
  /** What to do when there is no replacement. */
  advice?: string
  /** An initial-like title (`M.`): skipped where it reads as a person’s initial. */
  mayBeInitial?: boolean
  /** A title that is also a suffix after a name (`Sr.` in `John Smith Sr.`): skipped after a capitalised word. */
  maySuffixName?: boolean
  /** A title that is also an English word (`Me`): only mid-sentence, after a lower-case word or a comma, with low confidence. */
  ambiguous?: boolean
  /** Often, not always, an artifact (a title English copy sometimes keeps, or an English abbreviation too): reported as info. */
  lowConfidence?: boolean
}
