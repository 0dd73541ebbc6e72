import {furniture, type Lexicon} from '../entry.js'

/** Dutch sites’ furniture. */
export const nl: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`lees (?:ook|meer)\s*:?.*|deel dit artikel|gerelateerde artikelen`,
    what: 'site widget text',
    note: furniture + '; Dutch sites print it (`Lees ook`, `Deel dit artikel`)',
    example: 'The talks go on.\n\nLees ook: de staking gaat door',
    found: 'Lees ook: de staking gaat door'
  }
]
