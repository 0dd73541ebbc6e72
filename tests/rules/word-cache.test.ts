import fc from 'fast-check'
import {expect, test} from 'vitest'
import {WordCache} from '../../rules/shared/word-cache.js'
import {runs} from '../property-support.js'

test.each([
  {words: [], asked: 'Lviv', expected: undefined},
  {words: ['Lviv'], asked: 'Lviv', expected: 0},
  {words: ['Lviv', 'lviv'], asked: 'lviv', expected: 1},
  {words: ['Lviv', 'Lvov', 'Lwów'], asked: 'Lwów', expected: 2},
  {words: ['Lviv'], asked: 'Lvi', expected: undefined},
  {words: ['constructor'], asked: '__proto__', expected: undefined}
])('$words: $asked gives $expected', ({words, asked, expected}) => {
  const cache = new WordCache<number>()
  words.forEach((word, index) => cache.add(word, index))
  expect(cache.get(asked)).toBe(expected)
  expect(cache.size).toBe(words.length)
})

test('a cache grown past its first size keeps every word', () => {
  const cache = new WordCache<number>()
  for (let index = 0; index < 5000; index++) cache.add('word' + index, index)
  for (let index = 0; index < 5000; index++) expect(cache.get('word' + index)).toBe(index)
  expect(cache.get('word5000')).toBeUndefined()
})

test('a cache at its limit forgets every word before it keeps the next', () => {
  const cache = new WordCache<number>(3)
  for (const [index, word] of ['Kyiv', 'Kharkiv', 'Odesa', 'Dnipro'].entries()) cache.add(word, index)
  expect([cache.get('Kyiv'), cache.get('Odesa'), cache.get('Dnipro'), cache.size]).toEqual([undefined, undefined, 3, 1])
})

test('a cache gives what a Map of the words it was given since it last forgot gives', () => {
  const word = fc.string({unit: fc.constantFrom('a', 'b', 'é', 'A', '’', '-'), maxLength: 6})
  fc.assert(
    fc.property(fc.array(word, {maxLength: 400}), fc.integer({min: 1, max: 300}), (words, limit) => {
      const cache = new WordCache<number>(limit)
      const map = new Map<string, number>()
      words.forEach((asked, index) => {
        expect(cache.get(asked)).toBe(map.get(asked))
        if (map.has(asked)) return
        if (map.size >= limit) map.clear()
        map.set(asked, index)
        cache.add(asked, index)
        expect(cache.size).toBe(map.size)
      })
    }),
    runs
  )
})
