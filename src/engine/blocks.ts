import type {Paragraph, Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Block} from './types.js'

// parse-latin’s white space class and paragraph separator: a root-level white
// space run splits paragraphs only when it holds nothing but spaces, tabs and
// line breaks. A block boundary is such a run with two or more line breaks.
const whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
// Two or more line breaks with only spaces and tabs between them. The match
// starts at a line break and is widened over spaces and tabs by hand: a
// leading `[ \t]*` would rescan a long run of spaces at every position.
const blankLines = /(?:\r\n|\r(?!\n)|\n)(?:[ \t]*(?:\r\n|\r(?!\n)|\n))+/g

/** Offsets `[start, end)` of the blocks of `text`, cut at blank lines the way retext-english cuts paragraphs. */
export function* blockSpans(text: string): Generator<[number, number]> {
  let start = 0
  blankLines.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = blankLines.exec(text))) {
    let from = match.index
    let to = from + match[0].length
    while (from > start && isBlank(text.charCodeAt(from - 1))) from--
    while (to < text.length && isBlank(text.charCodeAt(to))) to++
    blankLines.lastIndex = to
    // A run that other white space (a no-break space, a form feed) extends does
    // not split paragraphs in a whole-document parse either.
    const extended =
      (from > 0 && whiteSpace.test(text.charAt(from - 1))) || (to < text.length && whiteSpace.test(text.charAt(to)))
    if (extended) continue
    if (from > start) yield [start, from]
    start = to
  }
  if (start < text.length) yield [start, text.length]
}

/** A space or a tab. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9
}

/**
 * Parses `text` one block at a time. retext-english is quadratic on a whole
 * document and linear per paragraph, so this keeps linting linear; each tree
 * can be dropped once its block has been linted.
 */
export function* parseBlocks(text: string): Generator<Block> {
  for (const [start, end] of blockSpans(text)) {
    const blockText = text.slice(start, end)
    const root = new ParseEnglish().parse(blockText)
    yield {text: blockText, start, paragraphs: paragraphsOf(root.children), nodeBase: start}
  }
}

/** Groups the paragraphs of an already parsed document (positions in document offsets) into blocks. */
export function* treeBlocks(tree: Root, text: string): Generator<Block> {
  let group: Paragraph[] = []
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') {
      group.push(child)
    } else if (child.type === 'WhiteSpaceNode' && isBlankLine(child.value) && group.length > 0) {
      yield blockOf(group, text)
      group = []
    }
  }
  if (group.length > 0) yield blockOf(group, text)
}

function blockOf(paragraphs: Paragraph[], text: string): Block {
  const start = paragraphs[0]?.position?.start.offset ?? 0
  const end = paragraphs[paragraphs.length - 1]?.position?.end.offset ?? start
  return {text: text.slice(start, end), start, paragraphs, nodeBase: 0}
}

function isBlankLine(value: string): boolean {
  const breaks = value.match(/\r\n?|\n/g)
  return breaks !== null && breaks.length > 1
}

function paragraphsOf(children: readonly RootContent[]): Paragraph[] {
  return children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
}
