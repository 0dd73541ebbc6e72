import {readFileSync} from 'node:fs'
import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import {describe, expect, test} from 'vitest'
import {blockSpans} from '../src/engine/blocks.js'
import {longBlock} from '../src/engine/pieces.js'
import {blockSentences, copiedLists} from '../src/engine/sentence-tokens.js'
import {sentenceTokens} from '../src/engine/tokens.js'
import type {Token} from '../src/engine/types.js'
import {parserText as text, realTexts} from './parser-text.js'
import {runs} from './property-support.js'
import {stateOfTheUnion} from '../scripts/inputs/sotu.js'

/** The tokens of each sentence of the stock parser’s tree of `text`, at `base`. */
function stockSentences(text: string, base: number): Token[][] {
  const sentences: Token[][] = []
  for (const paragraph of new ParseEnglish().parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') sentences.push(sentenceTokens(sentence, base))
  }
  return sentences
}

let given = 0
let texts = 0

/** `blockSentences` gives the stock sentences and tokens of `text`, or gives up. */
function expectStockSentences(text: string, base = 0): void {
  texts++
  const sentences = blockSentences(text, base)
  if (sentences === undefined) return
  given++
  if (!isDeepStrictEqual(sentences, stockSentences(text, base))) expect({text, sentences}).toEqual({text, sentences: stockSentences(text, base)})
}
describe('blockSentences', () => {
  test('gives the stock sentences and tokens of text built from what each plugin acts on, or gives up', () => {
    given = 0
    texts = 0
    fc.assert(
      fc.property(text, fc.integer({min: 0, max: 5000}), (value, base) => expectStockSentences(value, base)),
      {...runs, numRuns: runs.numRuns * 25}
    )
    // The generator draws a white space run of two line breaks or a character outside ASCII often; the rest take the fast path.
    expect(given / texts).toBeGreaterThan(0.2)
  })

  test('gives the stock sentences of every text of up to four pieces that set off a plugin', () => {
    const pieces = ['a', 'W', 'o', 'n', '1', "'", '’', '/', '&', '-', '.', '_', ' ', '\n', '\r', '!', ',', ')', 'Jan', 'e']
    let texts = ['']
    for (let length = 1; length <= 4; length++) {
      texts = texts.flatMap((before) => pieces.map((piece) => before + piece))
      for (const value of texts) expectStockSentences(value)
    }
  })

  test('copies parse-english’s and parse-latin’s lists of abbreviations and elisions as they are', () => {
    const english = readFileSync(new URL('../node_modules/parse-english/lib/regex.js', import.meta.url), 'utf8')
    for (const name of ['abbreviations', 'abbreviationsSensitive', 'elisionPrefix', 'elisionAffix'] as const) {
      expect(english).toContain(`export const ${name} =\n  /${copiedLists[name].source}/\n`.replace('\n  ', name.startsWith('elision') ? ' ' : '\n  '))
    }
    const latin = readFileSync(new URL('../node_modules/parse-latin/lib/plugin/merge-prefix-exceptions.js', import.meta.url), 'utf8')
    const words = [...latin.matchAll(/^ {4}'([^']+)'/gm)].map((match) => match[1]).join('')
    expect(`^(${words}`).toBe(copiedLists.abbreviationPrefix.source)
  })

  test.each([
    ['Word.', 1],
    ["Rock 'n' roll w/ friends, e.g. U.S. and Jan. 5. Then more.", 1],
    ['It works (see below). and then? 3 more! "Quoted." Done', 4],
    ['A. B. c.', 1]
  ])('gives the stock sentences of %j (%i sentences)', (value, count) => {
    expectStockSentences(value)
    expect(blockSentences(value, 0)).toHaveLength(count)
  })

  test('gives the stock sentences of most blocks of real text (the seed, the fixtures, the native English corpus, State of the Union addresses)', () => {
    const documents = [...realTexts(), ...stateOfTheUnion().map((document) => document.text)]
    given = 0
    texts = 0
    for (const value of documents) {
      for (const [start, end] of blockSpans(value)) if (end - start <= longBlock) expectStockSentences(value.slice(start, end), start)
    }
    expect(texts).toBeGreaterThan(5000)
    // Most blocks of real text take the fast path.
    expect(given / texts).toBeGreaterThan(0.9)
  })
})
