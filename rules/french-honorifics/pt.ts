/** Portuguese titles (Lusa and Brazilian copy). `Sr.` and `Sra.` are in `es.ts`, which Portuguese shares. */
import type {Honorific} from './entry.js'

const pt = 'pt' as const

export const portuguese: readonly Honorific[] = [
  // `Dona` is also a given name: info.
  {language: pt, forms: ['Dona'], source: 'Dona', what: 'Portuguese honorific', advice: 'drop it, or write `Ms.`', lowConfidence: true},
  {language: pt, forms: ['Exmo.', 'Exma.'], source: 'Excelentíssimo, Excelentíssima', what: 'Portuguese honorific', advice: 'drop it'}
]
