import type {Element, Root as HastRoot, RootContent as HastContent} from 'hast'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import type {Root as MdastRoot} from 'mdast'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {alignText} from './align.js'

/** A Markdown or HTML document: its own tree (for disable comments) and its prose as nlcst. */
export type Markup =
  | {format: 'markdown'; tree: MdastRoot; prose: Root}
  | {format: 'html'; tree: HastRoot; prose: Root}

const markdownParser = unified().use(remarkParse).freeze()
const htmlParser = unified().use(rehypeParse).freeze()

// Elements whose text is not prose; hast-util-to-nlcst already skips
// `script`, `style`, `svg`, `math` and `del`, and treats `code` as source.
const notProse = new Set(['pre', 'textarea', 'kbd', 'samp', 'template'])

/**
 * Parses Markdown (remark) or HTML (rehype) and bridges it to nlcst: code,
 * `pre`, `script`, `style` and markup are left out, positions point into the
 * original file (text nodes are aligned with their source first).
 */
export function parseMarkup(file: VFile, format: 'markdown' | 'html'): Markup {
  if (format === 'markdown') {
    const tree = markdownParser.parse(file)
    alignText(tree, file)
    return {format, tree, prose: mdastToNlcst(tree, file, ParseEnglish)}
  }
  const tree = htmlParser.parse(file)
  markNotProse(tree.children)
  alignText(tree, file)
  return {format, tree, prose: hastToNlcst(tree, file, ParseEnglish)}
}

function markNotProse(nodes: readonly HastContent[] | Element['children']): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    if (notProse.has(node.tagName)) node.properties.dataNlcst = 'ignore'
    else markNotProse(node.children)
  }
}
