import type {Root as HastRoot} from 'hast'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import type {Root as MdastRoot} from 'mdast'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import type {Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Point} from 'unist'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {treeBlocks} from '../engine/blocks.js'
import type {Block} from '../engine/types.js'
import {alignText} from './align.js'
import type {Controlled} from '../disable-comments.js'
import {frontMatterProse} from './frontmatter.js'
import {htmlChunks} from './html-chunks.js'
import {htmlExtras} from './html-prose.js'
import {markdownChunks} from './markdown-chunks.js'
import {markdownHtml} from './markdown-html.js'
import {pointsOf, type Place, type Placed} from './points.js'
import {readDocument, type Reading} from './reading.js'
import {markSource, spanSourceNodes} from './source-nodes.js'
import {bridgeUnits} from './units.js'

/** A Markdown or HTML document: its own tree (for disable comments) and its prose as nlcst, both placed in `reading.text`. */
export type Markup = {format: 'markdown'; tree: MdastRoot; prose: Root; reading: Reading} | {format: 'html'; tree: HastRoot; prose: Root; reading: Reading}

/** What parsing Markdown takes from mtlint’s options. */
export interface MarkupOptions {
  /** Front matter fields linted as prose (`['title', 'description']`); none by default. */
  frontmatter?: readonly string[] | null | undefined
}

/**
 * A Markdown or HTML document read lazily, for linting: each chunk is parsed
 * and bridged as its blocks are walked, and kept after only as what disable
 * comments need (see `skeletonOf`), so that memory follows one chunk, not the
 * document (the nlcst of a whole document took ~115 bytes per byte).
 */
