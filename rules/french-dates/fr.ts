import {wordAfter, wordBefore} from '../../src/engine/regex-parts.js'
import {frenchMonths as months, frenchWeekdays as weekdays} from '../shared/french-calendar.js'
import {dateStart, space, type DateEntry, type LanguageDates} from './entry.js'
import {fromRoman, ordinal} from './ordinals.js'


const alternatives = (words: readonly string[]) => '(?:' + words.join('|') + ')'
const month = alternatives(Object.keys(months))
const weekday = alternatives(Object.keys(weekdays))
// `1er` (premier) is the only French day number with a suffix.
const day = '(?:1er|1re|[12]\\d|3[01]|0?[1-9])'
const year = '\\d{4}'
// Roman numerals from 1 to 39. Every branch starts with a letter (no lookahead), so that the
// regex engine can skip ahead to an `I`, `V` or `X` instead of trying every position.
const roman = '(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|VI{0,3}|I{1,3})'
// French ordinal suffixes: `e`, `ème`, `eme`, `è`, `ième`, and `er`/`re`/`ère` for first.
const suffix = '(?:ème|eme|ième|è|ère|er|re|e)'

/** The number in an ordinal such as `21e`, `1er`, `XXIe`, `IIIe`. */
function ordinalValue(text: string): number {
  const numeral = /^(\d+|[IVX]+)/.exec(text)?.[1] ?? ''
  return /\d/.test(numeral) ? Number(numeral) : fromRoman(numeral)
}

const centuryNumber = '(?:' + roman + '|\\d{1,2})' + suffix

const republics = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth']

const dateParts = new RegExp(
  '^(?:([Ll])e' + space + ')?(?:(' + weekday + ')' + space + ')?(?:(' + day + ')' + space + ')?(' + month + ')(?:' + space + '(' + year + '))?$'
)

/** `le lundi 7 février 2022` → `on Monday, February 7, 2022`. */
function frenchToEnglish(text: string): string {
  const [, article, weekdayName, dayNumber, monthName = '', yearNumber] = dateParts.exec(text) ?? []
  let english = months[monthName] ?? monthName
  if (dayNumber) english += ' ' + ordinalValue(dayNumber)
  if (yearNumber) english += (dayNumber ? ', ' : ' ') + yearNumber
  if (weekdayName) english = (weekdays[weekdayName] ?? weekdayName) + ', ' + english
  if (article) english = (article === 'L' ? 'On ' : 'on ') + english
  return english
}

const dateNote =
  '{languages} writes the day before the month, in lower case (`le 7 février 2022`); English writes `February 7, 2022` (AP style), and `on` for the article `le`'
const ordinalNote =
  '{languages} abbreviates ordinals with `e`, `ème` or `er` (`2e`, `3ème`, `1er`); English uses `st`, `nd`, `rd`, `th`'

