import retextEnglish from 'retext-english'
import {retext} from 'retext'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import mtlint, {lint, processor} from '../src/index.js'
import type {Format} from '../src/index.js'
import {only, strings} from './helpers.js'

interface Row {
  name: string
  text: string
  format: Format
  messages: string[]
}

const quotes = {rules: only('quote-marks')}

// Quotation marks pair within a block: a paragraph of text (lines joined by
// single line breaks), a Markdown paragraph, heading or list item, an HTML paragraph.
const blocks: Row[] = [
  {name: 'text: lines of one paragraph are one block', format: 'text', text: 'He said “we\nwill stay”.', messages: []},
  {
    name: 'text: a blank line ends the block',
    format: 'text',
    text: 'He said “we\n\nwill stay”.',
    messages: [
      '1:9-1:10: Unexpected `“` (quotation never closed), close the quotation or remove the mark',
      '3:10-3:11: Unexpected `”` (quote mark that closes no quotation), open the quotation or remove the mark'
    ]
  },
  {name: 'markdown: lines of one paragraph are one block', format: 'markdown', text: 'He said “we\nwill stay”.', messages: []},
  {
    name: 'markdown: list items are blocks',
    format: 'markdown',
    text: '* He said “we\n* will stay”.',
    messages: [
      '1:11-1:12: Unexpected `“` (quotation never closed), close the quotation or remove the mark',
      '2:12-2:13: Unexpected `”` (quote mark that closes no quotation), open the quotation or remove the mark'
    ]
  },
  {
    name: 'markdown: a heading is a block',
    format: 'markdown',
    text: '# He said “we\nwill stay”.',
    messages: [
      '1:11-1:12: Unexpected `“` (quotation never closed), close the quotation or remove the mark',
      '2:10-2:11: Unexpected `”` (quote mark that closes no quotation), open the quotation or remove the mark'
    ]
  },
  {
    name: 'markdown: the news convention of reopening a quotation in the next paragraph holds',
    format: 'markdown',
    text: '“We will not leave,” he said. “Our children were born here.\n\n“We will rebuild,” he added.',
    messages: []
  },
  {
    name: 'markdown: markup around quotes is not a space inside them',
    format: 'markdown',
    text: 'He said **“we will stay”** and *“left”*.',
    messages: []
  },
  {
    name: 'html: paragraphs are blocks even on one line',
    format: 'html',
    text: '<p>He said “we</p><p>will stay”.</p>',
    messages: [
      '1:12-1:13: Unexpected `“` (quotation never closed), close the quotation or remove the mark',
      '1:31-1:32: Unexpected `”` (quote mark that closes no quotation), open the quotation or remove the mark'
    ]
  },
  {name: 'html: inline elements stay in the block', format: 'html', text: '<p>He said “<em>we</em> will stay”.</p>', messages: []}
]

describe('blocks of each format', () => {
  test.each(blocks)('$name', async ({text, format, messages}) => {
    expect(strings(await lint(text, {...quotes, format}))).toEqual(messages)
  })
})

const names = {rules: only('place-names')}
const french = {rules: only('french-typography')}

// Parsers drop or decode source text (`> `, indents, `&amp;`, `\*`); positions still point into the file.
const positions: Array<Row & {options?: object}> = [
  {name: 'markdown: block quote', format: 'markdown', text: '> He said it\n> in Kiev.', messages: ['2:6-2:10: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']},
  {name: 'markdown: list item continuation', format: 'markdown', text: '* item one\n  in Kiev.', messages: ['2:6-2:10: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']},
  {name: 'markdown: indented continuation line', format: 'markdown', text: 'line one\n   in Kiev.', messages: ['2:7-2:11: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']},
  {name: 'markdown: character reference', format: 'markdown', text: 'AT&amp;T said Kiev.', messages: ['1:15-1:19: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']},
  {name: 'markdown: escape', format: 'markdown', text: 'AT\\*T said Kiev.', messages: ['1:12-1:16: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']},
  {name: 'html: character references', format: 'html', text: '<p>AT&amp;T &#8220;said&#8221; Kiev.</p>', messages: ['1:32-1:36: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']}
]

