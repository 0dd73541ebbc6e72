import {furniture, type Lexicon} from '../entry.js'

/** Arabic sites’ furniture. */
export const ar: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`اقرأ (?:أيضا|أيضاً)\s*:?.*|المصدر\s*:?\s*.{1,40}|مقالات ذات صلة`,
    what: 'site widget text',
    note: furniture + '; Arabic sites print it (`اقرأ أيضا`, `المصدر`, `مقالات ذات صلة`)',
    example: 'The talks go on.\n\nاقرأ أيضا: المفاوضات مستمرة',
    found: 'اقرأ أيضا: المفاوضات مستمرة'
  }
]
