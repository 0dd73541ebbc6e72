import type {PatternEntry} from '../src/engine/pattern-set.js'

// French numbers are written with ASCII digits; `\\d` keeps these patterns
// several times faster than `\\p{N}` under the `u` flag.
// Spaces French typography puts inside guillemets and before `;:!?%`:
// a normal space, a no-break space (U+00A0) or a narrow no-break space (U+202F).
const space = '[ \\u00A0\\u202F]'

// A pattern that starts with a lookbehind over a run of spaces rescans the run
// at every position; such patterns start with a lookahead on their mark.
const units =
  '(?:%|‰|°|€|\\$|£|(?:million|billion|trillion|percent|per cent|degrees?|points?|euros?|dollars?|km|kilometres?|kilometers?|metres?|meters?|kg|tonnes?|tons?|hours?|years?|times|litres?|liters?|cm|mm|m|M|km/h)(?![\\p{L}]))'

/** The first character of every match: a guillemet, `;:!?%` or a digit (see `compilePatterns`). */
export const first = '[«»‹›;:!?%\\d]'

/** French typographic conventions that machine translation carries into English. */
export const frenchTypographyPatterns: readonly PatternEntry[] = [
  {
    pattern: '«',
    absorbSpaces: 'after',
    what: 'French opening guillemet',
    note: 'French quotes with guillemets `« … »` and spaces inside them; English uses curly quotes with no inner space',
    expected: () => ['“']
  },
  {
    pattern: '»',
    absorbSpaces: 'before',
    what: 'French closing guillemet',
    note: 'French quotes with guillemets `« … »` and spaces inside them; English uses curly quotes with no inner space',
    expected: () => ['”']
  },
  {
    pattern: '‹',
    absorbSpaces: 'after',
    what: 'French single guillemet',
    note: 'French nests quotations in single guillemets `‹ … ›`; English nests them in single curly quotes',
    expected: () => ['‘']
  },
  {
    pattern: '›',
    absorbSpaces: 'before',
    what: 'French single guillemet',
    note: 'French nests quotations in single guillemets `‹ … ›`; English nests them in single curly quotes',
    expected: () => ['’']
  },
  {
    // After a word, not after an opening mark. The lookahead comes first so that
    // the lookbehind runs only at the few `;:!?`, not at every position.
    // One space, as French sets it: a run of spaces before `:` lines up a list or a table, as in `'none'       : …`.
    pattern: '(?=[;:!?])(?<=[^\\s([{«“‘]' + space + ')[;:!?](?=[\\s”’»]|$)',
    absorbSpaces: 'before',
    what: 'space before punctuation',
    note: 'French puts a (narrow) no-break space before `;`, `:`, `!` and `?`; English puts none',
    expected: (actual) => [actual.slice(-1)]
  },
  {
    pattern: '(?=%)(?<=\\d' + space + '+)%',
    absorbSpaces: 'before',
    what: 'space before percent sign',
    note: 'French writes `25 %`; English writes `25%`',
    expected: () => ['%']
  },
  {
    pattern: '(?<![\\d.,]|\\d' + space + ')\\d{1,3}(?:' + space + '\\d{3})+(?!\\d|[.,]\\d)',
    what: 'French thousands separator',
    note: 'French separates thousands with a space (`150 000`); English uses a comma (`150,000`)',
    expected: (actual) => [actual.replace(/[ \u00A0\u202F]/g, ',')]
  },
  {
    pattern: '(?<![\\d.,])\\d+,\\d{1,2}(?!\\d|,\\d)(?=' + space + '?' + units + ')',
    what: 'French decimal comma',
    note: 'French writes decimals with a comma (`3,5 millions`); English uses a point (`3.5 million`)',
    expected: (actual) => [actual.replace(',', '.')]
  },
  {
    pattern: '(?<![\\d:.])(?:[01]?\\d|2[0-3])' + space + '?h' + space + '?[0-5]\\d(?![\\p{L}\\d])',
    what: 'French time',
    note: 'French writes times as `14h30`; English writes `14:30` or `2:30 p.m.`',
    expected: (actual) => [actual.replace(/[ \u00A0\u202F]*h[ \u00A0\u202F]*/, ':')]
  }
]
