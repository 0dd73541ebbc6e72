import {expect, test} from 'vitest'
import {WordTable, wordHash} from '../../src/engine/word-table.js'

const table = new WordTable<number>([
  ['the', 1],
  ['harbour', 2],
  ['l’état', 3],
  [':', 4],
  ['it’s', 5],
  ['', 6]
])

test.each([
  {word: 'the', expected: 1},
  {word: 'harbour', expected: 2},
  {word: 'l’état', expected: 3},
  {word: ':', expected: 4},
  {word: 'it’s', expected: 5},
  {word: '', expected: 6},
  // A new string of the same letters (a slice of a text, as a token is).
  {word: 'on the quay'.slice(3, 6), expected: 1},
  {word: 'The', expected: undefined},
  {word: 'th', expected: undefined},
  {word: 'then', expected: undefined},
  {word: "it's", expected: undefined},
  {word: 'harbours', expected: undefined},
  {word: 'l’etat', expected: undefined}
])('$word → $expected', ({word, expected}) => {
  expect(table.get(word)).toBe(expected)
})

test('a full table of colliding slots finds every word and no other', () => {
  const words = Array.from({length: 3000}, (_, index) => 'w' + index.toString(36))
  const many = new WordTable(words.map((word, index) => [word, index] as const))
  expect(words.map((word) => many.get(word))).toEqual(words.map((_, index) => index))
  expect(Array.from({length: 3000}, (_, index) => many.get('x' + index.toString(36)))).toEqual(Array.from({length: 3000}, () => undefined))
})

test('a word listed twice keeps its last value', () => {
  expect(
    new WordTable([
      ['quay', 1],
      ['quay', 2]
    ]).get('quay')
  ).toBe(2)
})

test('the hash is never 0 (the empty slot)', () => {
  expect(['', 'a', 'the', '\u0000', '\u0000\u0000'].map((word) => wordHash(word) !== 0)).toEqual([true, true, true, true, true])
})

test('a table read from a layout makes a word’s value from its code at its first lookup only', () => {
  const made: string[] = []
  const layout = WordTable.layoutOf([
    ['quay', 1],
    ['ferry', 2],
    ['quay', 3]
  ])
  const table = WordTable.fromLayout(layout, (word, code) => {
    made.push(word)
    return word + ':' + code
  })
  expect([table.get('ferry'), table.get('quay'), table.get('quay'), table.get('dock'), table.get('ferry')]).toEqual([
    'ferry:2',
    'quay:3',
    'quay:3',
    undefined,
    'ferry:2'
  ])
  expect(made).toEqual(['ferry', 'quay'])
  expect(JSON.parse(JSON.stringify(layout))).toEqual(layout)
})
