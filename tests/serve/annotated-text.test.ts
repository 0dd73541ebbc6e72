import {describe, expect, test} from 'vitest'
import {annotatedText, plainText} from '../../src/serve/annotated-text.js'

const annotation = (parts: unknown[]) => JSON.stringify({annotation: parts})

describe('annotatedText', () => {
  // `<p>The <b>Elysee</b> said.</p><p>Next one.</p>`: markup left out or read as its `interpretAs`.
  const parts = [
    {markup: '<p>'},
    {text: 'The '},
    {markup: '<b>'},
    {text: 'Elysee'},
    {markup: '</b>'},
    {text: ' said.'},
    {markup: '</p><p>', interpretAs: '\n\n'},
    {text: 'Next one.'},
    {markup: '</p>'}
  ]
  const original = '<p>The <b>Elysee</b> said.</p><p>Next one.</p>'
  const checked = annotatedText(annotation(parts))

  test('lints the text parts with markup read as its interpretAs', () => {
    expect(checked.text).toBe('The Elysee said.\n\nNext one.')
  })

  test.each<[string, string]>([
    ['The', 'The'],
    ['Elysee', 'Elysee'],
    ['The Elysee', 'The <b>Elysee'],
    ['Elysee said', 'Elysee</b> said'],
    ['said.', 'said.'],
    ['\n\n', '</p><p>'],
    ['.\n\nNext', '.</p><p>Next'],
    ['one.', 'one.']
  ])('%j maps back to %j', (linted, expected) => {
    const start = checked.text.indexOf(linted)
    const [from, to] = checked.original(start, start + linted.length)
    expect(original.slice(from, to)).toBe(expected)
  })

  test('empty ranges and the end of the text', () => {
    expect(checked.original(0, 0)).toEqual([3, 3])
    expect(checked.original(checked.text.length, checked.text.length)).toEqual([original.length, original.length])
  })

  test('offsets count UTF-16 code units, as LanguageTool’s do', () => {
    const emoji = annotatedText(annotation([{text: '🙂 '}, {markup: '<i>'}, {text: 'Kiev'}]))
    const start = emoji.text.indexOf('Kiev')
    expect(emoji.original(start, start + 4)).toEqual([6, 10])
  })

  test('plain text maps to itself', () => {
    expect(plainText('abc').original(1, 2)).toEqual([1, 2])
  })

  test.each([
    ['{', /^malformed JSON in `data`: /],
    ['[]', /^invalid `data`: expected \{"annotation"/],
    ['{"annotation": {}}', /^invalid `data`: expected \{"annotation"/],
    [annotation([1]), /^invalid `data`: annotation\[0\] is not an object$/],
    [annotation([{text: 'a', markup: 'b'}]), /^invalid `data`: annotation\[0\] has both `text` and `markup`$/],
    [annotation([{text: 'a'}, {text: 3}]), /^invalid `data`: annotation\[1\]\.text is not a string$/],
    [annotation([{text: 'a', interpretAs: 'b'}]), /^invalid `data`: annotation\[0\] has `interpretAs` without `markup`$/],
    [annotation([{interpretAs: 'b'}]), /^invalid `data`: annotation\[0\] has neither `text` nor `markup` as a string$/],
    [annotation([{markup: '<b>', interpretAs: 1}]), /^invalid `data`: annotation\[0\]\.interpretAs is not a string$/]
  ])('%s is refused: %s', (data, message) => {
    expect(() => annotatedText(data)).toThrow(expect.objectContaining({status: 400, message: expect.stringMatching(message)}))
  })
})
