import {space, type DateEntry} from './entry.js'
import {englishDate} from './ordinals.js'

const abbreviated = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']
const month = '(?:' + abbreviated.join('|') + ')'
const monthOf = (name: string): number => abbreviated.indexOf(name) + (abbreviated.indexOf(name) > 8 ? 0 : 1)

/** Dates of no one source language: a site’s house style carried into the translation. */
export const commonDates: readonly DateEntry[] = [
  {
    // `19.Aug.2024`, `Dec.27, 2022`: an abbreviated month glued to the day with a dot.
    before: '(?<![\\p{L}])' + month + '\\.',
    pattern: '\\d{1,2},' + space + '\\d{4}(?!\\d)',
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
