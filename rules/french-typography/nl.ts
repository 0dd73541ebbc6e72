import {spacedOrGluedMark, type LanguageTypography} from './entry.js'
import {decimalComma, lowOpeningQuote, thousandsDot} from './shared.js'

/** Dutch typography: `„…”` and the typed `,,…''`, `15.000`, `3,5`. */
export const dutch: LanguageTypography = {
  own: [
    {
      pattern: ',,(?=\\p{L})(?<![,\\p{L}\\p{N}],,)',
      trigger: spacedOrGluedMark,
      what: 'opening quote mark typed as two commas',
      note: '{languages} opens a quotation with a low mark, often typed as two commas (`,,Wij`); English opens it with `“`',
      expected: () => ['“'],
      invalid: 'The coach said ,,we were better” after the match.',
      valid: 'The coach said “we were better” after the match.'
    }
  ],
  shared: [lowOpeningQuote, thousandsDot, decimalComma]
}
