import type {Nodes as HastNodes, Parents as HastParent} from 'hast'
import type {Nodes as MdastNodes} from 'mdast'
import {messageControl, type Marker} from 'unified-message-control'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {placeInSource, type Reading} from './formats/reading.js'

/** What disable comments are read from: a Markdown or HTML tree (or its skeleton), placed in the document as read. */
export interface Controlled {
  format: 'markdown' | 'html'
  tree: Node
  reading: Reading
}

const name = 'mtlint'

// `mtlint-disable id…`, `mtlint-enable id…`, `mtlint-ignore-next-line id…`,
// and unified’s own spelling, `mtlint disable id…`.
const directive = /^\s*mtlint(?:-|\s+)(disable|enable|ignore)(?:-next-line)?(?=\s|$)([^]*)$/

/** The rules disable comments may name: their ids, former ids read as their ids, and their messages’ sources. */
export interface RuleNames {
  ids: readonly string[]
  /** Former id → id. */
  aliases: ReadonlyMap<string, string>
  sources: readonly string[]
}

/**
 * Applies disable comments of a Markdown or HTML document to the messages of
 * `file`: `<!-- mtlint-disable place-names -->` … `<!-- mtlint-enable -->`,
 * `<!-- mtlint-ignore-next-line -->` (the next node). Without rule ids, every
 * rule. A former id of a rule stands for the rule. An unknown rule id is
 * itself reported.
 */
export function controlMessages(file: VFile, markup: Controlled, rules: RuleNames): void {
  // The tree was parsed from the document as read; messages are placed in the file.
  placeInSource(markup.tree, markup.reading)
  if (markup.format === 'html') prepareHtml(markup.tree as HastParent)
  messageControl(markup.tree, {
    file,
    name,
    marker: (node) => {
      const found = marker(node)
      if (!found || rules.aliases.size === 0) return found
      const words = found.attributes.split(/\s+/)
      return {name, attributes: words.map((word, index) => (index === 0 ? word : (rules.aliases.get(word) ?? word))).join(' ')}
    },
    test: markup.format === 'markdown' ? 'html' : 'comment',
    known: [...rules.ids],
    source: [...rules.sources]
  })
}

function marker(node: Node): Marker | undefined {
  const comment = commentText(node as MdastNodes | HastNodes)
  const match = comment === undefined ? null : directive.exec(comment)
  if (!match) return undefined
  return {name, attributes: match[1] + ' ' + match[2]!.trim()}
}

function commentText(node: MdastNodes | HastNodes): string | undefined {
  if (node.type === 'comment') return node.value
  if (node.type !== 'html') return undefined
  const match = /^<!--([^]*)-->$/.exec(node.value.trim())
  return match ? match[1] : undefined
}

/**
 * Readies a hast tree for message control. Elements the HTML parser adds
 * (`html`, `head`, `body`) have no position, which unified-message-control
 * takes for a gap and drops the messages after it: give them their children’s
 * span, or leave them out when they have none. The node after a comment is
 * often a line break: leave it out, so that `ignore` applies to the element
 * that follows.
 */
function prepareHtml(parent: HastParent): void {
  for (const child of parent.children) if ('children' in child) prepareHtml(child)
  parent.children = parent.children.filter(
    (child, index) => child.position !== undefined && !(child.type === 'text' && child.value.trim() === '' && index > 0 && marker(parent.children[index - 1]!))
  )
  const first = parent.children[0]?.position
  const last = parent.children[parent.children.length - 1]?.position
  if (!parent.position && first && last) parent.position = {start: first.start, end: last.end}
}
