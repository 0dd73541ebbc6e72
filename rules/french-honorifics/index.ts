import {isBoolean} from '../../src/engine/option-checks.js'
import {escapeRegExp} from '../../src/engine/regex-parts.js'
import {defineRule} from '../../src/engine/rule.js'
import {checkLanguages, languages, type Language} from '../shared/languages.js'
import {addressedOffices, addressTitles, carriedOver, madamOffices, officeWords} from './en.js'
import type {Honorific} from './entry.js'
import {german} from './de.js'
import {spanish} from './es.js'
import {french} from './fr.js'
import {italian} from './it.js'
import {portuguese} from './pt.js'

/** Every source language’s titles. */
export const honorifics: readonly Honorific[] = [...french, ...german, ...spanish, ...italian, ...portuguese]

interface Options {
  /** Source languages whose titles are looked for (default: all). */
  languages: readonly Language[]
  /** Also report English courtesy titles before a surname (`Mr. Macron`), carried over from `M.`, `Herr` or `Pan`: house style, off by default. */
  courtesyTitles: boolean
}

interface Settings {
  byForm: ReadonlyMap<string, Honorific>
  titles: RegExp
}

// An English courtesy title before an office, as a form of address (`Mr. Marshal`, `Mrs. Speaker`): the title and the office.
const addressForms = new RegExp(
  '(?<![\\p{L}\\p{N}.])(' +
    addressTitles.map(escapeRegExp).join('|') +
    ')[ \\u00A0\\u202F]+(' +
    [...addressedOffices, ...madamOffices].join('|') +
    ")(?![\\p{L}\\p{N}’'-])",
  'gu'
)

// The first two letters of every courtesy title of an address form (`Mr`, `Ms`): a block without any holds none, and is not searched.
const addressStart = new RegExp([...new Set(addressTitles.map((title) => escapeRegExp(title.slice(0, 2))))].join('|'))

// French name particles that may follow `M.` (`M. Le Drian`) where a second capital would otherwise read as a full name.
const particles = new Set(['Le', 'La', 'De', 'Du', 'Des', 'Van', 'Von'])
// `Me` heads English titles and phrases: “Me Too”, “Me Time”.
const englishAfterMe = new Set(['Too', 'Time', 'Myself', 'First', 'Before', 'Maybe'])

