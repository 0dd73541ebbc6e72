import {rareCharacter, type LanguageTypography} from './entry.js'
import {decimalComma, quotedName, thousandsDot} from './shared.js'

/** Turkish typography: the percent sign before the number (`%25`), `15.000`, `3,5`. */
export const turkish: LanguageTypography = {
  own: [
    {
      pattern: '%(?=\\d)(?<![\\p{L}\\p{N}%]%)\\d+(?:[.,]\\d+)?(?![\\p{L}\\p{N}%])',
      trigger: rareCharacter,
      what: 'percent sign before the number',
      note: '{languages} writes the percent sign before the number (`%25`); English writes `25%`',
      expected: (actual) => [actual.slice(1) + '%'],
      invalid: 'Inflation reached %85 in October.',
      valid: 'Inflation reached 85% in October.'
    }
  ],
  shared: [quotedName, thousandsDot, decimalComma]
}
