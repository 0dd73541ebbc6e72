import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Point} from 'unist'
import {describe, expect, test} from 'vitest'
import {blockSpans} from '../src/engine/blocks.js'
import {origin, ParseAt} from '../src/engine/parser.js'
import {pieceSpans} from '../src/engine/pieces.js'
import {parserText as text, realTexts} from './parser-text.js'
import {runs} from './property-support.js'

/**
 * `ParseAt` must give retext-english’s trees, positions included: the stock
 * parser’s tree of the same text, each point moved to start at the base.
 */
function stockAt(text: string, base: Point): Root {
  const tree = new ParseEnglish().parse(text)
  const moved = new Set<Point>()
  const move = (point: Point) => {
    if (moved.has(point)) return
    moved.add(point)
    if (point.line === 1) point.column += base.column - 1
    point.line += base.line - 1
    point.offset = (point.offset ?? 0) + (base.offset ?? 0)
  }
  const walk = (node: {position?: {start: Point; end: Point}; children?: unknown[]}) => {
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(tree)
  return tree
}

const parser = new ParseAt()

function expectStockTree(text: string, base: Point = origin): void {
  const tree = parser.parseAt(text, base)
  // Deep equality first: printing a diff of every tree would be slow.
  if (!isDeepStrictEqual(tree, stockAt(text, base))) expect({text, tree}).toEqual({text, tree: stockAt(text, base)})
}

const base = fc.record({line: fc.integer({min: 1, max: 50}), column: fc.integer({min: 1, max: 80}), offset: fc.integer({min: 0, max: 5000})})

describe('ParseAt', () => {
  test('gives the stock tree on text built from what each plugin acts on', () => {
    fc.assert(
      fc.property(text, (value) => expectStockTree(value)),
      {...runs, numRuns: runs.numRuns * 25}
    )
  })

  test('gives the stock tree on every text of up to four pieces that set off a plugin', () => {
    // The plugins look at a token and its neighbours (`w/.x`, `a.b.`, `'n'`, `x-.`): every short sequence is tried.
    const pieces = ['a', 'W', 'o', 'n', '1', "'", '’', '/', '&', '-', '.', '_', ' ', '\n', '!', ',']
    let texts = ['']
    for (let length = 1; length <= 4; length++) {
      texts = texts.flatMap((before) => pieces.map((piece) => before + piece))
      for (const value of texts) expectStockTree(value)
    }
  })

  test('gives the stock tree moved to the base point', () => {
    fc.assert(
      fc.property(text, base, (value, point) => expectStockTree(value, point)),
      {...runs, numRuns: runs.numRuns * 5}
    )
  })

  test.each([
    ['', 0],
    ['Word.', 1],
    ["Rock 'n' roll w/ friends, e.g. U.S. and Jan. 5.", 1],
    ['A\n\nB', 2],
    ['  lead and tail  \n', 1]
  ])('gives the stock tree of %j (%i paragraphs)', (value, paragraphs) => {
    expectStockTree(value)
    expect(parser.parseAt(value, origin).children.filter((child) => child.type === 'ParagraphNode')).toHaveLength(paragraphs)
  })

  test('gives the stock tree of each block and piece of real text (the seed, the fixtures, the native English corpus)', () => {
    const texts = realTexts()
    let blocks = 0
    for (const value of texts) {
      for (const [start, end] of blockSpans(value)) {
        for (const [from, to] of pieceSpans(value, start, end)) expectStockTree(value.slice(from, to), {line: 3, column: 7, offset: from})
        blocks++
      }
    }
    expect(blocks).toBeGreaterThan(5000)
  })
})
