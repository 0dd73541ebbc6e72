import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import retextRepeatedWords from 'retext-repeated-words'
import {retext} from 'retext'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parseMarkup} from '../src/formats/markup.js'
import {lint} from '../src/index.js'
import {nativeCorpus} from './native-corpus.js'
import {only} from './helpers.js'
import {runs} from './property-support.js'

/**
 * mtlint runs `retext-repeated-words` as a port on its sentence tokens
 * (`src/repeated-words.ts`); these tests hold the port to the package itself.
 */
const options = {rules: only('retext-repeated-words')}

/** What a message says and where, as the package words it. */
function shape(message: VFileMessage) {
  return {
    message: String(message),
    ruleId: message.ruleId,
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

const fixtures = new URL('../fixtures/', import.meta.url).pathname
const texts = [
  ...readdirSync(fixtures).filter((name) => name.endsWith('.txt')).map((name) => fixtures + name),
  ...readdirSync(fixtures + 'mt').filter((name) => name.endsWith('.txt')).map((name) => fixtures + 'mt/' + name)
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
      const port = linted[index]!.messages
        .filter((message) => message.source === 'retext-repeated-words')
        .map(({text, ruleId, source, actual, expected, url}) => ({message: text, ruleId, source, actual, expected, url}))
      expect(port, document.path).toEqual(expected)
    }
    // The corpus does hold a few real repeated words.
    expect(found).toBeGreaterThan(0)
  })

  test('on generated text', async () => {
    const words = ['the', 'The', 'a', 'had', 'D.', 'it', 'It', 'IT', 'Go', 'go', 'é']
    const marks = [' ', '  ', '\n', '\n\n', '. ', ', ', '-', '’', '"', '\u00a0']
    const documents = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...marks)), {maxLength: 30})
      .map((parts) => parts.flat().join(''))
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
    const strip = ({message, ruleId, source}: ReturnType<typeof shape>) => ({message, ruleId, source})
    expect(messages.map(shape).map(strip)).toEqual(file.messages.map(shape).map(strip))
  })
})
