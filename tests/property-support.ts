import {readdirSync, readFileSync} from 'node:fs'
import {expect} from 'vitest'
import type {VFileMessage} from 'vfile-message'

/** What the property-based tests assert of every message (their grammar: `scripts/inputs/property-grammar.ts`). */

/** The `[start, end)` offsets of a message; throws on a message without a range. */
export function offsets(message: VFileMessage): [number, number] {
  const place = message.place
  if (!place || !('start' in place)) throw new Error('Message without a range: ' + String(message))
  return [place.start.offset!, place.end.offset!]
}

/** Line and column of `offset`, counting `\r\n`, `\r` and `\n` as line endings the way vfile-location does. */
function point(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let column = 1
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      column = 1
    } else column++
  }
  return {line, column}
}

/** Every message lies in `text`, start ≤ end, its line and column agree with its offset, and `actual` is the slice. */
export function expectPlacesInText(text: string, messages: readonly VFileMessage[]): void {
  for (const message of messages) {
    const [start, end] = offsets(message)
    expect(0 <= start && start <= end && end <= text.length, String(message)).toBe(true)
    expect(message.actual).toBe(text.slice(start, end))
    const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    expect({line: place.start.line, column: place.start.column}).toEqual(point(text, start))
    expect({line: place.end.line, column: place.end.column}).toEqual(point(text, end))
  }
}

/**
 * Runs per property: `MTLINT_PROPERTY_RUNS`, else 200 (a fast local loop; CI
 * sets 2,000). Seeded, so that a failure reproduces.
 */
export const runs = {numRuns: propertyRuns(), seed: 20261127}

function propertyRuns(): number {
  const given = process.env.MTLINT_PROPERTY_RUNS
  if (given === undefined || given === '') return 200
  if (!/^[1-9]\d*$/.test(given)) throw new Error('MTLINT_PROPERTY_RUNS must be a positive integer, not `' + given + '`')
  return Number(given)
}

const fixtures = new URL('../fixtures/', import.meta.url)

/** The real articles of the fixtures (the seed, then `fixtures/mt/`), the texts the property tests edit. */
export function fixtureArticles(): string[] {
  const names = readdirSync(new URL('mt/', fixtures)).filter((name) => name.endsWith('.txt'))
  return [readFileSync(new URL('afp-ukraine-2022.txt', fixtures), 'utf8'), ...names.map((name) => readFileSync(new URL('mt/' + name, fixtures), 'utf8'))]
}
