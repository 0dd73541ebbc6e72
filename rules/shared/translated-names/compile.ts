import {compileGazetteer, serializeAnchors, type BuiltNameAnchors, type Gazetteer, type GazetteerName} from '../../../src/engine/gazetteer.js'
import type {Language} from '../languages.js'
import {builtNames} from './built.js'
import {nameContext} from './context.js'
import {namesByLanguage, type LanguageName} from './data.js'
import type {NameEntry, NameTable} from './entry.js'
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

/** The chosen languages of the name tables, in table order: the key of what is made for them once. */
function keyOf(chosen: ReadonlySet<Language>): string {
  return Object.keys(namesByLanguage)
    .filter((language) => chosen.has(language as Language))
    .join(' ')
}

// Made once per choice of languages: `calque` and `name-variants` both read every language’s (rendering names word for word is a first run’s cost).
const namesMade = new Map<string, readonly LanguageName[]>()
const gazetteersMade = new Map<string, Gazetteer<LanguageName>>()

/** Every name of the chosen languages with its renderings, in table order. */
export function languageNames(chosen: ReadonlySet<Language>): readonly LanguageName[] {
  const key = keyOf(chosen)
  let names = namesMade.get(key)
  if (!names) namesMade.set(key, (names = namesOf(chosen)))
  return names
}

function namesOf(chosen: ReadonlySet<Language>): LanguageName[] {
  const all: LanguageName[] = []
  const built = builtTables()
  for (const [language, table] of Object.entries(namesByLanguage)) {
    if (!chosen.has(language as Language)) continue
    const builtForms = built?.forms[language]
    table!.names.forEach((entry, index) => {
      all.push({...entry, language: language as Language, forms: builtForms ? builtForms[index]! : formsOf(entry, table!)})
    })
  }
  return all
}

/** An entry's renderings: those listed, then those made word for word, without its own names and the words of cues. */
function formsOf(entry: NameEntry, table: NameTable): string[] {
  const made = entry.wordForWord === false ? [] : wordForWord(entry.name, table.words)
  const own = new Set([entry.name, entry.english ?? ''].map((form) => form.toLowerCase()))
  return [...new Set([...(entry.renderings ?? []), ...made])].filter((form) => !own.has(form.toLowerCase()) && !pressWords.has(form.toLowerCase()))
}

/** What a build writes (`serializedNames`): each entry's forms, per language in table order, and the anchors of every language's gazetteer. */
interface BuiltTables {
  forms: Record<string, string[][]>
  anchors: BuiltNameAnchors
}

let built: BuiltTables | undefined

function builtTables(): BuiltTables | undefined {
  return builtNames === undefined ? undefined : (built ??= JSON.parse(builtNames) as BuiltTables)
}

/** The forms of every entry and the anchors of the gazetteer of every language, made from source, serialized: what `npm run build` writes as `builtNames`. */
export function serializedNames(): string {
  const forms: BuiltTables['forms'] = {}
  for (const [language, table] of Object.entries(namesByLanguage)) forms[language] = table!.names.map((entry) => formsOf(entry, table!))
  const every = new Set(Object.keys(namesByLanguage) as Language[])
  const tables: BuiltTables = {forms, anchors: serializeAnchors(gazetteerNames(every), nameContext)}
  return JSON.stringify(tables)
}

/** The gazetteer of the chosen languages’ names, compiled once (it keeps nothing between calls but scratch arrays: the rules that read names share it). */
export function compileNames(chosen: ReadonlySet<Language>): Gazetteer<LanguageName> {
  const key = keyOf(chosen)
  let gazetteer = gazetteersMade.get(key)
  if (!gazetteer) gazetteersMade.set(key, (gazetteer = gazetteerOf(chosen)))
  return gazetteer
}

function gazetteerOf(chosen: ReadonlySet<Language>): Gazetteer<LanguageName> {
  // The built anchors are those of every language's names; with them, the names are listed once a sentence may show one.
  const every = keyOf(chosen) === Object.keys(namesByLanguage).join(' ')
  return compileGazetteer(() => gazetteerNames(chosen), nameContext, every ? builtTables()?.anchors : undefined)
}

/** Each rendering of the chosen languages' names, as the gazetteer lists it. */
export function gazetteerNames(chosen: ReadonlySet<Language>): Array<GazetteerName<LanguageName>> {
  const cues = new Map(Object.entries(kinds).map(([kind, {cues}]) => [kind, new Set(cues.split('|'))]))
  const names: Array<GazetteerName<LanguageName>> = []
  for (const entry of languageNames(chosen)) {
    for (const rendering of entry.forms) {
      names.push({entry, rendering, cues: cues.get(entry.kind)!, needs: entry.needs ?? (contentWords(rendering) >= 2 ? 'capitals' : 'context')})
    }
  }
  return names
}

/** How many of a rendering's words are not minor ones (`of`, `the`), counted up to two. */
function contentWords(rendering: string): number {
  let count = 0
  for (const word of rendering.split(/[\s-]+/)) if (!nameContext.minor.has(word.toLowerCase()) && ++count === 2) break
  return count
}
