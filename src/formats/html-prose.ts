import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Point} from 'unist'
import type {Place} from './points.js'

/**
 * Prose of an HTML document that hast-util-to-nlcst does not bridge: the
 * `alt` and `title` attributes (the text of images, the tooltips of links and
 * abbreviations). Each becomes a `p` of its own, placed at its value between
 * its quotes, for the bridge: so an `h1` fixed to Kyiv leaves no Kiev in an
 * image’s text. Nothing is taken from inside code, `pre`, `script`, `style`,
 * `svg`, `math` or what is marked as source (run `markSource` first).
 */

const proseAttributes = ['alt', 'title']

/** The `p`s for the prose attributes of `tree`, in document order. */
export function htmlExtras(tree: HastRoot | Element, doc: string, place: Place): Element[] {
  const extras: Element[] = []
  const visit = (node: HastRoot | HastContent | ElementContent) => {
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      if (node.tagName === 'code' || node.properties.dataNlcst === 'source' || node.properties.dataNlcst === 'ignore') return
      extras.push(...attributeProse(node, doc, place))
    }
    for (const child of node.children) visit(child)
  }
  visit(tree)
  return extras
}

/** A `p` for each prose attribute of `element` written in its start tag in `doc`, at its value. */
export function attributeProse(element: Element, doc: string, place: Place): Element[] {
  const start = element.position?.start.offset
  if (start === undefined || !proseAttributes.some((name) => typeof element.properties[name] === 'string')) return []
  const found: Element[] = []
  for (const [name, from, to] of attributeValues(doc, start)) {
    const value = element.properties[name]
    if (!proseAttributes.includes(name) || typeof value !== 'string' || value.trim() === '' || to <= from) continue
    const position = {start: place.toPoint(from) as Point, end: place.toPoint(to) as Point}
    found.push(paragraph([{type: 'text', value, position}], position))
  }
  return found
}

function paragraph(children: ElementContent[], position: Element['position']): Element {
  return {type: 'element', tagName: 'p', properties: {}, children, position}
}

// In a start tag: an attribute name, and its value (double-quoted, single-quoted or unquoted) if it has one.
const attribute = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y

/**
 * The attributes of the start tag at `start` in `doc` (`<img alt="…">`), the
 * first of each name as the HTML parser keeps it: `[name, valueStart, valueEnd]`
 * (the value without its quotes, its references as written).
 */
export function attributeValues(doc: string, start: number): Array<[string, number, number]> {
  const name = /^<[A-Za-z][^\s/>]*/.exec(doc.slice(start, start + 256))
  if (!name) return []
  const values: Array<[string, number, number]> = []
  const seen = new Set<string>()
  attribute.lastIndex = start + name[0].length
  for (let match = attribute.exec(doc); match; match = attribute.exec(doc)) {
    const key = match[1]!.toLowerCase()
    const quoted = match[2] ?? match[3]
    const value = quoted ?? match[4]
    if (value !== undefined && !seen.has(key)) {
      const end = match.index + match[0].length - (quoted === undefined ? 0 : 1)
      values.push([key, end - value.length, end])
    }
    seen.add(key)
  }
  return values
}
