import type {Point} from 'unist'
import type {Place} from './points.js'

/** A character reference (`&amp;`, `&#8220;`) or a Markdown backslash escape: one character of a text value. */
const encoded = /^(?:&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?|\\[!-/:-@[-`{-~])/i

interface Text {
  type: 'text'
  value: string
  position?: {start: Point; end: Point}
}

interface Parent {
  type: string
  children: Array<Text | Parent | {type: string}>
}

/**
 * Splits the text nodes of a Markdown or HTML tree whose value is not their
 * source into pieces that are. A value loses what the parser decodes or drops
 * (character references, backslash escapes, the `> ` of block quotes, the
 * indent of continuation lines), and the bridges to nlcst place words by the
 * length of the value: without this, every word after such a spot is
 * misplaced. Each piece is a run of the value found as is in the source, or
 * one decoded character spanning its reference; dropped markup is left out.
 */
export function alignText(tree: {children: unknown[]}, doc: string, place: Place): void {
  visit(tree as Parent)

  function visit(parent: Parent): void {
    parent.children = parent.children.flatMap((child) => {
      if ('children' in child) visit(child)
      return child.type === 'text' ? split(child as Text) : [child]
    })
  }

  function split(node: Text): Text[] {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return [node]
    const source = doc.slice(start, end)
    if (source === node.value) return [node]
    const pieces = align(node.value, source)
    if (!pieces) return [node]
    return pieces.map((piece) => ({
      type: 'text',
      value: piece.value,
      position: {start: place.toPoint(start + piece.start)!, end: place.toPoint(start + piece.end)!}
    }))
  }
}

/** Pieces of `value` with their `[start, end)` in `source`; nothing when they cannot be matched. */
function align(value: string, source: string): Array<{value: string; start: number; end: number}> | undefined {
  const pieces: Array<{value: string; start: number; end: number}> = []
  let index = 0
  let offset = 0
  let run: {index: number; offset: number} | undefined

  const closeRun = () => {
    if (run) pieces.push({value: value.slice(run.index, index), start: run.offset, end: offset})
    run = undefined
  }

  while (index < value.length && offset < source.length) {
    if (value[index] === source[offset]) {
      run ??= {index, offset}
      index++
      offset++
      continue
    }
    closeRun()
    const reference = encoded.exec(source.slice(offset, offset + 40))
    if (reference) {
      const character = String.fromCodePoint(value.codePointAt(index)!)
      pieces.push({value: character, start: offset, end: offset + reference[0].length})
      index += character.length
      offset += reference[0].length
    } else {
      // Markup the parser dropped from the value.
      offset++
    }
  }
  closeRun()
  return index === value.length ? pieces : undefined
}
