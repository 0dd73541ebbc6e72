/**
 * One name written two ways in a document: kept in its own language (or
 * under its English name) in one place, and rendered word for word in
 * another (`Il Giornale` and `the Journal`, `Palais des Festivals` and
 * `Festival Palace`). The names and their literal renderings are the
 * gazetteer of `calque`’s translated-names family (`rules/shared/translated-names/`);
 * this tally finds where both stand in one document, for `name-variants`.
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

export function createRenderingTally() {
  const own = new Map<LanguageName, Occurrence[]>()
  const renderings = new Map<LanguageName, Occurrence[]>()
  // The renderings `calque` reports itself: not reported twice.
  const reportedByCalque: Occurrence[] = []

  return {
    /**
     * Looks for a form at `tokens[index]`, a capitalised word, or a word in
     * lower case right after a quotation mark (`‘crime scene’`).
     */
    look(tokens: readonly Token[], index: number, text: string): void {
      const token = tokens[index]!
      const candidates = heads().get(token.lower.includes("'") ? normalise(token.lower) : token.lower)
      if (!candidates) return
      const quoted = quotes.has(tokens[index - 1]?.value ?? '')
      const lowerCase = token.value === token.value.toLowerCase()
      for (const form of candidates) {
        const end = token.start + form.lower.length
        if (normalise(text.slice(token.start, end)) !== form.lower || letterOrDigit.test(text.charAt(end))) continue
        // A word in lower case is a rendering only between quotation marks; a name is written with its capitals.
        if (lowerCase && (form.own || !quoted || !quotes.has(text.charAt(end)))) continue
        // One word left of a rendering (`Journal`) is a name only after `the`, and not inside a longer name (`the Journal Star`).
        if (!form.own && !form.lower.includes(' ')) {
          if (tokens[index - 1]?.lower !== 'the') continue
          const after = tokens.find((next) => next.start >= end)
          if (after?.kind === 'word' && after.start === end + 1 && after.value !== after.value.toLowerCase()) continue
        }
        const found = form.own ? own : renderings
        const list = found.get(form.entry)
        const occurrence = {start: token.start, end}
        if (list) list.push(occurrence)
        else found.set(form.entry, [occurrence])
        if (!form.own) {
          gazetteer ??= compileNames(new Set(languages))
          for (const match of gazetteer.match(tokens)) reportedByCalque.push({start: match.start, end: match.end})
        }
        return
      }
    },

    /** The names met both ways, in the order the document first writes them. */
    *conflicts(): Generator<RenderingConflict> {
      for (const [entry, kept] of own) {
        const rendered = renderings.get(entry)
        if (!rendered) continue
        const unreported = rendered.filter((occurrence) => !reportedByCalque.some((other) => other.start < occurrence.end && other.end > occurrence.start))
        yield {entry, own: kept, renderings: rendered, unreported}
      }
    }
  }
}
