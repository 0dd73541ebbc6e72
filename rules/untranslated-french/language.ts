import type {Language} from '../shared/languages.js'

/**
 * What `untranslated-french` knows of one source language: its words that
 * machine translation leaves in English copy, sorted by how much one of them
 * proves, and the acronyms of its institutions. Each language has its own
 * file beside this one (`fr.ts`, `de.ts`, …), listed in `index.ts`. Words
 * are lower case, with a straight apostrophe.
 */
export interface SourceLanguage {
  language: Language
  /** Words that are no English word (function words, the common words of news copy): one is enough to report. */
  words: readonly string[]
  /** Words that are also names, abbreviations or typos in English text (`est.`, `del`, `di`): two are needed, or one with a word of `words`. */
  weak: readonly string[]
  /** Words that are also common English words (`a`, `on`, `con`): they extend a run of the language, never start one. */
  shared: readonly string[]
  /** Particles of names (`van`, `della`): before a capitalised word they are part of a name, not words to translate. */
  particles?: readonly string[]
  /**
   * Conjunctions of the language that open a sentence and are also names or
   * English abbreviations (`Ma`, `Mas`), with their English: machine
   * translation leaves one in front of the English sentence it opens
   * (`Ma What will happen`), where one is enough before a capitalised English
   * function word. (Openers that are no English word go in `words`.)
   */
  openers?: Readonly<Record<string, string>>
  /** Single words with one clear English translation, offered as the fix when the word stands alone. */
  translations?: Readonly<Record<string, readonly string[]>>
  /** Acronyms of the language’s institutions that an English reader cannot decode. */
  acronyms?: readonly Acronym[]
  /** Nicknames of the language’s press for parties, their members and national or club teams. */
  nicknames?: readonly Nickname[]
}

/** An institutional acronym of a source language, left in English copy without an explanation. */
export interface Acronym {
  /** As written, in capitals (`BOE`, `OVA`). */
  acronym: string
  /** What it stands for, in the source language. */
  expansion: string
  /** What English copy writes instead. */
  english: string
}

/**
 * A nickname the source language’s press gives a party, its members or a
 * team (`pentastellati`, `Insoumis`, `XV du Chardon`), left as it was: an
 * English reader does not know who is meant.
 */
export interface Nickname {
  /** As written (any letter case matches; words of a phrase separated by spaces, `&` a word of its own). */
  forms: readonly string[]
  /** Whom it names, shown in the message: `the members of the Five Star Movement`. */
  meaning: string
  /** What English copy writes instead. */
  english: string
  /** A nickname English sports or politics writing sometimes keeps (`Tricolores`): info. */
  lowConfidence?: boolean
}
