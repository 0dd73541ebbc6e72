import {describe, expect, test} from 'vitest'
import {lint} from '../../src/lint.js'
import {rules} from '../../src/preset.js'
import {annotatedText, plainText} from '../../src/serve/annotated-text.js'
import {context, matchRules, sentence, toMatches} from '../../src/serve/matches.js'

describe('context', () => {
  test.each<[string, number, number, {text: string; offset: number; length: number}]>([
    ['Short text here.', 6, 10, {text: 'Short text here.', offset: 6, length: 4}],
    ['Line one.\nLine two.', 10, 14, {text: 'Line one. Line two.', offset: 10, length: 4}],
    ['x'.repeat(50) + 'Kiev' + 'y'.repeat(50), 50, 54, {text: '...' + 'x'.repeat(40) + 'Kiev' + 'y'.repeat(40) + '...', offset: 43, length: 4}]
  ])('%j %i-%i', (text, start, end, expected) => {
    const found = context(text, start, end)
    expect(found).toEqual(expected)
    expect(found.text.slice(found.offset, found.offset + found.length)).toBe(text.slice(start, end))
  })
})

describe('sentence', () => {
  const text = 'The minister left. He said “we stay” in Kiev! Then he went home.\n\nA new paragraph starts here'
  test.each<[string, string]>([
    ['minister', 'The minister left.'],
    ['Kiev', 'He said “we stay” in Kiev!'],
    ['home', 'Then he went home.'],
    ['paragraph', 'A new paragraph starts here']
  ])('%j is in %j', (word, expected) => {
    const start = text.indexOf(word)
    expect(sentence(text, start, start + word.length)).toBe(expected)
  })

  test('a sentence with no end mark is cut around the match', () => {
    const long = 'word '.repeat(1000)
    expect(sentence(long, 2500, 2504).length).toBeLessThanOrEqual(804)
  })
})

describe('toMatches', () => {
  const shared = matchRules(rules)

  test('a message as a LanguageTool match, with every field', async () => {
    const text = 'The talks were held in Kiev on Tuesday.'
    const file = await lint(text)
    expect(toMatches(file.messages, plainText(text), shared)).toEqual([
      {
        message: 'Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
        shortMessage: 'Names',
        replacements: [{value: 'Kyiv'}],
        offset: 23,
        length: 4,
        context: {text, offset: 23, length: 4},
        sentence: text,
        type: {typeName: 'Other'},
        rule: {
          id: 'place-names',
          description: 'Use the current English spelling of place names (`Kyiv`, not `Kiev`)',
          issueType: 'terminology',
          category: {id: 'NAMES', name: 'Names'},
          urls: [{value: 'https://github.com/mtlint/mtlint/blob/main/rules/place-names.md'}]
        },
        ignoreForIncompleteSentence: false,
        contextForSureMatch: 0
      }
    ])
  })

  test('offsets of annotated text point into the original', async () => {
    const original = '<p>Talks in <em>Kiev</em> went on.</p>'
    const checked = annotatedText(
      JSON.stringify({
        annotation: [{markup: '<p>'}, {text: 'Talks in '}, {markup: '<em>'}, {text: 'Kiev'}, {markup: '</em>'}, {text: ' went on.'}, {markup: '</p>'}]
      })
    )
    const [match] = toMatches((await lint(checked.text)).messages, checked, shared)
    expect(original.slice(match!.offset, match!.offset + match!.length)).toBe('Kiev')
    expect(match!.context.text.slice(match!.context.offset, match!.context.offset + match!.context.length)).toBe('Kiev')
  })

  test('every rule has a category LanguageTool clients can show, and an issue type from LanguageTool’s list', () => {
    const issueTypes = ['typographical', 'terminology', 'mistranslation', 'untranslated', 'localeviolation', 'grammar', 'duplication', 'addition']
    for (const rule of rules) {
      const {rule: matchRule} = shared.get(rule.id)!
      expect(matchRule.category.id).toBe(rule.category.toUpperCase())
      expect(issueTypes).toContain(matchRule.issueType)
    }
  })
})
