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
  transliteration: 0.9,
  'name-variants': 0.7,
  'scraper-boilerplate': 0.7,
  calque: 0.45,
  'untranslated-french': 0.65,
  'article-agreement': 0.85,
  'french-dates': 0.8
}

// Rules whose fix is mechanical: their replacement must be the editor’s. Other
// rules suggest rewrites that may differ in wording; those are printed.
const mechanical = new Set(['quote-marks', 'french-typography', 'french-honorifics', 'place-names'])

const folder = new URL('../fixtures/mt/', import.meta.url).pathname
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()

/**
 * Whether a message reports a marked artifact: the same span for rules whose
 * span is mechanical, an overlapping one for phrase rules (an editor may mark
 * `the Keeper of the Seals` where the rule reports `Keeper of the Seals`).
 */
function same(rule: string, [start, end]: [number, number], ruleId: string, from: number, to: number): boolean {
  if (rule !== ruleId) return false
  return mechanical.has(rule) ? start === from && end === to : start < to && from < end
}

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
    const otherSuggestions: string[] = []

    for (const name of names) {
      const text = readFileSync(folder + name, 'utf8')
      const artifacts = JSON.parse(readFileSync(folder + name.replace(/\.txt$/, '.artifacts.json'), 'utf8')) as Artifact[]
      const wanted = artifacts.map((artifact) => ({artifact, span: locate(text, artifact)}))
      const file = await lint(text)
      for (const message of file.messages) {
        const place = message.place as {start: {offset: number}; end: {offset: number}}
        const index = wanted.findIndex(({artifact, span}) => same(artifact.rule, span, message.ruleId!, place.start.offset, place.end.offset))
        if (index === -1) {
          falseAlarms.push(`${name}:${message.line}:${message.column}: [${message.ruleId}] ${message.reason}`)
          continue
        }
        const {artifact} = wanted.splice(index, 1)[0]!
        if (artifact.expected && mechanical.has(artifact.rule)) {
          expect(message.expected, `${name}: ${message.reason}`).toEqual(artifact.expected)
        } else if (artifact.expected && !artifact.expected.some((value) => message.expected?.includes(value))) {
          otherSuggestions.push(`${name}: ${message.reason} (the editor wrote ${JSON.stringify(artifact.expected)})`)
        }
        found.set(artifact.rule, (found.get(artifact.rule) ?? 0) + 1)
      }
      for (const artifact of artifacts) marked.set(artifact.rule, (marked.get(artifact.rule) ?? 0) + 1)
      for (const {artifact} of wanted) missed.push(`${name}: [${artifact.rule}] ${JSON.stringify(artifact.actual)}`)
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
    console.log('Suggestions that differ from the editor’s:\n  ' + otherSuggestions.join('\n  '))

    expect(falseAlarms, 'messages on text the ground truth marks as fine').toEqual([])
    for (const row of table) {
      if (row.implemented) expect(row.recall, row.rule).toBeGreaterThanOrEqual(floors[row.rule] ?? 1)
    }
  })
})
