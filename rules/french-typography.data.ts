import type {PatternEntry} from '../src/engine/pattern-set.js'

// Spaces French typography puts inside guillemets and before `;:!?%`:
// a normal space, a no-break space (U+00A0) or a narrow no-break space (U+202F).
const space = '[ \\u00A0\\u202F]'

const units =
  '(?:%|‰|°|€|\\$|£|(?:million|billion|trillion|percent|per cent|degrees?|points?|euros?|dollars?|km|kilometres?|kilometers?|metres?|meters?|kg|tonnes?|tons?|hours?|years?|times|litres?|liters?|cm|mm)(?![\\p{L}]))'

/** French typographic conventions that machine translation carries into English. */
export const frenchTypography: readonly PatternEntry[] = [
  {
    pattern: '«' + space + '*',
    what: 'French opening guillemet',
    note: 'French quotes with guillemets `« … »` and spaces inside them; English uses curly quotes with no inner space',
    expected: () => ['“']
  },
  {
    pattern: space + '*»',
    what: 'French closing guillemet',
    note: 'French quotes with guillemets `« … »` and spaces inside them; English uses curly quotes with no inner space',
    expected: () => ['”']
  },
  {
    pattern: '‹' + space + '*',
    what: 'French single guillemet',
    note: 'French nests quotations in single guillemets `‹ … ›`; English nests them in single curly quotes',
    expected: () => ['‘']
  },
  {
    pattern: space + '*›',
    what: 'French single guillemet',
    note: 'French nests quotations in single guillemets `‹ … ›`; English nests them in single curly quotes',
    expected: () => ['’']
  },
  {
    pattern: '(?<=[\\p{L}\\p{N}”’)\\]])' + space + '+[;:!?](?=\\s|$)',
    what: 'space before punctuation',
    note: 'French puts a (narrow) no-break space before `;`, `:`, `!` and `?`; English puts none',
    expected: (actual) => [actual.trimStart().replace(/^[\u00A0\u202F]+/, '')]
  },
  {
    pattern: '(?<=\\p{N})' + space + '+%',
    what: 'space before percent sign',
    note: 'French writes `25 %`; English writes `25%`',
    expected: () => ['%']
  },
  {
    pattern: '(?<![\\p{N}.,]|\\p{N}' + space + ')\\p{N}{1,3}(?:' + space + '\\p{N}{3})+(?!\\p{N}|[.,]\\p{N})',
    what: 'French thousands separator',
    note: 'French separates thousands with a space (`150 000`); English uses a comma (`150,000`)',
    expected: (actual) => [actual.replace(/[ \u00A0\u202F]/g, ',')]
  },
  {
    pattern: '(?<![\\p{N}.,])\\p{N}+,\\p{N}{1,2}(?!\\p{N}|,\\p{N})(?=' + space + '?' + units + ')',
    what: 'French decimal comma',
    note: 'French writes decimals with a comma (`3,5 millions`); English uses a point (`3.5 million`)',
    expected: (actual) => [actual.replace(',', '.')]
  },
  {
    pattern: '(?<![\\p{N}:.])(?:[01]?\\p{N}|2[0-3])' + space + '?h' + space + '?[0-5]\\p{N}(?![\\p{L}\\p{N}])',
    what: 'French time',
    note: 'French writes times as `14h30`; English writes `14:30` or `2:30 p.m.`',
    expected: (actual) => [actual.replace(/[ \u00A0\u202F]*h[ \u00A0\u202F]*/, ':')]
  }
]
