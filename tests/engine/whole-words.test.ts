import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {escapeRegExp, matchWholeWords, wholeWords, wordAfter} from '../../src/engine/regex-parts.js'
import {runs} from '../property-support.js'

/** Every whole-word match of `regex` in `text`: `[index, text]`. */
const matches = (regex: RegExp, text: string) => [...matchWholeWords(regex, text)].map((match) => [match.index, match[0]])

/** The one alternation of `words`, longest first, that `wholeWords` splits by the case of their first letter. */
const flat = (words: readonly string[], flags = 'gu') =>
  new RegExp(
    '(?:' +
      [...new Set(words)]
        .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
        .map(escapeRegExp)
        .join('|') +
      ')' +
      wordAfter,
    flags
  )

// Invented names and particles, some in lower case, some the start of others.
const words = ['al Marwan', 'ibn Qasim', 'ibn', 'Qasim', 'Ibn Qasim', 'Marwan', 'Marwani', 'van der Stel', 'Stel', 'de la', 'Delano']

describe('wholeWords', () => {
  const cases: Array<[string, string, Array<[number, string]>]> = [
    ['a lower-case particle before a name', 'With ibn Qasim there.', [[5, 'ibn Qasim']]],
    ['the particle alone', 'The ibn of it.', [[4, 'ibn']]],
    [
      'a capitalised form of the same name',
      'Ibn Qasim spoke; al Marwan left.',
      [
        [0, 'Ibn Qasim'],
        [17, 'al Marwan']
      ]
    ],
    ['a longer word is no match', 'Marwanis and Stellar', []],
    ['inside a word', 'xibn Qasim', [[5, 'Qasim']]],
    [
      'several particles',
      'van der Stel met de la Rue and Delano',
      [
        [0, 'van der Stel'],
        [17, 'de la'],
        [31, 'Delano']
      ]
    ]
  ]
  test.each(cases)('%s', (_, text, expected) => {
    expect(matches(wholeWords(words), text)).toEqual(expected)
  })

  test('finds what one alternation finds, on generated text', () => {
    const pieces = [...words, ' ', 'x', 'i', 'I', 'a', 'Q', '-', 'é', '\u0301', '.', 'ibnQ']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 20}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(texts, (text) => {
        expect(matches(wholeWords(words), text)).toEqual(matches(flat(words), text))
      }),
      runs
    )
  })

  test('without case, one alternation', () => {
    expect(wholeWords(words, 'giu').source).toBe(flat(words, 'giu').source)
  })
})
