import {rareCharacter, type LanguageTypography} from './entry.js'
import {decimalComma, dialogueDash, guillemetClosing, guillemetOpening, hourSuffix, spaceBeforePercent, thousandsDot} from './shared.js'

/** Spanish typography: `«…»`, `¿…?` and `¡…!`, `15.000`, `3,5`, `05:28h`, dialogue dashes. */
export const spanish: LanguageTypography = {
  own: [
    {
      pattern: '[¿¡]',
      trigger: rareCharacter,
      what: 'opening question or exclamation mark',
      note: '{languages} opens a question with `¿` and an exclamation with `¡`; English has only the closing mark',
      expected: () => [],
      invalid: 'The minister asked: “¿Who pays for this?”',
      valid: 'The minister asked: “Who pays for this?”'
    }
  ],
  shared: [guillemetOpening, guillemetClosing, spaceBeforePercent, thousandsDot, decimalComma, hourSuffix, dialogueDash]
}
