import type {Root} from 'nlcst'
import type {Block, SourceText} from './types.js'

/**
 * A document its parser leaves for the engine to read as it walks: the
 * engine parses plain text block by block, and takes Markdown and HTML block
 * by block as their bridge yields them, dropping each block’s tree once
 * linted (linear, where a whole-document retext parse is quadratic, and
 * bounded in memory: the tree of a 50 MB file takes gigabytes).
 */
export interface Unparsed {
  /** The text itself (plain text), or the blocks (Markdown and HTML, bridged as they are iterated; iterate once), or a tree parsed whole. */
  source: string | Iterable<Block> | Root
  /** The text the rules read. */
  text: string
  /** The document, when `text` is not it (Markdown and HTML read with character references decoded); findings are placed in it. */
  sourceText?: SourceText | undefined
}

/**
 * A document as the rules read it, when that differs from how it is written
 * (Markdown and HTML: a byte order mark dropped, character references
 * decoded; see `formats/reading.ts`). A tree parsed from it is placed in
 * `text`, and findings are taken back to the document.
 */
export interface Reading extends SourceText {
  /** The document as read. */
  text: string
  /** Whether `text` differs from the document. */
  changed: boolean
  /** The offset in the document of a node boundary at `offset` of `text`. */
  toSource(offset: number): number
}

declare module 'nlcst' {
  interface RootData {
    /** Set by a parser that leaves the document for the engine to read as it walks (see `Unparsed`). */
    unparsed?: Unparsed
    /** Set by a parser whose tree is placed in the document as read, not as written (see `Reading`). */
    reading?: Reading
  }
}

/** The tree of a document left for the engine to read as it walks. */
export function unparsed(document: Unparsed): Root {
  return {type: 'RootNode', children: [], data: {unparsed: document}}
}

/** What the engine walks for `tree`: the document its parser left unparsed, or the tree itself with the text it is placed in. */
export function walkedSource(tree: Root, text: string): Unparsed {
  const left = tree.data?.unparsed
  if (left) return left
  const reading = tree.data?.reading
  return reading ? {source: tree, text: reading.text, sourceText: reading} : {source: tree, text}
}