export default defineRule<Options, Settings>({
  id: 'french-honorifics',
  description: 'Use English honorifics, not those of the source language (`Messrs.`, not `MM.`; not `Herr`, `Sra.`, `Dott.`)',
  category: 'names',
  severity: 'warn',
  fixable: true,
  defaults: {languages, courtesyTitles: false},
  options: {languages: checkLanguages, courtesyTitles: isBoolean},
  prepare(options) {
    const chosen = new Set(options.languages)
    const byForm = new Map<string, Honorific>()
    const entries = honorifics.filter((honorific) => honorific.language !== 'en' && chosen.has(honorific.language))
    for (const honorific of options.courtesyTitles ? [...entries, ...carriedOver] : entries) {
      for (const form of honorific.forms) byForm.set(form, honorific)
    }
    // A title followed by a capitalised name (not inside a word or after a period: see `startsTitle`). No lookbehind in
    // front: V8 then skips to the titles’ first letters instead of checking one at every position (~2× faster).
    const titles = new RegExp(
      '(?:' +
        [...byForm.keys()]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|') +
        ')(?=[ \\u00A0\\u202F]+\\p{Lu})',
      'gu'
    )
    return {byForm, titles}
  },
  // A block without a title before a capital, or the start of a courtesy title: nothing to search (see `block`).
  blockGates: (settings) => [settings.titles, addressStart],
  create({settings, report}) {
    return {
      block(block) {
        const {titles} = settings
        titles.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = titles.exec(block.text))) {
          const form = match[0]
          const honorific = settings.byForm.get(form)
          if (!startsTitle(block.text, match.index)) {
            // Inside a word or after a period: search again from the next character, as a lookbehind would.
            titles.lastIndex = match.index + 1
            continue
          }
          if (!honorific) continue
          const before = block.text.slice(Math.max(0, match.index - 40), match.index)
          const after = block.text.slice(match.index + form.length, match.index + form.length + 80)
          // `20 MM.`: millimetres, not Messieurs.
          if (/\p{N}[ \u00A0\u202F]*$/u.test(before)) continue
          if (honorific.mayBeInitial && readsAsInitial(before, after)) continue
          if (honorific.maySuffixName && followsName(before)) continue
          if (honorific.ambiguous && !readsAsTitle(before, after)) continue
          // `Mr. Speaker`, `Mr. President`: English forms of address, not titles before a surname; `Mr. Marshal`, `Mrs. Speaker`: below.
          const next = nextWords.exec(after)?.[1] ?? ''
          if (honorific.language === 'en' && (officeWords.has(next) || addressedOffices.has(next))) continue
          report({
            start: block.start + match.index,
            end: block.start + match.index + form.length,
            what: honorific.what,
            expected: honorific.expected,
            advice: honorific.advice,
            note:
              honorific.language === 'en'
                ? '`' +
                  form +
                  '` carries over the title of the source (French `M.`, German `Herr`, Polish `Pan`); AP and Reuters name people by surname alone after the first mention'
                : '`' +
                  form +
                  '` abbreviates the ' +
                  honorific.what.split(' ')[0] +
                  ' `' +
                  honorific.source +
                  '`; English copy uses English titles (or none, in AP style)',
            lowConfidence: honorific.ambiguous || honorific.lowConfidence
          })
        }
        if (addressStart.test(block.text)) {
          addressForms.lastIndex = 0
          while ((match = addressForms.exec(block.text))) reportAddress(block.start + match.index, match[0].length, match[1]!, match[2]!)
        }
      }
    }

    /** A courtesy title before an office: English addresses the office alone (`Marshal`), or with `Madam` (`Madam Speaker`). */
    function reportAddress(start: number, length: number, title: string, office: string): void {
      const end = start + length
      if (addressedOffices.has(office)) {
        report({
          start,
          end,
          what: 'courtesy title before an office, as a form of address',
          advice: 'address the office alone (`' + office + '`), or name the person',
          note:
            '`' +
            title +
            ' ' +
            office +
            '` carries over a source-language address (Polish `Pan Marszałek`, German `Herr Professor`, French `Monsieur le procureur`); English addresses the office alone'
        })
      } else if (title !== 'Mr.' && title !== 'Mr') {
        report({
          start,
          end: start + title.length,
          what: 'courtesy title before an office, as a form of address',
          expected: ['Madam'],
          note:
            'English addresses a woman in office as `Madam ' + office + '`; `' + title + '` carries over French `Madame la…`, German `Frau…`, Spanish `señora…`'
        })
      }
    }
  }
})

const letterDigitOrDot = /[\p{L}\p{N}.]$/u

/** Whether a title found at `index` starts there: not after a letter, a digit or a period (the character before may be a surrogate pair). */
function startsTitle(text: string, index: number): boolean {
  return index === 0 || !letterDigitOrDot.test(text.slice(Math.max(0, index - 2), index))
}

const previousWord = /([\p{L}.]+)[ \u00A0\u202F]*$/u
const nextWords = /^[ \u00A0\u202F]+([\p{L}’'-]+\.?)(?:[ \u00A0\u202F]+([\p{L}’'-]+\.?))?/u

/** `M.` is an initial in `Michael M. Smith`, `J. M. Coetzee`, `M. Night Shyamalan` and `M. C. Escher`. */
function readsAsInitial(before: string, after: string): boolean {
  const previous = previousWord.exec(before)?.[1]
  if (previous && /^\p{Lu}/u.test(previous) && !previous.endsWith('.')) return true
  if (previous && /^\p{Lu}\.$/u.test(previous)) return true
  const [, first = '', second] = nextWords.exec(after) ?? []
  if (/^\p{Lu}\.$/u.test(first)) return true
  if (second && /^\p{Lu}/u.test(second) && !first.includes('-') && !particles.has(first)) return true
  return false
}

/** `Sr.` after a capitalised word is the suffix of a name (`John Smith Sr.`). */
function followsName(before: string): boolean {
  const previous = previousWord.exec(before)?.[1]
  return previous !== undefined && /^\p{Lu}/u.test(previous)
}

/** `Me` is the lawyer’s title in `said Me Dupont` or `her lawyer, Me Dupont`, not in `Call Me Maybe`. */
function readsAsTitle(before: string, after: string): boolean {
  const [, first = ''] = nextWords.exec(after) ?? []
  if (englishAfterMe.has(first)) return false
  if (/,[ \u00A0\u202F]*$/u.test(before)) return true
  const previous = previousWord.exec(before)?.[1]
  return previous !== undefined && /^\p{Ll}/u.test(previous) && previous !== 'the' && previous !== 'a'
}
