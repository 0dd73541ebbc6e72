import {rareCharacter, type LanguageTypography} from './entry.js'
import {guillemetClosing, guillemetOpening, quotedName} from './shared.js'

const marks: Readonly<Record<string, string>> = {'،': ',', '؛': ';', '؟': '?'}

/** Arabic typography: `«…»`, and the Arabic comma, semicolon and question mark. */
export const arabic: LanguageTypography = {
  own: [
    {
      pattern: '[،؛؟]',
      trigger: rareCharacter,
      what: 'punctuation mark',
      note: '{languages} has its own comma `،`, semicolon `؛` and question mark `؟`; English uses `,` `;` `?`',
      expected: (actual) => [marks[actual] ?? actual],
      invalid: 'The ministry said، in a statement, that talks would resume.',
      valid: 'The ministry said, in a statement, that talks would resume.'
    }
  ],
  shared: [quotedName, guillemetOpening, guillemetClosing]
}
