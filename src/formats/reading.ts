import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Point} from 'unist'
import {location} from 'vfile-location'
import type {Reading} from '../engine/unparsed.js'
import {pointsOf, type Placed} from './points.js'
import {countAtOrBelow, itself} from '../engine/sorted.js'

/**
 * A Markdown or HTML document as mtlint reads it: a leading byte order mark
 * dropped, and character references that stand for prose (`&nbsp;`,
 * `&laquo;`, `&#233;`, `Ki&#101;v`) decoded, so that rules see the text a
 * reader sees (`MM.&nbsp;Blinken` is `MM. Blinken`). The document is parsed
 * as read, and every span found in it is taken back to the document: a span
 * that takes in part of a reference covers the whole reference, and a fix
 * replaces it.
 *
 * Only references that cannot change how the document parses are decoded: to
 * a character outside ASCII, or to an ASCII letter or digit inside a word.
 * Others (`&amp;`, `&lt;`, `&quot;`, `&#10;`, one escaped with a backslash in
 * Markdown) stay as written, read as before through their text node.
 */
export type {Reading}

// A character reference closed by a semicolon: decimal, hexadecimal or named.
const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/g
const wordCharacter = /[\p{L}\p{N}]/u
const asciiAlphanumeric = /^[A-Za-z\d]$/

/** Reads `source`, a document in `format`. */
export function readDocument(source: string, format: 'markdown' | 'html'): Reading {
  // Parallel arrays, one entry per change, in document order: where it is read and where it is written.
  const readStarts: number[] = []
  const readEnds: number[] = []
  const sourceStarts: number[] = []
  const sourceEnds: number[] = []
  let text = ''
  let copied = 0
  const change = (from: number, to: number, value: string) => {
    text += source.slice(copied, from)
    readStarts.push(text.length)
    text += value
    readEnds.push(text.length)
    sourceStarts.push(from)
    sourceEnds.push(to)
    copied = to
  }

  if (source.charCodeAt(0) === 0xfeff) change(0, 1, '')
  // A document without `&;` has no reference: most have none, and skip the search.
  if (source.includes('&') && source.includes(';')) {
    reference.lastIndex = 0
    for (let match = reference.exec(source); match; match = reference.exec(source)) {
      const at = match.index
      if (format === 'markdown' && escaped(source, at)) continue
      const value = decode(match)
      const before = at === copied ? text.charAt(text.length - 1) : source.charAt(at - 1)
      if (value !== undefined && decodable(value, before)) change(at, at + match[0].length, value)
    }
  }
  if (readStarts.length === 0) return unchanged(source)
  text += source.slice(copied)

  /** The last change read at or before `offset`; -1 when none is. */
  function changeAt(offset: number): number {
    return countAtOrBelow(readStarts, offset, itself) - 1
  }

  function locate(offset: number, side: 'start' | 'end'): {offset: number; exact: boolean} {
    const index = changeAt(offset)
    if (index === -1) return {offset, exact: true}
    if (offset < readEnds[index]!) {
      if (offset === readStarts[index]) return {offset: sourceStarts[index]!, exact: true}
      // Inside a reference that decodes to more than one character: the whole reference.
      return {offset: side === 'start' ? sourceStarts[index]! : sourceEnds[index]!, exact: false}
    }
    return {offset: offset - readEnds[index]! + sourceEnds[index]!, exact: true}
  }

  return {
    text,
    source,
    changed: true,
    canReplace: (start, end, value) => canReplace(source, start, end, value),
    span(start, end) {
      const from = locate(start, 'start')
      const to = locate(end, 'end')
      return {start: from.offset, end: Math.max(from.offset, to.offset), exact: from.exact && to.exact}
    },
    toSource: (offset) => locate(offset, 'start').offset
  }
}

function unchanged(source: string): Reading {
  return {
    text: source,
    source,
    changed: false,
    span: (start, end) => ({start, end, exact: true}),
    canReplace: (start, end, value) => canReplace(source, start, end, value),
    toSource: (offset) => offset
  }
}

/**
 * Whether writing `value` over `[start, end)` of `source` leaves its markup
 * as it is: a `<` or `&` that is text stays text, not the start of a tag, a
 * comment or a reference (`< !` fixed to `<!` would make the rest a comment),
 * and the value brings no `<` or `&` of its own.
 */
function canReplace(source: string, start: number, end: number, value: string): boolean {
  if (/[<&]/.test(value)) return false
  const before = source.charAt(start - 1)
  const next = value.charAt(0) || source.charAt(end)
  if (before === '<') return !/[A-Za-z!/?]/.test(next)
  if (before === '&') return !/[A-Za-z\d#]/.test(next)
  return true
}

/** Whether the `&` at `index` is escaped with a backslash (Markdown): an odd run of them before it. */
function escaped(source: string, index: number): boolean {
  let count = 0
  while (index - count > 0 && source.charCodeAt(index - count - 1) === 92) count++
  return count % 2 === 1
}

/** The characters a reference stands for; `undefined` for an unknown name or a code point no parser decodes as written. */
function decode(match: RegExpExecArray): string | undefined {
  const [, decimal, hexadecimal, name] = match
  if (name !== undefined) {
    const value = decodeNamedCharacterReference(name)
    return value === false ? undefined : value
  }
  const code = decimal === undefined ? Number.parseInt(hexadecimal!, 16) : Number.parseInt(decimal, 10)
  // NUL, C1 controls (HTML maps them to Windows-1252), surrogates and beyond Unicode are each parser’s own.
  if (code === 0 || (code >= 0x80 && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return undefined
  return String.fromCodePoint(code)
}

/**
 * Whether a reference to `value` can be read as its character without
 * changing how the document parses: a character outside ASCII (no syntax is
 * made of those), or an ASCII letter or digit after a letter or digit (`Ki&#101;v`;
 * at the start of a word one could make a tag name or a list number).
 */
function decodable(value: string, before: string): boolean {
  let ascii = false
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) < 0x80) ascii = true
  if (!ascii) return true
  return asciiAlphanumeric.test(value) && wordCharacter.test(before)
}

/** Moves every point of `tree`, parsed from `reading.text`, to its place in the document. */
export function placeInSource(tree: Placed, reading: Reading): void {
  if (!reading.changed) return
  const place = location(reading.source)
  for (const point of pointsOf(tree)) {
    const moved: Point | undefined = place.toPoint(reading.toSource(point.offset ?? 0))
    if (moved) Object.assign(point, moved)
  }
}
