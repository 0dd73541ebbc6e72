import {isBoolean, isStringArray} from '../src/engine/option-checks.js'
import {defineRule} from '../src/engine/rule.js'
import type {Token} from '../src/engine/types.js'
import {createVariantTally, occurrences, type Variant, type VariantTally} from '../src/engine/variants.js'
import {distinctCompounds, folds} from './name-variants.data.js'

interface Options {
  /** Spellings never counted or reported (`Pâris`, when the document also names Paris). */
  ignore: readonly string[]
  /** Also compare lower-case compounds with and without their hyphen (`ceasefire`, `cease-fire`). */
  compounds: boolean
}

interface Settings {
  ignore: ReadonlySet<string>
  compounds: boolean
}

// After these, a capital opens a sentence or a quotation, where common words are capitalised too.
const opensClause = new Set(['“', '"', '«', '‘', "'", '(', '[', ':', '—', '–'])
const possessiveEnd = /['’]s$/
const ascii = /^[\x00-\x7F]*$/
// Words that are no spelling of a name: with a digit (`G-7`), all capitals (`NATO`), or an inner
// capital, as identifiers and brands have (`SourceMap`, `LRUCache`, `iPhone`). The ASCII form is for speed.
const notAName = /\p{N}|\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|^\P{Ll}*$/u
const notAnAsciiName = /[0-9]|[a-z][A-Z]|[A-Z][A-Z][a-z]|^[^a-z]*$/
const marks = /\p{M}/gu
// Soft hyphens, zero-width characters and variation selectors.
const invisible = /[\u00AD\u200B-\u200D\u2060\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g
const upperFirst = /^\p{Lu}/u
const lowerFirst = /^\p{Ll}/u
// `Read-only`, `Cease-fire`: a compound whose capital is its position’s, where a name capitalises each part (`Jean-Yves`).
const lowerAfterHyphen = /-\p{Ll}/u
const joiners = /[- ]/g
// Whether any fold applies: one test instead of one per fold for the many words none applies to.
const foldable = new RegExp(folds.map((fold) => fold.pattern.source).join('|'), 'u')
// What may not touch a word looked up in the text: letters, digits, marks and hyphens.
const wordChar = /[\p{L}\p{N}\p{M}-]/u

/** A capitalised word whose capital may not be its own. */
interface Opening {
  key: string
  id: string
  display: string
  start: number
  end: number
}

export default defineRule<Options, Settings>({
  id: 'name-variants',
  description: 'Spell a name or compound one way throughout (`Élysée` or `Elysée`, `ceasefire` or `cease-fire`)',
  category: 'names',
  severity: 'warn',
  fixable: true,
  // Spellings that `place-names` and `transliteration` replace: they report them, with the English form.
  defersTo: ['place-names', 'transliteration'],
  defaults: {ignore: [], compounds: false},
  options: {ignore: isStringArray, compounds: isBoolean},
  prepare: (options) => ({
    ignore: new Set(options.ignore.map((form) => form.toLowerCase())),
    compounds: options.compounds
  }),
  create({settings, text, report, claimedByOthers}) {
    // Two families, never compared: capitalised names seen mid-sentence (`Élysée`, `Jean Yves`) and
    // lower-case compounds (`brace-expansion` is no spelling of `Brace Expansion`).
    const names = createVariantTally()
    const compounds = createVariantTally()
    // Lower-case words without a hyphen: the closed forms of compounds (`ceasefire`) are looked up here at the end.
    const closed = new Set<string>()
    // With `compounds` on: capitalised words opening a sentence and capitalised compounds (`Cease-fire`),
    // to look for their spelling among the compounds at the end.
    const openings: Opening[] = []
    // What each distinct word is to this rule, worked out once: names repeat.
    const readings = new Map<string, Reading | null>()

    return {
      sentence(tokens) {
        // Whether the sentence is prose, not a title: found out at its first capital mid-sentence.
        let prose: boolean | undefined
        let opening = true
        // The previous word, when a capitalised name: `Jean Yves` may spell `Jean-Yves`.
        let previous: Token | undefined
        let previousLower = ''
        for (const token of tokens) {
          if (token.kind !== 'word') {
            if (opensClause.has(token.value)) opening = true
            previous = undefined
            continue
          }
          const initial = opening
          opening = false
          // Most words are lower-case: neither names nor, with `compounds` off, compounds.
          const first = token.value.charCodeAt(0)
          if (first >= 97 && first <= 122 && !settings.compounds) {
            previous = undefined
            continue
          }
          let reading = readings.get(token.value)
          if (reading === undefined) {
            reading = read(token.value, settings, closed, claimedByOthers)
            readings.set(token.value, reading)
          }
          if (reading === null) {
            previous = undefined
            continue
          }
          const {word, lower, key, capitalised} = reading
          const end = token.start + word.length
          if (!capitalised) {
            compounds.add(key, lower, word, token.start, end, true)
          } else if (reading.positional) {
            // A compound whose capital is its position’s (`Cease-fire`, `Read-only`): no name.
            if (settings.compounds) openings.push({key, id: lower, display: word, start: token.start, end})
          } else if (initial) {
            // Opening a sentence, a capital may be a common word’s: this spelling counts only if `admitOpenings` lets it.
            names.add(key, lower, word, token.start, end, false)
            if (settings.compounds) openings.push({key, id: lower, display: word, start: token.start, end})
          } else if ((prose ??= isProse(tokens))) {
            names.add(key, lower, word, token.start, end, true)
            if (previous && text.charAt(previous.end) === ' ' && previous.end + 1 === token.start) {
              const id = previousLower + ' ' + lower
              names.add(keyOf(id), id, previous.value + ' ' + word, previous.start, end, true)
            }
          }
          // Otherwise the word is in a title (`The Best Rosé Wines`), where common words are capitalised too: left out.
          const pairable = capitalised && prose === true && !initial && !reading.hyphenated && !reading.possessive
          previous = pairable ? token : undefined
          previousLower = pairable ? lower : ''
        }
      },
      end() {
        if (settings.compounds) addClosedCompounds(compounds, closed, text)
        for (const word of openings) {
          if (names.variant(word.key, word.id)?.counts || !compounds.variant(word.key, word.id)?.counts) continue
          compounds.add(word.key, word.id, word.display, word.start, word.end, false)
        }
        admitOpenings(names, text)
        for (const {majority, variants} of [...names.conflicts(), ...compounds.conflicts()]) {
          const note =
            'This document spells it ' + variants.length + ' ways, ' + list(variants) +
            ': keep one spelling, the most frequent (on a tie, the first used)'
          for (const variant of variants) {
            if (variant === majority) continue
            for (let index = 0; index < variant.spans.length; index += 2) {
              const start = variant.spans[index]!
              const end = variant.spans[index + 1]!
              const actual = text.slice(start, end)
              report({start, end, what: 'inconsistent spelling', expected: [inCaseOf(majority, actual)], note})
            }
          }
        }
      }
    }
  }
})

/**
 * Whether a sentence has a lower-case word of four letters or more. One
 * that has none is a title (`Emit End When Asked`) or a list of names, where
 * common words are capitalised too.
 */
function isProse(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (token.kind !== 'word' || token.value.length < 4) continue
    const first = token.value.charCodeAt(0)
    if ((first >= 97 && first <= 122) || (first > 127 && lowerFirst.test(token.value))) return true
  }
  return false
}

/** A word as this rule sees it. */
interface Reading {
  /** The word without a possessive `’s`. */
  word: string
  /** Lower case, composed, without invisible characters: tells spellings apart. */
  lower: string
  key: string
  capitalised: boolean
  hyphenated: boolean
  possessive: boolean
  /** A capitalised compound with a lower-case part (`Cease-fire`, `Read-only`), whose capital is its position’s. */
  positional: boolean
}

/**
 * Reads a word token: `null` for a word that takes no part (lower-case
 * without a hyphen, which goes into `closed` when compounds are compared;
 * code; numbers; spellings another rule replaces).
 */
function read(value: string, settings: Settings, closed: Set<string>, claimedByOthers: (word: string) => boolean): Reading | null {
  const possessive = possessiveEnd.test(value)
  const word = possessive ? value.slice(0, -2) : value
  const hyphenated = word.includes('-')
  const capitalised = upperFirst.test(word)
  if (!capitalised) {
    if (!settings.compounds) return null
    if (!hyphenated) {
      if (word.length > 3) closed.add(word)
      return null
    }
  }
  // Spelled alike whether composed or not, and with or without invisible characters (`Collective️` with an emoji variation selector).
  const lower = ascii.test(word) ? word.toLowerCase() : word.normalize('NFC').replace(invisible, '').toLowerCase()
  if (!counted(word, lower, hyphenated, settings.ignore) || claimedByOthers(word)) return null
  const positional = capitalised && lowerAfterHyphen.test(word)
  return {word, lower, key: keyOf(lower), capitalised, hyphenated, possessive, positional}
}

/** Whether a capitalised or hyphenated word takes part: not code, not a number, not a spelling to ignore. */
function counted(word: string, lower: string, hyphenated: boolean, ignore: ReadonlySet<string>): boolean {
  const isAscii = ascii.test(word)
  return !(
    word.length < 2 ||
    (isAscii ? notAnAsciiName : notAName).test(word) ||
    ignore.has(lower) ||
    (hyphenated && distinctCompounds.test(lower))
  )
}

/**
 * The grouping key: lower case without diacritics, hyphens or spaces, with
 * the romanisation differences of `folds` folded away.
 */
export function keyOf(lower: string): string {
  let key = ascii.test(lower) ? lower : lower.normalize('NFD').replace(marks, '')
  if (key.includes('-') || key.includes(' ')) key = key.replace(joiners, '')
  if (foldable.test(key)) for (const fold of folds) key = key.replace(fold.pattern, fold.to)
  return key
}

/**
 * Lets the capitals that may not be their own count (`Mbappe` opening a
 * sentence, next to `Mbappé` mid-sentence), in groups with a spelling seen
 * mid-sentence, unless a spelling of the group is also a lower-case word of
 * the document: then the capital may be a common word’s (`Rosé is a wine`
 * next to `Rose Byrne`, where prices also `rose`).
 */
function admitOpenings(names: VariantTally, text: string): void {
  for (const [key, group] of names.groups()) {
    if (group.length < 2 || group.every((variant) => variant.counts) || !group.some((variant) => variant.counts)) continue
    if (group.some((variant) => !wordsIn(text, variant.id).next().done)) continue
    names.admit(key)
  }
}

/** Adds the closed form of each lower-case compound (`ceasefire` for `cease-fire`) where the text has it. */
function addClosedCompounds(compounds: VariantTally, closed: ReadonlySet<string>, text: string): void {
  const searched = new Set<string>()
  for (const [key, group] of [...compounds.groups()]) {
    for (const {id} of [...group]) {
      if (!id.includes('-')) continue
      const joined = id.replace(joiners, '')
      if (!closed.has(joined) || searched.has(joined)) continue
      searched.add(joined)
      for (const at of wordsIn(text, joined)) compounds.add(key, joined, joined, at, at + joined.length, true)
    }
  }
}

/** Where `word` stands in `text` as a whole word, in this letter case. */
function* wordsIn(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!wordChar.test(text.charAt(at - 1)) && !wordChar.test(text.charAt(at + word.length))) yield at
  }
}

/** The spelling to keep, with the initial capital of the occurrence it replaces (`Cease-fire` → `Ceasefire`). */
function inCaseOf(majority: Variant, actual: string): string {
  const display = majority.display
  return upperFirst.test(actual) ? display.charAt(0).toUpperCase() + display.slice(1) : display
}

/** `\`Élysée\` (2×), \`Elysée\` (1×) and \`Elysee\` (1×)`. */
function list(variants: readonly Variant[]): string {
  const items = variants.map((variant) => '`' + variant.display + '` (' + occurrences(variant) + '×)')
  return items.length > 1 ? items.slice(0, -1).join(', ') + ' and ' + items.at(-1) : items.join('')
}
