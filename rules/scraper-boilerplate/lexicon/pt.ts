import {furniture, type Lexicon} from '../entry.js'

/** Portuguese sites’ furniture, in Portuguese and as machine translation renders it. */
export const pt: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`(?:leia|veja) (?:também|mais)\s*:?.*|foto:\s*reprodução.*|photo:\s*reproduction.*`,
    what: 'site widget text',
    note: furniture + '; Portuguese sites print it (`Leia também`, `Foto: Reprodução`)',
    example: 'The talks go on.\n\nLeia também: a greve continua',
    found: 'Leia também: a greve continua'
  },
  {
    place: 'end',
    pattern: String.raw`(?<=\S\s)[—–-]\s*(?:photo|foto):\s*[^.]{1,60}`,
    what: 'credit',
    note: furniture + '; a caption’s credit after a dash (`— Foto: Reprodução`)',
    example: 'The coach at the stadium — Photo: Reproduction/TV',
    found: '— Photo: Reproduction/TV'
  }
]
