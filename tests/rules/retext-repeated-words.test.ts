import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import retextRepeatedWords from 'retext-repeated-words'
import {retext} from 'retext'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parseMarkup} from '../../src/formats/markup.js'
import {lint} from '../../src/index.js'
import {only, type Case} from '../helpers.js'
import {nativeCorpus} from '../native-corpus.js'
import {runs} from '../property-support.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'retext-repeated-words'

const invalid: Case[] = [
  {text: 'It was the the end.', messages: ['1:8-1:15: Unexpected repeated `the`, remove one occurrence'], fixed: 'It was the end.'},
  // Each paragraph is checked on its own: the places must still be the document’s.
  {
    text: 'The talks ended.\n\nIt was in in Kyiv, and and then.',
    messages: ['3:8-3:13: Unexpected repeated `in`, remove one occurrence', '3:20-3:27: Unexpected repeated `and`, remove one occurrence'],
    fixed: 'The talks ended.\n\nIt was in Kyiv, and then.'
  }
]

const valid: Case[] = [
  {text: 'He had had enough. Duran Duran played, and that that was it.', messages: []},
  {text: 'It was the end, the end.', messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  test('message metadata', async () => {
    expect(await firstMessage(id, 'It was the the end.')).toEqual({
      name: '1:8-1:15',
      file: '',
      message: 'Unexpected repeated `the`, remove one occurrence',
      reason: 'Unexpected repeated `the`, remove one occurrence',
      line: 1,
      column: 8,
      place: {start: {line: 1, column: 8, offset: 7}, end: {line: 1, column: 15, offset: 14}},
      ruleId: 'retext-repeated-words',
      source: 'retext-repeated-words',
      fatal: false,
      actual: 'the the',
      expected: ['the'],
      url: 'https://github.com/retextjs/retext-repeated-words#readme'
    })
  })
})

/**
 * mtlint runs `retext-repeated-words` as a port on its sentence tokens
 * (`rules/retext-repeated-words.ts`); these tests hold the port to the
 * package itself: the same messages, in its wording, where mtlint’s
 * `ruleId` is the rule’s id (the package puts the repeated word there).
 */
const options = {rules: only(id)}

/** What a message says and where, as the package words it. */
function shape(message: VFileMessage) {
  return {
    message: String(message),
    source: message.source,
    actual: message.actual,
    expected: message.expected,
    url: message.url
  }
}

async function viaPackage(text: string) {
  const file = await retext().use(retextEnglish).use(retextRepeatedWords).process(text)
  return file.messages.map(shape)
}

async function viaPort(text: string) {
  return (await lint(text, options)).messages.map(shape)
}

const fixtures = new URL('../../fixtures/', import.meta.url).pathname
const texts = [
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => fixtures + name),
  ...readdirSync(fixtures + 'mt')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => fixtures + 'mt/' + name)
]

describe('the repeated-words port reports what retext-repeated-words reports', () => {
  test.each([
    'It was the the end.',
    'The the end. And and then.',
    'He had had enough, and that that was it. Homo sapiens sapiens, blah blah.',
    'Duran Duran played. D. D. left. the The end.',
    'It is IS so. Go go-go. ok OK ok.',
    'the, the; the\nthe\tthe',
    'a  a (a) a “a” a',
    'Is it it? Yes yes.',
    'Éric éric à à À, İstanbul i̇stanbul İSTANBUL'
  ])('%j', async (text) => {
    expect(await viaPort(text)).toEqual(await viaPackage(text))
  })

  test.each(texts)('on %s', async (path) => {
    const text = readFileSync(path, 'utf8')
    expect(await viaPort(text)).toEqual(await viaPackage(text))
  })

  test('on the native English corpus (linted once per run with every rule on)', async () => {
    const {documents, linted} = nativeCorpus()
    let found = 0
    for (const [index, document] of documents.entries()) {
      const expected = await viaPackage(document.text)
      found += expected.length
      const port = linted[index]!.messages.filter((message) => message.source === 'retext-repeated-words').map(({text, source, actual, expected, url}) => ({
        message: text,
        source,
        actual,
        expected,
        url
      }))
      expect(port, document.path).toEqual(expected)
    }
    // The corpus does hold a few real repeated words.
    expect(found).toBeGreaterThan(0)
  })

  test('on generated text', async () => {
    const words = ['the', 'The', 'a', 'had', 'D.', 'it', 'It', 'IT', 'Go', 'go', 'é']
    const marks = [' ', '  ', '\n', '\n\n', '. ', ', ', '-', '’', '"', '\u00a0']
    const documents = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...marks)), {maxLength: 30}).map((parts) => parts.flat().join(''))
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        expect(await viaPort(text)).toEqual(await viaPackage(text))
      }),
      runs
    )
  })

  test.each([
    ['markdown', 'It was *the* the end, `the` the code.'],
    ['markdown', '# The the\n\n* and and\n* so\n\nso'],
    ['html', '<p>It was <b>the</b> the end, <code>the</code> the code.</p><p>so</p><p>so</p>']
  ] as const)('on the same %s tree: %j', async (format, text) => {
    const file = new VFile(text)
    retextRepeatedWords()(parseMarkup(file, format).prose, file)
    const messages = (await lint(text, {...options, format})).messages
    // Positions, wording and identity; `actual` is the source span, which holds markup.
    const strip = ({message, source}: ReturnType<typeof shape>) => ({message, source})
    expect(messages.map(shape).map(strip)).toEqual(file.messages.map(shape).map(strip))
  })
})
