import type {LanguageTypography} from './entry.js'
import {
  colonScore,
  decimalComma,
  dialogueDash,
  guillemetClosing,
  guillemetOpening,
  lowOpeningQuote,
  spaceBeforePercent,
  thousandsSpace
} from './shared.js'

/** Polish typography: `„…”` and `«…»`, dialogue dashes, `150 000`, `3,5`, `2:1`. */
export const polish: LanguageTypography = {
  own: [],
  shared: [lowOpeningQuote, guillemetOpening, guillemetClosing, spaceBeforePercent, thousandsSpace, decimalComma, colonScore, dialogueDash]
}
