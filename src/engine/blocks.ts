import type {Paragraph, Root, RootContent} from 'nlcst'
import {codeSpans} from './code.js'
import type {ParseAt} from './parser.js'
import {isBlankLine, isWhiteSpace, longBlock, pieceSpans} from './pieces.js'
import {maskUrls, proseText} from './prose.js'
import {blockSentences} from './sentence-tokens.js'
import {pointsOf, treeParser} from './trees.js'
import type {Block, Token} from './types.js'

// parse-latin’s white space class and paragraph separator: a root-level white
// space run splits paragraphs only when it holds nothing but spaces, tabs and
// line breaks. A block boundary is such a run with two or more line breaks.
export const whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
// A blank line is two or more line breaks with only spaces and tabs between
// them; the run is followed by hand, not by a regular expression: a repeated
// group over a run of ten million line breaks overflows the regex engine’s
// stack, and a leading `[ \t]*` would rescan a long run of spaces at every position.

/** Offsets `[start, end)` of the blocks of `text`, cut at blank lines the way retext-english cuts paragraphs. */
export function* blockSpans(text: string): Generator<[number, number]> {
  const cursor = new BlockCursor(text)
  while (cursor.next()) yield [cursor.start, cursor.end]
}

/** The blocks of a text one after the other, without an array per block: `next()` moves to the next one, `[start, end)`. */
class BlockCursor {
  start = 0
  end = 0
  /** Where the next block starts at the latest; past the text once the last block is read. */
  private from = 0
  /** Whether the text holds a carriage return: without one, `indexOf` finds each line break. */
  private readonly returns: boolean

  constructor(private readonly text: string) {
    this.returns = text.includes('\r')
  }

  next(): boolean {
    const text = this.text
    const returns = this.returns
    let start = this.from
    for (let at = lineBreakAt(text, start, returns); at !== -1;) {
      let from = at
      let to = from + (text.charCodeAt(from) === 13 && text.charCodeAt(from + 1) === 10 ? 2 : 1)
      let breaks = 1
      for (let next = skipBlanks(text, to); next < text.length; next = skipBlanks(text, to)) {
        const code = text.charCodeAt(next)
        if (code !== 10 && code !== 13) break
        to = next + (code === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1)
        breaks++
      }
      if (breaks < 2) {
        at = lineBreakAt(text, to, returns)
        continue
      }
      while (from > start && isBlank(text.charCodeAt(from - 1))) from--
      to = skipBlanks(text, to)
      at = lineBreakAt(text, to, returns)
      // A run that other white space (a no-break space, a form feed) extends does
      // not split paragraphs in a whole-document parse either.
      const extended = (from > 0 && isWhiteSpace(text.charCodeAt(from - 1))) || (to < text.length && isWhiteSpace(text.charCodeAt(to)))
      if (extended) continue
      if (from > start) {
        this.start = start
        this.end = from
        this.from = to
        return true
      }
      start = to
    }
    this.start = start
    this.end = text.length
    this.from = text.length
    return start < text.length
  }
}

/** The offset of the first line break (`\r` or `\n`) at or after `index`, or -1 (`returns`: whether the text holds a `\r`). */
function lineBreakAt(text: string, index: number, returns: boolean): number {
  if (!returns) return text.indexOf('\n', index)
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }
  return -1
}

/** A space or a tab. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9
}

/** The offset of the first character at or after `index` that is not a space or a tab. */
function skipBlanks(text: string, index: number): number {
  while (index < text.length && isBlank(text.charCodeAt(index))) index++
  return index
}

/** A block of plain text, with the tokens of its sentences when they were read without a tree. */
export interface TextBlock extends Block {
  /** The tokens of each sentence, as `sentenceTokens` reads them from `paragraphs` (see `sentence-tokens.ts`). */
  sentences?: Token[][] | undefined
}

/** The first point of a text. */
const origin = {line: 1, column: 1, offset: 0}

