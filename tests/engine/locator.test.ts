import {location} from 'vfile-location'
import {describe, expect, test} from 'vitest'
import {Locator} from '../../src/engine/messages.js'

describe('Locator: lines and columns as vfile-location reads them', () => {
  test.each([
    {text: '', offsets: [0, 1, -1], expected: ['1:1', 'none', 'none']},
    {text: 'One line.', offsets: [0, 4, 9, 10], expected: ['1:1', '1:5', '1:10', 'none']},
    {text: 'a\nb\n\nc', offsets: [6, 2, 4, 5, 1], expected: ['4:2', '2:1', '3:1', '4:1', '1:2']},
    {text: 'a\r\nb\rc\n\r\nd', offsets: [1, 2, 3, 5, 6, 7, 8, 9, 10], expected: ['1:2', '1:3', '2:1', '3:1', '3:2', '4:1', '4:2', '5:1', '5:2']},
    {text: 'end\r', offsets: [3, 4], expected: ['1:4', '2:1']},
    {text: 'ab\ncd', offsets: [2, 3, 5, 0], expected: ['1:3', '2:1', '2:3', '1:1']},
    {text: 'ab\r\ncd', offsets: [2, 3, 4, 6], expected: ['1:3', '1:4', '2:1', '2:3']},
    {text: '\n\n', offsets: [2, 0, 1, Number.NaN], expected: ['3:1', '1:1', '2:1', 'none']}
  ])('$text', ({text, offsets, expected}) => {
    const locator = new Locator(text)
    const reference = location(text)
    const read = (point: {line: number; column: number} | undefined) => (point ? `${point.line}:${point.column}` : 'none')
    expect(offsets.map((offset) => read(locator.toPoint(offset)))).toEqual(expected)
    expect(offsets.map((offset) => read(reference.toPoint(offset)))).toEqual(expected)
  })
})
