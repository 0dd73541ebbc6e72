import type {Root as HastRoot} from 'hast'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import type {Root as MdastRoot} from 'mdast'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import type {Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Point} from 'unist'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {alignText} from './align.js'
import {parseMarkdownChunked} from './markdown-chunks.js'
import {pointsOf, type Placed} from './points.js'
import {markSource, spanSourceNodes} from './source-nodes.js'
import {bridgeUnits} from './units.js'

/** A Markdown or HTML document: its own tree (for disable comments) and its prose as nlcst. */
export type Markup =
  | {format: 'markdown'; tree: MdastRoot; prose: Root}
  | {format: 'html'; tree: HastRoot; prose: Root}

const markdownParser = unified().use(remarkParse).freeze()
const htmlParser = unified().use(rehypeParse).freeze()

/**
 * Parses Markdown (remark) or HTML (rehype) and bridges it to nlcst: code,
 * `pre`, `script`, `style` and markup are left out, positions point into the
 * original file (text nodes are aligned with their source first).
 */
export function parseMarkup(file: VFile, format: 'markdown' | 'html'): Markup {
  if (format === 'markdown') {
    const tree = parseMarkdownChunked(String(file), (chunk) => markdownParser.parse(chunk))
    alignText(tree, file)
    const children = bridge(tree, file, markdownRun, (node, source) => mdastToNlcst(node, source, ParseEnglish))
    return {format, tree, prose: {type: 'RootNode', children, position: tree.position}}
  }
  const tree = htmlParser.parse(file)
  markSource(tree.children)
  alignText(tree, file)
  const children = bridge(tree, file, Infinity, (node, source) => hastToNlcst(node, source, ParseEnglish))
  const prose: Root = {type: 'RootNode', children, position: tree.position}
  spanSourceNodes(tree, prose)
  return {format, tree, prose}
}

// Source size of the runs of Markdown nodes bridged at once (see `units.ts`).
const markdownRun = 32_768

/**
 * The nlcst of a Markdown or HTML tree, bridged unit by unit (see `units.ts`),
 * with white space between two runs of one paragraph so that they stay one block.
 */
function bridge<Node>(tree: Node, file: VFile, runSize: number, toNlcst: (node: Node, file: VFile) => Root): RootContent[] {
  const children: RootContent[] = []
  const doc = String(file)
  const place = location(doc)
  for (const {node, joined} of bridgeUnits(tree, doc, runSize)) {
    const nodes = bridgeAlone(node, doc, place, toNlcst) ?? toNlcst(node, file).children
    if (joined && nodes.length > 0 && children.length > 0) children.push({type: 'WhiteSpaceNode', value: ' '})
    for (const child of nodes) children.push(child)
  }
  return children
}

/**
 * Bridges one unit against a file of its own source alone: both bridges index
 * the whole file they are given at every call (`vfile-location`), which over
 * hundreds of units of a 10 MB document was quadratic. The unit’s positions
 * are moved into its source for the call and back after, and the nlcst’s moved
 * into the document. `undefined` when a point of the unit lies outside its span.
 */
function bridgeAlone<Node>(
  node: Node,
  doc: string,
  place: ReturnType<typeof location>,
  toNlcst: (node: Node, file: VFile) => Root
): RootContent[] | undefined {
  const points = pointsOf(node as Placed)
  const start = (node as Placed).position?.start
  const end = (node as Placed).position?.end
  if (!start || !end || start.offset === undefined || end.offset === undefined) return undefined
  const from = start.offset
  const to = end.offset
  if (points.some((point) => point.offset === undefined || point.offset < from || point.offset > to)) return undefined
  const origin = place.toPoint(from)
  if (!origin) return undefined
  const into = (point: Point) => ({
    line: point.line - origin.line + 1,
    column: point.line === origin.line ? point.column - origin.column + 1 : point.column,
    offset: point.offset! - from
  })
  const back = (point: Point) => ({
    line: point.line + origin.line - 1,
    column: point.line === 1 ? point.column + origin.column - 1 : point.column,
    offset: point.offset === undefined ? undefined : point.offset + from
  })
  const saved = points.map((point) => ({...point}))
  points.forEach((point) => Object.assign(point, into(point)))
  try {
    const nodes = toNlcst(node, new VFile(doc.slice(from, to))).children
    for (const point of pointsOf({children: nodes as Placed[]})) Object.assign(point, back(point))
    return nodes
  } finally {
    points.forEach((point, index) => Object.assign(point, saved[index]))
  }
}

