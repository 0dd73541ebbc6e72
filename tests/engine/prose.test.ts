import {describe, expect, test} from 'vitest'
import {masked, maskUrls} from '../../src/engine/prose.js'

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
