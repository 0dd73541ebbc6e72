import {describe, expect, test} from 'vitest'
import {singleLine, spaceNotBreak} from '../../rules/scraper-boilerplate/entry.js'

describe('scraper-boilerplate: patterns kept to one line', () => {
  // Spelt out for V8’s compile time under `iu`: it must hold exactly the characters of `[^\S\r\n]`.
  test.each(['u', 'iu'])('`\\s` outside a class is `[^\\S\\r\\n]` at every code point (flags %s)', (flags) => {
    const negated = new RegExp('^[^\\S\\r\\n]$', flags)
    const spelt = new RegExp('^' + spaceNotBreak + '$', flags)
    const differ: number[] = []
    for (let code = 0; code <= 0x10_ffff; code++) {
      const character = String.fromCodePoint(code)
      if (negated.test(character) !== spelt.test(character)) differ.push(code)
    }
    expect(differ).toEqual([])
  })

  test.each([
    ['a\\sb', 'a b', true],
    ['a\\sb', 'a\u00A0b', true],
    ['a\\sb', 'a\tb', true],
    ['a\\sb', 'a\nb', false],
    ['a\\sb', 'a\r\nb', false],
    ['a\\s*b', 'a  \u202Fb', true],
    ['a[^.]b', 'a\nb', false],
    ['a[^.]b', 'a-b', true]
  ])('%s on %j: %s', (pattern, text, matches) => {
    expect(new RegExp('^' + singleLine(pattern) + '$', 'iu').test(text)).toBe(matches)
  })
})
