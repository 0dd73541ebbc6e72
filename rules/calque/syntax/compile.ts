import {compileTriggeredPatterns} from '../../../src/engine/triggered-patterns.js'
import type {Report, Token} from '../../../src/engine/types.js'
import {languageNames, type Language} from '../../shared/languages.js'
import {syntaxPatterns, type SyntaxFound, type SyntaxPattern} from './patterns.js'

export interface SyntaxMatcher {
  match(tokens: readonly Token[], text: string, report: (report: Report) => void): void
}

/** The syntactic patterns of the chosen source languages, compiled once. */
export function compileSyntax(chosen: ReadonlySet<Language>): SyntaxMatcher {
  const patterns = compileTriggeredPatterns<SyntaxFound, SyntaxPattern>(
    syntaxPatterns.filter((pattern) => pattern.languages.some((language) => chosen.has(language)))
  )
  const origins = new Map<SyntaxPattern, string>(
    syntaxPatterns.map((pattern) => [
      pattern,
      pattern.languages
        .filter((language) => chosen.has(language))
        .map((language) => languageNames[language])
        .join(', ')
    ])
  )
  return {
    match(tokens, text, report) {
      for (const {pattern, found} of patterns.match(tokens, text)) {
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
    }
  }
}
