import {dateStart, space, type DateEntry} from './entry.js'
import {englishDate, englishMonths} from './ordinals.js'

const abbreviated = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']
const month = '(?:' + abbreviated.join('|') + ')'
const monthOf = (name: string): number => abbreviated.indexOf(name) + (abbreviated.indexOf(name) > 8 ? 0 : 1)

const fullMonth = '(?:' + englishMonths.join('|') + ')'
const dayNumber = '(?:[12]\\d|3[01]|0?[1-9])'
const orderNote =
  'A text writes its dates in one order, the day first (`7 February`, British) or the month first (`February 7`, American); a text that mixes them was translated or assembled from sources in both'

/** Dates of no one source language: a site’s house style carried into the translation, or two styles mixed. */
export const commonDates: readonly DateEntry[] = [
  {
    pattern: '(?<![\\d.,])' + dayNumber + space + fullMonth + '(?:' + space + '\\d{4})?(?![\\p{L}\\d])',
    trigger: dateStart,
    what: 'date with the day first in a text that writes the month first',
    note: orderNote,
    expected: (actual) => {
      const [day = '', month = '', year] = actual.split(/[ \u00A0\u202F]/)
      return [month + ' ' + Number(day) + (year ? ', ' + year : '')]
    },
    style: {group: 'date order', name: 'day first'},
    invalid: 'Talks began on January 19 and ended on 7 February.',
    valid: 'Talks began on 19 January and ended on 7 February 2023.'
  },
  {
    before: '(?<![\\p{L}])' + fullMonth + space,
    pattern: dayNumber + '(?:st|nd|rd|th)?(?:,' + space + '\\d{4})?(?![\\p{L}\\d]|[.,]\\d)',
    trigger: dateStart,
    what: 'date with the month first in a text that writes the day first',
    note: orderNote,
    expected: (actual) => {
      const [, month = '', day = '', year] = /^(\p{L}+)[ \u00A0\u202F](\d+)\p{L}*(?:,[ \u00A0\u202F](\d+))?$/u.exec(actual) ?? []
      return [Number(day) + ' ' + month + (year ? ' ' + year : '')]
    },
    style: {group: 'date order', name: 'month first'},
    invalid: 'Talks began on 19 January and ended on February 7.',
    valid: 'Talks began on January 19 and ended on February 7, 2023.'
  },
  {
    // `19.Aug.2024`, `Dec.27, 2022`: an abbreviated month glued to the day with a dot.
    before: '(?<![\\p{L}])' + month + '\\.',
    pattern: '\\d{1,2},' + space + '\\d{4}(?!\\d)',
    trigger: dateStart,
    what: 'date with the month glued to the day',
    note: 'Some sites abbreviate dates with dots and no spaces (`Dec.27, 2022`); English news copy writes `Dec. 27, 2022` or `December 27, 2022`',
    expected: (actual) => {
      const [, name = '', day = '', year = ''] = /^(\p{L}+)\.(\d+), *(\d+)$/u.exec(actual.replace(/[\u00A0\u202F]/g, ' ')) ?? []
      return [englishDate(year, monthOf(name), Number(day))]
    },
    invalid: 'She spoke to the paper on Tuesday (Dec.27, 2022).',
    valid: 'She spoke to the paper on Tuesday (Dec. 27, 2022).'
  },
  {
    pattern: '(?<![\\d.])(?:[1-9]|[12]\\d|3[01])\\.' + month + '\\.\\d{4}(?!\\d)',
    trigger: dateStart,
    what: 'date with the month glued to the day',
    note: 'Some sites abbreviate dates with dots and no spaces (`19.Aug.2024`); English news copy writes `Aug. 19, 2024` or `August 19, 2024`',
    expected: (actual) => {
      const [day = '', name = '', year = ''] = actual.split('.')
      return [englishDate(year, monthOf(name), Number(day))]
    },
    invalid: 'The deputy spoke on Monday (19.Aug.2024) in the chamber.',
    valid: 'The deputy spoke on Monday (Aug. 19, 2024) in the chamber.'
  }
]
