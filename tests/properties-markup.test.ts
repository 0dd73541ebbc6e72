/**
 * Property-based tests of Markdown and HTML: documents that put artifacts
 * inside code, `pre`, `script`, `style`, `kbd`, `samp`, `textarea` and front
 * matter and outside them, with character references and a byte order mark
 * (see `scripts/inputs/property-grammar.ts`). What counts as code is what remark
 * and rehype, the parsers mtlint uses, say it is: the tests find those regions in their trees.
 */
import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {fix, lint, type Format} from '../src/index.js'
import {htmlDocuments, markdownDocuments} from '../scripts/inputs/property-grammar.js'
import {expectPlacesInText, offsets, runs} from './property-support.js'

type Region = [number, number]

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml'])
const htmlParser = unified().use(rehypeParse)
const codeElements = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'textarea'])
// An element of `codeElements` written in Markdown, with its content.
const htmlCode = /<(code|pre|script|style|kbd|samp|textarea)(?=[\s>])[^>]*>[^]*?<\/\1>/gi

type AnyNode = Node & {value?: string; tagName?: string; children?: AnyNode[]}

/**
 * `[start, end)` of every node `protect` picks, from the root down, in `text`
 * (parsed without its byte order mark: remark would drop it, and count from after it).
 */
function regions(parser: {parse(text: string): Node}, text: string, protect: (node: AnyNode) => boolean): Region[] {
  const bom = text.startsWith('\ufeff') ? 1 : 0
  const found: Region[] = []
  const visit = (node: AnyNode) => {
    const {start, end} = node.position ?? {}
    if (protect(node) && start?.offset !== undefined && end?.offset !== undefined) {
      found.push([start.offset + bom, end.offset + bom])
      return
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(parser.parse(text.slice(bom)) as AnyNode)
  return found
}

/** Code spans and blocks, front matter, and the source elements of its HTML (inline or blocks), of a Markdown document. */
function markdownCode(text: string): Region[] {
  const bom = text.startsWith('\ufeff') ? 1 : 0
  const found: Region[] = []
  const visit = (node: AnyNode) => {
    const start = node.position!.start.offset! + bom
    const end = node.position!.end.offset! + bom
    if (['code', 'inlineCode', 'yaml', 'toml'].includes(node.type)) return void found.push([start, end])
    // Source elements written as HTML, inline or in blocks, found in the text of the block.
    if (['paragraph', 'heading', 'html'].includes(node.type)) {
      for (const match of text.slice(start, end).matchAll(htmlCode)) found.push([start + match.index, start + match.index + match[0].length])
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(markdownParser.parse(text.slice(bom)) as AnyNode)
  return found
}

/** `code`, `pre`, `script`, `style`, `kbd`, `samp` and `textarea` elements of an HTML document, tags included. */
function htmlSource(text: string): Region[] {
  return regions(htmlParser, text, (node) => {
    return node.type === 'element' && codeElements.has(node.tagName ?? '')
  })
}

// Both properties run over the same seeded documents: each is linted once.
const linted = new Map<string, Promise<VFile>>()
function lintOnce(text: string, format: Format): Promise<VFile> {
  const key = format + '\0' + text
  let file = linted.get(key)
  if (!file) {
    file = lint(text, {format})
    linted.set(key, file)
  }
  return file
}

const cases: Array<{format: Format; documents: fc.Arbitrary<string>; code: (text: string) => Region[]}> = [
  {format: 'markdown', documents: markdownDocuments, code: markdownCode},
  {format: 'html', documents: htmlDocuments, code: htmlSource}
]

describe.each(cases)('properties of lint() on $format', ({format, documents, code}) => {
  test('never reports inside code, `pre`, `script`, `style`, `kbd`, `samp`, `textarea` or front matter, and never fixes them', async () => {
    // The property holds trivially if nothing is reported or nothing is code: count both.
    let reported = 0
    let protectedRegions = 0
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const {messages} = await lintOnce(text, format)
        const regions = code(text)
        reported += messages.length
        protectedRegions += regions.length
        for (const message of messages) {
          const [start, end] = offsets(message)
          const inside = regions.find(([from, to]) => start < to && from < end)
          expect(inside, String(message) + ' in ' + JSON.stringify(text)).toBeUndefined()
        }
        // The same protected text, in the same order, once every fix is applied.
        const fixed = fix(text, messages)
        const slices = (of: string, found: Region[]) => found.map(([from, to]) => of.slice(from, to))
        if (fixed !== text) expect(slices(fixed, code(fixed)), JSON.stringify(text)).toEqual(slices(text, regions))
      }),
      runs
    )
    expect(reported).toBeGreaterThan(runs.numRuns)
    expect(protectedRegions).toBeGreaterThan(runs.numRuns)
    // 2,000 documents, each linted and parsed again (and its fixed text too) for its regions: over a minute on a loaded machine.
  }, 180_000)

  test('every message lies in the text with consistent positions and `actual`', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        expectPlacesInText(text, (await lintOnce(text, format)).messages)
      }),
      runs
    )
  })
})
