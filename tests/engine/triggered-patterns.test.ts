import {ParseEnglish} from 'parse-english'
import type {Sentence} from 'nlcst'
import {expect, test} from 'vitest'
import {compileTriggeredPatterns, type TriggeredPattern} from '../../src/engine/triggered-patterns.js'
import {sentenceTokens} from '../../src/engine/tokens.js'

interface Found {
  label: string
}

/** `the` + a capitalised word, and `since` + a number: two patterns that may overlap. */
const patterns: Array<TriggeredPattern<Found> & {id: string}> = [
  {
    id: 'article',
    triggers: ['the'],
    find(tokens, index) {
      const next = tokens[index + 1]
      if (!next || next.value.charAt(0) === next.lower.charAt(0)) return undefined
      return {start: tokens[index]!.start, end: next.end, label: next.value}
    }
  },
  {
    id: 'since',
    triggers: ['since', 'days'],
    find(tokens, index) {
      // Anchored at either word: reports from `since` whichever triggered it.
      const since = tokens[index]!.lower === 'since' ? index : index - 2
      if (tokens[since]?.lower !== 'since' || tokens[since + 2]?.lower !== 'days') return undefined
      return {start: tokens[since]!.start, end: tokens[since + 2]!.end, label: tokens[since + 1]!.value}
    }
  }
]

test('each trigger hands its position to its patterns; matches do not overlap', () => {
  const text = 'Since two days the Crimea and the sea, since 3 days.'
  const sentence = new ParseEnglish().parse(text).children[0]!
  const tokens = sentenceTokens((sentence as {children: Sentence[]}).children[0]!, 0)
  const found: string[] = []
  compileTriggeredPatterns<Found, (typeof patterns)[number]>(patterns).match(tokens, text, (pattern, match) =>
    found.push(pattern.id + ':' + text.slice(match.start, match.end) + ':' + match.label)
  )
  expect(found).toEqual(['since:Since two days:two', 'article:the Crimea:Crimea', 'since:since 3 days:3'])
})

/** The same patterns, each tried only where a cue stands: the place name after `the`, the unit two words after `since`. */
const cued: Array<TriggeredPattern<Found> & {id: string}> = [
  {...patterns[0]!, cue: {words: ['crimea', 'donbas', 'days'], offsets: [1]}},
  {...patterns[1]!, cue: {words: ['days'], offsets: [2]}}
]

/** The matches of `list` in `text`; `caller`: with the positions and looks a caller looked the tokens up at (`triggers()`, `lookOf`). */
function found(list: typeof patterns, text: string, caller = false): string[] {
  const sentence = new ParseEnglish().parse(text).children[0]!
  const tokens = sentenceTokens((sentence as {children: Sentence[]}).children[0]!, 0)
  const compiled = compileTriggeredPatterns<Found, (typeof patterns)[number]>(list)
  const out: string[] = []
  const push = (pattern: (typeof patterns)[number], match: Found & {start: number; end: number}) =>
    out.push(pattern.id + ':' + text.slice(match.start, match.end) + ':' + match.label)
  if (caller) {
    const words = new Set(compiled.triggers())
    const at = tokens.flatMap((token, index) => (words.has(token.lower) ? [index] : []))
    compiled.match(
      tokens,
      text,
      push,
      at,
      at.map((index) => compiled.lookOf(tokens[index]!.lower)!)
    )
  } else compiled.match(tokens, text, push)
  return out
}

test.each([
  ['Since two days the Crimea and the sea, since 3 days.', ['since:Since two days:two', 'article:the Crimea:Crimea', 'since:since 3 days:3']],
  // The cue rules out `the Sea`, which the pattern alone finds: only cue words may be cues.
  ['The Crimea, the Donbas and the Sea.', ['article:The Crimea:Crimea', 'article:the Donbas:Donbas']],
  // Two matches that overlap: the first one stands, as when each is tried at every trigger.
  ['It lasted since the Days of May.', ['since:since the Days:the']],
  ['Nothing here.', []]
])('a cue hands its trigger to the pattern: %s', (text, expected) => {
  expect(found(cued, text)).toEqual(expected.filter((item) => !item.includes('Sea')))
  expect(found(patterns, text).filter((item) => !item.includes('Sea'))).toEqual(expected)
  // Positions and looks from the caller find what the patterns find alone.
  expect(found(cued, text, true)).toEqual(found(cued, text))
  expect(found(patterns, text, true).filter((item) => !item.includes('Sea'))).toEqual(expected)
})
