import {serializeAnchors} from '../../src/engine/phrase-table.js'
import {languageNames, languages, type Language} from '../shared/languages.js'
import {calques, type LanguageCalque} from './data.js'
import {periphrases} from './periphrasis/data.js'

/** The phrase table, then the periphrasis table, of the chosen languages’ entries (looked up together, `compilePhraseTables`). */
export function phraseTablesOf(chosen: ReadonlySet<Language>): [LanguageCalque[], LanguageCalque[]] {
  return [calques.filter((entry) => chosen.has(entry.language)), periphrases.filter((entry) => chosen.has(entry.language))]
}

/** Whether the tables hold every entry: the tables whose anchors the build writes (`builtAnchors`). */
export function everyEntry(tables: readonly [readonly LanguageCalque[], readonly LanguageCalque[]]): boolean {
  return tables[0].length === calques.length && tables[1].length === periphrases.length
}

export const phrasesOf = (entry: LanguageCalque): readonly string[] => entry.phrases

/** An entry as errors name it: its language and source (`French \`le chef de la diplomatie américaine\``). */
export function entryName(entry: LanguageCalque): string {
  return languageNames[entry.language] + ' `' + entry.source + '`'
}

/** The anchors of the tables of every language, serialized: what `npm run build` writes as `builtAnchors` (`tsup.config.ts`). */
export function serializedAnchors(): string {
  return serializeAnchors(phraseTablesOf(new Set(languages)), phrasesOf, entryName)
}
