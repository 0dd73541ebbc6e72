/**
 * The tables the bundles read built (`scripts/build/first-lint-tables.ts`)
 * held to the tables the rules make from source.
 */
import {describe, expect, test} from 'vitest'
import {exonyms} from '../rules/name-variants.data.js'
import {exonymKeysOf, keyOf, serializedExonymKeys} from '../rules/name-variants/keys.js'

describe('built exonym keys', () => {
  const scanned = new Map(exonymKeysOf(undefined))
  const serialized = serializedExonymKeys()

  test('read back, they are the keys made from the table, in its order', () => {
    const built = exonymKeysOf(serialized)
    expect([...built]).toEqual([...scanned])
    expect(built.size).toBeGreaterThanOrEqual(exonyms.length)
  })

  // Keys asked for once the built keys are read: each local name groups with its English name, an unlisted name keeps its own key.
  const cases: ReadonlyArray<{word: string; expected: string}> = [
    {word: 'münchen', expected: 'munich'},
    {word: 'genève', expected: 'geneva'},
    {word: 'varsovie', expected: 'varsav'},
    {word: 'kiyv', expected: 'kyiv'},
    {word: 'bordeaux', expected: 'bordeaux'}
  ]
  test.each(cases)('keyOf($word) with the built keys', ({word, expected}) => {
    exonymKeysOf(serialized)
    expect(keyOf(word)).toBe(expected)
  })
})
