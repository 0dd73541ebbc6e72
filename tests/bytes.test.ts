import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {lint} from '../src/index.js'
import {strings} from './helpers.js'

/**
 * `lint()` given bytes (a `Uint8Array` or a `Buffer`) lints them only when
 * they are UTF-8 text; otherwise the file holds one fatal message, from no
 * rule, naming the first bad byte, and nothing is linted. A string is text
 * already: it is linted whatever it holds.
 */
const latin1 = Buffer.concat([Buffer.from('He left Kiev.\r\nCaf'), Buffer.from([0xe9]), Buffer.from(' in Kiev.\n')])

describe('lint() on bytes', () => {
  test('UTF-8 bytes are linted like the string they encode', async () => {
    const text = '\ufeffHe stayed in Kiev, “ he said ”.\n'
    expect(strings(await lint(new TextEncoder().encode(text)))).toEqual(strings(await lint(text.slice(1))))
  })

  test.each([
    ['a Buffer', () => latin1],
    ['a Uint8Array', () => new Uint8Array(latin1)],
    ['a VFile holding bytes', () => new VFile({path: 'story.txt', value: latin1})]
  ])('invalid UTF-8 in %s: one fatal message naming the byte, nothing linted', async (_, input) => {
    const file = await lint(input())
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message!.reason).toBe('Cannot lint file: invalid UTF-8 at byte 18 (line 2, column 4): save the file as UTF-8')
    expect(message!.fatal).toBe(true)
    expect(message!.ruleId).toBeUndefined()
    expect(message!.source).toBe('mtlint')
  })

  test.each([
    ['a truncated sequence at the end', [0x4b, 0x69, 0x65, 0x76, 0xe2, 0x80], 4],
    ['an overlong encoding', [0x61, 0xc0, 0xaf], 1],
    ['an encoded surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lone continuation byte', [0x61, 0x80, 0x62], 1]
  ])('invalid UTF-8: %s', async (_, bytes, offset) => {
    const [message] = (await lint(new Uint8Array(bytes))).messages
    expect(message!.reason).toMatch(new RegExp('^Cannot lint file: invalid UTF-8 at byte ' + offset + ' '))
  })

  test('binary bytes: one fatal message', async () => {
    const file = await lint(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x4b, 0x69, 0x65, 0x76]))
    expect(strings(file)).toEqual(['1:1: Cannot lint file: binary, not text (a NUL byte at byte 9): skipped'])
  })

  test('a string is linted whatever it holds: NUL, U+FFFD', async () => {
    expect(strings(await lint('\u0000 \ufffd in Kiev.'))).toEqual(['1:8-1:12: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'])
  })
})
