import retextEnglish from 'retext-english'
import {retext} from 'retext'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {defineOptionlessRule, defineRule, ruleList, type Rule} from '../../src/engine/rule.js'
import {activeRules} from '../../src/engine/settings.js'
import {isStringArray} from '../../src/engine/option-checks.js'
import {controlMessages} from '../../src/disable-comments.js'
import {parseMarkup} from '../../src/formats/markup.js'
import {placeNames} from '../../src/index.js'

/** Each message's place as `line:column-line:column` (empty for a message without a range). */
function placesOf(file: VFile): string[] {
  return file.messages.map((message) =>
    message.place && 'start' in message.place
      ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}`
      : ''
  )
}

/** A rule that reports every word it is given, under a new id with the old one kept as an alias. */
function wordRule(words: readonly string[], extra: Partial<Parameters<typeof defineRule>[0]> = {}): Rule {
  return defineRule<{words: readonly string[]}, ReadonlySet<string>>({
    id: 'listed-words',
    description: 'Report listed words',
    category: 'language',
    severity: 'warn',
    fixable: false,
    aliases: ['old-listed-words'],
    defaults: {words},
    options: {words: isStringArray},
    prepare: (options) => new Set(options.words),
    create: ({settings, report, claimedByOthers}) => ({
      sentence(tokens) {
        for (const token of tokens) {
          if (settings.has(token.value) && !claimedByOthers(token.value)) {
            report({start: token.start, end: token.end, what: 'listed word', advice: 'rewrite it', note: ''})
          }
        }
      }
    }),
    ...extra
  } as Parameters<typeof defineRule<{words: readonly string[]}, ReadonlySet<string>>>[0])
}

describe('aliases: a renamed rule keeps its old id', () => {
  test('in the `rules` option, read as the rule’s id', () => {
    const rule = wordRule(['Kiev'])
    expect(activeRules([rule], {'old-listed-words': 'error'}).map(({rule, severity}) => [rule.id, severity])).toEqual([['listed-words', 'error']])
    expect(activeRules([rule], {'old-listed-words': 'off'})).toEqual([])
  })

  test('set twice, under its id and an alias, is an error naming both', () => {
    expect(() => activeRules([wordRule([])], {'listed-words': 'warn', 'old-listed-words': 'off'})).toThrow(
      'Rule `listed-words` is set twice in `rules`, as `listed-words` and as `old-listed-words`'
    )
  })

  test('in disable comments, which then silence the rule', async () => {
    const rule = wordRule(['Kiev'])
    const text = '<!-- mtlint-disable old-listed-words -->\n\nFlights to Kiev.\n\n<!-- mtlint-enable old-listed-words -->\n\nKiev again.\n'
    const file = new VFile({value: text, path: 'brief.md'})
    const markup = parseMarkup(file, 'markdown')
    await unified().use(rule.plugin).run(markup.prose, file)
    expect(file.messages.map(String)).toEqual([
      'brief.md:3:12-3:16: Unexpected `Kiev` (listed word), rewrite it',
      'brief.md:7:1-7:5: Unexpected `Kiev` (listed word), rewrite it'
    ])
    controlMessages(file, markup, {ids: ['listed-words'], aliases: new Map([['old-listed-words', 'listed-words']]), sources: ['mtlint']})
    expect(file.messages.map(String)).toEqual(['brief.md:7:1-7:5: Unexpected `Kiev` (listed word), rewrite it'])
  })

  test('an id or alias taken twice in a rule list is an error', () => {
    const other = defineOptionlessRule({id: 'old-listed-words', description: 'Other', category: 'names', severity: 'warn', fixable: false, create: () => ({})})
    expect(() => ruleList([wordRule([]), other])).toThrow('Rule id `old-listed-words` is taken twice, by `listed-words` and `old-listed-words`')
  })
})

describe('declared overlap: a rule leaves the words another rule claims to it', () => {
  const claimer = defineOptionlessRule({
    id: 'claimer',
    description: 'Claim Kiev',
    category: 'names',
    severity: 'off',
    fixable: false,
    claims: (word) => word === 'Kiev',
    create: () => ({})
  })

  test('`claimedByOthers` holds for the claimed words, once the rule list is made', async () => {
    const deferring = wordRule(['Kiev', 'Odessa'], {defersTo: ['claimer']})
    ruleList([deferring, claimer])
    const file = await retext().use(retextEnglish).use(deferring.plugin).process('From Kiev to Odessa.')
    expect(file.messages.map(String)).toEqual(['1:14-1:20: Unexpected `Odessa` (listed word), rewrite it'])
  })

  test('deferring to a rule that is not in the list, or claims nothing, is an error', () => {
    expect(() => ruleList([wordRule([], {defersTo: ['nowhere']})])).toThrow('Rule `listed-words` defers to `nowhere`, which is no rule that claims words')
  })
})

describe('rule.plugin: the rule on its own, its setting checked when attached', () => {
  const text = 'Moscow and Kiev accuse each other.'
  const use = (config: unknown) => retext().use(retextEnglish).use(placeNames.plugin, config)

  test.each([
    ['nothing: a warning', undefined, false],
    ['a bare severity', 'error', true],
    ['[severity]', ['error'], true],
    ['[severity, options]', ['warn', {prefer: 'current'}], false],
    ['options alone: a warning', {prefer: 'current'}, false]
  ])('%s', async (_, config, fatal) => {
    const file = await use(config).process(text)
    expect(file.messages.map((message) => [String(message), message.ruleId, message.fatal])).toEqual([
      ['1:12-1:16: Unexpected `Kiev` (outdated spelling), expected `Kyiv`', 'place-names', fatal]
    ])
  })

  test('off: no messages', async () => {
    expect((await use('off').process(text)).messages).toEqual([])
  })

  test.each([
    [['warn', {prefer: 'x'}], 'Invalid option `prefer` for rule `place-names`: expected `current` or `consistent`, not `"x"`'],
    [{preferred: 'current'}, 'Unknown option `preferred` for rule `place-names`, expected one of `prefer`, `names`'],
    ['loud', 'Invalid severity `"loud"` for rule `place-names`, expected `off`, `warn` or `error`'],
    [42, 'Invalid severity `42` for rule `place-names`, expected `off`, `warn` or `error`']
  ])('%j throws when the processor is set up, naming the rule and the key', (config, error) => {
    expect(() => use(config).freeze()).toThrow(error)
  })
})

describe('decide: a rule that reads the whole document sums up each block and decides over the summaries', () => {
  // Reports every word `Tbilisi` after the first one in the document (a fact of blocks before).
  const laterMentions = defineOptionlessRule<undefined, number[]>({
    id: 'later-mentions',
    description: 'Test',
    category: 'names',
    severity: 'warn',
    fixable: false,
    create() {
      let found: number[] = []
      return {
        block(block) {
          for (const match of block.text.matchAll(/Tbilisi/g)) found.push(match.index)
        },
        summary() {
          const summary = found
          found = []
          return summary
        }
      }
    },
    decide({report}, blocks) {
      const all = blocks.flatMap(({start, summary}) => summary.map((at) => start + at))
      for (const at of all.slice(1)) report({start: at, end: at + 7, what: 'later mention', note: 'Test'})
    }
  })

  test.each([
    {text: 'Tbilisi is calm.', expected: []},
    {text: 'Tbilisi is calm.\n\nIn Tbilisi, rain.', expected: ['3:4-3:11']},
    {text: 'Rain.\n\nTbilisi and Tbilisi.\n\nTbilisi.', expected: ['3:13-3:20', '5:1-5:8']}
  ])('$text', async ({text, expected}) => {
    const file = await retext().use(retextEnglish).use(laterMentions.plugin).process(text)
    expect(placesOf(file)).toEqual(expected)
    expect(file.messages.map((message) => message.actual)).toEqual(expected.map(() => 'Tbilisi'))
  })
})

describe('sparseSummaries: the blocks whose summary is undefined are left out of what decide is handed', () => {
  // Sums up a block by where it mentions `Tbilisi` (nothing: undefined); decides by reporting the first character of each block it is handed.
  const blocksHanded = (sparseSummaries: boolean): Rule =>
    defineOptionlessRule<undefined, number | undefined>({
      id: 'blocks-handed',
      description: 'Test',
      category: 'names',
      severity: 'warn',
      fixable: false,
      sparseSummaries,
      create() {
        let found: number | undefined
        return {
          block(block) {
            const at = block.text.indexOf('Tbilisi')
            found = at === -1 ? undefined : at
          },
          summary: () => found
        }
      },
      decide({report}, blocks) {
        for (const {start} of blocks) report({start, end: start + 1, what: 'block handed', note: 'Test'})
      }
    })

  test.each([
    {text: 'Rain.\n\nTbilisi is calm.\n\nSun.', sparse: true, expected: ['3:1-3:2']},
    {text: 'Rain.\n\nTbilisi is calm.\n\nSun.', sparse: false, expected: ['1:1-1:2', '3:1-3:2', '5:1-5:2']},
    {text: 'Rain.\n\nSun.', sparse: true, expected: []},
    {text: 'In Tbilisi.\n\nTbilisi again.', sparse: true, expected: ['1:1-1:2', '3:1-3:2']}
  ])('$text (sparse: $sparse)', async ({text, sparse, expected}) => {
    const file = await retext().use(retextEnglish).use(blocksHanded(sparse).plugin).process(text)
    expect(placesOf(file)).toEqual(expected)
  })
})
