import {ParseEnglish} from 'parse-english'
import type {Sentence} from 'nlcst'
import {describe, expect, test} from 'vitest'
import {compileGazetteer, serializeAnchors, type Gazetteer, type GazetteerContext, type GazetteerMatch, type GazetteerName} from '../../src/engine/gazetteer.js'
import {sentenceTokens} from '../../src/engine/tokens.js'

const cues = new Set(['daily', 'newspaper'])
const names: Array<GazetteerName<string>> = [
  {entry: 'echoes', rendering: 'The Echoes', cues, needs: 'capitals'},
  {entry: 'west', rendering: 'West France', cues, needs: 'capitals'},
  {entry: 'world', rendering: 'The World', cues, needs: 'context'},
  {entry: 'mirror', rendering: 'The Mirror', cues, needs: 'cue'},
  {entry: 'time', rendering: 'Time', cues, needs: 'context'},
  {entry: 'zeit', rendering: 'Time', cues, needs: 'context'}
]
const context: GazetteerContext = {
  after: ['reported', 'wrote'],
  credits: ['with AFP'],
  before: ['told', 'according to'],
  modifiers: new Set(['daily']),
  minor: new Set(['the', 'of', 'and'])
}
// Each case is read with the anchors found in the names, and with those a build writes (`serializeAnchors`), read back.
const gazetteers: ReadonlyArray<[string, Gazetteer<string>]> = [
  ['scanned', compileGazetteer(names, context)],
  ['built', compileGazetteer(names, context, serializeAnchors(names, context))]
]

/** The names of `text`; `caller`: found through `each` at the anchors' positions and anchors a caller looked up (`mayShowAt`, `anchorsOf`). */
function find(gazetteer: Gazetteer<string>, text: string, caller = false): string[] {
  const found: string[] = []
  const words = new Set(gazetteer.words())
  for (const paragraph of new ParseEnglish().parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const tokens = sentenceTokens(sentence as Sentence, 0)
      const matches: Array<GazetteerMatch<string>> = []
      if (caller) {
        const at = tokens.flatMap((token, index) =>
          words.has(token.lower) && gazetteer.mayShowAt(gazetteer.anchorsOf(token.lower)!, tokens, index) ? [index] : []
        )
        gazetteer.each(
          tokens,
          (match) => matches.push(match),
          at,
          at.map((index) => gazetteer.anchorsOf(tokens[index]!.lower)!)
        )
      } else matches.push(...gazetteer.match(tokens))
      for (const match of matches) found.push([match.entry, ...match.others].join('+') + ':' + text.slice(match.start, match.end))
    }
  }
  return found
}

describe.each(gazetteers)('gazetteer (%s anchors)', (_, gazetteer) => {
  test.each([
    // Capitals are enough for a distinctive rendering, not for ordinary English.
    ['Sources close to The Echoes and West France agree.', ['echoes:The Echoes', 'west:West France']],
    ['The echoes of the war and the world at large.', []],
    ['They said The World is watching.', []],
    // A cue, press verb, attribution, credit line or quotation marks show a name.
    ['As the daily The World put it.', ['world:The World']],
    ['Then The World reported a leak.', ['world:The World']],
    ['She told The World on Monday.', ['world:The World']],
    ['The world with AFP', ['world:The world']],
    ['He told the “Time” that he would stay.', ['time+zeit:Time']],
    // A name the cue covers goes on across `and`.
    ['In the newspaper The World and Time, reporters agree.', ['world:The World', 'time+zeit:Time']],
    // Next to another capitalised word, it is part of a longer name.
    ['The World Bank reported growth; she told BBC World on Monday.', []],
    // A rendering that is also an English title needs its cue before it.
    ['The Mirror reported that the daily The Mirror was sold.', ['mirror:The Mirror']],
    ['the Mirror newspaper', []],
    // After a cue that is also an adjective, a name in lower case is no name.
    ['his daily time off; the daily “Time”', ['time+zeit:Time']]
  ])('%j', (text, expected) => {
    expect(find(gazetteer, text)).toEqual(expected)
    expect(find(gazetteer, text, true)).toEqual(expected)
  })
})

test('the built anchors read back are the anchors found in the names, with the names’ cues, one set for each list of cues', () => {
  const [scanned, built] = gazetteers.map(([, gazetteer]) => gazetteer)
  const words = [...scanned!.words()]
  expect([...built!.words()]).toEqual(words)
  expect(words).toEqual(['echoes', 'france', 'world', 'mirror', 'time'])
  const sets = new Set<ReadonlySet<string>>()
  for (const word of words) {
    expect(built!.anchorsOf(word), word).toEqual(scanned!.anchorsOf(word))
    for (const anchor of built!.anchorsOf(word)!) {
      expect(anchor.cues).toEqual(cues)
      sets.add(anchor.cues)
    }
  }
  expect(sets.size).toBe(1)
})

test('the built anchors are read without listing the names, which are listed at the first sentence that may show one', () => {
  let listed = 0
  const gazetteer = compileGazetteer(
    () => {
      listed++
      return names
    },
    context,
    serializeAnchors(names, context)
  )
  expect(gazetteer.anchorsOf('world')).toEqual(gazetteers[0]![1].anchorsOf('world'))
  expect(gazetteer.anchorsOf('constructor')).toBeUndefined()
  expect(listed).toBe(0)
  expect(find(gazetteer, 'the daily Time reported')).toEqual(find(gazetteers[0]![1], 'the daily Time reported'))
  expect(listed).toBe(1)
})