/** Dates and ordinals machine translation leaves in French form. Matched case-sensitively: French month names are lower case. */
const entries: readonly DateEntry[] = [
  {
    // A day with a French month (`7 février`, `le lundi 7 février 2022`, `1er mars`).
    before: wordBefore + '(?:[Ll]e' + space + ')?(?:' + weekday + space + ')?',
    pattern: day + space + month + '(?:' + space + year + ')?' + wordAfter,
    trigger: dateStart,
    what: 'date',
    note: dateNote,
    expected: (actual) => [frenchToEnglish(actual)],
    invalid: 'Macron met Putin in the Kremlin le 7 février.',
    valid: 'Macron met Putin in the Kremlin on February 7, le jour même.'
  },
  {
    // A French month with a year (`février 2022`).
    before: wordBefore + month + space,
    pattern: year + wordAfter,
    trigger: dateStart,
    what: 'date',
    note: dateNote,
    expected: (actual) => [frenchToEnglish(actual)],
    invalid: 'The law was passed in février 2022.',
    valid: 'The law was passed in February 2022, and the Mars 2020 rover landed.'
  },
  {
    // `XXe siècle`, `20e siècle`, the half-translated `XXe century`, and ranges (`XVe-XVIe siècles`).
    trigger: dateStart,
    pattern: centuryNumber + '(?:[-–]' + centuryNumber + ')?' + space + '(?:siècles?|century|centuries)' + wordAfter,
    what: 'century',
    note: '{languages} writes centuries in Roman numerals with an ordinal suffix (`XXe siècle`); English writes `20th century`',
    expected: (actual) => {
      const [numbers = '', noun = ''] = actual.split(/[ \u00A0\u202F]/)
      return [numbers.split(/[-–]/).map((number) => ordinal(ordinalValue(number))).join('–') + (noun.endsWith('s') ? ' centuries' : ' century')]
    },
    invalid: 'It was the deadliest war of the XXe siècle.',
    valid: 'It was the deadliest war of the 20th century, said Louis XIV.'
  },
  {
    // `IIIe République`, `Ve République`: English names the French republics with ordinal words.
    trigger: dateStart,
    pattern: '(?:' + roman + '|[1-6])' + suffix + space + '(?:République|Republic)' + wordAfter,
    what: 'ordinal',
    note: '{languages} numbers its republics in Roman numerals (`Ve République`); English writes `Fifth Republic`',
    expected: (actual) => [(republics[ordinalValue(actual) - 1] ?? ordinal(ordinalValue(actual))) + ' Republic'],
    invalid: 'The Ve République gave the president wide powers.',
    valid: 'The Fifth Republic gave the president wide powers in 1958.'
  },
  {
    // `1er`, `1re`, `1ère` have no English reading at all.
    pattern: '1(?:er|re|ère)' + wordAfter,
    trigger: dateStart,
    what: 'ordinal',
    note: ordinalNote,
    expected: () => ['1st'],
    invalid: 'He finished 1er in the sprint.',
    valid: 'He finished 1st in the sprint.'
  },
  {
    // `3ème`, `2eme`, `4ième`, `5è` have no English reading either.
    pattern: '(?<![.,])\\d+(?:ème|eme|ième|è)' + wordAfter,
    trigger: dateStart,
    what: 'ordinal',
    note: ordinalNote,
    expected: (actual) => [ordinal(ordinalValue(actual))],
    invalid: 'She finished 3ème in the final.',
    valid: 'She finished 3rd in the final.'
  },
  {
    // Bare `2e` is also an edition (`D&D 5e`) or an exponent (`2e-5`): only after a determiner, as in `the 2e round`.
    pattern:
      '(?<=' + wordBefore + '(?:[Tt]he|[Ll]es?|[Ll]a|[Aa]u|[Dd]u|its|his|her|their|our|this)' + space + ')' +
      '\\d+e(?![\\p{L}\\p{N}\\p{M}]|[-+.,]?\\d)',
    trigger: dateStart,
    what: 'ordinal',
    note: ordinalNote,
    expected: (actual) => [ordinal(ordinalValue(actual))],
    invalid: 'They lost in the 2e round.',
    valid: 'They play D&D 5e with a 2e-5 tolerance.'
  },
  {
    // `1er` read as a word and rendered `1is`, `3e` rendered `3and`: a number with a word glued where its suffix was.
    pattern: '\\d+(?:is|and)(?=' + space + '\\p{L})',
    trigger: dateStart,
    what: 'ordinal garbled into a word',
    note: '{languages} ordinal suffixes (`1er`, `3e`) are read as words by machine translation (`1is`, `3and`)',
    expected: (actual) => [ordinal(Number.parseInt(actual, 10))],
    invalid: 'The measure applies from 1is March.',
    valid: 'The measure applies from March 1; step 1 is simple.'
  }
]

/** French dates and ordinals: `le 7 février 2022`, `1er`, `3ème`, `XXe siècle`, `Ve République`. */
export const french: LanguageDates = {own: entries, shared: []}
