import type {Root} from 'mdast'
import type {Point} from 'unist'
import {VFile} from 'vfile'
import {frontMatterEnd} from './frontmatter.js'
import {pointsOf, type Placed} from './points.js'

/**
 * Parses a long Markdown document in chunks. micromark resolves a document’s
 * events in one array that its edit map splices again and again, which grows
 * faster than the document (1 MB: 2.6 s; 4 MB: 11.8 s): a document longer
 * than `chunkSize` is cut at top-level block boundaries, each chunk parsed on
 * its own and its positions moved into the document.
 *
 * A boundary is a blank line followed by a line that is not indented (so no
 * list item, indented code or lazy line goes on across it), outside fenced
 * code and outside the HTML blocks that may hold blank lines (`<script>`,
 * `<pre>`, `<style>`, `<textarea>`, comments, processing instructions,
 * declarations, CDATA), and after the front matter (which may hold blank
 * lines too). A list whose items a blank line separates may become
 * two lists, which reads the same. Link and footnote definitions apply to the
 * whole document: each chunk is parsed with the definitions of the labels it
 * uses after it (their nodes dropped; all of them would make a document of
 * many definitions quadratic again); a document whose definitions cannot be gathered
 * line by line (inside a block quote or a list item) is parsed whole.
 */
export function parseMarkdownChunked(doc: string, parse: (file: VFile) => Root, chunkSize = defaultChunkSize): Root {
  const tree: Root = {type: 'root', children: []}
  for (const chunk of markdownChunks(doc, parse, chunkSize)) tree.children.push(...chunk.children)
  tree.position = {start: {line: 1, column: 1, offset: 0}, end: endOf(doc)}
  return tree
}

/**
 * The top-level nodes of `doc`, parsed chunk by chunk (see
 * `parseMarkdownChunked`) and placed in it, one root per chunk as it is
 * parsed: a caller that is done with a chunk before it asks for the next
 * holds one chunk’s tree at a time.
 */
export function* markdownChunks(doc: string, parse: (file: VFile) => Root, chunkSize = defaultChunkSize): Generator<Root> {
  const chunking = chunkSpans(doc, chunkSize)
  if (!chunking || chunking.spans.length < 2) {
    yield parse(new VFile(doc))
    return
  }
  const byLabel = definitionsByLabel(chunking.definitions)
  let line = 1
  let lastEnd = 0
  for (const [start, end] of chunking.spans) {
    // Lines before this chunk: the chunk starts at the beginning of a line, so columns stay as they are.
    line += countLineBreaks(doc, lastEnd, start)
    const source = doc.slice(start, end)
    const chunk = parse(new VFile(source + definitionsFor(source, byLabel)))
    const own = chunk.children.filter((node) => (node.position?.start.offset ?? 0) < end - start)
    // A construct left open at the end of the chunk took the definitions in: the rest is what a whole parse makes of it.
    if (own.some((node) => (node.position?.end.offset ?? 0) > end - start)) {
      const whole = parse(new VFile(doc))
      yield {type: 'root', children: whole.children.filter((node) => (node.position?.start.offset ?? 0) >= start)}
      return
    }
    shift({children: own}, line - 1, start)
    yield {type: 'root', children: own}
    line += countLineBreaks(doc, start, end)
    lastEnd = end
  }
}

const defaultChunkSize = 8_192

