import {describe, expect, test} from 'vitest'
import {singleLine} from '../rules/scraper-boilerplate/entry.js'
import {lexicons} from '../rules/scraper-boilerplate/lexicon/index.js'
import {gatesOf, longPrefixes, type Gate} from '../rules/scraper-boilerplate/line-gate.js'
import {gatesWithBuilt, serializedGates} from '../rules/scraper-boilerplate/built-gates.js'

// What the bundles’ line matchers are given (see `tsup.config.ts`): the gates the rule reads from source, built once.
const serialized = serializedGates()

/** A gate as the matcher uses it: its long prefixes read, its pattern tree (only read for them) left out. */
function asUsed(gate: Gate): object {
  const used: Gate = {...gate, long: longPrefixes(gate) ?? null}
  delete used.sequence
  return JSON.parse(JSON.stringify(used))
}

const entries = Object.values(lexicons)
  .flat()
  .filter((entry) => entry.place === 'line' || entry.place === 'start')
  .map((entry) => ({source: singleLine(entry.pattern), cased: Boolean(entry.cased)}))

describe('built scraper gates', () => {
  test('every line and start entry of every lexicon has built gates, each equal to its gates read from source', () => {
    const built = gatesWithBuilt(gatesOf, serialized)
    const scans: string[] = []
    for (const {source, cased} of entries) {
      const scan = (...parameters: Parameters<typeof gatesOf>) => {
        scans.push(parameters[0])
        return gatesOf(...parameters)
      }
      const read = gatesWithBuilt(scan, serialized)(source, cased)
      expect(read?.map(asUsed), source).toEqual(gatesOf(source, cased)?.map(asUsed))
      built(source, cased)
    }
    expect(scans).toEqual([])
  })

  const cases: ReadonlyArray<{name: string; calls: ReadonlyArray<{source: string; cased: boolean}>; scanned: readonly string[]}> = [
    {
      name: 'a pattern of no entry is read from its source',
      calls: [{source: 'sign up for our (?:newsletter|alerts)', cased: false}],
      scanned: ['sign up for our (?:newsletter|alerts)']
    },
    {
      name: 'an entry’s pattern in the other case is read from its source',
      calls: [{source: entries[0]!.source, cased: !entries[0]!.cased}],
      scanned: [entries[0]!.source]
    },
    {
      name: 'a second reader of the same pattern reads it from its source (the first one’s gates are its own)',
      calls: [entries[0]!, entries[0]!],
      scanned: [entries[0]!.source]
    }
  ]
  test.each(cases)('$name', ({calls, scanned}) => {
    const actual: string[] = []
    const read = gatesWithBuilt((source, cased) => {
      actual.push(source)
      return gatesOf(source, cased)
    }, serialized)
    for (const {source, cased} of calls) expect(read(source, cased)?.map(asUsed)).toEqual(gatesOf(source, cased)?.map(asUsed))
    expect(actual).toEqual(scanned)
  })
})
