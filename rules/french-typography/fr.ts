import {space, type LanguageTypography} from './entry.js'
import {decimalComma, dialogueDash, guillemetClosing, guillemetOpening, hourH, spaceBeforePercent, thousandsSpace} from './shared.js'

// A word the `+ … +` of wire copy follows: an article, a possessive or a preposition (not `Ctrl + Shift +`).
const afterWord = '(?<![\\p{L}])(?:the|a|an|of|his|her|their|its|in|on|for|from|by|with|to|and)' + space
const wireNote = '{languages} wire copy (AFP) marks a quotation inside a quotation, or a title, with `+ … +`'
const wireAdvice = 'replace the `+` marks with quotation marks, or italicise the title'

const guillemetNote = '{languages} quotes with guillemets `« … »` and spaces inside them; English uses curly quotes with no inner space'

/** French typography: guillemets with spaces inside, a space before `;:!?%`, `150 000`, `3,5`, `14h30`; AFP wire conventions. */
export const french: LanguageTypography = {
  own: [
    {
      // Not a German closing `«` (after a word: `Text« `).
      pattern: '(?<![\\p{L}\\p{N}.,!?…])«(?=' + space + ')',
      absorbSpaces: 'after',
      what: 'opening guillemet',
      note: guillemetNote,
      expected: () => ['“'],
      invalid: 'They called it « a farce” on Monday.',
      valid: 'They called it “a farce” on Monday.'
    },
    {
      // Not a German opening `»` (before a word: ` »Text`).
      pattern: '(?=»)(?<=' + space + ')»(?![\\p{L}\\p{N}])',
      absorbSpaces: 'before',
      what: 'closing guillemet',
      note: guillemetNote,
      expected: () => ['”'],
      invalid: 'They called it “a farce » on Monday.',
      valid: 'They called it “a farce” on Monday.'
    },
    {
      pattern: '‹',
      absorbSpaces: 'after',
      what: 'single guillemet',
      note: '{languages} nests quotations in single guillemets `‹ … ›`; English nests them in single curly quotes',
      expected: () => ['‘'],
      invalid: 'He said: “They shouted ‹ no ’ twice.”',
      valid: 'He said: “They shouted ‘no’ twice.”'
    },
    {
      pattern: '›',
      absorbSpaces: 'before',
      what: 'single guillemet',
      note: '{languages} nests quotations in single guillemets `‹ … ›`; English nests them in single curly quotes',
      expected: () => ['’'],
      invalid: 'He said: “They shouted ‘no › twice.”',
      valid: 'He said: “They shouted ‘no’ twice.”'
    },
    {
      // After a word, not after an opening mark. The lookahead comes first so that
      // the lookbehind runs only at the few `;:!?`, not at every position.
      // One space, as French sets it: a run of spaces before `:` lines up a list or a table, as in `'none'       : …`.
      pattern: '(?=[;:!?])(?<=[^\\s([{«“‘]' + space + ')[;:!?](?=[\\s”’»]|$)',
      absorbSpaces: 'before',
      what: 'space before punctuation',
      note: '{languages} puts a (narrow) no-break space before `;`, `:`, `!` and `?`; English puts none',
      expected: (actual) => [actual.slice(-1)],
      invalid: 'Why did the talks fail ? Nobody knows.',
      valid: 'Why did the talks fail? Nobody knows.'
    },
    {
      // AFP wire copy marks a quotation inside a quotation, or a title, with `+`: `the + Nouvelle Vague +`.
      pattern: '(?=\\+)(?<=' + afterWord + ')\\+(?=' + space + '\\p{Lu}[^+\\n]{0,80}' + space + '\\+)',
      absorbSpaces: 'after',
      what: 'wire-copy quote mark `+`',
      note: wireNote,
      advice: wireAdvice,
      invalid: 'She starred in the + New Wave + films of the 1960s.',
      valid: 'Press Ctrl + Shift + P, or add 2 + 3 in the films of the 1960s.'
    },
    {
      pattern: '(?=\\+)(?<=' + afterWord + '\\+' + space + '\\p{Lu}[^+\\n]{0,80}' + space + ')\\+',
      absorbSpaces: 'before',
      what: 'wire-copy quote mark `+`',
      note: wireNote,
      advice: wireAdvice,
      invalid: 'She starred in the + New Wave + films of the 1960s.',
      valid: 'Press Ctrl + Shift + P, or add 2 + 3 in the films of the 1960s.'
    },
    {
      // Inclusive writing: `député·e·s`, `étudiant·es`; not the Catalan `l·l` of names (`Col·legi`).
      pattern: '(?=·)(?<=\\p{Ll})(?<!l(?=·l))·(?=\\p{Ll})',
      what: 'inclusive-writing middle dot',
      note: '{languages} inclusive writing joins masculine and feminine endings with a middle dot (`élu·e·s`); English nouns have no gendered ending to join',
      advice: 'write the English noun once, or both forms in full',
      invalid: 'The elected·es of the region met on Monday.',
      valid: 'The elected officials of the region met on Monday · Paris'
    },
    {
      // `1 euro 99` for `1,99 €`: how French says a price.
      pattern: '(?<![\\d.,])\\d+' + space + 'euros?' + space + '\\d{2}(?![\\d.,]?\\d)',
      what: 'spoken price',
      note: '{languages} says a price in euros and cents (`1 euro 99`); English copy writes `€1.99`',
      expected: (actual) => {
        const [euros = '', , cents = ''] = actual.split(/[ \u00A0\u202F]/)
        return ['€' + euros + '.' + cents]
      },
      invalid: 'Diesel will not exceed 1 euro 99 a litre.',
      valid: 'Diesel will not exceed €1.99 a litre, 3 euros more than in 2019.'
    }
  ],
  shared: [guillemetOpening, guillemetClosing, spaceBeforePercent, thousandsSpace, decimalComma, hourH, dialogueDash]
}
