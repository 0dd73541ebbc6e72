import {readdirSync, readFileSync} from 'node:fs'
import type {Paragraph, Root} from 'nlcst'
import type {Literal, Node} from 'unist'
import {ParseEnglish} from 'parse-english'
import {describe, expect, test} from 'vitest'
import {blockSpans, parseBlocks, parseText, treeBlocks} from '../src/engine/blocks.js'
import {maxPiece, pieceSpans} from '../src/engine/pieces.js'
import {nativeCorpus} from './native-corpus.js'

/**
 * A paragraph as its span and its leaves (words’ parts, punctuation, symbols,
 * white space) with document offsets. Sentence grouping is left out on
 * purpose: a whole-document parse runs parse-latin’s sentence merging over the
 * whole text at once, so a paragraph that ends in a sentence of punctuation
 * only (`fight. »`) keeps it as a sentence of its own there, and merges it into
 * the previous sentence when parsed alone.
 */
function shape(paragraph: Paragraph, base: number): unknown {
  const leaves: unknown[] = []
  const walk = (node: Node) => {
    if ('children' in node) for (const child of node.children as Node[]) walk(child)
    else leaves.push([node.type, (node as Literal).value, node.position!.start.offset! + base, node.position!.end.offset! + base])
  }
  walk(paragraph)
  return {span: [paragraph.position!.start.offset! + base, paragraph.position!.end.offset! + base], leaves}
}

function wholeDocument(text: string): unknown[] {
  const root: Root = new ParseEnglish().parse(text)
  return root.children.filter((child) => child.type === 'ParagraphNode').map((child) => shape(child as Paragraph, 0))
}

function blockByBlock(text: string): unknown[] {
  const result: unknown[] = []
  for (const block of parseBlocks(text)) for (const paragraph of block.paragraphs) result.push(shape(paragraph, block.nodeBase))
  return result
}

const fixtures = new URL('../fixtures/', import.meta.url).pathname

describe('block-by-block parsing', () => {
  test.each(readdirSync(fixtures).filter((name) => name.endsWith('.txt')))('gives the whole-document tree: %s', (name) => {
    const text = readFileSync(fixtures + name, 'utf8')
    expect(blockByBlock(text)).toEqual(wholeDocument(text))
  })

  test('gives the whole-document tree on the native English corpus, but where a lower-case paragraph follows', () => {
    let compared = 0
    for (const document of nativeCorpus().documents) {
      // Known difference: a whole-document parse glues a paragraph-final “.” to
      // the last word when the next paragraph starts in lower case; the block
      // parse keeps paragraphs apart, which is what the text means.
      if (/[.?!]\s*\n\s*\n\s*\p{Ll}/u.test(document.text)) continue
      expect(blockByBlock(document.text), document.path).toEqual(wholeDocument(document.text))
      compared++
    }
    expect(compared).toBeGreaterThan(80)
  })

  test.each([
    [
      'a\n\nb',
      [
        [0, 1],
        [3, 4]
      ]
    ],
    [
      'a\r\n\r\nb',
      [
        [0, 1],
        [5, 6]
      ]
    ],
    [
      'a\n  \n\tb',
      [
        [0, 1],
        [6, 7]
      ]
    ],
    [
      'a\r\nb\r\n\r\nc',
      [
        [0, 4],
        [8, 9]
      ]
    ],
    ['a\nb', [[0, 3]]],
    ['a\n\u00a0\nb', [[0, 5]]],
    ['\n\na\n\n', [[2, 3]]],
    ['', []]
  ])('cuts %j where a whole-document parse cuts paragraphs apart', (text, spans) => {
    expect([...blockSpans(text)]).toEqual(spans)
  })
})

/** The words’ parts, punctuation marks and symbols of the paragraphs of `text`, with document offsets: what pieces must keep. */
function tokensOf(paragraphs: Iterable<{paragraph: Paragraph; base: number}>): unknown[] {
  const leaves: unknown[] = []
  const walk = (node: Node, base: number) => {
    if ('children' in node) for (const child of node.children as Node[]) walk(child, base)
    else if (node.type !== 'WhiteSpaceNode') leaves.push([node.type, (node as Literal).value, node.position!.start.offset! + base])
  }
  for (const {paragraph, base} of paragraphs) walk(paragraph, base)
  return leaves
}

describe('long blocks are parsed in pieces', () => {
  // Native paragraphs on consecutive lines: one block of about 200 KB.
  const text = nativeCorpus()
    .documents.map((document) => document.text)
    .join('\n')
    .replace(/\s*\n\s*/g, '\n')
    .slice(0, 200_000)

  test('of at most `maxPiece` characters, cut at white space, covering the block', () => {
    const spans = [...blockSpans(text)]
    expect(spans).toHaveLength(1)
    const pieces = [...pieceSpans(text, spans[0]![0], spans[0]![1])]
    expect(pieces.length).toBeGreaterThan(200_000 / maxPiece)
    let last = spans[0]![0]
    for (const [start, end] of pieces) {
      expect(end - start).toBeLessThanOrEqual(maxPiece)
      expect(text.slice(last, start)).toMatch(start === spans[0]![0] ? /^$/ : /^\s+$/)
      last = end
    }
    expect(last).toBe(spans[0]![1])
  })

  test('with the words, marks and offsets of a parse of the whole block', () => {
    const whole = new ParseEnglish().parse(text).children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
    const pieces = [...parseBlocks(text)].flatMap((block) => [...block.paragraphs].map((paragraph) => ({paragraph, base: block.nodeBase})))
    expect(tokensOf(pieces)).toEqual(tokensOf(whole.map((paragraph) => ({paragraph, base: 0}))))
  })

  test('into the same blocks for `lint()` and for the shared processor’s tree', () => {
    const long = text + '\n\nMM. '.repeat(3000) + '\n\n' + 'a-b c&d “e” '.repeat(2000)
    const direct = [...parseBlocks(long)]
    const bridged = [...treeBlocks(parseText(long), long)]
    // (The last block of a text keeps its trailing white space when parsed directly, not when bridged.)
    const spans = (blocks: typeof direct) => blocks.map((block) => [block.start, block.text.trimEnd()])
    expect(spans(bridged)).toEqual(spans(direct))
    expect(tokensOf(bridged.flatMap((block) => [...block.paragraphs].map((paragraph) => ({paragraph, base: block.nodeBase}))))).toEqual(
      tokensOf(direct.flatMap((block) => [...block.paragraphs].map((paragraph) => ({paragraph, base: block.nodeBase}))))
    )
  })

  test('and in document coordinates: line and column agree with the offset', () => {
    const root = parseText(text)
    // Line endings as vfile-location counts them: `\r\n`, `\r`, `\n`.
    const lineStarts = [0]
    for (const match of text.matchAll(/\r\n?|\n/g)) lineStarts.push(match.index + match[0].length)
    const check = (node: Node) => {
      for (const point of [node.position!.start, node.position!.end]) {
        expect(lineStarts[point.line - 1]! + point.column - 1).toBe(point.offset)
      }
      if ('children' in node) for (const child of node.children as Node[]) check(child)
    }
    for (const child of root.children) check(child)
  })
})
