import type {Report, Token} from '../../../src/engine/types.js'
import {languageNames, type Language} from '../../shared/languages.js'
import {syntaxPatterns, type SyntaxPattern} from './patterns.js'

export interface SyntaxMatcher {
  /**
   * Reports what the patterns find in a sentence, as `compileTriggeredPatterns`
   * (`src/engine/triggered-patterns.ts`) does: at each trigger, the first
   * pattern that finds a span not overlapping the last one; past a match, the
   * scan goes on after it. `at`, when given, lists (in order) every position
   * whose token is one of `triggers()`: the caller has looked the tokens up
   * already, for these patterns and others.
   */
  match(tokens: readonly Token[], text: string, report: (report: Report) => void, at?: readonly number[]): void
  /** The lower-case tokens at which a pattern may find something. */
  triggers(): Iterable<string>
}

/** The syntactic patterns of the chosen source languages, compiled once. */
export function compileSyntax(chosen: ReadonlySet<Language>): SyntaxMatcher {
  const byTrigger = new Map<string, SyntaxPattern[]>()
  const origins = new Map<SyntaxPattern, string>()
  for (const pattern of syntaxPatterns) {
    const languages = pattern.languages.filter((language) => chosen.has(language))
    if (languages.length === 0) continue
    origins.set(pattern, languages.map((language) => languageNames[language]).join(', '))
    for (const trigger of pattern.triggers) {
      const list = byTrigger.get(trigger)
      if (!list) byTrigger.set(trigger, [pattern])
      else if (!list.includes(pattern)) list.push(pattern)
    }
  }
  return {
    match(tokens, text, report, at) {
      // The last token of the last match.
      let after = -1
      const count = at ? at.length : tokens.length
      for (let step = 0; step < count; step++) {
        let index = at ? at[step]! : step
        if (index <= after) continue
        const triggered = byTrigger.get(tokens[index]!.lower)
        if (!triggered) continue
        for (const pattern of triggered) {
          const found = pattern.find(tokens, index, text)
          if (!found || found.start < (tokens[after]?.end ?? -1)) continue
          report({
            start: found.start,
            end: found.end,
            what: pattern.what + ', as ' + origins.get(pattern) + ' write it',
            expected: found.expected,
            advice: found.advice,
            note: pattern.note,
            lowConfidence: found.lowConfidence
          })
          while (index + 1 < tokens.length && tokens[index + 1]!.start < found.end) index++
          after = index
          break
        }
      }
    },
    triggers() {
      return byTrigger.keys()
    }
  }
}
