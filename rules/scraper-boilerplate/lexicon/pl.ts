import {furniture, type Lexicon} from '../entry.js'

/** Polish sites’ furniture. */
export const pl: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`(?:czytaj|zobacz) (?:też|także|również)\s*:?.*|źródło:?\s.{1,40}`,
    what: 'site widget text',
    note: furniture + '; Polish sites print it (`Czytaj też`, `Źródło`)',
    example: 'The talks go on.\n\nCzytaj też: strajk trwa',
    found: 'Czytaj też: strajk trwa'
  }
]
