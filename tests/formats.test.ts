import {readFile} from 'node:fs/promises'
import retextEnglish from 'retext-english'
import {retext} from 'retext'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import mtlint, {fix, lint, processor} from '../src/index.js'
import type {Format, RuleSetting} from '../src/index.js'
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
  {
    name: 'markdown: block quote',
    format: 'markdown',
    text: '> He said it\n> in Kiev.',
    messages: ['2:6-2:10: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']
  },
  {
    name: 'markdown: list item continuation',
    format: 'markdown',
    text: '* item one\n  in Kiev.',
    messages: ['2:6-2:10: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']
  },
  {
    name: 'markdown: indented continuation line',
    format: 'markdown',
    text: 'line one\n   in Kiev.',
    messages: ['2:7-2:11: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']
  },
  {
    name: 'markdown: character reference',
    format: 'markdown',
    text: 'AT&amp;T said Kiev.',
    messages: ['1:15-1:19: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']
  },
  {name: 'markdown: escape', format: 'markdown', text: 'AT\\*T said Kiev.', messages: ['1:12-1:16: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']},
  {
    name: 'html: character references',
    format: 'html',
    text: '<p>AT&amp;T &#8220;said&#8221; Kiev.</p>',
    messages: ['1:32-1:36: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']
  }
]

describe('positions point into the source', () => {
  test.each(positions)('$name', async ({text, format, messages}) => {
    expect(strings(await lint(text, {...names, format}))).toEqual(messages)
  })

  test('a finding on a character reference covers the whole reference, and its fix replaces it', async () => {
    const text = '<p>He said &laquo;yes&raquo;.</p>'
    const file = await lint(text, {...french, format: 'html'})
    expect(strings(file)).toEqual([
      '1:12-1:19: Unexpected `«` (opening guillemet of French, Spanish, Italian and 5 more languages), expected `“`',
      '1:22-1:29: Unexpected `»` (closing guillemet of French, Spanish, Italian and 5 more languages), expected `”`'
    ])
    expect(file.messages.map((message) => [message.actual, message.expected])).toEqual([
      ['&laquo;', ['“']],
      ['&raquo;', ['”']]
    ])
  })
})

