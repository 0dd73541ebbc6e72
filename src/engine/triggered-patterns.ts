import type {Token} from './types.js'

/**
 * Token patterns that start at a trigger word: a sentence is read once, and
 * each token whose lower case is a trigger hands its position to the
 * patterns it triggers (`the` → the article pattern; `said`, `announced`… →
 * the inverted speech tag). A pattern looks at the tokens around it and
 * returns the span it finds, if any. Matches do not overlap: after a match,
 * the scan goes on past its last token.
 */
export interface TriggeredPattern<Found> {
  /** Lower-case tokens at which the pattern may start (or anchor). */
  triggers: Iterable<string>
  /** What the pattern finds at `index`, or nothing; `text` is the document, for rewrites sliced from it. */
  find(tokens: readonly Token[], index: number, text: string): (Found & {start: number; end: number}) | undefined
}

export interface TriggeredPatterns<Pattern, Found> {
  /**
   * Hands `found` each match of a sentence, in order. `at`, when given, lists
   * (in order) every position whose token is one of `triggers()`: a caller
   * that has looked the tokens up already, for these patterns and others,
   * spares the second lookup.
   */
  match(tokens: readonly Token[], text: string, found: (pattern: Pattern, found: Found & {start: number; end: number}) => void, at?: readonly number[]): void
  /** The lower-case tokens at which a pattern may find something. */
  triggers(): Iterable<string>
}

export function compileTriggeredPatterns<Found, Pattern extends TriggeredPattern<Found>>(patterns: readonly Pattern[]): TriggeredPatterns<Pattern, Found> {
  const byTrigger = new Map<string, Pattern[]>()
  for (const pattern of patterns) {
    for (const trigger of pattern.triggers) {
      const list = byTrigger.get(trigger)
      if (!list) byTrigger.set(trigger, [pattern])
      else if (!list.includes(pattern)) list.push(pattern)
    }
  }
  return {
    match(tokens, text, onMatch, at) {
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
          onMatch(pattern, found)
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
