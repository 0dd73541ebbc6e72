import type {Element, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Root} from 'nlcst'
import type {Point} from 'unist'

// Elements whose text is not prose. hast-util-to-nlcst treats `code` as
// source itself, and leaves `script`, `style`, `svg` and `math` out (and
// `del`, deleted text, which is right: the words around it then meet).
const notProse = new Set(['pre', 'textarea', 'kbd', 'samp', 'template'])
const leftOut = new Set(['script', 'style', 'svg', 'math'])

// Elements of prose that hast-util-to-nlcst drops, being neither phrasing nor
// one of the flow containers it knows: the document title, a `details`
// summary, a `fieldset` legend. Renamed `div` (a flow container) for it.
const proseContainers = new Set(['title', 'summary', 'legend'])

/** Elements whose content is never prose: the same in HTML files and in the HTML of Markdown. */
export const sourceElements: ReadonlySet<string> = new Set(['code', ...notProse, ...leftOut])

/**
 * Marks the elements of an HTML tree that are not prose as source, for
 * hast-util-to-nlcst: each becomes one `SourceNode`, a masked token. Left out
 * without a trace, words on either side would meet in one sentence (a phrase
 * could match across `<kbd>…</kbd>`, a sentence report cover a `<script>`).
 * The bridge leaves `script`, `style`, `svg` and `math` out by tag name
 * before it looks for source, so those are renamed `code` in this tree,
 * which is read for its comments and positions only after this. The
 * elements of prose the bridge would drop are renamed `div`.
 */
export function markSource(nodes: readonly HastContent[] | Element['children']): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    if (leftOut.has(node.tagName)) node.tagName = 'code'
    else if (proseContainers.has(node.tagName)) node.tagName = 'div'
    if (notProse.has(node.tagName)) node.properties.dataNlcst = 'source'
    else if (node.tagName !== 'code') markSource(node.children)
  }
}

/**
 * Gives the `SourceNode`s of a tree bridged from HTML the span of their
 * element. hast-util-to-nlcst places the node for `<code>a &amp; b</code>`
 * at the start of the element with the length of its text (`a & b`), so the
 * span misses the rest of the element; the engine keeps messages off inline
 * code by these spans (see `engine/code.ts`), so they must cover all of it.
 * (mdast-util-to-nlcst already spans the whole code, backticks included.)
 */
export function spanSourceNodes(tree: HastRoot, prose: Root): void {
  const ends = new Map<number, Point>()
  const collect = (node: {
    type: string
    tagName?: string
    properties?: Record<string, unknown>
    position?: {start: Point; end: Point}
    children?: unknown[]
  }) => {
    const source = node.type === 'element' && (node.tagName === 'code' || node.properties?.dataNlcst === 'source')
    if (source && node.position?.start.offset !== undefined) ends.set(node.position.start.offset, node.position.end)
    else for (const child of node.children ?? []) collect(child as typeof node)
  }
  collect(tree)
  if (ends.size === 0) return

  const patch = (node: {type: string; position?: {start: Point; end: Point}; children?: unknown[]}) => {
    const end = node.type === 'SourceNode' && node.position ? ends.get(node.position.start.offset ?? -1) : undefined
    if (end && node.position) node.position = {start: node.position.start, end: {...end}}
    for (const child of node.children ?? []) patch(child as typeof node)
  }
  patch(prose)
}