// A line that defines a link or footnote reference (`[label]: url`, `[^1]: note`), up to three spaces
// in; whole when its destination is on the line too.
const definitionStart = /^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:/
const wholeDefinition = /^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:[ \t]*\S/
// A definition inside a block quote or a list item, which applies to the whole document as well.
const nestedDefinition = /^[ \t]*(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)+\[(?:[^\]\\\n]|\\.)+\]:/
// Fenced code opening or closing: up to three spaces, then three or more backticks or tildes.
const fence = /^ {0,3}(`{3,}|~{3,})/
// HTML blocks that end at a marker, not at a blank line (CommonMark kinds 1 to 5), with their end.
const htmlBlocks: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]

/**
 * `[start, end)` of each chunk, cut at the first boundary after `chunkSize`
 * characters, and the document’s definitions; `undefined` when its
 * definitions cannot be gathered line by line.
 */
export function chunkSpans(doc: string, chunkSize: number): {spans: Array<[number, number]>; definitions: string[]} | undefined {
  if (doc.length <= chunkSize) return {spans: [[0, doc.length]], definitions: []}
  const spans: Array<[number, number]> = []
  const definitions: string[] = []
  let chunkStart = 0
  const firstCut = frontMatterEnd(doc)
  let openFence: string | undefined
  let htmlEnd: RegExp | undefined
  let previousBlank = true
  let previousDefinition = false
  let destinationNext = false
  for (let lineStart = 0; lineStart < doc.length;) {
    const breakAt = doc.indexOf('\n', lineStart)
    const lineEnd = breakAt === -1 ? doc.length : breakAt + 1
    const text = doc.slice(lineStart, lineEnd).replace(/\r?\n$/, '')
    const blank = /^[ \t]*\r?$/.test(text)
    const outside = openFence === undefined && htmlEnd === undefined
    if (outside && previousBlank && !blank && !/^[ \t]/.test(text) && lineStart >= firstCut && lineStart - chunkStart >= chunkSize) {
      spans.push([chunkStart, lineStart])
      chunkStart = lineStart
    }
    let isDefinition = destinationNext
    destinationNext = false
    if (isDefinition) {
      // The destination of the definition on the line before.
      definitions[definitions.length - 1] += '\n' + text
    } else if (outside && (previousBlank || previousDefinition) && definitionStart.test(text)) {
      // (A definition cannot interrupt a paragraph: paragraph text that looks like one is left alone.)
      // `[label]:` alone on its line takes its destination from the next one.
      destinationNext = !wholeDefinition.test(text)
      const nextBreak = doc.indexOf('\n', lineEnd)
      if (destinationNext && /^[ \t]*\r?$/.test(doc.slice(lineEnd, nextBreak === -1 ? doc.length : nextBreak))) return undefined
      definitions.push(text)
      isDefinition = true
    } else if (outside && nestedDefinition.test(text)) return undefined
    if (openFence !== undefined) {
      const closing = fence.exec(text)
      if (closing && closing[1]!.charAt(0) === openFence.charAt(0) && closing[1]!.length >= openFence.length && text.slice(closing[0].length).trim() === '')
        openFence = undefined
    } else if (htmlEnd !== undefined) {
      if (htmlEnd.test(text)) htmlEnd = undefined
    } else {
      const opening = fence.exec(text)
      if (opening) openFence = opening[1]
      else {
        const html = htmlBlocks.find(([start]) => start.test(text))
        // The end marker may be on the opening line itself.
        if (html && !html[1].test(text.slice(text.indexOf('<') + 2))) htmlEnd = html[1]
      }
    }
    previousBlank = blank
    previousDefinition = isDefinition
    lineStart = lineEnd
  }
  spans.push([chunkStart, doc.length])
  return {spans, definitions}
}

// A definition's label, and what may be a label in a chunk (`[label]`, `[text][label]`, `[label][]`).
const definitionLabel = /^ {0,3}\[((?:[^\]\\\n]|\\.)+)\]:/
const bracketed = /\[((?:[^[\]\\]|\\.){1,999})\]/g

/** A label as micromark compares them (`micromark-util-normalize-identifier`). */
function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
}

function definitionsByLabel(definitions: readonly string[]): Map<string, string> {
  const byLabel = new Map<string, string>()
  for (const definition of definitions) {
    const label = normalizeLabel(definitionLabel.exec(definition)![1]!)
    // The first definition of a label is the one that counts.
    if (!byLabel.has(label)) byLabel.set(label, definition)
  }
  return byLabel
}

/** The definitions of the labels `source` may use, to go after it. */
function definitionsFor(source: string, byLabel: ReadonlyMap<string, string>): string {
  if (byLabel.size === 0) return ''
  const used = new Set<string>()
  for (const match of source.matchAll(bracketed)) {
    const definition = byLabel.get(normalizeLabel(match[1]!))
    if (definition) used.add(definition)
  }
  return used.size === 0 ? '' : '\n\n' + [...used].join('\n') + '\n'
}

// Line endings as micromark and vfile-location count them: a carriage return alone ends a line too.
const lineEnding = /\r\n?|\n/g

function countLineBreaks(doc: string, from: number, to: number): number {
  let count = 0
  lineEnding.lastIndex = from
  for (let match = lineEnding.exec(doc); match && match.index < to; match = lineEnding.exec(doc)) count++
  return count
}

/** Moves every position of `node` down `lines` lines and on `offset` characters (columns stay: chunks start lines). */
function shift(node: Placed, lines: number, offset: number): void {
  for (const point of pointsOf(node)) {
    point.line += lines
    if (point.offset !== undefined) point.offset += offset
  }
}

/** The point at the end of `doc`, where the whole-document parse ends its root. */
function endOf(doc: string): Point {
  let lastLineStart = 0
  lineEnding.lastIndex = 0
  for (let match = lineEnding.exec(doc); match; match = lineEnding.exec(doc)) lastLineStart = match.index + match[0].length
  return {line: countLineBreaks(doc, 0, doc.length) + 1, column: doc.length - lastLineStart + 1, offset: doc.length}
}
