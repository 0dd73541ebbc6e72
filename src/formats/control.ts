import type {Nodes as HastNodes, Parents as HastParent} from 'hast'
import type {Nodes as MdastNodes} from 'mdast'
import {messageControl, type Marker} from 'unified-message-control'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {allRules} from '../../rules/index.js'
import type {Markup} from './markup.js'

const name = 'mtlint'

// `mtlint-disable id…`, `mtlint-enable id…`, `mtlint-ignore-next-line id…`,
// and unified’s own spelling, `mtlint disable id…`.
const directive = /^\s*mtlint(?:-|\s+)(disable|enable|ignore)(?:-next-line)?(?=\s|$)([^]*)$/

/**
 * Applies disable comments of a Markdown or HTML document to the messages of
 * `file`: `<!-- mtlint-disable place-names -->` … `<!-- mtlint-enable -->`,
 * `<!-- mtlint-ignore-next-line -->` (the next node). Without rule ids, every
 * rule. An unknown rule id is itself reported.
 */
export function controlMessages(file: VFile, markup: Markup): void {
  if (markup.format === 'html') dropBlankAfterMarkers(markup.tree)
  messageControl(markup.tree, {
    file,
    name,
    marker,
    test: markup.format === 'markdown' ? 'html' : 'comment',
    known: allRules.map((rule) => rule.id),
    source: [name, ...allRules.filter((rule) => rule.peer).map((rule) => rule.id)]
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

/** In HTML, the node after a comment is often a line break: skip it, so `ignore` applies to the element that follows. */
function dropBlankAfterMarkers(parent: HastParent): void {
  parent.children = parent.children.filter(
    (child, index) =>
      !(child.type === 'text' && child.value.trim() === '' && index > 0 && marker(parent.children[index - 1]!))
  )
  for (const child of parent.children) if ('children' in child) dropBlankAfterMarkers(child)
}
