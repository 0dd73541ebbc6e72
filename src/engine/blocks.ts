import type {Paragraph, Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Node, Point} from 'unist'
import {location} from 'vfile-location'
import {codeSpans} from './code.js'
import {isBlankLine, maxPiece, pieceSpans} from './pieces.js'
import {maskUrls, proseText} from './prose.js'
import type {Block} from './types.js'

// parse-latin’s white space class and paragraph separator: a root-level white
// space run splits paragraphs only when it holds nothing but spaces, tabs and
// line breaks. A block boundary is such a run with two or more line breaks.
const whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
// Two or more line breaks with only spaces and tabs between them. The match
// starts at a line break and is widened over spaces and tabs by hand: a
// leading `[ \t]*` would rescan a long run of spaces at every position.
const blankLines = /(?:\r\n|\r(?!\n)|\n)(?:[ \t]*(?:\r\n|\r(?!\n)|\n))+/g

/** Offsets `[start, end)` of the blocks of `text`, cut at blank lines the way retext-english cuts paragraphs. */
export function* blockSpans(text: string): Generator<[number, number]> {
  let start = 0
  blankLines.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = blankLines.exec(text))) {
    let from = match.index
    let to = from + match[0].length
    while (from > start && isBlank(text.charCodeAt(from - 1))) from--
    while (to < text.length && isBlank(text.charCodeAt(to))) to++
    blankLines.lastIndex = to
    // A run that other white space (a no-break space, a form feed) extends does
    // not split paragraphs in a whole-document parse either.
    const extended =
      (from > 0 && whiteSpace.test(text.charAt(from - 1))) || (to < text.length && whiteSpace.test(text.charAt(to)))
    if (extended) continue
    if (from > start) yield [start, from]
    start = to
  }
  if (start < text.length) yield [start, text.length]
}

/** A space or a tab. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9
}

/**
 * Parses `text` one block at a time. retext-english is quadratic on a whole
 * document and linear per paragraph, so this keeps linting linear (a long
 * block is parsed in pieces, see `pieces.ts`); each tree can be dropped once
 * its block has been linted.
 */
export function* parseBlocks(text: string): Generator<Block> {
  for (const [start, end] of blockSpans(text)) {
    const blockText = text.slice(start, end)
    const paragraphs =
      end - start > maxPiece ? piecewise(text, start, end) : paragraphsOf(new ParseEnglish().parse(blockText).children)
    yield {text: maskUrls(blockText), start, paragraphs, nodeBase: start}
  }
}

/**
 * The paragraphs of a long block, parsed piece by piece each time they are
 * iterated, in block coordinates: only one piece’s tree is alive at a time
 * (the tree of one 10 MB paragraph takes gigabytes), at the cost of parsing
 * again for each pass over them.
 */
function piecewise(text: string, start: number, end: number): Iterable<Paragraph> {
  return {
    *[Symbol.iterator]() {
      const place = location(text.slice(start, end))
      for (const [from, to] of pieceSpans(text, start, end)) {
        const children = new ParseEnglish().parse(text.slice(from, to)).children
        if (from > start) shiftAll(children, place.toPoint(from - start)!)
        yield* paragraphsOf(children)
      }
    }
  }
}

/**
 * Parses `text` into one nlcst tree, block by block and piece by piece
 * (linear, where a whole-document parse is quadratic), with document
 * positions: the tree a processor hands to other retext plugins. The white
 * space between blocks and between the pieces of a block is left at the root.
 */
export function parseText(text: string): Root {
  const place = location(text)
  const span = (start: number, end: number) => ({start: place.toPoint(start)!, end: place.toPoint(end)!})
  const children: RootContent[] = []
  const gap = (start: number, end: number) => {
    if (end > start) children.push({type: 'WhiteSpaceNode', value: text.slice(start, end), position: span(start, end)})
  }

  let last = 0
  for (const [blockStart, blockEnd] of blockSpans(text)) {
    for (const [start, end] of pieceSpans(text, blockStart, blockEnd)) {
      gap(last, start)
      const parsed = new ParseEnglish().parse(text.slice(start, end)).children
      shiftAll(parsed, place.toPoint(start)!)
      children.push(...parsed)
      last = end
    }
  }
  gap(last, text.length)
  return {type: 'RootNode', children, position: span(0, text.length)}
}

/** Moves the positions of nodes parsed alone to the coordinates of the text they were cut from, starting at `base`. */
function shiftAll(nodes: readonly Node[], base: Point): void {
  const shifted = new Set<Point>()
  for (const node of nodes) shift(node, base, shifted)
}

/** Moves the positions of a node and its descendants (parse-latin shares points between nodes: each moves once). */
function shift(node: Node & {children?: Node[]}, base: Point, shifted: Set<Point>): void {
  for (const point of node.position ? [node.position.start, node.position.end] : []) {
    if (shifted.has(point)) continue
    shifted.add(point)
    if (point.line === 1) point.column += base.column - 1
    point.line += base.line - 1
    if (point.offset !== undefined) point.offset += base.offset ?? 0
  }
  for (const child of node.children ?? []) shift(child, base, shifted)
}

/**
 * Groups the paragraphs of an already parsed document (positions in document
 * offsets) into blocks. Paragraphs join one block only when nothing but white
 * space without a blank line separates them (the lines of one paragraph of
 * plain text); a blank line, or no white space node at all (the paragraphs of
 * a bridged HTML or Markdown tree), starts a new block. The block text is the
 * prose the paragraphs cover, with markup, code and URLs masked.
 */
export function* treeBlocks(tree: Root, text: string): Generator<Block> {
  let group: Paragraph[] = []
  // What separates the current node from the last paragraph of `group`.
  let separator: 'nothing' | 'line' | 'blank line' = 'nothing'
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') {
      if (group.length > 0 && separator !== 'line') {
        yield blockOf(group, text)
        group = []
      }
      group.push(child)
      separator = 'nothing'
    } else if (child.type === 'WhiteSpaceNode' && separator !== 'blank line') {
      separator = isBlankLine(child.value) ? 'blank line' : 'line'
    }
  }
  if (group.length > 0) yield blockOf(group, text)
}

function blockOf(paragraphs: Paragraph[], text: string): Block {
  const start = paragraphs[0]?.position?.start.offset ?? 0
  const end = paragraphs[paragraphs.length - 1]?.position?.end.offset ?? start
  return {text: proseText(text, start, end, paragraphs), start, paragraphs, nodeBase: 0, code: codeSpans(paragraphs, 0)}
}

function paragraphsOf(children: readonly RootContent[]): Paragraph[] {
  return children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
}
