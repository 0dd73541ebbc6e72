import type {Point} from 'unist'
import {longBlock, pieceSpans} from '../engine/pieces.js'
import type {Place} from './points.js'

/**
 * Cuts a Markdown or HTML tree into the units it is bridged to nlcst in.
 *
 * mdast-util-to-nlcst and hast-util-to-nlcst gather all the words of a
 * paragraph into one array (spread into another with `push(...)`, which
 * overflows the stack past ~120,000 words: a 200 KB paragraph throws) and run
 * parse-latin’s plugins over it (quadratic in its size). So a paragraph (a
 * node with text children) longer than `longBlock` is bridged in runs of its
 * children of at most that size, each in a copy of the paragraph (its long
 * text nodes cut at white space first); the runs of one paragraph stay one
 * block: `joined` says to put white space between their nlcst and the last.
 *
 * Other nodes go in runs of `runSize` characters: mdast-util-to-nlcst reads
 * what it is given as one sentence, so Markdown is bridged in runs of 32 KB
 * (fewer, longer runs cost more in the bridge; more, shorter ones cost more
 * in indexing the file again at each call, which both bridges do). HTML is
 * bridged whole but for its long paragraphs.
 */
export interface Unit<Node> {
  node: Node
  /** Whether this unit continues the paragraph of the one before. */
  joined: boolean
}

interface Tree {
  type: string
  value?: string
  children?: Tree[]
  position?: {start: Point; end: Point}
}

/** The units of `tree`, in order; text nodes longer than a piece are cut (the tree is changed). */
export function bridgeUnits<Node>(tree: Node, doc: string, place: Place, runSize: number): Array<Unit<Node>> {
  const units: Array<Unit<Tree>> = []
  // Whether a node holds a paragraph longer than a long block, which must be cut.
  const holdsLong = new WeakMap<Tree, boolean>()
  visit(tree as Tree, false)
  return units as Array<Unit<Node>>

  function long(node: Tree): boolean {
    let known = holdsLong.get(node)
    if (known === undefined) {
      const children = node.children ?? []
      known = (spanOf(node) > longBlock && children.some((child) => child.type === 'text')) || children.some((child) => long(child))
      holdsLong.set(node, known)
    }
    return known
  }

  function visit(parent: Tree, joined: boolean): void {
    const children = parent.children ?? []
    const phrasing = children.some((child) => child.type === 'text')
    if (phrasing && spanOf(parent) > longBlock) parent.children = children.flatMap(cutText)
    // The words of one paragraph go in runs of a long block at most.
    const limit = phrasing ? Math.min(runSize, longBlock) : runSize
    let run: Tree[] = []
    let runStart: number | undefined
    let first = joined
    const flush = () => {
      const node = copy(parent, run)
      run = []
      runStart = undefined
      // Nothing with a place in the source (an empty `head` the HTML parser added): nothing to bridge.
      if (!node.position) return
      units.push({node, joined: first})
      first = phrasing
    }
    for (const child of parent.children ?? []) {
      if (child.children && child.children.length > 0 && (spanOf(child) > limit || long(child))) {
        flush()
        // A long node of its own: bridged in runs of its children, in copies of it.
        visit(child, first && phrasing)
        first = phrasing
        continue
      }
      const end = (child.position?.end ?? point(child, 'end'))?.offset
      if (runStart !== undefined && end !== undefined && end - runStart > limit) flush()
      runStart ??= (child.position?.start ?? point(child, 'start'))?.offset
      run.push(child)
    }
    flush()
  }

  /** A text node longer than a piece, as text nodes that end at white space (whose value is their source). */
  function cutText(node: Tree): Tree[] {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type !== 'text' || start === undefined || end === undefined || end - start <= longBlock) return [node]
    if (node.value !== doc.slice(start, end)) return [node]
    const pieces = [...pieceSpans(doc, start, end)]
    return pieces.map(([from], index) => {
      // Contiguous pieces: the white space between two stays with the first.
      const to = pieces[index + 1]?.[0] ?? end
      return {type: 'text', value: doc.slice(from, to), position: {start: place.toPoint(from)!, end: place.toPoint(to)!}}
    })
  }
}

/** A copy of `parent` (its type, tag, properties) holding `children` only, placed where they are. */
function copy(parent: Tree, children: Tree[]): Tree {
  return {...parent, children, position: span(children)}
}

function span(nodes: readonly Tree[]): {start: Point; end: Point} | undefined {
  const start = point({type: '', children: [...nodes]}, 'start')
  const end = point({type: '', children: [...nodes]}, 'end')
  return start && end ? {start, end} : undefined
}

/** The first start or last end among `node`’s descendants. */
function point(node: Tree, side: 'start' | 'end'): Point | undefined {
  const children = side === 'start' ? (node.children ?? []) : [...(node.children ?? [])].reverse()
  for (const child of children) {
    const found = child.position?.[side] ?? point(child, side)
    if (found) return found
  }
  return undefined
}

/** Source size of a node; an element the HTML parser added (`html`, `body`) has no position: its children’s. */
function spanOf(node: Tree): number {
  const start = (node.position?.start ?? point(node, 'start'))?.offset
  const end = (node.position?.end ?? point(node, 'end'))?.offset
  return start === undefined || end === undefined ? 0 : end - start
}
