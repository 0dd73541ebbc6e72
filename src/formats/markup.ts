import type {Root as HastRoot} from 'hast'
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
import {markSource, spanSourceNodes} from './source-nodes.js'

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
    const children = chunks(tree).flatMap((chunk) => mdastToNlcst(chunk, file, ParseEnglish).children)
    return {format, tree, prose: {type: 'RootNode', children, position: tree.position}}
  }
  const tree = htmlParser.parse(file)
  markSource(tree.children)
  alignText(tree, file)
  const prose = hastToNlcst(tree, file, ParseEnglish)
  spanSourceNodes(tree, prose)
  return {format, tree, prose}
}

// Source size of the pieces a Markdown document is bridged in.
const chunkSize = 32_768

/**
 * The top-level nodes of a Markdown tree in runs of about `chunkSize`
 * characters. mdast-util-to-nlcst tokenizes what it is given as one sentence
 * (quadratic on a whole document: 2 MB took 7.8 s against 4.8 s for 1 MB) and
 * indexes the whole file on every call (so one call per node is quadratic too).
 */
function chunks(tree: MdastRoot): MdastRoot[] {
  const result: MdastRoot[] = []
  let current: MdastRoot['children'] = []
  const flush = () => {
    const start = current[0]?.position?.start
    const end = current[current.length - 1]?.position?.end
    if (start && end) result.push({type: 'root', children: current, position: {start, end}})
    current = []
  }
  for (const child of tree.children) {
    current.push(child)
    const start = current[0]!.position?.start.offset ?? 0
    if ((child.position?.end.offset ?? 0) - start >= chunkSize) flush()
  }
  flush()
  return result
}
