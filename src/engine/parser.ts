import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'

type Token = ReturnType<ParseEnglish['tokenize']>[number]

/**
 * retext-english’s parser, with positions that start at `base` (a point of
 * the document) instead of 1:1. A block, or a piece of one, is parsed on its
 * own and its nodes must point into the document: the tokens are moved as
 * they are made, before the sentence and paragraph plugins copy their points
 * up the tree, so no node is visited twice and the tree is not walked again.
 */
export class ParseAt extends ParseEnglish {
  constructor(private readonly base: Point) {
    super()
  }

  override tokenize(value?: string | null): Token[] {
    const tokens = super.tokenize(value)
    if (this.base.offset === 0) return tokens
    for (const token of tokens) {
      const {start, end} = token.position!
      this.move(start)
      this.move(end)
      // A word’s text node has its own end, and shares the word’s start (a copy is moved too).
      if (token.type === 'WordNode') {
        for (const child of token.children) {
          if (child.position!.start !== start) this.move(child.position!.start)
          if (child.position!.end !== end) this.move(child.position!.end)
        }
      }
    }
    return tokens
  }

  private move(point: Point): void {
    if (point.line === 1) point.column += this.base.column - 1
    point.line += this.base.line - 1
    point.offset = (point.offset ?? 0) + (this.base.offset ?? 0)
  }
}
