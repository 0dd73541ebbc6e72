import type {Report, Token} from '../../../src/engine/types.js'
import {languageNames, type Language} from '../../shared/languages.js'
import {compileTriggeredPatterns, type TriggerLook} from '../../../src/engine/triggered-patterns.js'
import {syntaxPatterns, type SyntaxFound, type SyntaxPattern} from './patterns.js'

export interface SyntaxMatcher {
  /** Reports what the patterns find in a sentence (see `TriggeredPatterns.match` for `at` and `looks`). */
  match(tokens: readonly Token[], text: string, report: (report: Report) => void, at?: readonly number[], looks?: readonly TriggerLook[]): void
  /** The lower-case tokens at which a pattern may find something. */
  triggers(): Iterable<string>
  /** What one of `triggers()` leads to (`TriggeredPatterns.lookOf`). */
  lookOf(word: string): TriggerLook | undefined
}

/** The syntactic patterns of the chosen source languages, compiled once. */
export function compileSyntax(chosen: ReadonlySet<Language>): SyntaxMatcher {
  const origins = new Map<SyntaxPattern, string>()
  for (const pattern of syntaxPatterns) {
    const languages = pattern.languages.filter((language) => chosen.has(language))
    if (languages.length > 0) origins.set(pattern, languages.map((language) => languageNames[language]).join(', '))
  }
  const patterns = compileTriggeredPatterns<SyntaxFound, SyntaxPattern>([...origins.keys()])
  // The report handed to the last call, and the callback made for it (one per document, not per sentence).
  let reportTo: ((report: Report) => void) | undefined
  let onMatch: ((pattern: SyntaxPattern, found: SyntaxFound & {start: number; end: number}) => void) | undefined
  return {
    match(tokens, text, report, at, looks) {
      if (report !== reportTo) {
        reportTo = report
        onMatch = (pattern, found) =>
          report({
            start: found.start,
            end: found.end,
            what: pattern.what + ', as ' + origins.get(pattern) + ' write it',
            expected: found.expected,
            advice: found.advice,
            note: pattern.note,
            lowConfidence: found.lowConfidence
          })
      }
      patterns.match(tokens, text, onMatch!, at, looks)
    },
    triggers: () => patterns.triggers(),
    lookOf: (word) => patterns.lookOf(word)
  }
}