describe('positions point into the source', () => {
  test.each(positions)('$name', async ({text, format, messages}) => {
    expect(strings(await lint(text, {...names, format}))).toEqual(messages)
  })

  test('a finding on a character reference is reported, but not fixed', async () => {
    const text = '<p>He said &laquo;yes&raquo;.</p>'
    const file = await lint(text, {...french, format: 'html'})
    expect(strings(file)).toEqual([
      '1:12-1:13: Unexpected `«` (opening guillemet of French, Spanish, Italian and 5 more languages), fix it by hand (the source spells it with markup or a character reference)',
      '1:22-1:23: Unexpected `»` (closing guillemet of French, Spanish, Italian and 5 more languages), fix it by hand (the source spells it with markup or a character reference)'
    ])
    expect(file.messages.map((message) => [message.actual, message.expected])).toEqual([
      ['&', undefined],
      ['&', undefined]
    ])
  })
})

describe('format', () => {
  test('inferred from `file.path`', async () => {
    const file = await lint(new VFile({path: 'story.md', value: 'Kiev `Kiev`'}))
    expect(strings(file)).toEqual(['story.md:1:1-1:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'])
  })

  test('given, over the extension', async () => {
    const file = await lint(new VFile({path: 'story.md', value: 'Kiev `Kiev`'}), {format: 'text'})
    expect(strings(file)).toHaveLength(2)
  })

  test('an unknown format is refused', async () => {
    await expect(lint('Kiev', {format: 'docx' as Format})).rejects.toThrow(
      'Invalid `format` option `"docx"`, expected `text`, `markdown`, `html`'
    )
  })

  test('an unknown option is still refused', async () => {
    await expect(lint('Kiev', {rulez: {}} as never)).rejects.toThrow('Unknown mtlint option `rulez`, expected `rules` or `format`')
  })
})

describe('trees from other parsers', () => {
  test('the preset on a whole-document retext tree finds what `lint` finds', async () => {
    const text = 'He said “we\nwill stay” in Kiev.\n\nThe talks failed.” See https://kiev.ua/Kiev.'
    const file = new VFile(text)
    await retext().use(retextEnglish).use(mtlint).process(file)
    expect(strings(file).sort()).toEqual(strings(await lint(text)).sort())
    expect(strings(file)).toHaveLength(2)
  })

  test('the shared processor parses text block by block into one tree with document positions, for other plugins', async () => {
    const text = 'First “block”.\n\nSecond block, line one\nline two in Kiev.'
    const file = new VFile({path: 'a.txt', value: text})
    // A plugin from a configuration file (`plugins`, `--use`) may read the tree.
    const withPlugin = processor().use(function () {})
    const tree = withPlugin.parse(file)
    expect(tree.children.map((child) => child.type)).toEqual(['ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode'])
    expect(tree.children[2]!.position).toEqual({start: {line: 3, column: 1, offset: 16}, end: {line: 4, column: 18, offset: 56}})
    await withPlugin.run(tree, file)
    expect(strings(file)).toEqual(['a.txt:4:13-4:17: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'])
    expect(file.data.mtlint?.words).toBe(10)
    expect(String(withPlugin.stringify(tree, file))).toBe(text)
  })

  test('alone, the shared processor builds no tree of plain text: the rules parse it block by block', async () => {
    const text = 'First “block”.\n\nSecond block, line one\nline two in Kiev.'
    const file = new VFile({path: 'a.txt', value: text})
    const tree = processor.parse(file)
    expect(tree.children).toEqual([])
    await processor.run(tree, file)
    expect(strings(file)).toEqual(['a.txt:4:13-4:17: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'])
    expect(file.data.mtlint?.words).toBe(10)
  })
})
