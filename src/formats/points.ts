import type {Point} from 'unist'
import type {location} from 'vfile-location'

/** Line and column of offsets in a document, indexed once per document. */
export type Place = ReturnType<typeof location>

/** A node of a Markdown, HTML or nlcst tree, as far as its positions go. */
export interface Placed {
  position?: {start: Point; end: Point}
  children?: Placed[]
}

/**
 * Every distinct point object of `node` and its descendants: trees share
 * some (a copy shares its children’s, a parser may reuse one), and a point
 * moved twice is misplaced.
 */
export function pointsOf(node: Placed): Point[] {
  const seen = new Set<Point>()
  const stack: Placed[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) {
      seen.add(current.position.start)
      seen.add(current.position.end)
    }
    if (current.children) for (const child of current.children) stack.push(child)
  }
  return [...seen]
}
