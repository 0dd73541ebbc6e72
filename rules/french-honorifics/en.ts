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

/**
 * Offices that a source language addresses with its courtesy title and English
 * does not: Polish `Pan Marszałek` (the speaker of the Sejm), German `Herr
 * Professor`, `Herr Doktor`, Italian `signor avvocato`, Portuguese `senhor
 * vereador`, French `Monsieur le procureur`. English says the office alone
 * (`Marshal`, `Professor`) or names the person.
 */
export const addressedOffices: ReadonlySet<string> = new Set(['Marshal', 'Professor', 'Doctor', 'Lawyer', 'Prosecutor', 'Councillor', 'Councilor'])

/**
 * English offices addressed with `Madam`, which machine translation writes
 * `Mrs.` or `Ms.` (French `Madame la présidente`, German `Frau Präsidentin`,
 * Spanish `señora ministra`): `Madam Speaker`, `Madam President`.
 */
export const madamOffices: ReadonlySet<string> = new Set(['Speaker', 'President', 'Chairman', 'Chairwoman', 'Chair', 'Secretary', 'Minister', 'Prime', 'Mayor', 'Ambassador', 'Chancellor', 'Vice'])

/** The English courtesy titles that come before those offices. */
export const addressTitles: readonly string[] = ['Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms']
