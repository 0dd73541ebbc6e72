/**
 * Property-based tests of Markdown and HTML: documents that put artifacts
 * inside code, `pre`, `script` and `style` and outside them (see
 * `scripts/inputs/property-grammar.ts`). What counts as code is what remark and rehype, the
 * parsers mtlint uses, say it is: the tests find those regions in their trees.
 */
import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {lint, type Format} from '../src/index.js'
import {htmlDocuments, markdownDocuments} from '../scripts/inputs/property-grammar.js'
import {expectPlacesInText, offsets, runs} from './property-support.js'

type Region = [number, number]

const markdownParser = unified().use(remarkParse)
const htmlParser = unified().use(rehypeParse)
const rawCode = /^<(?:pre|script|style)(?=[\s>])/i
const codeElements = new Set(['code', 'pre', 'script', 'style'])

type AnyNode = Node & {value?: string; tagName?: string; children?: AnyNode[]}

/** `[start, end)` of every node `protect` picks, from the root down. */
function regions(tree: AnyNode, protect: (node: AnyNode) => boolean): Region[] {
  const found: Region[] = []
  const visit = (node: AnyNode) => {
    const {start, end} = node.position ?? {}
    if (protect(node) && start?.offset !== undefined && end?.offset !== undefined) {
      found.push([start.offset, end.offset])
      return
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(tree)
  return found
}

/** Code spans and blocks, and raw `pre`, `script` and `style` blocks, of a Markdown document. */
function markdownCode(text: string): Region[] {
  return regions(markdownParser.parse(text), (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return true
    return node.type === 'html' && rawCode.test(node.value ?? '')
  })
}

/** `code`, `pre`, `script` and `style` elements of an HTML document, tags included. */
function htmlCode(text: string): Region[] {
  return regions(htmlParser.parse(text), (node) => {
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
  {format: 'html', documents: htmlDocuments, code: htmlCode}
]

describe.each(cases)('properties of lint() on $format', ({format, documents, code}) => {
  test('never reports inside code, `pre`, `script` or `style`', async () => {
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
      }),
      runs
    )
    expect(reported).toBeGreaterThan(runs.numRuns)
    expect(protectedRegions).toBeGreaterThan(runs.numRuns)
  })

  test('every message lies in the text with consistent positions and `actual`', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        expectPlacesInText(text, (await lintOnce(text, format)).messages)
      }),
      runs
    )
  })
})
