import {compileGazetteer, type Gazetteer, type GazetteerName} from '../../../src/engine/gazetteer.js'
import type {Language} from '../languages.js'
import {nameContext} from './context.js'
import {namesByLanguage, type LanguageName} from './data.js'
import {kinds} from './kinds.js'
import {wordForWord} from './renderings.js'

/**
 * Renderings that are the words a cue is made of (`Newspaper` for *Il
 * Giornale*): `the daily newspaper` would read as a name. Such a title is
 * found with its article (`The Newspaper`).
 */
const pressWords = new Set(
  Object.values(kinds)
    .flatMap((kind) => kind.cues.split('|'))
    .concat(['news', 'journal', 'gazette', 'times', 'post', 'mail', 'sheet', 'review', 'courier'])
)

/** Every name of the chosen languages with its renderings, in table order. */
export function languageNames(chosen: ReadonlySet<Language>): LanguageName[] {
  const all: LanguageName[] = []
  for (const [language, table] of Object.entries(namesByLanguage)) {
    if (!chosen.has(language as Language)) continue
    for (const entry of table!.names) {
      const made = entry.wordForWord === false ? [] : wordForWord(entry.name, table!.words)
      const own = new Set([entry.name, entry.english ?? ''].map((form) => form.toLowerCase()))
      const forms = [...new Set([...(entry.renderings ?? []), ...made])].filter((form) => !own.has(form.toLowerCase()) && !pressWords.has(form.toLowerCase()))
      all.push({...entry, language: language as Language, forms})
    }
  }
  return all
}

/** The gazetteer of the chosen languages’ names, compiled once. */
export function compileNames(chosen: ReadonlySet<Language>): Gazetteer<LanguageName> {
  const cues = new Map(Object.entries(kinds).map(([kind, {cues}]) => [kind, new Set(cues.split('|'))]))
  const names: Array<GazetteerName<LanguageName>> = []
  for (const entry of languageNames(chosen)) {
    for (const rendering of entry.forms) {
      const words = rendering.split(/[\s-]+/).filter((word) => !nameContext.minor.has(word.toLowerCase()))
      names.push({
        entry,
        rendering,
        cues: cues.get(entry.kind)!,
        needs: entry.needs ?? (words.length >= 2 ? 'capitals' : 'context')
      })
    }
  }
  return compileGazetteer(names, nameContext)
}
