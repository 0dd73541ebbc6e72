import type {Paragraph, Root, RootContent} from 'mdast'
import type {Point} from 'unist'
import type {Place} from './points.js'

/**
 * Front matter (YAML between `---` fences, TOML between `+++` fences, at the
 * start of a Markdown document) is metadata that static-site generators and
 * CMSs key on, not prose: remark-frontmatter parses it into a `yaml` or
 * `toml` node, which nothing lints. With the `frontmatter` option, the
 * top-level string fields it names (`title`, `description`) are linted as
 * paragraphs of their own, with positions into the file: what is linted, and
 * fixed, is the value as written between its quotes (escapes as written).
 * Values that are not strings (lists, tables, numbers written as such) are
 * left out.
 */

const fences: Record<string, string> = {'-': 'yaml', '+': 'toml'}

/** Offset just past the front matter that opens `doc` (its closing fence line); 0 when there is none. */
export function frontMatterEnd(doc: string): number {
  const opening = /^(---|\+\+\+)[ \t]*(?:\r\n?|\n)/.exec(doc)
  if (!opening) return 0
  const closing = new RegExp('(?:\\r\\n?|\\n)' + opening[1]!.replace(/\+/g, '\\+') + '[ \\t]*(?:\\r\\n?|\\n|$)', 'g')
  closing.lastIndex = opening[0].length - 1
  const match = closing.exec(doc)
  return match ? match.index + match[0].length : 0
}

/**
 * Replaces the front matter node of `tree` by a paragraph for each field of
 * `fields` it holds as a string, placed at its value in `doc`; drops it when
 * no field is asked for.
 */
export function frontMatterProse(tree: Root, doc: string, place: Place, fields: readonly string[]): void {
  const node = tree.children[0]
  if (!node || (node.type !== 'yaml' && (node.type as string) !== 'toml') || !node.position) return
  const start = node.position.start.offset ?? 0
  const end = node.position.end.offset ?? start
  const paragraphs: RootContent[] = []
  const kind = fences[doc.charAt(start)]
  const spans = kind === 'toml' ? tomlStrings(doc, start, end) : yamlStrings(doc, start, end)
  for (const [key, from, to] of spans) {
    if (!fields.includes(key) || to <= from) continue
    const position = {start: place.toPoint(from) as Point, end: place.toPoint(to) as Point}
    const paragraph: Paragraph = {type: 'paragraph', children: [{type: 'text', value: doc.slice(from, to), position}], position}
    paragraphs.push(paragraph)
  }
  tree.children.splice(0, 1, ...paragraphs)
}

type Field = [key: string, start: number, end: number]

/** Lines of `doc` between `start` and `end` (the fences left out), with their offsets. */
function* linesBetween(doc: string, start: number, end: number): Generator<{text: string; at: number}> {
  const first = doc.indexOf('\n', start) + 1
  const closing = doc.lastIndexOf('\n', end - 1)
  let at = first
  while (at > 0 && at < closing) {
    const next = doc.indexOf('\n', at)
    const lineEnd = next === -1 || next > closing ? closing : next
    yield {text: doc.slice(at, lineEnd).replace(/\r$/, ''), at}
    at = lineEnd + 1
  }
}

// A top-level key and what follows its colon.
const yamlKey = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+|$)/
const blockScalar = /^[|>][-+]?\d?[ \t]*(?:#.*)?$/

/** Top-level YAML string fields: quoted on one line, plain (with its continuation lines), or block scalars. */
function yamlStrings(doc: string, start: number, end: number): Field[] {
  const lines = [...linesBetween(doc, start, end)]
  const fields: Field[] = []
  for (let index = 0; index < lines.length; index++) {
    const {text, at} = lines[index]!
    const key = yamlKey.exec(text)
    if (!key) continue
    const valueAt = key[0].length
    const value = text.slice(valueAt)
    // Indented lines after the key: a block scalar’s content, or a plain scalar’s continuation.
    let last = index
    while (last + 1 < lines.length && /^[ \t]+\S/.test(lines[last + 1]!.text)) last++
    const lastLine = lines[last]!
    const through = lastLine.at + lastLine.text.trimEnd().length
    if (value.startsWith('"') || value.startsWith("'")) {
      const close = closingQuote(value, value.charAt(0))
      if (close !== -1) fields.push([key[1]!, at + valueAt + 1, at + valueAt + close])
    } else if (blockScalar.test(value)) {
      if (last > index) fields.push([key[1]!, lines[index + 1]!.at + indentOf(lines[index + 1]!.text), through])
    } else if (value.trim() !== '' && !/^[[{&*!|>@`%]/.test(value)) {
      // A plain scalar, up to a comment; continuation lines fold into it.
      const own = value.replace(/[ \t]+#.*$/, '').trimEnd()
      fields.push([key[1]!, at + valueAt, last > index ? through : at + valueAt + own.length])
    }
    index = last
  }
  return fields
}

// A top-level key, `=`, and what follows.
const tomlKey = /^([A-Za-z\d_-]+)[ \t]*=[ \t]*/

/** Top-level TOML string fields (before the first table): basic and literal strings, on one line or several. */
function tomlStrings(doc: string, start: number, end: number): Field[] {
  const fields: Field[] = []
  const lines = [...linesBetween(doc, start, end)]
  for (let index = 0; index < lines.length; index++) {
    const {text, at} = lines[index]!
    if (/^\s*\[/.test(text)) break
    const key = tomlKey.exec(text)
    if (!key) continue
    const valueAt = at + key[0].length
    const triple = /^("""|''')/.exec(text.slice(key[0].length))
    if (triple) {
      const close = doc.indexOf(triple[1]!, valueAt + 3)
      if (close === -1 || close > end) continue
      // A line break right after the opening quotes is not part of the string.
      const from = /^\r?\n/.exec(doc.slice(valueAt + 3, valueAt + 5))?.[0].length ?? 0
      fields.push([key[1]!, valueAt + 3 + from, close])
      while (index + 1 < lines.length && lines[index + 1]!.at < close) index++
      continue
    }
    const quote = text.charAt(key[0].length)
    if (quote !== '"' && quote !== "'") continue
    const close = closingQuote(text.slice(key[0].length), quote)
    if (close !== -1) fields.push([key[1]!, valueAt + 1, valueAt + close])
  }
  return fields
}

/** Index in `value` (which opens with `quote`) of the quote that closes it; -1 when none does on the line. */
function closingQuote(value: string, quote: string): number {
  for (let index = 1; index < value.length; index++) {
    const character = value.charAt(index)
    if (quote === '"' && character === '\\') index++
    else if (character === quote) {
      // YAML doubles a single quote inside single quotes.
      if (quote === "'" && value.charAt(index + 1) === "'") index++
      else return index
    }
  }
  return -1
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length
}
