import type {Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {location} from 'vfile-location'
import {describe, expect, test} from 'vitest'
import {htmlChunks, htmlCuts} from '../src/formats/html-chunks.js'

const parser = unified().use(rehypeParse).freeze()

// Containers of blocks, which a cut may fall inside: in a chunk, such an element ends at the cut.
const containers = /^(?:html|body|div|section|article|main|header|footer|aside|nav|blockquote|center)$/

/**
 * Every text and comment node with its place, and every element’s name with
 * its place (but the containers a cut may split): what the bridge and
 * disable comments read.
 */
function leaves(trees: Iterable<Root>): string[] {
  const found: string[] = []
  const visit = (node: {type: string; value?: string; tagName?: string; position?: Root['position']; children?: unknown[]}) => {
    const place = node.position
      ? `${node.position.start.line}:${node.position.start.column}-${node.position.end.line}:${node.position.end.column}@${node.position.start.offset}`
      : undefined
    if (node.value !== undefined) found.push(`${node.type} ${place} ${JSON.stringify(node.value)}`)
    // Elements the parser adds have no place; a chunk’s `div` has none either.
    else if (node.tagName && place && !containers.test(node.tagName)) found.push(`${node.tagName} ${place}`)
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child)
  }
  for (const tree of trees) visit(tree)
  return found
}

// Constructs a cut must not split or change, each among ordinary blocks where cuts can fall.
// prettier-ignore
const sections = [
  '<p>A paragraph with <b>bold</b> and a <a href="x" title="t">link</a>.</p>',
  '<p>A paragraph left open\n<p>and another, closed by the next block',
  '<ul>\n<li>one\n<li>two\n\n<li>three</ul>',
  '<table><tr><td>cell</td></tr>\n\n<tr><td>cell</td></tr></table>',
  '<pre>\nkept\n\n<p>as is</p>\n</pre>',
  '<script>const s = "</p><p>"; // <div>\n\n</script>',
  '<!-- a comment\n\n<p>that holds a block</p> -->',
  '<!-- mtlint-ignore-next-line -->\n<p>The node after a comment.</p>',
  '<div>Text directly in a div\n\n<p>and a block</p>\nthen text again</div>',
  '<svg><title>t</title><text>Kiev</text></svg>',
  '<textarea>\n<p>not a tag</p>\n</textarea>',
  'Text directly in the body.',
  '<section><h2>Heading</h2>\n<p>Body of a section.</p></section>',
  '<p>A <i>formatting element <div>across a block</div> left</i> open.</p>'
]
const document = (parts: readonly string[]) =>
  '<!doctype html>\n<html><head><title>Title</title></head>\n<body>\n' +
  Array.from({length: 4}, (_, round) => parts.map((part) => part + '\n<p>Paragraph ' + round + ' between sections.</p>').join('\n')).join('\n') +
  '\n</body></html>\n'
const doc = document(sections)

describe('HTML in chunks', () => {
  test('the document is cut into many chunks', () => {
    expect(htmlCuts(doc, 64).length).toBeGreaterThan(20)
  })

  test.each([16, 64, 200, 1000])('chunks of %i characters read as the whole document: same text, elements and places', (size) => {
    const whole = parser.parse(doc)
    expect(leaves(htmlChunks(doc, location(doc), size))).toEqual(leaves([whole]))
  })

  test('never cut inside a paragraph, a list, a table, raw text or a comment, nor after a comment', () => {
    for (const cut of htmlCuts(doc, 16)) {
      const before = doc.slice(0, cut)
      for (const [open, close] of [
        ['<ul>', '</ul>'],
        ['<table>', '</table>'],
        ['<pre>', '</pre>'],
        ['<script>', '</script>'],
        ['<!--', '-->'],
        ['<textarea>', '</textarea>'],
        ['<svg>', '</svg>']
      ]) {
        expect(before.split(open!).length, `${open} at ${cut}`).toBe(before.split(close!).length)
      }
      expect(before.trimEnd().endsWith('-->'), String(cut)).toBe(false)
    }
  })

  test('chunks are parsed as they are asked for', () => {
    const chunks = htmlChunks(doc, location(doc), 64)
    const first = chunks.next()
    expect(first.done).toBe(false)
    // The first chunk holds the head and what follows up to the first cut, no more.
    expect(leaves([first.value as Root]).some((leaf) => leaf.includes('Paragraph 3'))).toBe(false)
  })

  test('a page on one line, with nowhere to cut, is parsed whole', () => {
    const line = '<p>' + 'word '.repeat(10_000) + '</p>'
    expect(htmlCuts(line, 64)).toEqual([])
  })
})
