import {furniture, type Lexicon} from '../entry.js'

/** Ukrainian sites’ furniture, in Ukrainian and as machine translation renders it. */
export const uk: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`читайте також.*|джерело:?\s.{1,40}|related video|previously`,
    what: 'site widget text',
    note: furniture + '; Ukrainian sites print it (`Читайте також`, `Джерело`, `Раніше`)',
    example: 'The talks go on.\n\nRelated video',
    found: 'Related video'
  },
  {
    place: 'line',
    pattern: String.raw`\p{L}[\p{L}-]+\s*•\s*\p{Lu}{2,}`,
    keywords: ['•'],
    what: 'dateline',
    note: furniture + '; a Ukrainian agency’s dateline (`Київ • УНН`), the city and the agency',
    example: 'Kyiv • UNN\n\nThe talks go on.',
    found: 'Kyiv • UNN'
  },
  {
    place: 'end',
    pattern: String.raw`(?<=\S\s?)[—–-]+\s*(?:write|writes|reports|informs)\s*:\s*\S+|(?<=[.!?])\s?(?:Share|Print)`,
    cased: true,
    what: 'scraper source tag',
    note: furniture + '; a source (`— пише: …`) or a sharing button glued to the last sentence',
    example: 'The talks go on. Share',
    found: 'Share'
  }
]
