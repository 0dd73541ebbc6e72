import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {chunkSpans, markdownChunks, parseMarkdownChunked} from '../src/formats/markdown-chunks.js'
import {controlMessages} from '../src/disable-comments.js'
import {readMarkup} from '../src/formats/markup.js'
import {ruleNames} from '../src/preset.js'
import {VFile as File} from 'vfile'

const parser = unified().use(remarkParse).freeze()
const parse = (file: VFile) => parser.parse(file) as Root

/** Every node with a value or a reference, with its place: what the bridge to nlcst reads. */
function leaves(tree: Root): string[] {
  const found: string[] = []
  const visit = (node: {type: string; value?: string; identifier?: string; position?: Root['position']; children?: unknown[]}) => {
    const place = node.position
      ? `${node.position.start.line}:${node.position.start.column}-${node.position.end.line}:${node.position.end.column}@${node.position.start.offset}`
      : '?'
    if (node.value !== undefined || node.identifier !== undefined) found.push(`${node.type} ${place} ${JSON.stringify(node.value ?? node.identifier)}`)
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child)
  }
  visit(tree)
  return found
}

// Constructs a cut must not split, each followed by ordinary paragraphs where cuts can fall.
// prettier-ignore
const sections = [
  'A paragraph that links to [the site][home] and to [another][ref 2].',
  '```js\nconst a = 1\n\nconst b = 2\n```',
  '<!-- a comment\n\nthat spans a blank line -->',
  '<pre>\nkept\n\nas is\n</pre>',
  '- a list item\n\n  continued after a blank line\n\n- a second item',
  '    indented code\n\n    more code',
  '> a quote\n>\n> that goes on',
  '[home]: https://example.com "Home"',
  'Title\n=====',
  '~~~~\nfence of tildes\n\n```\nnot a close\n~~~~',
  '[ref 2]: https://example.org',
  'And [a third][multi] link.',
  '[multi]:\n  https://example.net',
  'Line one  \r\nline two with CRLF\r\n\r\nAfter a CRLF blank line.',
  'Lone CR line\ranother line.'
]
const document = (parts: readonly string[]) =>
  Array.from({length: 6}, (_, round) => parts.map((part) => part + '\n\nParagraph ' + round + ' between sections.').join('\n\n')).join('\n\n') + '\n'
const doc = document(sections)
// Without definitions, no construct left open can fall back on a whole parse: the cuts alone must be right.
const plain = document(sections.filter((section) => !section.startsWith('[')))

describe('Markdown in chunks', () => {
  test('the document is cut into many chunks', () => {
    expect(chunkSpans(doc, 64)?.spans.length).toBeGreaterThan(20)
  })

  test.each([
    ['with definitions', 16],
    ['with definitions', 64],
    ['with definitions', 200],
    ['with definitions', 1000],
    ['without definitions', 16],
    ['without definitions', 64],
    ['without definitions', 200]
  ])('%s, chunks of %i characters read as the whole document: same text, places and references', (kind, size) => {
    const text = kind === 'with definitions' ? doc : plain
    const whole = parse({value: text} as VFile)
    const chunked = parseMarkdownChunked(text, parse, size)
    expect(leaves(chunked)).toEqual(leaves(whole))
    expect(chunked.position).toEqual(whole.position)
  })

  test('a definition inside a block quote, or without a destination: parsed whole', () => {
    expect(chunkSpans('a\n\n> [x]: https://example.com\n\n' + 'b\n\n'.repeat(50), 16)).toBeUndefined()
    expect(chunkSpans('a\n\n[x]:\n\n' + 'b\n\n'.repeat(50), 16)).toBeUndefined()
  })

  test('a definition over two lines is gathered whole', () => {
    expect(chunkSpans('a\n\n[x]:\n  https://example.com\n\n' + 'b\n\n'.repeat(50), 16)?.definitions).toEqual(['[x]:\n  https://example.com'])
  })

  test('chunks are parsed as they are asked for: one chunk’s tree at a time', () => {
    let parses = 0
    const counting = (file: VFile) => {
      parses++
      return parse(file)
    }
    const chunks = markdownChunks(plain, counting, 64)
    expect(chunks.next().done).toBe(false)
    expect(parses).toBe(1)
    expect([...chunks].length).toBeGreaterThan(10)
  })

  test('disable comments still apply once linting has dropped each chunk’s tree', () => {
    const text = 'First paragraph in Kiev.\n\n<!-- mtlint-ignore-next-line -->\nKiev.\n\n* a list\n* of items\n'
    const markup = readMarkup(new File(text), 'markdown')
    const blocks = [...markup.blocks]
    expect(blocks.map((block) => block.text)).toEqual(['First paragraph in Kiev.', 'Kiev.', 'a list', 'of items'])
    const file = new File(text)
    file.message('a message', {start: {line: 4, column: 1}, end: {line: 4, column: 5}}).source = 'mtlint'
    controlMessages(file, markup.controlled, ruleNames)
    // The comment applies to the paragraph after it, though the trees are gone.
    expect(file.messages).toEqual([])
  })

  test('front matter, blank lines and all, stays in the first chunk', () => {
    const text = '---\ntitle: Talks\n\nauthor: A. Writer\n\n---\n\n' + 'Paragraph.\n\n'.repeat(30)
    const spans = chunkSpans(text, 8)!.spans
    expect(spans[0]).toEqual([0, text.indexOf('Paragraph.')])
    const frontmatterParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
    const parseFrontmatter = (file: VFile) => frontmatterParser.parse(file) as Root
    expect(leaves(parseMarkdownChunked(text, parseFrontmatter, 8))).toEqual(leaves(parseFrontmatter({value: text} as VFile)))
  })

  test('a fence left open to the end: the definitions it would swallow make the document parse whole', () => {
    const open = 'Text [a][x].\n\n[x]: https://example.com\n\n' + 'More.\n\n'.repeat(30) + '```\ncode\n\nmore code\n'
    const chunked = parseMarkdownChunked(open, parse, 32)
    expect(leaves(chunked)).toEqual(leaves(parse({value: open} as VFile)))
  })
})
