/**
 * A spelling difference that romanisations of one Slavic name make
 * (`Zelensky`, `Zelenskyy`, `Zelenskiy`): the grouping key folds it away.
 * Applied in order to a word lower-cased, stripped of diacritics, hyphens
 * and spaces.
 */
export interface Fold {
  pattern: RegExp
  to: string
  /** Sets of spellings this fold makes one (a test checks that each set shares a key). */
  same: ReadonlyArray<readonly string[]>
  /** Pairs of near misses it must keep apart. */
  apart: ReadonlyArray<readonly [string, string]>
}

export const folds: readonly Fold[] = [
  {
    // `-ий`/`-ій`/`-ый` after a consonant: `-y`, `-yy`, `-iy`, `-yi`, `-ii`, `-ij`. A single `-i` stays
    // apart, for English `Henry`/`Henri`; a vowel before stays apart, for `Pompey`/`Pompeii`.
    pattern: /([^aeiouy])(?:[iy][iyj]|y)$/,
    to: '$1ii',
    same: [
      ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi'],
      ['Oleksii', 'Oleksiy', 'Oleksij'],
      ['Zaluzhny', 'Zaluzhnyi'],
      ['Dmitry', 'Dmitriy']
    ],
    apart: [['Henry', 'Henri'], ['Kelly', 'Kelli'], ['Pompey', 'Pompeii']]
  },
  {
    // `-ский`/`-ський` also comes as Polish-style `-ski`.
    pattern: /ski$/,
    to: 'skii',
    same: [
      ['Zelenski', 'Zelensky'],
      ['Dostoevski', 'Dostoevsky']
    ],
    apart: [['Kowalski', 'Kowalska']]
  },
  {
    // `-ей`/`-ай`/`-ой`: `Sergei`/`Sergey`, `Nikolai`/`Nikolay`, `Tolstoi`/`Tolstoy`; short names (`Kai`/`Kay`, `Troy`) stay apart.
    pattern: /^(\p{L}{3,}[aeo])y$/u,
    to: '$1i',
    same: [
      ['Sergei', 'Sergey'],
      ['Nikolai', 'Nikolay'],
      ['Tolstoy', 'Tolstoi']
    ],
    apart: [['Kai', 'Kay'], ['Troy', 'Troi']]
  },
  {
    // Patronymic-style `-ович`/`-евич`: `-ych`, `-ich`, French `-itch`.
    pattern: /([oe]v)[iy]t?ch$/,
    to: '$1ich',
    same: [['Yanukovych', 'Yanukovich', 'Yanukovitch']],
    apart: [['Ipswich', 'Ipswych']]
  },
  {
    // `кс` before a vowel: `Oleksandr`/`Olexandr`, `Aleksei`/`Alexei`; a final `-ks` is an English plural (`Marks`, `Marx`).
    pattern: /(?<!c)ks(?=[aeiouy])/g,
    to: 'x',
    same: [
      ['Oleksandr', 'Olexandr'],
      ['Aleksei', 'Alexei', 'Alexey']
    ],
    apart: [['Marks', 'Marx'], ['Dickson', 'Dixon']]
  }
]

/**
 * Hyphenated compounds whose closed form is another word: `re-sign` and
 * `resign`, `re-cover` and `recover`, `un-ionised` and `unionised`, `co-op`
 * and `coop`. They are never grouped.
 */
export const distinctCompounds = /^(?:re|un)-|^co-op$/
