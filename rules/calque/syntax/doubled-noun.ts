/**
 * `all nurses and all nurses`, `the French and the French`: French
 * inclusive doublets (`toutes les infirmières et tous les infirmiers`, `les
 * Françaises et les Français`) name the women and the men with two forms of
 * one noun; English has one form, so machine translation writes the same
 * noun phrase twice. Reported where the same determiner and words stand on
 * both sides of `and`; `more and more`, `over and over` have no determiner
 * and stay quiet, and so does a singular (`the individual and the
 * individual`).
 */
import {itemAt} from '../../../src/engine/tokens.js'
import type {SyntaxPattern} from './patterns.js'
import {isWord} from './token-tests.js'

/** Determiners a doublet starts with (`toutes et tous`, `les … et les …`, `chers … et chères …`). */
const STARTS = new Set(['all', 'the', 'dear', 'our', 'my', 'your', 'these', 'those', 'many', 'some'])

/**
 * A doublet names people in the plural (`workers`, `compatriots`, `the French`):
 * `the individual and the individual`, `each word and each word` are English.
 */
const plural = (word: string) => /[^s]s$/.test(word) || word === 'french' || word === 'people'

/** Longest doublet side, in words, determiner included. */
const longest = 4

export const doubledNoun: SyntaxPattern = {
  id: 'noun-phrase-doubled-by-and',
  languages: ['fr'],
  what: 'the same noun phrase twice, a doublet of genders',
  note: 'French names women and men with two forms of one noun (`les Françaises et les Français`, `toutes les infirmières et tous les infirmiers`); English has one form: say it once',
  triggers: new Set(['and']),
  invalid: ['The union wants all nurses and all nurses back at work by Monday.', '“Dear compatriots and dear compatriots,” the president began.'],
  valid: [
    'Prices rose more and more over the year.',
    'All nurses and all bus drivers will strike.',
    'The balance between the individual and the individual’s family matters.',
    'Compare each word and each word’s neighbours.'
  ],
  find(tokens, index) {
    // The right side opens with a determiner (most `and`s are followed by none).
    if (!STARTS.has(tokens[index + 1]?.lower ?? '')) return undefined
    for (let size = longest; size >= 2; size--) {
      // Both sides open with one determiner (looked at before any slice: most `and`s join other words).
      const opening = itemAt(tokens, index - size)
      if (!opening || !STARTS.has(opening.lower) || tokens[index + 1]?.lower !== opening.lower) continue
      const left = tokens.slice(index - size, index)
      const right = tokens.slice(index + 1, index + 1 + size)
      if (left.length < size || right.length < size || !left.every(isWord) || !right.every(isWord)) continue
      if (!STARTS.has(left[0]!.lower) || !plural(left.at(-1)!.lower) || left.some((token, at) => token.lower !== right[at]!.lower)) continue
      // The noun phrase ends there: `all workers and all workers of the rail` still doubles, `the end and the end-user` does not.
      const next = tokens[index + 1 + size]
      if (next && isWord(next) && next.lower === right.at(-1)!.lower) continue
      const once = tokens.slice(index - size, index)
      return {start: once[0]!.start, end: right.at(-1)!.end, expected: [once.map((token) => token.value).join(' ')]}
    }
    return undefined
  }
}
