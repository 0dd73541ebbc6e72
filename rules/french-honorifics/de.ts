/** German titles (dpa copy). English copy names the person by surname, or uses `Mr.`/`Ms.` where its style keeps titles. */
import type {Honorific} from './entry.js'

const de = 'de' as const

export const german: readonly Honorific[] = [
  // British papers now and then keep `Herr` and `Frau` for effect: info.
  {language: de, forms: ['Herr', 'Herrn', 'Hr.'], source: 'Herr', what: 'German honorific', expected: ['Mr.'], lowConfidence: true},
  {language: de, forms: ['Frau'], source: 'Frau', what: 'German honorific', expected: ['Ms.'], lowConfidence: true}
]
