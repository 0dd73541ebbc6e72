import {space, spacedOrGluedMark, type LanguageTypography} from './entry.js'
import {decimalComma, dialogueDash, guillemetClosing, guillemetOpening, hourH, hourSuffix, thousandsDot} from './shared.js'

const weekdays = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const months = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'

/** Portuguese typography: `«…»` (Portugal), `15.000`, `3,5`, `14h30`, dates in brackets after the weekday. */
export const portuguese: LanguageTypography = {
  own: [
    {
      // Brazilian copy: `nesta segunda-feira (30)`, `this Saturday (April 9, 2022)`.
      pattern:
        '\\((?<=(?<![\\p{L}])' + weekdays + space + '\\()(?:[1-9]|[12]\\d|3[01]|' + months + space + '\\d{1,2},' + space + '\\d{4})\\)',
      trigger: spacedOrGluedMark,
      what: 'date in brackets after the weekday',
      note: '{languages} news copy gives the day of the month in brackets after the weekday (`nesta segunda-feira (30)`); English writes `on Monday, March 30`',
      advice: 'write the date after the weekday: `on Monday, March 30`',
      invalid: 'The mayor spoke this Monday (30) in the city hall.',
      valid: 'The mayor spoke on Monday (March 30 in Brasília time) in the city hall.'
    }
  ],
  shared: [guillemetOpening, guillemetClosing, thousandsDot, decimalComma, hourH, hourSuffix, dialogueDash]
}
