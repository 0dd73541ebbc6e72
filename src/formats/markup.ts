import type {Root as HastRoot} from 'hast'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import type {Root as MdastRoot} from 'mdast'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import type {Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {alignText} from './align.js'
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
    const tree = markdownParser.parse(file)
    alignText(tree, file)
    const children = bridge(tree, file, markdownRun, (node) => mdastToNlcst(node, file, ParseEnglish))
    return {format, tree, prose: {type: 'RootNode', children, position: tree.position}}
  }
  const tree = htmlParser.parse(file)
  markSource(tree.children)
  alignText(tree, file)
  const children = bridge(tree, file, Infinity, (node) => hastToNlcst(node, file, ParseEnglish))
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
function bridge<Node>(tree: Node, file: VFile, runSize: number, toNlcst: (node: Node) => Root): RootContent[] {
  const children: RootContent[] = []
  for (const {node, joined} of bridgeUnits(tree, String(file), runSize)) {
    const nodes = toNlcst(node).children
    if (joined && nodes.length > 0 && children.length > 0) children.push({type: 'WhiteSpaceNode', value: ' '})
    for (const child of nodes) children.push(child)
  }
  return children
}
