import {describe, expect, test} from 'vitest'
import {firstCharacters} from '../../src/engine/first-characters.js'
import {lexicons} from '../../rules/scraper-boilerplate/lexicon/index.js'
import {anchored, singleLine} from '../../rules/scraper-boilerplate/entry.js'

/** Whether a match of `pattern` may start with the first character of `text`, as `firstCharacters` reads it (`undefined`: anything may). */
function mayStart(pattern: string, flags: string, text: string): boolean | undefined {
  const first = firstCharacters(pattern)
  return first === undefined ? undefined : new RegExp(first, flags + 'y').test(text)
}

describe('firstCharacters', () => {
  test.each([
    // Alternatives, optional prefixes and groups each add what they can start with.
    {pattern: 'leave|your', flags: 'u', text: 'your comment', expected: true},
    {pattern: 'leave|your', flags: 'u', text: 'a comment', expected: false},
    {pattern: '(?:[•>]+\\s*)?read more', flags: 'u', text: '» read more', expected: false},
    {pattern: '(?:[•>]+\\s*)?read more', flags: 'u', text: '> read more', expected: true},
    {pattern: '(?:[•>]+\\s*)?read more', flags: 'u', text: 'read more', expected: true},
    {pattern: '(?<tag>\\d{2}|x)\\.', flags: 'u', text: '7.', expected: true},
    // A lookaround or an edge matches nothing: what follows it is what a match starts with.
    {pattern: '(?=\\d)\\d+%', flags: 'u', text: 'x%', expected: false},
    {pattern: '\\bnews', flags: 'u', text: 'news', expected: true},
    // With `i`, the class folds case as the pattern does, Unicode folds too (`K`, U+212A KELVIN SIGN, folds to `k`).
    {pattern: 'kyiv', flags: 'iu', text: 'KYIV', expected: true},
    {pattern: 'kyiv', flags: 'iu', text: '\u212Ayiv', expected: true},
    {pattern: 'kyiv', flags: 'u', text: 'Kyiv', expected: false},
    // A class’s `-` at its end stays a literal beside the next class, not a range.
    {pattern: "[a'-]x|[\\d]", flags: 'u', text: '-x', expected: true},
    {pattern: "[a'-]x|[\\d]", flags: 'u', text: ',x', expected: false},
    // Anything, or nothing: no class.
    {pattern: '.{0,60}-->', flags: 'u', text: 'a -->', expected: undefined},
    {pattern: '[^.]+', flags: 'u', text: 'a', expected: undefined},
    {pattern: '(a?)\\1b', flags: 'u', text: 'b', expected: undefined},
    {pattern: 'a?', flags: 'u', text: 'b', expected: undefined},
    {pattern: 'a|', flags: 'u', text: 'b', expected: undefined},
    {pattern: '(?:unclosed', flags: 'u', text: 'u', expected: undefined}
  ])('`$pattern` on `$text`: $expected', ({pattern, flags, text, expected}) => {
    expect(mayStart(pattern, flags, text)).toBe(expected)
  })

  // The line matcher skips an entry on this class: it must let through every line the entry matches.
  test.each(Object.values(lexicons).flat())('scraper-boilerplate `$what` (`$found`): its line may start it', (entry) => {
    const pattern = singleLine(entry.pattern)
    const flags = entry.cased ? 'mu' : 'imu'
    const line = entry.found.trim()
    const matched = new RegExp(anchored({...entry, pattern}), flags + 'y').test(line)
    expect(!matched || mayStart(pattern, flags.replace('m', ''), line) !== false).toBe(true)
  })
})
