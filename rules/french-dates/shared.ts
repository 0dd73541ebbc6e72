import {wordAfter} from '../../src/engine/regex-parts.js'
import {dateStart, type DateEntry} from './entry.js'
import {englishDate, ordinal} from './ordinals.js'

/** Dates and ordinals that several source languages write alike, each written once; each language’s file lists those it writes. */

export const dottedDate: DateEntry = {
  // `16.10.2024`: day, month and year with dots (not a version number `1.2.2020.1`, nor a decimal).
  pattern: '(?<![\\d.])(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:19|20)\\d\\d(?![\\d]|\\.\\d)',
  trigger: dateStart,
  what: 'date',
  note: '{languages} write dates as day, month and year with dots (`16.10.2024`); English writes `October 16, 2024`, which no reader can misread',
  expected: (actual) => {
    const [day = '', month = '', year = ''] = actual.split('.')
    return [englishDate(year, Number(month), Number(day))]
  },
  invalid: 'The hearing is set for 16.10.2024 in Vienna.',
  valid: 'The hearing is set for October 16, 2024, under version 1.10.2024.1 of the rules.'
}

export const ordinalIndicator: DateEntry = {
  pattern: '(?<![\\d.,])\\d+\\.?[ºª]' + wordAfter,
  trigger: dateStart,
  what: 'ordinal',
  note: '{languages} write ordinals with a raised `º` or `ª` (`1.º`, `2.ª`); English writes `1st`, `2nd`',
  expected: (actual) => [ordinal(Number.parseInt(actual, 10))],
  invalid: 'The 1.º of May parade was cancelled.',
  valid: 'The May 1st parade was cancelled at 20°C.'
}

/** Every shared entry, in match order. */
export const sharedDates: readonly DateEntry[] = [dottedDate, ordinalIndicator]
