import type {Node} from 'prosemirror-model'
import type {BlockInput} from '../incremental/index.js'

// What the rules read for an inline leaf that is not text: a line break for a hard break (one line
// break never splits a block), the object replacement character for any other (an image, a mention).
const lineBreak = '\n'
const objectReplacement = '\uFFFC'
// Blocks are joined by a blank line in the text the linter reads (see `incremental/layout.ts`).
const separator = 2

/** A textblock of the document as an mtlint block, with the document position of each of its characters. */
export interface TextBlock extends BlockInput {
  /** `positions[i]`: the document position of character `i` of `text`; `positions[text.length]`: the end of the content. */
  positions: Int32Array
  /** Offset of `text` in the text the linter reads. */
  offset: number
}

/**
 * The textblocks of a ProseMirror document, in document order, as mtlint
 * blocks: paragraphs and headings, also inside lists, blockquotes and other
 * nested blocks; code blocks (`spec.code`) are left out. Text is read across
 * marks; a hard break reads as a line break and another inline leaf as one
 * object replacement character.
 */
export function textBlocks(doc: Node): TextBlock[] {
  const blocks: TextBlock[] = []
  let offset = 0
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true
    if (node.type.spec.code) return false
    let text = ''
    const positions: number[] = []
    node.forEach((child, childOffset) => {
      const at = position + 1 + childOffset
      if (child.isText) {
        const value = child.text!
        for (let index = 0; index < value.length; index++) positions.push(at + index)
        text += value
      } else {
        positions.push(at)
        text += child.type.name === 'hard_break' || child.type.name === 'hardBreak' ? lineBreak : objectReplacement
      }
    })
    positions.push(position + 1 + node.content.size)
    blocks.push({key: String(position), text, positions: Int32Array.from(positions), offset})
    offset += text.length + separator
    return false
  })
  return blocks
}

/** The document position of `offset` of the text the linter read: in the block that holds it (its end at a block’s end). */
export function positionOf(blocks: readonly TextBlock[], offset: number): number {
  let low = 0
  let high = blocks.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (blocks[middle]!.offset <= offset) low = middle
    else high = middle - 1
  }
  const block = blocks[low]!
  const local = Math.min(Math.max(offset - block.offset, 0), block.text.length)
  return block.positions[local]!
}