describe('format', () => {
  test('the README’s `lint()` section takes Markdown and HTML, by `format` and by path', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('### `lint(input[, options])`'), readme.indexOf('### `unified().use(mtlint'))
    expect(section).toContain("await lint('# Talks in Kiev\\n\\nThe `Kiev` key is code.', {format: 'markdown'})")
    expect(section).toContain("await lint({value: '<p>Talks in Kiev</p>', path: 'story.html'})")
    expect(strings(await lint('# Talks in Kiev\n\nThe `Kiev` key is code.', {format: 'markdown'}))).toEqual([
      '1:12-1:16: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'
    ])
    expect(strings(await lint({value: '<p>Talks in Kiev</p>', path: 'story.html'}))).toEqual([
      'story.html:1:13-1:17: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'
    ])
  })

  test('inferred from `file.path`', async () => {
    const file = await lint(new VFile({path: 'story.md', value: 'Kiev `Kiev`'}))
    expect(strings(file)).toEqual(['story.md:1:1-1:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'])
  })

  test('given, over the extension', async () => {
    const file = await lint(new VFile({path: 'story.md', value: 'Kiev `Kiev`'}), {format: 'text'})
    expect(strings(file)).toHaveLength(2)
  })

  test('an unknown format is refused', async () => {
    await expect(lint('Kiev', {format: 'docx' as Format})).rejects.toThrow('Invalid `format` option `"docx"`, expected `text`, `markdown`, `html`')
  })

  test('an unknown option is still refused', async () => {
    await expect(lint('Kiev', {rulez: {}} as never)).rejects.toThrow('Unknown mtlint option `rulez`, expected `rules`, `format` or `frontmatter`')
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

  test('with another plugin, the shared processor hands it Markdown’s tree with the file’s places, character references and all', async () => {
    const text = '\ufeffMM.&nbsp;Dupont in Ki&#101;v.'
    const file = new VFile({path: 'a.md', value: text})
    const places: string[] = []
    const withPlugin = processor().use(function () {
      type Placed = {type: string; position?: {start: {offset?: number}; end: {offset?: number}}; children?: Placed[]}
      const visit = (node: Placed): void => {
        if (node.type === 'WordNode') places.push(text.slice(node.position!.start.offset, node.position!.end.offset))
        else for (const child of node.children ?? []) visit(child)
      }
      return (tree) => visit(tree as Placed)
    })
    await withPlugin.run(withPlugin.parse(file), file)
    expect(places).toEqual(['MM', 'Dupont', 'in', 'Ki&#101;v'])
    expect(strings(file)).toEqual([
      'a.md:1:2-1:5: Unexpected `MM.` (French plural honorific), expected `Messrs.`',
      'a.md:1:21-1:30: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'
    ])
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

interface FixRow {
  name: string
  format: Format
  text: string
  options?: {rules?: Record<string, RuleSetting>; frontmatter?: string[]}
  messages: string[]
  /** The text once fixed. */
  fixed: string
}

/** Lints `row.text`, checks each message’s `actual` against its span, and returns the messages and the fixed text. */
async function lintAndFix(row: FixRow) {
  const file = await lint(row.text, {rules: {'scraper-boilerplate': 'off'}, ...row.options, format: row.format})
  for (const message of file.messages) {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(message.actual, String(message)).toBe(row.text.slice(place.start.offset, place.end.offset))
  }
  return {messages: strings(file), fixed: fix(row.text, file.messages)}
}

const frontMatter = '---\ntitle: Talks in Kiev\ndescription: "MM. Dupont and Le Drian in Kiev"\nauthor: MM. Dupont\ntags: [Kiev, Ukraine]\n---\n\n# Kiev\n'
const tomlFrontMatter = '+++\ntitle = "Talks in Kiev"\nauthor = "MM. Dupont"\n+++\n\nKiev.\n'

// Front matter is metadata, not prose: left alone unless the `frontmatter` option names fields.
const frontMatterRows: FixRow[] = [
  {
    name: 'YAML front matter is neither linted nor fixed',
    format: 'markdown',
    text: frontMatter,
    messages: ['8:3-8:7: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'],
    fixed: frontMatter.replace('# Kiev', '# Kyiv')
  },
  {
    name: 'TOML front matter is neither linted nor fixed',
    format: 'markdown',
    text: tomlFrontMatter,
    messages: ['6:1-6:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'],
    fixed: tomlFrontMatter.replace('Kiev.', 'Kyiv.')
  },
  {
    name: 'the fields named in `frontmatter` are linted and fixed in place, plain or quoted',
    format: 'markdown',
    text: frontMatter,
    options: {frontmatter: ['title', 'description', 'tags']},
    messages: [
      '2:17-2:21: Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
      '3:15-3:18: Unexpected `MM.` (French plural honorific), expected `Messrs.`',
      '3:42-3:46: Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
      '8:3-8:7: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'
    ],
    fixed: frontMatter
      .replace('Talks in Kiev', 'Talks in Kyiv')
      .replace('"MM. Dupont and Le Drian in Kiev"', '"Messrs. Dupont and Le Drian in Kyiv"')
      .replace('# Kiev', '# Kyiv')
  },
  {
    name: 'a block scalar field',
    format: 'markdown',
    text: '---\ndescription: >\n  Talks in Kiev\n  with MM. Dupont\nlayout: post\n---\n',
    options: {frontmatter: ['description']},
    messages: ['3:12-3:16: Unexpected `Kiev` (outdated spelling), expected `Kyiv`', '4:8-4:11: Unexpected `MM.` (French plural honorific), expected `Messrs.`'],
    fixed: '---\ndescription: >\n  Talks in Kyiv\n  with Messrs. Dupont\nlayout: post\n---\n'
  },
  {
    name: 'a TOML field',
    format: 'markdown',
    text: tomlFrontMatter,
    options: {frontmatter: ['author']},
    messages: ['3:11-3:14: Unexpected `MM.` (French plural honorific), expected `Messrs.`', '6:1-6:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'],
    fixed: tomlFrontMatter.replace('MM.', 'Messrs.').replace('Kiev.', 'Kyiv.')
  }
]

describe('front matter', () => {
  test.each(frontMatterRows)('$name', async (row) => {
    expect(await lintAndFix(row)).toEqual({messages: row.messages, fixed: row.fixed})
  })

  test('`frontmatter` must list field names', async () => {
    await expect(lint('a', {frontmatter: 'title' as never})).rejects.toThrow(
      'Invalid `frontmatter` option `"title"`, expected a list of field names such as `["title"]`'
    )
  })
})

// HTML in Markdown: inline elements that hold no prose are left out as in HTML files; HTML blocks are read as HTML.
const markdownHtmlRows: FixRow[] = [
  {
    name: 'inline `kbd`, `samp`, `code` and `textarea` left out, other markup read through',
    format: 'markdown',
    text: 'Press <kbd>Kiev</kbd>, <samp>Kiev</samp>, <code>Kiev</code>, <textarea>Kiev</textarea>, <b>Kiev</b>.\n',
    messages: ['1:92-1:96: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'],
    fixed: 'Press <kbd>Kiev</kbd>, <samp>Kiev</samp>, <code>Kiev</code>, <textarea>Kiev</textarea>, <b>Kyiv</b>.\n'
  },
  {
    name: 'an inline element left open holds the rest of its paragraph',
    format: 'markdown',
    text: 'Type <kbd>Kiev and MM.\n\nThen Kiev.\n',
    messages: ['3:6-3:10: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'],
    fixed: 'Type <kbd>Kiev and MM.\n\nThen Kyiv.\n'
  },
  {
    name: 'an HTML block is linted as HTML, its code left out',
    format: 'markdown',
    text: '<div><p>Talks in Kiev.</p>\n<pre>Kiev</pre><p>See <code>Kiev</code>.</p></div>\n\nText.\n',
    messages: ['1:18-1:22: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'],
    fixed: '<div><p>Talks in Kyiv.</p>\n<pre>Kiev</pre><p>See <code>Kiev</code>.</p></div>\n\nText.\n'
  },
  {
    name: '`details` and `summary` around Markdown',
    format: 'markdown',
    text: '<details><summary>Kiev</summary>\n\nMM. Dupont.\n\n</details>\n',
    messages: ['1:19-1:23: Unexpected `Kiev` (outdated spelling), expected `Kyiv`', '3:1-3:4: Unexpected `MM.` (French plural honorific), expected `Messrs.`'],
    fixed: '<details><summary>Kyiv</summary>\n\nMessrs. Dupont.\n\n</details>\n'
  },
  {
    name: 'an HTML block in a block quote and a list item',
    format: 'markdown',
    text: '> <div>\n> Talks in Kiev\n> </div>\n\n* item\n\n  <p>\n  MM. Dupont\n  </p>\n',
    messages: ['2:12-2:16: Unexpected `Kiev` (outdated spelling), expected `Kyiv`', '8:3-8:6: Unexpected `MM.` (French plural honorific), expected `Messrs.`'],
    fixed: '> <div>\n> Talks in Kyiv\n> </div>\n\n* item\n\n  <p>\n  Messrs. Dupont\n  </p>\n'
  },
  {
    name: '`alt` and `title` of inline HTML',
    format: 'markdown',
    text: 'A map <img src="map.png" alt="Kiev at night"> and <abbr title="MM. Dupont">MMD</abbr>.\n',
    messages: [
      '1:31-1:35: Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
      '1:64-1:67: Unexpected `MM.` (French plural honorific), expected `Messrs.`'
    ],
    fixed: 'A map <img src="map.png" alt="Kyiv at night"> and <abbr title="Messrs. Dupont">MMD</abbr>.\n'
  },
  {
    name: 'disable comments apply to HTML blocks',
    format: 'markdown',
    text: '<!-- mtlint-disable place-names -->\n\n<div>Kiev</div>\n\n<!-- mtlint-enable place-names -->\n\n<div>Kiev</div>\n',
    messages: ['7:6-7:10: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'],
    fixed: '<!-- mtlint-disable place-names -->\n\n<div>Kiev</div>\n\n<!-- mtlint-enable place-names -->\n\n<div>Kyiv</div>\n'
  }
]

describe('HTML in Markdown', () => {
  test.each(markdownHtmlRows)('$name', async (row) => {
    expect(await lintAndFix(row)).toEqual({messages: row.messages, fixed: row.fixed})
  })
})

// Character references are read as the characters they stand for; a span covers the whole reference, and the fix replaces it.
const referenceRows: FixRow[] = (['markdown', 'html'] as const).flatMap((format) => {
  const [open, close] = format === 'html' ? ['<p>', '</p>'] : ['', '']
  const shift = open.length
  const at = (line: string) => line.replace(/1:(\d+)-1:(\d+)/, (_, start, end) => `1:${Number(start) + shift}-1:${Number(end) + shift}`)
  return [
    {
      name: format + ': `&nbsp;` in a French honorific and a thousands separator',
      format,
      text: open + 'MM.&nbsp;Blinken met 150&nbsp;000 people.' + close,
      messages: [
        '1:1-1:4: Unexpected `MM.` (French plural honorific), expected `Messrs.`',
        '1:22-1:34: Unexpected `150\u00a0000` (French, Russian, Ukrainian or Polish thousands separator), expected `150,000`'
      ].map(at),
      fixed: open + 'Messrs.&nbsp;Blinken met 150,000 people.' + close
    },
    {
      name: format + ': a numeric reference inside a word',
      format,
      text: open + 'Talks in Ki&#101;v and K&#x69;ev.' + close,
      messages: ['1:10-1:19: Unexpected `Kiev` (outdated spelling), expected `Kyiv`', '1:24-1:33: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'].map(
        at
      ),
      fixed: open + 'Talks in Kyiv and Kyiv.' + close
    },
    {
      name: format + ': guillemets written as references',
      format,
      options: {rules: only('french-typography')},
      text: open + 'He said &laquo;yes&raquo;.' + close,
      messages: [
        '1:9-1:16: Unexpected `«` (opening guillemet of French, Spanish, Italian and 5 more languages), expected `“`',
        '1:19-1:26: Unexpected `»` (closing guillemet of French, Spanish, Italian and 5 more languages), expected `”`'
      ].map(at),
      fixed: open + 'He said “yes”.' + close
    }
  ]
})

describe('character references', () => {
  test.each(referenceRows)('$name', async (row) => {
    expect(await lintAndFix(row)).toEqual({messages: row.messages, fixed: row.fixed})
  })

  test('a reference escaped in Markdown is text as written', async () => {
    const file = await lint('MM.\\&nbsp;Dupont', {format: 'markdown', rules: only('french-honorifics')})
    expect(strings(file)).toEqual([])
  })

  test('a reference to an ASCII letter that starts a word is not decoded (it could start a tag name or a list number)', async () => {
    const file = await lint('<p>Talks in &#75;iev.</p>', {format: 'html', rules: only('place-names')})
    expect(strings(file)).toEqual([])
  })
})

// A byte order mark before Markdown or HTML shifts no span.
const bomRows: FixRow[] = [
  {
    name: 'Markdown',
    format: 'markdown',
    text: '\ufeff# Kiev\n\nMM. Dupont\n',
    messages: ['1:4-1:8: Unexpected `Kiev` (outdated spelling), expected `Kyiv`', '3:1-3:4: Unexpected `MM.` (French plural honorific), expected `Messrs.`'],
    fixed: '\ufeff# Kyiv\n\nMessrs. Dupont\n'
  },
  {
    name: 'HTML',
    format: 'html',
    text: '\ufeff<h1>Kiev</h1>\n<p>MM. Dupont</p>\n',
    messages: ['1:6-1:10: Unexpected `Kiev` (outdated spelling), expected `Kyiv`', '2:4-2:7: Unexpected `MM.` (French plural honorific), expected `Messrs.`'],
    fixed: '\ufeff<h1>Kyiv</h1>\n<p>Messrs. Dupont</p>\n'
  }
]

describe('a byte order mark', () => {
  test.each(bomRows)('$name', async (row) => {
    expect(await lintAndFix(row)).toEqual({messages: row.messages, fixed: row.fixed})
  })

  test('through `lint({value, path})`', async () => {
    const file = await lint({value: '\ufeff# Kiev\n', path: 'a.md'})
    expect(strings(file)).toEqual(['a.md:1:4-1:8: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'])
  })
})

// The title of an HTML page and the `alt` and `title` attributes are prose, placed in their values.
const htmlProseRows: FixRow[] = [
  {
    name: 'the document title',
    format: 'html',
    text: '<html><head><title>Talks in Kiev</title></head><body><h1>Talks</h1></body></html>',
    messages: ['1:29-1:33: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'],
    fixed: '<html><head><title>Talks in Kyiv</title></head><body><h1>Talks</h1></body></html>'
  },
  {
    name: '`alt` and `title`, quoted either way or not, with a reference',
    format: 'html',
    text: '<p><img alt=\'Ki&#101;v at night\' src=a.png> <a href=x title=MM.&nbsp;Dupont>x</a> <abbr title="Kiev">K</abbr></p>',
    messages: [
      '1:14-1:23: Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
      '1:61-1:64: Unexpected `MM.` (French plural honorific), expected `Messrs.`',
      '1:96-1:100: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'
    ],
    fixed: '<p><img alt=\'Kyiv at night\' src=a.png> <a href=x title=Messrs.&nbsp;Dupont>x</a> <abbr title="Kyiv">K</abbr></p>'
  },
  {
    name: 'not in code, `pre` or `svg`',
    format: 'html',
    text: '<pre><img alt="Kiev"></pre><code title="Kiev">x</code><svg><title>Kiev</title></svg><p>Kiev</p>',
    messages: ['1:88-1:92: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'],
    fixed: '<pre><img alt="Kiev"></pre><code title="Kiev">x</code><svg><title>Kiev</title></svg><p>Kyiv</p>'
  }
]

describe('HTML titles and attributes', () => {
  test.each(htmlProseRows)('$name', async (row) => {
    expect(await lintAndFix(row)).toEqual({messages: row.messages, fixed: row.fixed})
  })
})
