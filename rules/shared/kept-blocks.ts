import {countAtOrBelow, startOf} from '../../src/engine/sorted.js'
import type {Summarized} from '../../src/engine/types.js'

/**
 * Where `block` stands in `blocks` (document order, compared by identity):
 * at `hint` (the next place of a run of added blocks), else found by its
 * start; `-1` when it is not there.
 */
export function indexOfBlock<Block extends {start: number}>(blocks: ArrayLike<Block>, block: Block, hint = -1): number {
  if (hint >= 0 && blocks[hint] === block) return hint
  const start = block.start
  // Blocks may share a start (an empty one): the first at or after it, then by identity.
  for (let index = countAtOrBelow(blocks, start - 1, startOf); index < blocks.length && blocks[index]!.start === start; index++) {
    if (blocks[index] === block) return index
  }
  return -1
}

/** Inserts `block` into `list`, kept in document order (the blocks of a kept decision move together, so their order holds). */
export function insertInOrder<Summary>(list: Array<Summarized<Summary>>, block: Summarized<Summary>): void {
  const at = countAtOrBelow(list, block.start, startOf)
  if (at === list.length) list.push(block)
  else list.splice(at, 0, block)
}
