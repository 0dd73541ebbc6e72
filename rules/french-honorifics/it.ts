/** Italian titles (ANSA copy): courtesy and professional titles that English does not put before names. */
import type {Honorific} from './entry.js'

const it = 'it' as const

export const italian: readonly Honorific[] = [
  {language: it, forms: ['Sig.', 'Sig.ra', 'Sig.na'], source: 'Signor, Signora, Signorina', what: 'Italian honorific', advice: 'write `Mr.` or `Ms.`, or drop it'},
  {language: it, forms: ['Dott.', 'Dott.ssa', 'Dr.ssa'], source: 'Dottore, Dottoressa (any graduate)', what: 'Italian graduate’s title', advice: 'drop it: in Italy it is any graduate’s title, not a doctor’s'},
  {language: it, forms: ['On.'], source: 'Onorevole (a member of parliament)', what: 'Italian parliamentary title', advice: 'name the person as an MP (`MP Giulia Rossi`)'},
  {language: it, forms: ['Avv.'], source: 'Avvocato', what: 'Italian lawyer’s title', advice: 'name the person as a lawyer (`lawyer Marco Bianchi`)'},
  {language: it, forms: ['Ing.'], source: 'Ingegnere', what: 'Italian engineer’s title', advice: 'drop it, or name the person as an engineer'}
]
