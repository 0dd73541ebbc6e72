import {sortUnique} from './sorted.js'
import type {Token} from './types.js'
import {WordTable} from './word-table.js'

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
  /**
   * Rarer words, one of which stands `offsets` tokens after the trigger
   * wherever the pattern finds something (`the` → a place name right after
   * it: `{words: places, offsets: [1]}`). A sentence is then looked up at
   * these words instead of the common trigger, and the pattern is tried at
   * the triggers they point back to, in the same order: what it finds is
   * the same.
   */
  cue?: {words: Iterable<string>; offsets: readonly number[]}
  /** What the pattern finds at `index`, or nothing; `text` is the document, for rewrites sliced from it. */
  find(tokens: readonly Token[], index: number, text: string): (Found & {start: number; end: number}) | undefined
}

export interface TriggeredPatterns<Pattern, Found> {
  /**
   * Hands `found` each match of a sentence, in order. `at`, when given, lists
   * (in order) every position whose token is one of `triggers()`: a caller
   * that has looked the tokens up already, for these patterns and others,
   * spares the second lookup; `looks`, when given with it, what `lookOf`
   * gave for each of those tokens, in the same order (spares a third).
   */
  match(
    tokens: readonly Token[],
    text: string,
    found: (pattern: Pattern, found: Found & {start: number; end: number}) => void,
    at?: readonly number[],
    looks?: readonly TriggerLook[]
  ): void
  /** The lower-case tokens at which a pattern may find something: the triggers of patterns without a cue, and the cues’ words. */
  triggers(): Iterable<string>
  /** What one of `triggers()` leads to, for a caller that hands `match` its positions (`looks`). */
  lookOf(word: string): TriggerLook | undefined
}

/** What a looked-up word leads to: whether it triggers a pattern without a cue, and how far back the triggers it is a cue of stand. */
export interface TriggerLook {
  readonly trigger: boolean
  readonly offsets: readonly number[]
}

interface Look extends TriggerLook {
  trigger: boolean
  offsets: number[]
}

export function compileTriggeredPatterns<Found, Pattern extends TriggeredPattern<Found>>(patterns: readonly Pattern[]): TriggeredPatterns<Pattern, Found> {
  const byTrigger = new Map<string, Pattern[]>()
  const looks = new Map<string, Look>()
  const lookOf = (word: string): Look => {
    let look = looks.get(word)
    if (!look) looks.set(word, (look = {trigger: false, offsets: []}))
    return look
  }
  for (const pattern of patterns) {
    for (const trigger of pattern.triggers) {
      const list = byTrigger.get(trigger)
      if (!list) byTrigger.set(trigger, [pattern])
      else if (!list.includes(pattern)) list.push(pattern)
      if (!pattern.cue) lookOf(trigger).trigger = true
    }
    if (!pattern.cue) continue
    for (const word of pattern.cue.words) {
      const {offsets} = lookOf(word)
      for (const offset of pattern.cue.offsets) if (!offsets.includes(offset)) offsets.push(offset)
    }
  }
  // Looked up at tokens (`WordTable`: no call into the runtime to hash a token's new string), each made at its first use:
  // a caller that hands `match` the looks (`at`, `looks`) never reads the first, and a sentence with no place, the second.
  let lookAt: WordTable<Look> | undefined
  let patternsAt: WordTable<Pattern[]> | undefined
  // The positions a sentence is tried at, kept between sentences.
  const places: number[] = []
  return {
    match(tokens, text, onMatch, at, atLooks) {
      if (places.length > 0) places.length = 0
      let unordered = false
      const count = at ? at.length : tokens.length
      for (let step = 0; step < count; step++) {
        const index = at ? at[step]! : step
        const look = at && atLooks ? atLooks[step] : (lookAt ??= new WordTable(looks)).get(tokens[index]!.lower)
        if (!look) continue
        if (look.trigger) places.push(index)
        for (const offset of look.offsets) {
          if (index - offset < 0 || index - offset >= tokens.length) continue
          places.push(index - offset)
          unordered = true
        }
      }
      if (places.length === 0) return
      if (unordered) sortUnique(places)
      patternsAt ??= new WordTable(byTrigger)
      // The last token of the last match.
      let after = -1
      for (let step = 0; step < places.length; step++) {
        let index = places[step]!
        if (index <= after) continue
        const triggered = patternsAt.get(tokens[index]!.lower)
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
      return looks.keys()
    },
    lookOf(word) {
      return looks.get(word)
    }
  }
}
