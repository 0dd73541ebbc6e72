import type {Element, ElementContent, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {Point} from 'unist'
import {VFile} from 'vfile'
import {pointsOf, type Place, type Placed} from './points.js'

/**
 * Parses a long HTML document in chunks, so that only one chunk’s tree is
 * alive at a time (the hast of a whole document takes ~25 bytes per byte,
 * and its nlcst ~115). The document is cut only where that cannot change the
 * tree: before the start tag of a block (`<p>`, `<div>`, `<h2>`, `<ul>`…)
 * that follows the end tag of a block or the start tag of a container, with
 * nothing but white space between, where every open element is a container
 * of blocks (`body`, `div`, `section`, `article`…: no paragraph, list, table
 * or inline element is open), outside comments, raw text (`script`, `style`,
 * `textarea`, `title`…) and foreign content (`svg`, `math`). The first chunk is
 * parsed as a document (its `head` and all); each next one as a fragment,
 * its nodes in a `div` (where text between blocks is still read as a
 * paragraph), with positions moved into the document. A document with no
 * such place, a one-line minified page that never closes its blocks, is
 * parsed whole. A container that a cut falls inside ends at the cut in its
 * chunk (`<!-- mtlint-ignore-next-line -->` before a `section` longer than a
 * chunk ignores it up to there).
 */
export function* htmlChunks(doc: string, place: Place, chunkSize = defaultChunkSize): Generator<Root> {
  const cuts = htmlCuts(doc, chunkSize)
  let from = 0
  for (const [index, to] of [...cuts, doc.length].entries()) {
    if (index === 0) {
      yield documentParser.parse(new VFile(doc.slice(0, to)))
    } else {
      const fragment = fragmentParser.parse(new VFile(doc.slice(from, to)))
      moveTo(fragment as Placed, place.toPoint(from)!)
      const div: Element = {type: 'element', tagName: 'div', properties: {}, children: fragment.children as ElementContent[]}
      yield {type: 'root', children: [div]}
    }
    from = to
  }
}

const defaultChunkSize = 16_384
const documentParser = unified().use(rehypeParse).freeze()
const fragmentParser = unified().use(rehypeParse, {fragment: true}).freeze()

// Elements whose content is raw text (or foreign content): no cut inside, and nothing in them is a tag.
const rawText = new Set(['template', 'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'svg', 'math'])
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
// Containers of blocks: a cut may fall inside them.
const containers = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'center'])
// Blocks: a cut may fall before one, after another; each closes an open `p`.
// prettier-ignore
const blocks = new Set([
  ...containers,
  'address', 'details', 'dialog', 'dl', 'fieldset', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr',
  'menu', 'ol', 'p', 'pre', 'table', 'ul'
])
// What may only be in `head`: before any other start tag, the document has not reached its body.
const headElements = new Set(['html', 'head', 'title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template'])

// A comment, a declaration or processing instruction, or a start or end tag (its attributes quoted or not).
const token = /<!--[^]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<(\/?)([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g

/** Offsets at which `doc` may be cut (see `htmlChunks`), at least `chunkSize` apart. */
export function htmlCuts(doc: string, chunkSize: number): number[] {
  const cuts: number[] = []
  if (doc.length <= chunkSize) return cuts
  const open: string[] = []
  let inBody = false
  // Whether the last token was the end of a block or the start of a container, with white space since.
  let boundary = false
  let last = 0
  let lastCut = 0
  token.lastIndex = 0
  for (let match = token.exec(doc); match; match = token.exec(doc)) {
    if (/\S/.test(doc.slice(last, match.index))) {
      boundary = false
      inBody = true
    }
    last = token.lastIndex
    const name = match[2]?.toLowerCase()
    if (name === undefined) {
      // A comment or a declaration: the node after a comment must stay beside it (`ignore-next-line`).
      boundary = false
      continue
    }
    if (match[1] === '/') {
      const at = open.lastIndexOf(name)
      if (at !== -1) open.length = at
      boundary = blocks.has(name)
      continue
    }
    if (!headElements.has(name)) inBody = true
    if (blocks.has(name) && boundary && inBody && match.index - lastCut >= chunkSize && open.every((element) => containers.has(element))) {
      cuts.push(match.index)
      lastCut = match.index
    }
    if (rawText.has(name)) {
      // Skip to the end tag: what is inside is text.
      const end = new RegExp('</' + name + '[\\s/>]', 'ig')
      end.lastIndex = last
      const close = end.exec(doc)
      const closeEnd = close ? doc.indexOf('>', close.index) : -1
      last = token.lastIndex = closeEnd === -1 ? doc.length : closeEnd + 1
      boundary = false
      continue
    }
    // A block start tag closes an open paragraph.
    if (blocks.has(name) && open[open.length - 1] === 'p') open.pop()
    // (`<div/>` opens a `div`: HTML ignores the slash but on void elements.)
    if (!voidElements.has(name)) open.push(name)
    boundary = containers.has(name)
  }
  return cuts
}

/** Moves the points of a tree parsed from a slice of the document to their place in it, the slice starting at `origin`. */
function moveTo(tree: Placed, origin: Point): void {
  for (const point of pointsOf(tree)) {
    if (point.line === 1) point.column += origin.column - 1
    point.line += origin.line - 1
    point.offset = (point.offset ?? 0) + (origin.offset ?? 0)
  }
}
