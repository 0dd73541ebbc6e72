/**
 * `the Meloni said`: Italian (and Spanish, Portuguese) copy puts the article
 * before a woman’s surname (`la Meloni`, `la Ayuso`), and MT keeps it. A
 * sentence alone cannot tell a surname from the capitalised names English
 * writes with `the` (`the Kremlin`, `the Guardian`, `The Hague`), so this
 * pattern reads the whole block: a surname is learnt from a full name whose
 * first word is a known given name (`Giorgia Meloni`), and only a later
 * `the Meloni` followed by a verb or the end of the clause is reported. It
 * forgets at each block, so that a block’s findings depend on that block
 * alone (the incremental linter reuses them). `the Meloni government` (a noun follows), `the Kennedys` (a
 * family) and `The Hague` (no full name before) stay quiet.
 */
import {itemAt} from '../../../src/engine/tokens.js'
import type {Report, Token} from '../../../src/engine/types.js'
import {givenNames} from './given-names.js'
import {isCapitalised, isWord} from './token-tests.js'

/**
 * What may follow the surname for it to be a person on their own: a verb of
 * the copy, or a mark that ends the clause. Not `of`, `who`, `and` or a
 * comma: `the Obama of 2008`, `the Bush and Obama administrations` are English.
 */
const FOLLOWERS = new Set([
  'said',
  'says',
  'has',
  'had',
  'is',
  'was',
  'will',
  'would',
  'could',
  'can',
  'may',
  'must',
  'should',
  'did',
  'does',
  'also',
  'then',
  'replied',
  'replies',
  'announced',
  'announces',
  'insisted',
  'insists',
  'added',
  'adds',
  'explained',
  'explains',
  'wants',
  'wanted',
  'told',
  'declared',
  'stressed',
  'stresses',
  'spoke',
  'speaks',
  'met',
  'meets',
  'went',
  'goes',
  'made',
  'makes',
  'attacked',
  'attacks',
  'responded',
  'responds',
  'defended',
  'defends',
  'wrote',
  'writes',
  'argued',
  'argues',
  'accused',
  'accuses',
  'thanked',
  'thanks',
  'called',
  'calls',
  'asked',
  'asks',
  'answered',
  'answers',
  'admitted',
  'admits',
  'denied',
  'denies',
  'claimed',
  'claims',
  'warned',
  'warns',
  'promised',
  'promises',
  'reiterated',
  'reiterates',
  'underlined',
  'underlines',
  'recalled',
  'recalls',
  'arrived',
  'arrives',
  '.',
  '!',
  '?',
  ';',
  ':',
  '”',
  '»'
])

/** The article, a surname learnt earlier, and what follows: the findings of one sentence. */
function articleBeforeSurname(
  tokens: readonly Token[],
  surnames: ReadonlySet<string>,
  report: (report: Report) => void,
  at: readonly number[] | undefined
): void {
  const count = at ? at.length : tokens.length
  for (let step = 0; step < count; step++) {
    const index = at ? at[step]! : step
    if (index + 2 >= tokens.length) break
    const article = tokens[index]!
    const name = tokens[index + 1]!
    const next = tokens[index + 2]!
    if (article.lower !== 'the' || !isWord(name) || !surnames.has(name.value)) continue
    if (!FOLLOWERS.has(next.lower)) continue
    report({
      start: article.start,
      end: name.end,
      what: 'article before a surname, as Italian, Spanish, Portuguese write it',
      expected: [name.value],
      note: 'Italian, Spanish and Portuguese copy puts the article before a woman’s surname (`la Meloni`, `la Ayuso`); English writes the surname alone (`Meloni said`)',
      // a surname learnt from one given name may still be a company or a place (`the Ferrari is`): info
      lowConfidence: true
    })
  }
}

/** Most words of a surname after the given name (`Isabel Díaz Ayuso`: `Díaz`, `Ayuso`). */
const longestSurname = 3

/** Records the surnames of the full names of a sentence: a known given name, then capitalised words, not after `the`. */
function learnSurnames(tokens: readonly Token[], surnames: Set<string>, at: readonly number[] | undefined): void {
  const count = at ? at.length : tokens.length
  for (let step = 0; step < count; step++) {
    const index = at ? at[step]! : step
    if (index + 1 >= tokens.length) break
    if (!givenNames.has(tokens[index]!.value) || itemAt(tokens, index - 1)?.lower === 'the') continue
    for (const surname of tokens.slice(index + 1, index + 1 + longestSurname)) {
      if (!isCapitalised(surname) || surname.value === surname.value.toUpperCase()) break
      surnames.add(surname.value.replace(/[’']s$/, ''))
    }
  }
}

/** The source languages whose copy puts the article before a surname. */
export const surnameArticleLanguages = ['it', 'es', 'pt'] as const

/** One document’s pattern: it learns surnames as it goes through a block and reports `the <surname>` after them. */
export interface SurnameArticles {
  block(): void
  /** Whether a surname has been learnt in the block: until then, `the` starts no finding and is not looked for. */
  knows(): boolean
  /** `at`, when given, lists (in order) every position whose token is one of `surnameWords`, or `surnameArticle` once it `knows()`: the caller has looked the tokens up already. */
  sentence(tokens: readonly Token[], report: (report: Report) => void, at?: readonly number[]): void
}

/** The lower-case tokens the pattern learns surnames at: the given names. */
export function* surnameWords(): Generator<string> {
  for (const name of givenNames) yield name.toLowerCase()
}

/** The lower-case token the pattern reports at, once it knows a surname. */
export const surnameArticle = 'the'

export function surnameArticles(): SurnameArticles {
  const surnames = new Set<string>()
  return {
    block() {
      // (Most blocks learn no surname: no call into the runtime for them.)
      if (surnames.size > 0) surnames.clear()
    },
    knows: () => surnames.size > 0,
    sentence(tokens, report, at) {
      if (surnames.size > 0) articleBeforeSurname(tokens, surnames, report, at)
      learnSurnames(tokens, surnames, at)
    }
  }
}
