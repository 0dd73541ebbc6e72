/**
 * The grouping keys of `name-variants`: spellings of one name share a key
 * (lower case without diacritics, hyphens or spaces, romanisations folded
 * away). Apart from the rule, so that its handlers and its decision
 * (`decision.ts`) both read them.
 */
import {exonyms as exonymTable, folds, givenNameFolds} from '../name-variants.data.js'
import {ukrainianByRussianForm} from '../shared/ukrainian-names.js'
import {builtExonymKeys} from './built-keys.js'

// The key of a local city name kept from the source (`napoli`) is its English name’s (`naples`): the two are grouped.
// Made at the first key asked for, not at import (it runs every fold's pattern: a text with no name asks for none),
// or read from the keys the build made (`built-keys.ts`).
let exonymKeys: Map<string, string> | undefined
export const ascii = /^[\x00-\x7F]*$/
export const marks = /\p{M}/gu
export const joiners = /[- ]/g
// Whether any fold applies: one test instead of one per fold for the many words none applies to.
const foldableSource = folds.map((fold) => fold.pattern.source).join('|')
const foldable = new RegExp(foldableSource, 'u')
// The same test of an ASCII key, without `u` (a letter of `\p{L}` is one of `[A-Za-z]` there): twice as fast.
const asciiSource = foldableSource.replaceAll('\\p{L}', '[A-Za-z]')
const asciiFoldable = /\\[pPu]\{/.test(asciiSource) ? foldable : new RegExp(asciiSource)

/**
 * The grouping key: lower case without diacritics, hyphens or spaces, with
 * the romanisation differences of `folds` folded away.
 */
export function keyOf(lower: string): string {
  const isAscii = ascii.test(lower)
  let key = isAscii ? lower : lower.normalize('NFD').replace(marks, '')
  if (key.includes('-') || key.includes(' ')) key = key.replace(joiners, '')
  if ((isAscii ? asciiFoldable : foldable).test(key)) for (const fold of folds) key = key.replace(fold.pattern, fold.to)
  return (exonymKeys ?? exonymKeysOf(builtExonymKeys)).get(key) ?? key
}

/** Each local name's key to its English name's, read from `built` (`serializedExonymKeys`) or made in table order with the keys made so far (as `keyOf` reads them while the table fills); `keyOf` reads them from then on. */
export function exonymKeysOf(built: string | undefined): Map<string, string> {
  if (built !== undefined) return (exonymKeys = new Map(JSON.parse(built) as Array<[string, string]>))
  exonymKeys = new Map()
  for (const {english, local} of exonymTable) {
    for (const name of local) exonymKeys.set(keyOf(name.toLowerCase()), keyOf(english.toLowerCase()))
  }
  return exonymKeys
}

/** The exonym keys made from the table, serialized: what `npm run build` writes as `builtExonymKeys`. */
export function serializedExonymKeys(): string {
  return JSON.stringify([...exonymKeysOf(undefined)])
}

/**
 * The key of a first name before a surname; a pair’s key is this and the
 * surname’s key. A Russian first name given to a Ukrainian (`Vladimir
 * Zelensky`) is one name with its Ukrainian form (`Volodymyr Zelensky`), and
 * an Arabic first name romanised through French (`Youssef Amrani`) one with
 * its English form (`Yusuf Amrani`). Alone, `Vladimir` and `Volodymyr`,
 * `Mohamed` and `Mohammed` stay apart: they are also two people (`Vladimir
 * Putin`, `Volodymyr Zelensky`).
 */
export function firstNameKey(first: string): string {
  // Each word on its own: the folds of a word’s end (`Oleksiy`, `Oleksii`) apply to the first name too.
  return givenNameKey(keyOf(ukrainianByRussianForm.get(first)?.ukrainian.toLowerCase() ?? first))
}

/** A first name’s key with the romanisations of `givenNameFolds` folded away. */
export function givenNameKey(key: string): string {
  for (const fold of givenNameFolds) if (fold.pattern.test(key)) return key.replace(fold.pattern, fold.to)
  return key
}
