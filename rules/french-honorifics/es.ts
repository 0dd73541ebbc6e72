/** Spanish titles (EFE copy). */
import type {Honorific} from './entry.js'

const es = 'es' as const

export const spanish: readonly Honorific[] = [
  // `Sr.` is also English, after a name (`John Smith Sr.`) and for a nun (`Sr. Mary`): info, and not after a capital.
  {language: es, forms: ['Sr.'], source: 'Señor', what: 'Spanish or Portuguese honorific', expected: ['Mr.'], maySuffixName: true, lowConfidence: true},
  {language: es, forms: ['Sra.', 'Srta.'], source: 'Señora, Señorita', what: 'Spanish or Portuguese honorific', expected: ['Ms.']},
  {language: es, forms: ['Sres.'], source: 'Señores', what: 'Spanish plural honorific', expected: ['Messrs.']},
  {language: es, forms: ['Dña.', 'Dª'], source: 'Doña', what: 'Spanish honorific', advice: 'drop it, or write `Ms.`'}
]
