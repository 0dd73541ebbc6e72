import {furniture, type Lexicon} from '../entry.js'

/** Turkish sites’ furniture. */
export const tr: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`ayrıca (?:okuyun|bakınız)\s*:?.*|[iİ]lgili haberler|kaynak:?\s.{1,40}`,
    what: 'site widget text',
    note: furniture + '; Turkish sites print it (`Ayrıca okuyun`, `İlgili haberler`, `Kaynak`)',
    example: 'The talks go on.\n\nİlgili Haberler',
    found: 'İlgili Haberler'
  }
]
