import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {lint} from '../src/index.js'

/** A reviewed expectation: what a fixture must produce, message by message. */
interface Expected {
  ruleId: string
  place: string
  actual: string
  expected?: string[]
}

const folder = new URL('../fixtures/', import.meta.url).pathname
const fixtures = readdirSync(folder).filter((name) => /\.(txt|md|html)$/.test(name))

function summary(message: VFileMessage): Expected {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const row: Expected = {
    ruleId: message.ruleId ?? '',
    place: place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : '',
    actual: message.actual ?? ''
  }
  if (message.expected) row.expected = message.expected
  return row
}

describe('fixtures produce exactly their reviewed messages', () => {
  test('every fixture has a reviewed expectation', () => {
    expect(fixtures.length).toBeGreaterThan(0)
    for (const name of fixtures) {
      expect(readdirSync(folder), name).toContain(name.replace(/\.\w+$/, '.expected.json'))
    }
  })

  test.each(fixtures)('%s', async (name) => {
    const text = readFileSync(join(folder, name), 'utf8')
    const expected = JSON.parse(readFileSync(join(folder, name.replace(/\.\w+$/, '.expected.json')), 'utf8')) as Expected[]
    const file = await lint({value: text, path: name})
    expect(file.messages.map(summary)).toEqual(expected)
  })
})
