import {wordAfter} from '../../src/engine/regex-parts.js'
import {dateStart, space, type LanguageDates} from './entry.js'
import {englishMonths, ordinal} from './ordinals.js'
import {dottedDate} from './shared.js'

/** German month names and their numbers, with the Austrian `Jänner`; English months are matched too (`6. July`). */
const germanMonths: Readonly<Record<string, number>> = {
  Januar: 1,
  Jänner: 1,
  Februar: 2,
  März: 3,
  April: 4,
  Mai: 5,
  Juni: 6,
  Juli: 7,
  August: 8,
  September: 9,
  Oktober: 10,
  November: 11,
  Dezember: 12
}

const monthNumber = new Map<string, number>([
  ...Object.entries(germanMonths),
  ...englishMonths.map((name, index): [string, number] => [name, index + 1])
])

const month = '(?:' + [...new Set([...englishMonths, ...Object.keys(germanMonths)])].join('|') + ')'

// Nouns a German ordinal number (`32.`) counts in sports and news copy: `am 32. Spieltag`, `in der 89. Minute`.
const counted = '(?:[Rr]ound|[Mm]atchday|[Mm]inute|[Ss]tage|[Ll]ap|[Ll]eg|[Pp]lace|[Gg]ame|[Ss]pieltag|[Aa]nniversary|[Bb]irthday)'

/** German dates and ordinals: `7. Februar` (and `6. July` half translated), `16.10.2024`, `am 32. Spieltag`. */
export const german: LanguageDates = {
  own: [
    {
      pattern: '(?<![\\d.])(?:[1-9]|[12]\\d|3[01])\\.' + space + month + '(?:' + space + '\\d{4})?' + wordAfter,
      trigger: dateStart,
      what: 'date',
      note: '{languages} writes the day as an ordinal number with a dot before the month (`6. Juli`); English writes `July 6`',
      expected: (actual) => {
        const [day = '', name = '', year] = actual.split(/\.?[ \u00A0\u202F]/)
        const number = monthNumber.get(name) ?? 0
        return [(englishMonths[number - 1] ?? name) + ' ' + Number.parseInt(day, 10) + (year ? ', ' + year : '')]
      },
      invalid: 'The chancellor called him on 6. July to ask for help.',
      valid: 'The chancellor called him on July 6 to ask for help; he scored in 2006. July was calm.'
    },
    {
      // An ordinal with a dot before the noun it counts, after a preposition or article: `at 32. Round`, `in the 89.
      // minute` (not `in round 32. Round 33 …`, a sentence that ends with a number).
      pattern:
        '(?<=(?<![\\p{L}])(?:at|on|in|the|from|after|before|until|by|of|for|to)' + space + ')\\d{1,3}\\.(?=' + space + counted + wordAfter + ')',
      trigger: dateStart,
      what: 'ordinal',
      note: '{languages} writes ordinal numbers with a dot (`32. Spieltag`); English writes `32nd`',
      expected: (actual) => [ordinal(Number.parseInt(actual, 10))],
      invalid: 'Bayern secured the title at 32. Round of the league.',
      valid: 'Bayern secured the title in round 32; the 33rd round was a formality.'
    }
  ],
  shared: [dottedDate]
}
