import type {Root as HastRoot} from 'hast'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import type {Root as MdastRoot} from 'mdast'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import type {Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Point} from 'unist'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {alignText} from './align.js'
import {frontMatterProse} from './frontmatter.js'
import {htmlExtras} from './html-prose.js'
import {parseMarkdownChunked} from './markdown-chunks.js'
import {markdownHtml} from './markdown-html.js'
import {pointsOf, type Placed} from './points.js'
import {readDocument, type Reading} from './reading.js'
import {markSource, spanSourceNodes} from './source-nodes.js'
import {bridgeUnits} from './units.js'

/** A Markdown or HTML document: its own tree (for disable comments) and its prose as nlcst, both placed in `reading.text`. */
export type Markup =
  | {format: 'markdown'; tree: MdastRoot; prose: Root; reading: Reading}
  | {format: 'html'; tree: HastRoot; prose: Root; reading: Reading}

/** What parsing Markdown takes from mtlint’s options. */
export interface MarkupOptions {
  /** Front matter fields linted as prose (`['title', 'description']`); none by default. */
  frontmatter?: readonly string[] | null | undefined
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
const htmlParser = unified().use(rehypeParse).freeze()
const readings = new WeakMap<Root, Reading>()

/** The reading of the document a prose tree of `parseMarkup` was bridged from: its positions are in `text`. */
export function readingOf(prose: Root): Reading | undefined {
  return readings.get(prose)
}

/**
 * Parses Markdown (remark) or HTML (rehype) and bridges it to nlcst: code,
 * `pre`, `script`, `style`, front matter and markup are left out; the HTML in
 * Markdown is read as HTML, and the title and `alt` and `title` attributes of
 * HTML are prose. The document is parsed as read (see `reading.ts`): the
 * positions of both trees point into `reading.text` (text nodes are aligned
 * with it first), which findings and disable comments take back to the file.
 */
export function parseMarkup(file: VFile, format: 'markdown' | 'html', options?: MarkupOptions | null): Markup {
  const reading = readDocument(String(file), format)
  const read = reading.changed ? new VFile(reading.text) : file
  const markup = format === 'markdown' ? parseMarkdown(read, options?.frontmatter ?? []) : parseHtml(read)
  readings.set(markup.prose, reading)
  return {...markup, reading}
}

function parseMarkdown(file: VFile, frontmatter: readonly string[]): Omit<Extract<Markup, {format: 'markdown'}>, 'reading'> {
  const doc = String(file)
  const tree = parseMarkdownChunked(doc, (chunk) => markdownParser.parse(chunk))
  frontMatterProse(tree, doc, frontmatter)
  const html = markdownHtml(tree, doc)
  alignText(tree, file)
  const children = bridge(tree, file, markdownRun, (node, source) => mdastToNlcst(node, source, ParseEnglish, {ignore: frontMatterTypes}))
  const blocks: HastRoot = {type: 'root', children: html.blocks}
  for (const block of html.blocks) markSource(block.children)
  const extras = [...html.attributes, ...html.blocks.flatMap((block) => htmlExtras(block, doc))]
  const prose: Root = {type: 'RootNode', children: merge(children, [...bridgeHtml(blocks, file), ...bridgeHtml({type: 'root', children: extras}, file)]), position: tree.position}
  spanSourceNodes(blocks, prose)
  return {format: 'markdown', tree, prose}
}

const frontMatterTypes = ['yaml', 'toml']

function parseHtml(file: VFile): Omit<Extract<Markup, {format: 'html'}>, 'reading'> {
  const tree = htmlParser.parse(file)
  markSource(tree.children)
  const extras = htmlExtras(tree, String(file))
  const children = bridgeHtml(tree, file)
  const prose: Root = {type: 'RootNode', children: merge(children, bridgeHtml({type: 'root', children: extras}, file)), position: tree.position}
  spanSourceNodes(tree, prose)
  return {format: 'html', tree, prose}
}

/** The nlcst of a hast tree, its text aligned with the document first; HTML is bridged whole but for its long paragraphs. */
function bridgeHtml(tree: HastRoot, file: VFile): RootContent[] {
  if (tree.children.length === 0) return []
  alignText(tree, file)
  return bridge(tree, file, Infinity, (node, source) => hastToNlcst(node, source, ParseEnglish))
}

// Source size of the runs of Markdown nodes bridged at once (see `units.ts`).
const markdownRun = 32_768

/**
 * `main` and `extra` (the prose bridged apart: HTML blocks, attributes,
 * titles) in document order. An extra never goes between two runs of one long
 * paragraph (a white space node without a place joins them).
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

