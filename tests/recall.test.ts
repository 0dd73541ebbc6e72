import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {lint, rules} from '../src/index.js'

/**
 * Recall and precision on machine-translated fixtures (fixtures/mt): each text
 * comes with its ground truth, the artifacts a copy editor marks. Every
 * message must be one of them (no false alarm); the share of them found is
 * the rule’s recall, printed, and kept above a floor per rule.
 */
interface Artifact {
  rule: string
  actual: string
  occurrence?: number
  expected?: string[]
}

// Recall floors per rule, below the measured recall (see the printed table).
const floors: Record<string, number> = {
  'quote-marks': 0.8,
  'french-typography': 0.8,
  'french-honorifics': 0.8,
  'place-names': 0.9,
  'scraper-boilerplate': 0.7
}

const folder = new URL('../fixtures/mt/', import.meta.url).pathname
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()

/** Offsets of the `occurrence`-th match of `actual` (overlapping matches counted, as the fixtures’ README says). */
function locate(text: string, artifact: Artifact): [number, number] {
  let index = -1
  for (let count = 0; count < (artifact.occurrence ?? 1); count++) {
    index = text.indexOf(artifact.actual, index + 1)
    if (index === -1) throw new Error('Artifact not found in its text: ' + JSON.stringify(artifact))
  }
  return [index, index + artifact.actual.length]
}

describe('machine-translated fixtures', () => {
  test('every message is a marked artifact, and each rule finds enough of them', async () => {
    expect(names.length).toBeGreaterThanOrEqual(30)
    const known = new Set(rules.map((rule) => rule.id))
    const marked = new Map<string, number>()
    const found = new Map<string, number>()
    const falseAlarms: string[] = []
    const missed: string[] = []

    for (const name of names) {
      const text = readFileSync(folder + name, 'utf8')
      const artifacts = JSON.parse(readFileSync(folder + name.replace(/\.txt$/, '.artifacts.json'), 'utf8')) as Artifact[]
      const wanted = new Map(artifacts.map((artifact) => [locate(text, artifact).join(':') + ':' + artifact.rule, artifact]))
      const file = await lint(text)
      for (const message of file.messages) {
        const place = message.place as {start: {offset: number}; end: {offset: number}}
        const key = place.start.offset + ':' + place.end.offset + ':' + message.ruleId
        const artifact = wanted.get(key)
        if (!artifact) {
          falseAlarms.push(`${name}:${message.line}:${message.column}: [${message.ruleId}] ${message.reason}`)
          continue
        }
        wanted.delete(key)
        if (artifact.expected) expect(message.expected, `${name}: ${message.reason}`).toEqual(artifact.expected)
        found.set(artifact.rule, (found.get(artifact.rule) ?? 0) + 1)
      }
      for (const artifact of artifacts) marked.set(artifact.rule, (marked.get(artifact.rule) ?? 0) + 1)
      for (const artifact of wanted.values()) missed.push(`${name}: [${artifact.rule}] ${JSON.stringify(artifact.actual)}`)
    }

    const table = [...marked].sort().map(([rule, count]) => ({
      rule,
      implemented: known.has(rule),
      marked: count,
      found: found.get(rule) ?? 0,
      recall: Number(((found.get(rule) ?? 0) / count).toFixed(2)),
      floor: floors[rule] ?? '-'
    }))
    console.log(`Machine-translated fixtures: ${names.length} texts`)
    console.table(table)
    console.log('Missed:\n  ' + missed.join('\n  '))

    expect(falseAlarms, 'messages on text the ground truth marks as fine').toEqual([])
    for (const row of table) {
      if (row.implemented) expect(row.recall, row.rule).toBeGreaterThanOrEqual(floors[row.rule] ?? 1)
    }
  })
})
