/**
 * English courtesy titles that machine translation carries over from a
 * source title (French `M. Macron` → `Mr. Macron`, German `Frau Merkel` →
 * `Mrs. Merkel`, Polish `panów` → `Messrs.`). Some English papers use them
 * too (the New York Times, the Wall Street Journal), so they are reported
 * only with the `courtesyTitles` option, as info.
 */
import type {Honorific} from './entry.js'

const en = 'en' as const

export const carriedOver: readonly Honorific[] = [
  {language: en, forms: ['Mr.', 'Mrs.', 'Messrs.', 'Mmes.'], source: 'a source-language title', what: 'courtesy title carried over', advice: 'drop it: name the person by surname', lowConfidence: true}
]

/** Words after `Mr.` that make a form of address, not a title before a surname (`Mr. Speaker`, `Mr. President`). */
export const officeWords: ReadonlySet<string> = new Set([
  'Speaker', 'President', 'Vice', 'Chairman', 'Chief', 'Secretary', 'Minister', 'Prime', 'Mayor', 'Justice', 'Ambassador', 'Leader', 'Deputy'
])
