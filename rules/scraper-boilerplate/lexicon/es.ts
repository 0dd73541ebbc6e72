import {furniture, type Lexicon} from '../entry.js'

/** Spanish sites’ furniture, in Spanish and as machine translation renders it. */
export const es: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`(?:lee|lea|leer) (?:también|más)\s*:?.*|te puede interesar\s*:?.*|noticias relacionadas|(?:related news)|it (?:may|might) interest you\s*:?.*|you (?:may|might) be interested\s*:.*|updated at\s*\d{1,2}[:.]\d{2}\s*h?\.?|actualizado(?: el| a las)? .{1,40}`,
    what: 'site widget text',
    note: furniture + '; Spanish sites print it (`Te puede interesar`, `Noticias relacionadas`, `Actualizado a las`)',
    example: 'The talks go on.\n\nIt may interest you: The strike goes on in the ports',
    found: 'It may interest you: The strike goes on in the ports'
  },
  {
    place: 'line',
    pattern: String.raw`(?:[\p{L}]+\s+)?\d{1,2}\s*\(\s*\)\s*[-–—]?`,
    keywords: ['()', '( )'],
    what: 'dateline',
    note: furniture + '; a Spanish agency’s dateline that lost its agency (`MADRID, 20 (EUROPA PRESS) –` read as `20 () –`)',
    example: 'March 20 () –\n\nThe talks go on.',
    found: 'March 20 () –'
  },
  {
    place: 'end',
    pattern: String.raw`(?<=[.!?\p{L}]\s?)(?:\p{Lu}[\p{L}'’-]+\s){1,3}\((?:EFE|AFP|EP|EPA|Reuters|AP|dpa|ANSA|TASS)\)`,
    cased: true,
    what: 'credit',
    note: furniture + '; a caption’s credit: the photographer and the agency (`Marta Gómez (EFE)`)',
    example: 'The minister at the summit.Marta Gómez (EFE)',
    found: 'Marta Gómez (EFE)'
  }
]
