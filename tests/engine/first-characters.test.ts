import {describe, expect, test} from 'vitest'
import {firstCharacters, topAlternatives} from '../../src/engine/first-characters.js'

/** The characters of `candidates` that the reading of `source` lets start a match (all of them when any may). */
function admitted(source: string, flags: string, candidates: string): string {
  const first = firstCharacters(source)
  if (first.any) return 'any'
  const startsWith = new RegExp('[' + [...first.members].join('') + ']', flags)
  return [...candidates].filter((character) => startsWith.test(character)).join('')
}

const letters = 'abcdeéfhpstxzABHPSTZ019#([*-.|>«'

describe('firstCharacters', () => {
  test.each([
    // Literal characters and alternatives: the first of each.
    {source: 'photo|share', flags: 'u', expected: 'ps'},
    {source: 'photo|share', flags: 'iu', expected: 'psPS'},
    {source: 'Photo', flags: 'u', expected: 'P'},
    // Optional items let what follows start the match; a required one stops the reading.
    {source: '(?:archive )?(?:file|photo)s?', flags: 'u', expected: 'afp'},
    {source: 'a*b+c', flags: 'u', expected: 'ab'},
    {source: 'a{0,2}b', flags: 'u', expected: 'ab'},
    {source: 'a{1,2}b', flags: 'u', expected: 'a'},
    {source: '(?:x|)(?:y)?z', flags: 'u', expected: 'xz'},
    // Escapes: digits, escaped marks, code units; anchors, word boundaries and lookarounds match nothing.
    {source: '\\d+ votes', flags: 'u', expected: '019'},
    {source: '\\(?credit|\\*|\\u00E9t\\xE9', flags: 'u', expected: 'cé(*'},
    {source: '^\\b(?=[a-z])(?<!x)(?!y)(?<p1>h)', flags: 'u', expected: 'h'},
    // Classes: members and ranges, read with the regex’s flags.
    {source: '[#>|][ \\t]*x', flags: 'u', expected: '#|>'},
    {source: '[a-c\\d.-]', flags: 'u', expected: 'abc019-.'},
    {source: '[A-C]x', flags: 'iu', expected: 'abcAB'},
    {source: '«|[«»]', flags: 'u', expected: '«'},
    // What it does not follow may start with anything.
    {source: 'x|\\p{L}+', flags: 'u', expected: 'any'},
    {source: '.{1,3}x', flags: 'u', expected: 'any'},
    {source: '[^\\r\\n]+', flags: 'u', expected: 'any'},
    {source: '[\\p{L}@]x', flags: 'u', expected: 'any'},
    {source: '\\s*x', flags: 'u', expected: 'any'},
    {source: '(?<w>a)\\k<w>', flags: 'u', expected: 'a'},
    {source: '(a)?\\1b', flags: 'u', expected: 'any'}
  ])('$source ($flags): $expected', ({source, flags, expected}) => {
    const actual = admitted(source, flags, letters)
    expect(actual).toBe(expected)
    // Whatever it admits, the regex may start with; whatever it rejects, the regex never matches there.
    if (actual !== 'any')
      for (const character of letters) if (!actual.includes(character)) expect(new RegExp(source, flags + 'y').test(character + 'hotos 12 votes')).toBe(false)
  })
})

describe('topAlternatives', () => {
  test.each([
    {source: 'a|b', expected: ['a', 'b']},
    {source: 'a(?:b|c)|[|]d|\\|e', expected: ['a(?:b|c)', '[|]d', '\\|e']},
    {source: '(?:a|b)', expected: ['(?:a|b)']},
    {source: 'a|', expected: ['a', '']},
    // A stray `)` is no place to cut.
    {source: 'a)|b', expected: ['a)|b']}
  ])('$source', ({source, expected}) => {
    expect(topAlternatives(source)).toEqual(expected)
  })
})