/** A block `BlockReader` reads. One object per block: its paragraphs are parsed when read (`paragraphs`, read once), not before. */
class ReadBlock implements TextBlock {
  readonly nodeBase: number

  constructor(
    /** The document. */
    private readonly document: string,
    /** Gives the parser of every block of the document. */
    private readonly reader: BlockReader,
    readonly text: string,
    readonly start: number,
    private readonly end: number,
    readonly sentences: Token[][] | undefined
  ) {
    this.nodeBase = start
  }

  get paragraphs(): Iterable<Paragraph> {
    const {document, start, end} = this
    const parser = this.reader.parser
    return end - start > longBlock ? piecewise(parser, document, start, end) : paragraphsOf(parser.parseAt(document.slice(start, end), origin).children)
  }
}

/**
 * Reads `text` one block at a time (see `parseBlocks`): `next()` is the next
 * block, or `undefined` after the last.
 */
export class BlockReader {
  // One parser for every block, made at the first block whose tree is read: it keeps no state between parses, and making one copies its plugin lists.
  private treeParser: ParseAt | undefined
  private readonly cursor: BlockCursor

  constructor(
    private readonly text: string,
    private readonly tokens: boolean
  ) {
    this.cursor = new BlockCursor(text)
  }

  /** The tree parser, or `TreesNotLoaded` (see `trees.ts`). */
  get parser(): ParseAt {
    return (this.treeParser ??= treeParser())
  }

  next(): TextBlock | undefined {
    const cursor = this.cursor
    if (!cursor.next()) return undefined
    const {start, end} = cursor
    const blockText = this.text.slice(start, end)
    const sentences = this.tokens && end - start <= longBlock ? blockSentences(blockText, start) : undefined
    return new ReadBlock(this.text, this, maskUrls(blockText), start, end, sentences)
  }
}

/**
 * Parses `text` one block at a time. retext-english is quadratic on a whole
 * document and linear per paragraph, so this keeps linting linear (a long
 * block is parsed in pieces, see `pieces.ts`); each tree can be dropped once
 * its block has been linted. `tokens`: read the tokens of each block’s
 * sentences without a tree where that can be done (`sentences`); a block’s
 * paragraphs are parsed only if they are read.
 */
export function* parseBlocks(text: string, tokens = false): Generator<TextBlock> {
  const reader = new BlockReader(text, tokens)
  for (let block = reader.next(); block; block = reader.next()) yield block
}

/**
 * The paragraphs of a long block, parsed piece by piece as they are
 * iterated, in block coordinates: only one piece’s tree is alive at a time
 * (the tree of one 10 MB paragraph takes gigabytes). A second pass would
 * parse them again: the engine makes one.
 */
function piecewise(parser: ParseAt, text: string, start: number, end: number): Iterable<Paragraph> {
  return {
    *[Symbol.iterator]() {
      const place = pointsOf(text.slice(start, end))
      for (const [from, to] of pieceSpans(text, start, end)) {
        yield* paragraphsOf(parser.parseAt(text.slice(from, to), place.toPoint(from - start)!).children)
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
  const place = pointsOf(text)
  const span = (start: number, end: number) => ({start: place.toPoint(start)!, end: place.toPoint(end)!})
  const children: RootContent[] = []
  const gap = (start: number, end: number) => {
    if (end > start) children.push({type: 'WhiteSpaceNode', value: text.slice(start, end), position: span(start, end)})
  }

  const parser = treeParser()
  let last = 0
  for (const [blockStart, blockEnd] of blockSpans(text)) {
    for (const [start, end] of pieceSpans(text, blockStart, blockEnd)) {
      gap(last, start)
      children.push(...parser.parseAt(text.slice(start, end), place.toPoint(start)!).children)
      last = end
    }
  }
  gap(last, text.length)
  return {type: 'RootNode', children, position: span(0, text.length)}
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
