import {matchWholeWords, wholeWords} from './regex-parts.js'

/** A name whose spelling is outdated or foreign in English copy. */
export interface NameEntry {
  /** The spelling to use. */
  preferred: string
  /** Spellings to replace by `preferred`, as whole words, case-sensitive. */
  forms: readonly string[]
  /** Fixed expressions in which a form is right (`Chicken Kiev`); compared case-insensitively. */
  except?: readonly string[]
  /** Why: the source of the old spelling and the guide that changed it. */
  note: string
}

/** A name found in a text. */
export interface NameMatch {
  entry: NameEntry
  form: string
  /** Whether the match is the preferred spelling (found only when asked for). */
  preferred: boolean
  start: number
  end: number
}

/** A name table compiled into one regex over all its spellings. */
export interface NameTable {
  /**
   * The names a text holds, at `offset` plus their offsets in it. An array,
   * one shared empty one for most texts (a block): a generator, or an
   * iterator over a frozen empty array, made an iterator and its result per
   * block and rule.
   */
  find(text: string, offset: number): readonly NameMatch[]
  /** The search of every spelling: a text where it finds nothing holds no name (see `RuleDefinition.blockGates`). */
  gate(): RegExp
}

export function compileNameTable(entries: readonly NameEntry[], options: {withPreferred: boolean}): NameTable {
  const byForm = new Map<string, {entry: NameEntry; preferred: boolean}>()
  for (const entry of entries) {
    for (const form of entry.forms) byForm.set(form, {entry, preferred: false})
    if (options.withPreferred) byForm.set(entry.preferred, {entry, preferred: true})
  }
  // Built at the first `find` (sorting and escaping every spelling), not when the rule list is imported.
  let compiled: RegExp | undefined
  const search = (): RegExp => (compiled ??= wholeWords(byForm.keys()))

  function matches(regex: RegExp, text: string, offset: number): NameMatch[] {
    const found: NameMatch[] = []
    for (const match of matchWholeWords(regex, text)) {
      const form = match[0]
      const spelling = byForm.get(form)
      if (!spelling || inException(spelling.entry, form, text, match.index)) continue
      found.push({
        entry: spelling.entry,
        form,
        preferred: spelling.preferred,
        start: offset + match.index,
        end: offset + match.index + form.length
      })
    }
    return found
  }

  return {
    find(text, offset) {
      const regex = search()
      // Most blocks hold no listed spelling: one search says so without making a list.
      regex.lastIndex = 0
      return regex.exec(text) === null ? noMatches : matches(regex, text, offset)
    },
    gate: search
  }
}

const noMatches: readonly never[] = []

function inException(entry: NameEntry, form: string, text: string, index: number): boolean {
  for (const phrase of entry.except ?? []) {
    const at = phrase.toLowerCase().indexOf(form.toLowerCase())
    if (at === -1) continue
    const around = text.slice(index - at, index - at + phrase.length)
    if (index - at >= 0 && around.toLowerCase() === phrase.toLowerCase()) return true
  }
  return false
}