export interface MarkupDocument {
  reading: Reading
  /** The blocks of prose, placed in `reading.text`; iterate once. */
  blocks: Iterable<Block>
  /** What the document’s disable comments are read from: its tree’s skeleton, filled in as the blocks are walked. */
  controlled: Controlled
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
/** The document as read (see `reading.ts`), indexed once for every chunk. */
interface Context {
  doc: string
  place: Place
}

/** One chunk of a document: its own tree and its prose, placed in the document as read. */
interface Chunk<Tree> {
  tree: Tree
  prose: RootContent[]
}

/**
 * Parses Markdown (remark) or HTML (rehype) and bridges it to nlcst whole:
 * the tree a processor hands to other plugins. Code, `pre`, `script`,
 * `style`, front matter and markup are left out; the HTML in Markdown is read
 * as HTML, and the title and `alt` and `title` attributes of HTML are prose.
 * The document is parsed as read (see `reading.ts`): the positions of both
 * trees point into `reading.text` (text nodes are aligned with it first),
 * which findings and disable comments take back to the file.
 */
export function parseMarkup(file: VFile, format: 'markdown' | 'html', options?: MarkupOptions | null): Markup {
  const {reading, context} = read(file, format)
  const children: RootContent[] = []
  const trees: Array<MdastRoot | HastRoot> = []
  for (const chunk of chunksOf(context, format, options)) {
    trees.push(chunk.tree)
    for (const node of chunk.prose) children.push(node)
  }
  const position = {start: context.place.toPoint(0)!, end: context.place.toPoint(context.doc.length)!}
  // Placed in the document as read: the engine takes findings back to the file (`RootData.reading`).
  const prose: Root = {type: 'RootNode', children, position, data: {reading}}
  if (format === 'html') {
    const tree: HastRoot =
      trees.length === 1 ? (trees[0] as HastRoot) : {type: 'root', children: trees.flatMap((chunk) => (chunk as HastRoot).children), position}
    return {format, tree, prose, reading}
  }
  const tree: MdastRoot = {type: 'root', children: trees.flatMap((chunk) => (chunk as MdastRoot).children), position}
  return {format, tree, prose, reading}
}

/** Reads Markdown or HTML lazily for linting (see `MarkupDocument`); the same prose as `parseMarkup`, block by block. */
export function readMarkup(file: VFile, format: 'markdown' | 'html', options?: MarkupOptions | null): MarkupDocument {
  const {reading, context} = read(file, format)
  const position = {start: context.place.toPoint(0)!, end: context.place.toPoint(context.doc.length)!}
  const marker = format === 'markdown' ? 'html' : 'comment'
  const skeleton: Skeleton = {type: 'root', children: [], position}
  function* blocks(): Generator<Block> {
    for (const chunk of chunksOf(context, format, options)) {
      for (const node of (chunk.tree as Skeleton).children!) skeleton.children!.push(skeletonOf(node, marker))
      yield* treeBlocks({type: 'RootNode', children: chunk.prose}, context.doc)
    }
  }
  return {
    reading,
    blocks: blocks(),
    controlled: {format, tree: skeleton, reading}
  }
}

function read(file: VFile, format: 'markdown' | 'html'): {reading: Reading; context: Context} {
  const reading = readDocument(String(file), format)
  return {reading, context: {doc: reading.text, place: location(reading.text)}}
}

function* chunksOf(context: Context, format: 'markdown' | 'html', options?: MarkupOptions | null): Generator<Chunk<MdastRoot | HastRoot>> {
  if (format === 'html') {
    for (const tree of htmlChunks(context.doc, context.place)) yield htmlChunk(tree, context)
    return
  }
  let first = true
  for (const tree of markdownChunks(context.doc, (chunk) => markdownParser.parse(chunk))) {
    // Front matter opens the document: the first chunk holds it.
    if (first) frontMatterProse(tree, context.doc, context.place, options?.frontmatter ?? [])
    first = false
    yield {tree, prose: markdownProse(tree, context)}
  }
}

function markdownProse(tree: MdastRoot, context: Context): RootContent[] {
  const {doc, place} = context
  const html = markdownHtml(tree, doc, place)
  alignText(tree, doc, place)
  const children = bridge(tree, context, markdownRun, (node, source) => mdastToNlcst(node, source, ParseEnglish, {ignore: frontMatterTypes}))
  for (const block of html.blocks) markSource(block.children)
  const blocks: HastRoot = {type: 'root', children: html.blocks}
  const extras: HastRoot = {type: 'root', children: [...html.attributes, ...html.blocks.flatMap((block) => htmlExtras(block, doc, place))]}
  const prose = merge(children, [...bridgeHtml(blocks, context), ...bridgeHtml(extras, context)])
  spanSourceNodes(blocks, {type: 'RootNode', children: prose})
  return prose
}

const frontMatterTypes = ['yaml', 'toml']

function htmlChunk(tree: HastRoot, context: Context): Chunk<HastRoot> {
  markSource(tree.children)
  const extras: HastRoot = {type: 'root', children: htmlExtras(tree, context.doc, context.place)}
  const prose = merge(bridgeHtml(tree, context), bridgeHtml(extras, context))
  spanSourceNodes(tree, {type: 'RootNode', children: prose})
  return {tree, prose}
}

/** The nlcst of a hast tree, its text aligned with the document first; HTML is bridged whole but for its long paragraphs. */
function bridgeHtml(tree: HastRoot, context: Context): RootContent[] {
  if (tree.children.length === 0) return []
  alignText(tree, context.doc, context.place)
  return bridge(tree, context, Infinity, (node, source) => hastToNlcst(node, source, ParseEnglish))
}

// Source size of the runs of Markdown nodes bridged at once (see `units.ts`).
const markdownRun = 32_768

/**
 * `main` and `extra` (the prose bridged apart: HTML blocks, attributes) in
 * document order. An extra never goes between two runs of one long paragraph
 * (a white space node without a place joins them).
 */
function merge(main: RootContent[], extra: RootContent[]): RootContent[] {
  if (extra.length === 0) return main
  const startOf = (node: RootContent) => node.position?.start.offset ?? 0
  const sorted = [...extra].sort((a, b) => startOf(a) - startOf(b))
  const merged: RootContent[] = []
  let next = 0
  for (const node of main) {
    const joining = merged.length > 0 && !merged[merged.length - 1]!.position
    while (!joining && node.position && next < sorted.length && startOf(sorted[next]!) < startOf(node)) merged.push(sorted[next++]!)
    merged.push(node)
  }
  while (next < sorted.length) merged.push(sorted[next++]!)
  return merged
}

/** What disable comments need of a node of a Markdown or HTML tree. */
interface Skeleton {
  type: string
  value?: string
  position?: {start: Point; end: Point}
  children?: Skeleton[]
}

/**
 * A copy of `node` that keeps what disable comments need: every node’s type
 * and place, and the children of a node only where a comment (`marker`
 * nodes) is among its descendants, for the node after it, or where the node
 * has no place of its own (`html`, `body` that the HTML parser adds).
 */
function skeletonOf(node: Skeleton, marker: string): Skeleton {
  const copy: Skeleton = {type: node.type, position: node.position}
  if (node.value !== undefined) copy.value = node.value
  if (node.children) {
    const children = node.children.map((child) => skeletonOf(child, marker))
    if (!node.position || children.some((child) => child.type === marker || child.children)) copy.children = children
  }
  return copy
}

/**
 * The nlcst of a Markdown or HTML tree, bridged unit by unit (see `units.ts`),
 * with white space between two runs of one paragraph so that they stay one block.
 */
function bridge<Node>(tree: Node, context: Context, runSize: number, toNlcst: (node: Node, file: VFile) => Root): RootContent[] {
  const children: RootContent[] = []
  const {doc, place} = context
  for (const {node, joined} of bridgeUnits(tree, doc, place, runSize)) {
    const nodes = bridgeAlone(node, doc, place, toNlcst) ?? toNlcst(node, new VFile(doc)).children
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
function bridgeAlone<Node>(node: Node, doc: string, place: Place, toNlcst: (node: Node, file: VFile) => Root): RootContent[] | undefined {
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
