import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {masked, maskUrls, urls} from '../../src/engine/prose.js'
import {runs} from '../property-support.js'

const m = (length: number) => masked.repeat(length)

// `maskUrls` first asks whether a text can hold a URL or an address at all (`://`, `www.`, `mailto:`, `@`, in any case).
describe('maskUrls', () => {
  test.each([
    ['a scheme', 'Read https://example.org/a today.', 'Read ' + m(21) + ' today.'],
    ['www in capitals', 'Visit WWW.Example.org now.', 'Visit ' + m(15) + ' now.'],
    ['www after a word break', 'Go to(www.harbour.net)', 'Go to(' + m(15) + ')'],
    ['mailto in mixed case', 'Write to MailTo:desk@paper.example.', 'Write to ' + m(25) + '.'],
    ['an address', 'Ask desk@paper.example today.', 'Ask ' + m(18) + ' today.'],
    ['a colon, then a scheme', 'Note: ftp://files.example/x', 'Note: ' + m(21)]
  ])('%s', (_, text, expected) => {
    expect(maskUrls(text)).toBe(expected)
  })

  test.each([
    ['no hint at all', 'Four words stand here.'],
    ['a colon without slashes', 'Time: 10:30, then lunch.'],
    ['mailto without its colon', 'The word mailto stays.'],
    ['w and full stops apart', 'A w.w.w. row and ww. and www'],
    ['a full stop at the start', '.www is not one']
  ])('%s: unchanged', (_, text) => {
    expect(maskUrls(text)).toBe(text)
  })
})

// `maskUrls` searches only the runs between white space that hold a hint: it masks what a search of the whole text masks.
describe('maskUrls: only where a hint stands', () => {
  const whole = (text: string) => text.replace(urls, (found) => found.replace(/\S/gu, masked))
  const pieces = [
    'https://',
    'http://a.b',
    'ftp://',
    'www.',
    'WWW.',
    'mailto:',
    'MailTo:',
    '@',
    'desk@paper.example',
    'x.org',
    'é',
    '😀',
    'A1',
    'w',
    'a',
    '.',
    ',',
    ':',
    '/',
    '(',
    ')',
    '"',
    '“',
    '-',
    '_',
    '%',
    '+'
  ]
  const spaces = [' ', ' ', '\n', '\t', '\u00A0', '\u2028', '\u3000', '\uFEFF', '\r\n']
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...spaces)), {maxLength: 40}).map((parts) => parts.join(''))

  test('masks what a search of the whole text masks', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(maskUrls(value)).toBe(whole(value))
      }),
      {...runs, numRuns: runs.numRuns * 10}
    )
  })

  test.each([
    // A comma inside a URL is the URL's: the first runs to the run's end.
    ['two URLs in one run', 'See:http://a.example,http://b.example now', 'See:' + m(33) + ' now'],
    ['a hint in a word that is no address, an address after it', 'A w@ and desk@paper.example.', 'A w@ and ' + m(18) + '.'],
    [
      'a long text with one address',
      'word '.repeat(3000) + 'desk@paper.example ' + 'word '.repeat(3000),
      'word '.repeat(3000) + m(18) + ' ' + 'word '.repeat(3000)
    ]
  ])('%s', (_, value, expected) => {
    expect(maskUrls(value)).toBe(expected)
    expect(whole(value)).toBe(expected)
  })
})
