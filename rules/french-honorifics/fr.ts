/** French titles (AFP copy), and the mangled forms machine translation makes of them. */
import type {Honorific} from './entry.js'

const fr = 'fr' as const

export const french: readonly Honorific[] = [
  {language: fr, forms: ['MM.'], source: 'Messieurs', what: 'French plural honorific', expected: ['Messrs.']},
  {language: fr, forms: ['M.'], source: 'Monsieur', what: 'French honorific', expected: ['Mr.'], mayBeInitial: true},
  {language: fr, forms: ['Mme', 'Mme.'], source: 'Madame', what: 'French honorific', expected: ['Ms.', 'Mrs.']},
  {language: fr, forms: ['Mmes', 'Mmes.'], source: 'Mesdames', what: 'French plural honorific', advice: 'write `Ms.` before each name'},
  {language: fr, forms: ['Mlle', 'Mlle.', 'Mlles', 'Mlles.'], source: 'Mademoiselle', what: 'French honorific', expected: ['Ms.', 'Miss']},
  {language: fr, forms: ['Me'], source: 'Maître, the title of a lawyer', what: 'French lawyer’s title', advice: 'name the person as a lawyer (`lawyer Marie Dupont`)', ambiguous: true},
  // `Mme` half translated: the English title glued to the rest of the French one.
  {language: fr, forms: ['Mr.me', 'Mrs.me', 'Ms.me', 'Mr.lle', 'Ms.lle'], source: 'Madame or Mademoiselle', what: 'French honorific half translated', advice: 'write `Ms.` before a name, `Madam` before an office'}
]
