import type {Element, ElementContent} from 'hast'
import type {Html, InlineCode, Nodes as MdastNodes, Root} from 'mdast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {Point} from 'unist'
import {attributeProse} from './html-prose.js'
import {pointsOf, type Place, type Placed} from './points.js'
import {sourceElements} from './source-nodes.js'

/**
 * HTML written in Markdown is linted the way HTML files are.
 *
 * - Inline: `<kbd>…</kbd>`, `<samp>`, `<code>`, `<textarea>`, `<pre>`,
 *   `<script>`, `<style>`, `<svg>`, `<math>` and `<template>` hold no prose:
 *   the run from the start tag to its end tag (or to the end of the
 *   paragraph, where the HTML parser would end it) becomes inline code, one
 *   masked token that no rule reads or fixes. Other tags are markup around
 *   prose, as before.
 * - Blocks (`<div><p>…</p></div>`, `<details><summary>…`): each is parsed
 *   with rehype, as a fragment in a `div`, its positions moved into the
 *   document, and bridged like an HTML file.
 * - In both, the `alt` and `title` attributes are prose (see `html-prose.ts`).
 */
export interface MarkdownHtml {
  /** Each HTML block as a `div` placed in the document. */
  blocks: Element[]
  /** A `p` for each `alt` and `title` attribute of inline HTML. */
  attributes: Element[]
}

const fragmentParser = unified().use(rehypeParse, {fragment: true}).freeze()

const startTag = /^<([A-Za-z][A-Za-z\d-]*)(?=[\s/>])/
const endTag = /^<\/([A-Za-z][A-Za-z\d-]*)\s*>$/
const comment = /^\s*<!--[^]*-->\s*$/
const proseAttribute = /\s(?:alt|title)\s*=/i
// Parents whose `html` children are blocks; in any other (a paragraph, a heading, a link) they are inline.
const flow = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

/** Rewrites the inline HTML of `tree` that is not prose as inline code, and collects the HTML to bridge as HTML. */
export function markdownHtml(tree: Root, doc: string, place: Place): MarkdownHtml {
  const found: MarkdownHtml = {blocks: [], attributes: []}
  const visit = (parent: MdastNodes) => {
    if (!('children' in parent)) return
    const inline = !flow.has(parent.type)
    if (inline) wrapSource(parent.children as MdastNodes[], doc)
    for (const child of parent.children as MdastNodes[]) {
      if (child.type === 'html') {
        if (inline) found.attributes.push(...inlineAttributes(child, doc, place))
        else {
          const block = htmlBlock(child, doc, place)
          if (block) found.blocks.push(block)
        }
      } else visit(child)
    }
  }
  visit(tree)
  return found
}

/** Replaces each run from a start tag of a source element to its end tag with one inline code node. */
function wrapSource(children: MdastNodes[], doc: string): void {
  for (let index = 0; index < children.length; index++) {
    const tag = tagOf(children[index]!, startTag)
    if (!tag || !sourceElements.has(tag)) continue
    let depth = 0
    let last = children.length - 1
    for (let next = index + 1; next < children.length; next++) {
      if (tagOf(children[next]!, startTag) === tag) depth++
      else if (tagOf(children[next]!, endTag) === tag && depth-- === 0) {
        last = next
        break
      }
    }
    const start = children[index]!.position?.start
    const end = children[last]!.position?.end
    if (!start || !end || start.offset === undefined || end.offset === undefined) continue
    const code: InlineCode = {type: 'inlineCode', value: doc.slice(start.offset, end.offset), position: {start, end}}
    children.splice(index, last - index + 1, code)
  }
}

/** The lower-case tag name of an `html` node that is a start (or end) tag, as `pattern` matches. */
function tagOf(node: MdastNodes, pattern: RegExp): string | undefined {
  return node.type === 'html' ? pattern.exec(node.value)?.[1]?.toLowerCase() : undefined
}

/** The prose attributes of an inline start tag, parsed as HTML. */
function inlineAttributes(node: Html, doc: string, place: Place): Element[] {
  if (!startTag.test(node.value) || !proseAttribute.test(node.value)) return []
  const fragment = parseFragment(node, doc, place)
  const element = fragment?.children.find((child): child is Element => child.type === 'element')
  return element ? attributeProse(element, doc, place) : []
}

/** An HTML block as a `div` of its nodes, placed in the document; `undefined` for a comment alone. */
function htmlBlock(node: Html, doc: string, place: Place): Element | undefined {
  if (comment.test(node.value)) return undefined
  return parseFragment(node, doc, place)
}

/** `node`’s HTML parsed as a fragment in a `div` with document positions; `undefined` when it cannot be placed. */
function parseFragment(node: Html, doc: string, place: Place): Element | undefined {
  const start = node.position?.start.offset
  if (start === undefined) return undefined
  const toDocument = valueOffsets(node.value, doc, start)
  if (!toDocument) return undefined
  const fragment = fragmentParser.parse(node.value)
  const div: Element = {
    type: 'element',
    tagName: 'div',
    properties: {},
    children: fragment.children as ElementContent[],
    position: {start: {...node.position!.start}, end: {...node.position!.end}}
  }
  for (const point of pointsOf(fragment as Placed)) Object.assign(point, place.toPoint(toDocument(point.offset ?? 0)) as Point)
  return div
}

/**
 * Maps offsets in the value of an `html` node to the document. The value is
 * its source but for what a block quote or a list item puts before each
 * line (`> `, an indent): each line of the value ends a line of the document.
 * `undefined` when a line does not (a tab the parser expanded).
 */
function valueOffsets(value: string, doc: string, start: number): ((offset: number) => number) | undefined {
  if (doc.startsWith(value, start)) return (offset) => start + offset
  const valueStarts: number[] = []
  const docStarts: number[] = []
  let valueAt = 0
  let docAt = start
  for (const line of value.split(/(?<=\r\n|\r(?!\n)|\n)/)) {
    const content = line.replace(/\r?\n$|\r$/, '')
    const lineBreak = /\r\n|\r|\n/g
    lineBreak.lastIndex = docAt
    const docBreak = lineBreak.exec(doc)
    const docLineEnd = docBreak ? docBreak.index : doc.length
    const docLine = doc.slice(docAt, docLineEnd)
    if (!docLine.endsWith(content)) return undefined
    valueStarts.push(valueAt)
    docStarts.push(docLineEnd - content.length)
    valueAt += line.length
    docAt = docBreak ? docBreak.index + docBreak[0].length : doc.length
  }
  return (offset) => {
    // The last line that starts at or before `offset`.
    let low = 0
    let high = valueStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (valueStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return docStarts[low]! + offset - valueStarts[low]!
  }
}
