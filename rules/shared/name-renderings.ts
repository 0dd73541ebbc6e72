/**
 * One name written two ways in a document: kept in its own language (or
 * under its English name) in one place, and rendered word for word in
 * another (`Il Giornale` and `the Journal`, `Palais des Festivals` and
 * `Festival Palace`). The names and their literal renderings are the
 * gazetteer of `calque`’s translated-names family (`rules/shared/translated-names/`);
 * `findRendering` finds them sentence by sentence and `renderingConflicts`
 * where both stand in one document, for `name-variants`.
 */
import type {Token} from '../../src/engine/types.js'
import {compileNames, languageNames} from './translated-names/compile.js'
import type {LanguageName} from './translated-names/data.js'
import {languages} from './languages.js'

/** A form to look for, by its first word. */
interface Form {
  entry: LanguageName
  /** Lower case, one kind of apostrophe. */
  lower: string
  /** The name itself (or its English name), not a rendering of it. */
  own: boolean
}

export interface Occurrence {
  start: number
  end: number
}

/** A name or a literal rendering of it, where a sentence writes it. */
export interface Sighting extends Occurrence {
  entry: LanguageName
  /** The name itself (or its English name), not a rendering of it. */
  own: boolean
  /** Whether `calque` reports this rendering itself (then it is not reported twice). */
  byCalque: boolean
}

/** A name met both as itself and as a literal rendering in one document. */
export interface RenderingConflict {
  entry: LanguageName
  /** Where the document writes the name itself (or its English name). */
  own: Occurrence[]
  /** Where it writes a literal rendering. */
  renderings: Occurrence[]
  /** Of those, the ones `calque` does not report. */
  unreported: Occurrence[]
}

const quotes = new Set(['"', '“', '”', '‘', '’', "'", '«', '»'])
const article = /^the\s+/i
const operation = /^Operation\s+/
const letterOrDigit = /[\p{L}\p{N}]/u

let byHead: Map<string, Form[]> | undefined
let gazetteer: ReturnType<typeof compileNames> | undefined

function normalise(value: string): string {
  return value.toLowerCase().replaceAll("'", '’')
}

/**
 * The forms by their first word. A rendering loses its leading `the`
 * (`the Journal` is found at `Journal`, the article checked in the text):
 * one word left then needs the article before it.
 */
function heads(): Map<string, Form[]> {
  if (byHead) return byHead
  byHead = new Map()
  for (const entry of languageNames(new Set(languages))) {
    // An operation goes by its English name without the word `Operation` too (`Euphrates Shield`).
    const english = entry.english ? [entry.english, entry.english.replace(operation, '')] : []
    const own = [...new Set([entry.name, ...english])].map((form) => ({form, own: true}))
    const renderings = entry.forms.map((form) => ({form: form.replace(article, ''), own: false}))
    for (const {form, own: isOwn} of [...own, ...renderings]) {
      const lower = normalise(form)
      const head = lower.split(/\s+/)[0]!
      const list = byHead.get(head)
      const item = {entry, lower, own: isOwn}
      if (list) list.push(item)
      else byHead.set(head, [item])
    }
  }
  return byHead
}

/** Whether a name or rendering may start at a word in this lower case: most words start none, and are not looked at again. */
export function opensRendering(lower: string): boolean {
  return heads().has(lower.includes("'") ? normalise(lower) : lower)
}

/**
 * The name or rendering at `tokens[index]`, a capitalised word, or a word in
 * lower case right after a quotation mark (`‘crime scene’`), if any.
 */
export function findRendering(tokens: readonly Token[], index: number, text: string): Sighting | undefined {
  const token = tokens[index]!
  const candidates = heads().get(token.lower.includes("'") ? normalise(token.lower) : token.lower)
  if (!candidates) return undefined
  const quoted = quotes.has(tokens[index - 1]?.value ?? '')
  const lowerCase = token.value === token.value.toLowerCase()
  for (const form of candidates) {
    const end = token.start + form.lower.length
    // The letter after the form first: a form ending inside a word is refused without a slice lower-cased.
    if (letterOrDigit.test(text.charAt(end)) || normalise(text.slice(token.start, end)) !== form.lower) continue
    // A word in lower case is a rendering only between quotation marks; a name is written with its capitals.
    if (lowerCase && (form.own || !quoted || !quotes.has(text.charAt(end)))) continue
    // One word left of a rendering (`Journal`) is a name only after `the`, and not inside a longer name (`the Journal Star`).
    if (!form.own && !form.lower.includes(' ')) {
      if (tokens[index - 1]?.lower !== 'the') continue
      const after = tokens.find((next) => next.start >= end)
      if (after?.kind === 'word' && after.start === end + 1 && after.value !== after.value.toLowerCase()) continue
    }
    const start = token.start
    return {entry: form.entry, own: form.own, start, end, byCalque: !form.own && calqueReports(tokens, start, end)}
  }
  return undefined
}

/** Whether `calque`’s gazetteer matches a span of the sentence overlapping `[start, end)`. */
function calqueReports(tokens: readonly Token[], start: number, end: number): boolean {
  gazetteer ??= compileNames(new Set(languages))
  for (const match of gazetteer.match(tokens)) if (match.start < end && match.end > start) return true
  return false
}

/** The names met both ways among a document’s sightings (in document order), in the order the document first writes them. */
export function* renderingConflicts(sightings: Iterable<Sighting>): Generator<RenderingConflict> {
  const own = new Map<LanguageName, Occurrence[]>()
  const renderings = new Map<LanguageName, Sighting[]>()
  for (const sighting of sightings) {
    const found = sighting.own ? own : renderings
    const list = found.get(sighting.entry)
    if (list) list.push(sighting)
    else found.set(sighting.entry, [sighting])
  }
  for (const [entry, kept] of own) {
    const rendered = renderings.get(entry)
    if (!rendered) continue
    yield {entry, own: kept, renderings: rendered, unreported: rendered.filter((sighting) => !sighting.byCalque)}
  }
}
