import {readdirSync, readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {retext} from 'retext'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import mtlint, {fix, frenchHonorifics, lint, placeNames, processor, rules} from '../src/index.js'
import {strings} from './helpers.js'

const seed = readFileSync(new URL('../fixtures/afp-ukraine-2022.txt', import.meta.url), 'utf8')

describe('public API', () => {
  test('lint() resolves with a file whose messages are sorted by position', async () => {
    const file = await lint(seed)
    const offsets = file.messages.map((message) => (message.place && 'start' in message.place ? message.place.start.offset! : -1))
    expect(offsets.length).toBeGreaterThan(5)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    expect(new Set(file.messages.map((message) => message.source))).toEqual(new Set(['mtlint']))
  })

  test('lint() accepts a VFile-compatible value and keeps its path', async () => {
    const file = await lint({value: 'Moscow and Kiev.', path: 'article.txt'})
    expect(file.path).toBe('article.txt')
    expect(strings(file)).toEqual(['article.txt:1:12-1:16: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'])
  })

  test('each rule is a unified plugin on its own, with lint-rule severities', async () => {
    const file = await retext()
      .use(retextEnglish)
      .use(placeNames.plugin, ['error'])
      .use(frenchHonorifics.plugin)
      .process('MM. Blinken and Lavrov flew to Kiev.')
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['place-names', true],
      ['french-honorifics', false]
    ])
  })

  test('each named rule export is that plugin itself, with its metadata on it', async () => {
    const text = 'MM. Blinken and Lavrov flew to Kiev.'
    const file = await retext().use(retextEnglish).use(placeNames, 'error').use(frenchHonorifics).process(text)
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['place-names', true],
      ['french-honorifics', false]
    ])
    expect(placeNames.plugin).toBe(placeNames)
    expect([placeNames.id, placeNames.name]).toEqual(['place-names', 'mtlint:place-names'])
  })

  test('the preset’s messages come out sorted by place, as lint()’s do', async () => {
    const file = await retext().use(retextEnglish).use(mtlint).process(seed)
    expect(file.messages.map(String)).toEqual((await lint(seed)).messages.map(String))
    const offsets = file.messages.map((message) => (message.place && 'start' in message.place ? message.place.start.offset! : -1))
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
  })

  test.each([
    [42, '`42`'],
    [null, '`null`'],
    [undefined, '`undefined`'],
    [true, '`true`'],
    [['Kiev'], 'an array'],
    [() => 'Kiev', 'a function']
  ])('lint(%j) is a TypeError that says what lint() takes', async (input, shown) => {
    const error = await lint(input as never).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as TypeError).message).toBe('lint() takes a string, a Uint8Array, a VFile or VFile options such as `{value, path}`, not ' + shown)
  })

  test('`rules` lists every rule’s metadata', () => {
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(rule.description).toMatch(/^[A-Z].*[^.]$/)
      expect(['quotes', 'typography', 'names', 'language', 'boilerplate']).toContain(rule.category)
      expect(['off', 'warn', 'error']).toContain(rule.severity)
      expect(typeof rule.fixable).toBe('boolean')
      expect(typeof rule.plugin).toBe('function')
    }
    expect(rules.filter((rule) => !rule.peer).map((rule) => rule.doc)).toEqual(rules.filter((rule) => !rule.peer).map((rule) => `rules/${rule.id}.md`))
  })

  test('severities per rule: off, warn, error', async () => {
    const file = await lint('MM. Blinken flew to Kiev.', {rules: {'place-names': 'error', 'french-honorifics': 'off'}})
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['place-names', true]])
  })

  test('peers’ messages carry their rule’s id, and their package as `source`', async () => {
    const file = await lint('It was the the end, he said "no".', {rules: {'retext-quotes': 'warn'}})
    expect(file.messages.map((message) => [message.source, message.ruleId, message.reason])).toEqual([
      ['retext-repeated-words', 'retext-repeated-words', 'Unexpected repeated `the`, remove one occurrence'],
      ['retext-quotes', 'retext-quotes', 'Unexpected straight quote `"`, expected `“`'],
      ['retext-quotes', 'retext-quotes', 'Unexpected straight quote `"`, expected `”`']
    ])
  })

  test('fix() applies single replacements and nothing else', async () => {
    const text = 'MM. Blinken and Lavrov flew to Kiev.\n\nTo see in video'
    const file = await lint(text)
    expect(fix(text, file.messages)).toBe('Messrs. Blinken and Lavrov flew to Kyiv.\n\nTo see in video')
    expect(fix(fix(text, file.messages), (await lint(fix(text, file.messages))).messages)).toBe(fix(text, file.messages))
  })

  test('fix() skips messages whose span no longer holds their `actual`', async () => {
    const file = await lint('Flights to Kiev.')
    expect(fix('Flights to Kyiv.', file.messages)).toBe('Flights to Kyiv.')
  })
})

/** A message as a reader and a fixer see it: place and wording, identity, span text and replacements. */
function details(file: VFile) {
  return file.messages.map((message) => ({
    message: String(message),
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected
  }))
}

const fixtureFolder = new URL('../fixtures/', import.meta.url).pathname
const fixtureNames = [
  ...readdirSync(fixtureFolder).filter((name) => name.endsWith('.txt')),
  ...readdirSync(fixtureFolder + 'mt')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => 'mt/' + name)
]

describe('block-by-block parsing reports what a whole-document parse reports', () => {
  test.each(fixtureNames)('%s', async (name) => {
    const text = readFileSync(fixtureFolder + name, 'utf8')
    // The preset in a plain retext pipeline: one whole-document parse.
    const whole = await retext().use(retextEnglish).use(mtlint).process(text)
    whole.messages.sort(compareMessage)
    // `lint()` and the CLI’s processor: block by block, no tree for the whole document.
    const viaLint = await lint(text)
    const viaProcessor = await processor.process(new VFile(text))
    expect(details(viaLint)).toEqual(details(whole))
    expect(details(viaProcessor)).toEqual(details(whole))
  })

  test('the fixtures hold enough messages for the comparison to mean something', async () => {
    let count = 0
    for (const name of fixtureNames) count += (await lint(readFileSync(fixtureFolder + name, 'utf8'))).messages.length
    expect(count).toBeGreaterThan(150)
  })
})

describe('options are checked, and errors name the rule and the key', () => {
  test.each([
    [{rules: {kiev: 'warn'}}, 'Unknown rule `kiev` in `rules`, expected one of: quote-marks'],
    [{rules: {'place-names': 'loud'}}, 'Invalid severity `"loud"` for rule `place-names`, expected `off`, `warn` or `error`'],
    [{rules: {'place-names': ['warn', {prefer: 1}]}}, 'Invalid option `prefer` for rule `place-names`: expected `current` or `consistent`, not `1`'],
    [{rules: {'quote-marks': ['warn', {strict: true}]}}, 'Unknown option `strict` for rule `quote-marks`, it takes no options'],
    [{rules: {'place-names': ['warn', 'consistent']}}, 'Invalid setting for rule `place-names`, expected `severity` or `[severity, options]`'],
    [{rule: {}}, 'Unknown mtlint option `rule`, expected `rules`'],
    [{rules: {'retext-quotes': ['warn', {prefered: 'smart'}]}}, 'Unknown option `prefered` for rule `retext-quotes`']
  ])('%j', async (options, error) => {
    await expect(lint('Text.', options as never)).rejects.toThrow(error)
    expect(() =>
      retext()
        .use(retextEnglish)
        .use(mtlint, options as never)
        .freeze()
    ).toThrow(error)
  })
})
