import type {LanguageTypography} from './entry.js'
import {decimalComma, dialogueDash, guillemetClosing, guillemetOpening, hourSuffix, thousandsDot} from './shared.js'

/** Italian typography: `«…»`, `15.000`, `3,5`, dialogue dashes. */
export const italian: LanguageTypography = {
  own: [],
  shared: [guillemetOpening, guillemetClosing, thousandsDot, decimalComma, hourSuffix, dialogueDash]
}
