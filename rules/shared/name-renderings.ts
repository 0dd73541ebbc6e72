/**
 * One name written two ways in a document: kept in its own language (or
 * under its English name) in one place, and rendered word for word in
 * another (`Il Giornale` and `the Journal`, `Palais des Festivals` and
 * `Festival Palace`). The names and their literal renderings are the
 * gazetteer of `calque`’s translated-names family (`rules/shared/translated-names/`);
 * `findRendering` finds them sentence by sentence and `renderingConflicts`
 * where both stand in one document, for `name-variants`.
 */
import {itemAt} from '../../src/engine/tokens.js'
import type {Token} from '../../src/engine/types.js'
import {compileNames, languageNames} from './translated-names/compile.js'
import type {LanguageName} from './translated-names/data.js'
import {languages} from './languages.js'
import {builtNameHeads} from './built-name-heads.js'

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

// Quotation marks by their code: a set of strings would hash a token's new string at every capitalised word that may start a name.
const quotes = new Set(Array.from('"“”‘’\'«»', (mark) => mark.charCodeAt(0)))
const article = /^the\s+/i
const operation = /^Operation\s+/
const letterOrDigit = /[\p{L}\p{N}]/u
const whitespace = /\s/

/** The forms that may start at one word, in table order. */
export type RenderingForms = readonly Form[]

let byHead: Map<string, Form[]> | undefined
let gazetteer: ReturnType<typeof compileNames> | undefined

function normalise(value: string): string {
  return value.toLowerCase().replaceAll("'", '’')
}

/** Whether `text` has a letter or digit at `at`. */
function letterOrDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return letterOrDigit.test(text.charAt(at))
}

/**
 * Whether `text` from `start`, normalised, begins with `lower` (a normalised
 * form): compared in place while the text is ASCII (most words differ at
 * once), the rest lower-cased as a slice (`İ` lower-cases to two characters).
 */
function startsWithLower(text: string, start: number, lower: string): boolean {
  for (let index = 0; index < lower.length; index++) {
    const code = text.charCodeAt(start + index)
    if (code >= 128) return normalise(text.slice(start, start + lower.length)) === lower
    const folded = code >= 65 && code <= 90 ? code + 32 : code === 39 ? 0x2019 : code
    if (folded !== lower.charCodeAt(index)) return false
  }
  return true
}

/**
 * The forms by their first word. A rendering loses its leading `the`
 * (`the Journal` is found at `Journal`, the article checked in the text):
 * one word left then needs the article before it.
 */
function heads(): Map<string, Form[]> {
  if (byHead) return byHead
  const made = new Map<string, Form[]>()
  for (const entry of languageNames(new Set(languages))) {
    // An operation goes by its English name without the word `Operation` too (`Euphrates Shield`).
    addForm(made, entry, entry.name, true)
    if (entry.english) {
      if (entry.english !== entry.name) addForm(made, entry, entry.english, true)
      const bare = entry.english.replace(operation, '')
      if (bare !== entry.name && bare !== entry.english) addForm(made, entry, bare, true)
    }
    for (const form of entry.forms) addForm(made, entry, form.replace(article, ''), false)
  }
  return (byHead = made)
}

/** Lists `form` under its first word (some 1,500 forms at every start of a process: no array made per entry). */
function addForm(made: Map<string, Form[]>, entry: LanguageName, form: string, own: boolean): void {
  const lower = normalise(form)
  const space = lower.search(whitespace)
  const head = space === -1 ? lower : lower.slice(0, space)
  const list = made.get(head)
  const item = {entry, lower, own}
  if (list) list.push(item)
  else made.set(head, [item])
}

/** A form as the build writes it (`serializedHeads`): its entry's index among every language's names, its lower case, whether it is the name's own. */
type BuiltForm = [entry: number, lower: string, own: 0 | 1]

let built: {heads: Record<string, BuiltForm[]>; made: Map<string, Form[]>} | undefined

/** The forms listed under `head` by the build, made into forms at its first lookup. */
function builtFormsAt(head: string, serialized: string): Form[] | undefined {
  built ??= {heads: JSON.parse(serialized) as Record<string, BuiltForm[]>, made: new Map()}
  let forms = built.made.get(head)
  if (forms || !Object.hasOwn(built.heads, head)) return forms
  const names = languageNames(new Set(languages))
  forms = built.heads[head]!.map(([entry, lower, own]) => ({entry: names[entry]!, lower, own: own === 1}))
  built.made.set(head, forms)
  return forms
}

/** The forms by their first word as made from the names, serialized: what `npm run build` writes as `builtNameHeads`. */
export function serializedHeads(): string {
  const names = languageNames(new Set(languages))
  const index = new Map(names.map((entry, at) => [entry, at]))
  const written: Record<string, BuiltForm[]> = {}
  for (const [head, forms] of heads()) written[head] = forms.map((form) => [index.get(form.entry)!, form.lower, form.own ? 1 : 0])
  return JSON.stringify(written)
}

/** The names and renderings that may start at a word in this lower case (most words start none: `undefined`). */
export function renderingsAt(lower: string, serialized: string | undefined = builtNameHeads): RenderingForms | undefined {
  const head = lower.includes("'") ? normalise(lower) : lower
  return serialized === undefined ? heads().get(head) : builtFormsAt(head, serialized)
}

/** Whether a name or rendering may start at a word in this lower case: most words start none, and are not looked at again. */
export function opensRendering(lower: string): boolean {
  return renderingsAt(lower) !== undefined
}

/** Whether the word at `tokens[index]` comes right after a quotation mark: in lower case, only such a word may start a rendering (see `findRendering`). */
export function afterQuote(tokens: readonly Token[], index: number): boolean {
  const before = itemAt(tokens, index - 1)?.value
  return before?.length === 1 && quotes.has(before.charCodeAt(0))
}

/**
 * The name or rendering at `tokens[index]`, a capitalised word, or a word in
 * lower case right after a quotation mark (`‘crime scene’`), if any.
 * `candidates`: what `renderingsAt` gives for its lower case, if the caller kept it.
 */
export function findRendering(
  tokens: readonly Token[],
  index: number,
  text: string,
  candidates: RenderingForms | undefined = renderingsAt(tokens[index]!.lower)
): Sighting | undefined {
  if (!candidates) return undefined
  const token = tokens[index]!
  const lowerCase = token.value === token.lower
  const quoted = lowerCase && afterQuote(tokens, index)
  for (const form of candidates) {
    const end = token.start + form.lower.length
    // The letter after the form first: a form ending inside a word is refused without comparing it.
    if (letterOrDigitAt(text, end) || !startsWithLower(text, token.start, form.lower)) continue
    // A word in lower case is a rendering only between quotation marks; a name is written with its capitals.
    if (lowerCase && (form.own || !quoted || !quotes.has(text.charCodeAt(end)))) continue
    // One word left of a rendering (`Journal`) is a name only after `the`, and not inside a longer name (`the Journal Star`).
    if (!form.own && !form.lower.includes(' ')) {
      if (itemAt(tokens, index - 1)?.lower !== 'the') continue
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
