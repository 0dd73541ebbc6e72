import type {PatternEntry} from '../src/engine/pattern-set.js'
import {wordAfter, wordBefore} from '../src/engine/patterns.js'
import {frenchMonths as months, frenchWeekdays as weekdays} from './shared/french-calendar.js'

/** Every entry starts at a word edge; the rule checks it once, in front of all of them. */
export const lead = wordBefore

/**
 * How every match starts (see `compilePatterns`): a digit or a Roman numeral.
 * A date's article, weekday or month before its first digit is matched
 * backwards (`before`), so the regex skips from digit to digit instead of
 * stopping at every `le`, `ma` or `de` of English text (3× faster).
 */
export const first = '[\\dIVX]'


const space = '[ \\u00A0\\u202F]'
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

/** `21` → `21st`, `12` → `12th`. */
export function ordinal(value: number): string {
  const tens = value % 100
  const units = value % 10
  const english = tens >= 11 && tens <= 13 ? 'th' : units === 1 ? 'st' : units === 2 ? 'nd' : units === 3 ? 'rd' : 'th'
  return value + english
}

const romanValues: Readonly<Record<string, number>> = {I: 1, V: 5, X: 10}

/** `XXI` → 21 (numerals matched by `roman`, so always well formed). */
export function fromRoman(numeral: string): number {
  let total = 0
  for (let index = 0; index < numeral.length; index++) {
    const value = romanValues[numeral.charAt(index)] ?? 0
    const next = romanValues[numeral.charAt(index + 1)] ?? 0
    total += value < next ? -value : value
  }
  return total
}

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
function englishDate(text: string): string {
  const [, article, weekdayName, dayNumber, monthName = '', yearNumber] = dateParts.exec(text) ?? []
  let english = months[monthName] ?? monthName
  if (dayNumber) english += ' ' + ordinalValue(dayNumber)
  if (yearNumber) english += (dayNumber ? ', ' : ' ') + yearNumber
  if (weekdayName) english = (weekdays[weekdayName] ?? weekdayName) + ', ' + english
  if (article) english = (article === 'L' ? 'On ' : 'on ') + english
  return english
}

const dateNote =
  'French writes the day before the month, in lower case (`le 7 février 2022`); English writes `February 7, 2022` (AP style), and `on` for the article `le`'
const ordinalNote =
  'French abbreviates ordinals with `e`, `ème` or `er` (`2e`, `3ème`, `1er`); English uses `st`, `nd`, `rd`, `th`'

/** Dates and ordinals machine translation leaves in French form, each after `lead`. Matched case-sensitively: French month names are lower case. */
export const frenchDatePatterns: readonly PatternEntry[] = [
  {
    // A day with a French month (`7 février`, `le lundi 7 février 2022`, `1er mars`).
    before: wordBefore + '(?:[Ll]e' + space + ')?(?:' + weekday + space + ')?',
    pattern: day + space + month + '(?:' + space + year + ')?' + wordAfter,
    what: 'French date',
    note: dateNote,
    expected: (actual) => [englishDate(actual)]
  },
  {
    // A French month with a year (`février 2022`).
    before: wordBefore + month + space,
    pattern: year + wordAfter,
    what: 'French date',
    note: dateNote,
    expected: (actual) => [englishDate(actual)]
  },
  {
    // `XXe siècle`, `20e siècle`, the half-translated `XXe century`, and ranges (`XVe-XVIe siècles`).
    pattern: centuryNumber + '(?:[-–]' + centuryNumber + ')?' + space + '(?:siècles?|century|centuries)' + wordAfter,
    what: 'French century',
    note: 'French writes centuries in Roman numerals with an ordinal suffix (`XXe siècle`); English writes `20th century`',
    expected: (actual) => {
      const [numbers = '', noun = ''] = actual.split(/[ \u00A0\u202F]/)
      return [numbers.split(/[-–]/).map((number) => ordinal(ordinalValue(number))).join('–') + (noun.endsWith('s') ? ' centuries' : ' century')]
    }
  },
  {
    // `IIIe République`, `Ve République`: English names the French republics with ordinal words.
    pattern: '(?:' + roman + '|[1-6])' + suffix + space + '(?:République|Republic)' + wordAfter,
    what: 'French ordinal',
    note: 'French numbers its republics in Roman numerals (`Ve République`); English writes `Fifth Republic`',
    expected: (actual) => [(republics[ordinalValue(actual) - 1] ?? ordinal(ordinalValue(actual))) + ' Republic']
  },
  {
    // `1er`, `1re`, `1ère` have no English reading at all.
    pattern: '1(?:er|re|ère)' + wordAfter,
    what: 'French ordinal',
    note: ordinalNote,
    expected: () => ['1st']
  },
  {
    // `3ème`, `2eme`, `4ième`, `5è` have no English reading either.
    pattern: '(?<![.,])\\d+(?:ème|eme|ième|è)' + wordAfter,
    what: 'French ordinal',
    note: ordinalNote,
    expected: (actual) => [ordinal(ordinalValue(actual))]
  },
  {
    // Bare `2e` is also an edition (`D&D 5e`) or an exponent (`2e-5`): only after a determiner, as in `the 2e round`.
    pattern:
      '(?<=' + wordBefore + '(?:[Tt]he|[Ll]es?|[Ll]a|[Aa]u|[Dd]u|its|his|her|their|our|this)' + space + ')' +
      '\\d+e(?![\\p{L}\\p{N}\\p{M}]|[-+.,]?\\d)',
    what: 'French ordinal',
    note: ordinalNote,
    expected: (actual) => [ordinal(ordinalValue(actual))]
  }
]
