import type {LanguageTypography} from './entry.js'
import {
  attributionDash,
  colonScore,
  cutMark,
  decimalComma,
  dialogueDash,
  guillemetClosing,
  guillemetOpening,
  headlineDash,
  lowOpeningQuote,
  quotedName,
  spaceBeforePercent,
  thousandsSpace
} from './shared.js'

/** Russian typography: `«…»` and `„…“`, dashes for speech and attribution, `<…>` cuts, `150 000`, `3,5`, `2:1`. */
export const russian: LanguageTypography = {
  own: [],
  shared: [
    guillemetOpening,
    guillemetClosing,
    lowOpeningQuote,
    quotedName,
    spaceBeforePercent,
    thousandsSpace,
    decimalComma,
    colonScore,
    dialogueDash,
    attributionDash,
    headlineDash,
    cutMark
  ]
}
