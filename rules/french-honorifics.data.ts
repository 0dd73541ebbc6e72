/** A French title that machine translation leaves in front of names. */
export interface Honorific {
  /** The title as written, with or without its period. */
  forms: readonly string[]
  /** What it stands for in French. */
  french: string
  what: string
  /** English replacements for the title alone; absent when the sentence needs rewording. */
  expected?: readonly string[]
  /** What to do when there is no replacement. */
  advice?: string
  /** Only an initial-like title (`M.`): skip it where it reads as a person’s initial. */
  mayBeInitial?: boolean
  /** A title that is also an English word (`Me`): only mid-sentence, after a lower-case word or a comma, with low confidence. */
  ambiguous?: boolean
}

export const honorifics: readonly Honorific[] = [
  {forms: ['MM.'], french: 'Messieurs', what: 'French plural honorific', expected: ['Messrs.']},
  {forms: ['M.'], french: 'Monsieur', what: 'French honorific', expected: ['Mr.'], mayBeInitial: true},
  {forms: ['Mme', 'Mme.'], french: 'Madame', what: 'French honorific', expected: ['Ms.', 'Mrs.']},
  {forms: ['Mmes', 'Mmes.'], french: 'Mesdames', what: 'French plural honorific', advice: 'write `Ms.` before each name'},
  {forms: ['Mlle', 'Mlle.', 'Mlles', 'Mlles.'], french: 'Mademoiselle', what: 'French honorific', expected: ['Ms.', 'Miss']},
  {forms: ['Me'], french: 'Maître, the title of a lawyer', what: 'French lawyer’s title', advice: 'name the person as a lawyer (`lawyer Marie Dupont`)', ambiguous: true}
]
