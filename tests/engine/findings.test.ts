import {describe, expect, test} from 'vitest'
import {findingMaker} from '../../src/engine/findings.js'

// Invented words, each a text read of its own: more than a maker keeps the wordings of.
const words = Array.from({length: 5000}, (_, index) => `Wordle${index.toString(36)}`)
const text = words.join(' ')
const reports = words.map((word, index) => {
  const start = words.slice(0, index).reduce((offset, previous) => offset + previous.length + 1, 0)
  return {start, end: start + word.length, what: 'an invented word', expected: [word.toLowerCase()], note: 'A note.'}
})

describe('findingMaker', () => {
  test('a maker kept past its wordings limit words each finding as a fresh maker does', () => {
    const kept = findingMaker(text)
    const twice = [...reports, ...reports].map((report) => kept(report, undefined)?.reason)
    const fresh = reports.map((report) => findingMaker(text)(report, undefined)?.reason)
    expect(twice).toEqual([...fresh, ...fresh])
    expect(fresh[4999]).toBe(`Unexpected \`${words[4999]}\` (an invented word), expected \`${words[4999]!.toLowerCase()}\``)
  })
})
