import {rareCharacter, spacedOrGluedMark, type LanguageTypography} from './entry.js'
import {colonScore, decimalComma, lowOpeningQuote, quotedName, spaceBeforePercent, thousandsDot} from './shared.js'

const guillemetNote = '{languages} may quote with guillemets pointing inwards (`»…«`); English uses curly quotes'

const captions: Readonly<Record<string, string>> = {l: 'left', li: 'left', r: 'right', re: 'right', M: 'centre', m: 'centre'}

/** German typography: `„…“` and `‚…‘`, `»…«`, `15.000`, `3,5`, scores `2:1 (1:0)`, caption markers `(l.)`. */
export const german: LanguageTypography = {
  own: [
    {
      // `»Text«`: the opening mark is before a word, after a space or the start of a line.
      pattern: '»(?=[\\p{L}\\p{N}])(?<![^\\s(\\[—–-]»)',
      trigger: rareCharacter,
      what: 'opening guillemet',
      note: guillemetNote,
      expected: () => ['“'],
      invalid: 'The paper called it »a scandal” on Monday.',
      valid: 'The paper called it “a scandal” on Monday.'
    },
    {
      // After the quoted words or their end mark (not after a comma: `Kiev ,« we »` is French spacing).
      pattern: '«(?=[\\s.,;:!?)]|$)(?<=[\\p{L}\\p{N}.!?…]«)',
      trigger: rareCharacter,
      what: 'closing guillemet',
      note: guillemetNote,
      expected: () => ['”'],
      invalid: 'The paper called it “a scandal« on Monday.',
      valid: 'The paper called it “a scandal” on Monday.'
    },
    {
      pattern: '‚',
      absorbSpaces: 'after',
      trigger: rareCharacter,
      what: 'single opening quote mark',
      note: '{languages} opens a quotation inside a quotation with a low mark `‚`; English uses `‘`',
      expected: () => ['‘'],
      invalid: '“They shouted ‚out’ at him,” she said.',
      valid: '“They shouted ‘out’ at him,” she said.'
    },
    {
      // Photo captions: `(l.)` links, `(r.)` rechts, `(M.)` Mitte.
      pattern: '\\((?:li?|re?|M|m)\\.\\)',
      trigger: spacedOrGluedMark,
      what: 'caption marker',
      note: '{languages} captions place people with `(l.)`, `(M.)`, `(r.)` (links, Mitte, rechts); English writes `(left)`, `(centre)`, `(right)`',
      expected: (actual) => ['(' + (captions[actual.slice(1, -2)] ?? '') + ')'],
      invalid: 'Olaf Scholz (l.) and Robert Habeck arrive in Meseberg.',
      valid: 'Olaf Scholz (left) and Robert Habeck (pictured, l. 3) arrive in Meseberg.'
    }
  ],
  shared: [lowOpeningQuote, quotedName, spaceBeforePercent, thousandsDot, decimalComma, colonScore]
}
