/**
 * name-variants’ kept decision (`keepDecision`) reports what its `decide`
 * reports over the same summaries, after any sequence of blocks added,
 * removed and replaced: the blocks are linted one by one as the incremental
 * linter lints them (`runRules` over the block’s text, without the
 * decision), their summaries kept while they stay, their `start` moving;
 * the kept decision reads the text in place, from the blocks (`LaidOutText`,
 * as the incremental linter hands it), `decide` the joined string.
 * Property-based over real articles (the fixtures), the property grammar
 * and invented paragraphs with names written two ways; seeded,
 * `MTLINT_PROPERTY_RUNS` sequences per property.
 */
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {runRules} from '../../src/engine/run.js'
import {activeRules} from '../../src/engine/settings.js'
import {LaidOutText} from '../../src/incremental/document-text.js'
import type {Report, RuleContext, Summarized} from '../../src/engine/types.js'
import {rules} from '../../src/index.js'
import {fragments} from '../../scripts/inputs/property-grammar.js'
import {only} from '../helpers.js'
import {fixtureArticles, runs} from '../property-support.js'

const articles = fixtureArticles()
const realParagraphs = articles.flatMap((text) => text.split(/\n\s*\n/)).filter((paragraph) => paragraph.trim() !== '')

// Invented: each class the decision reports, with the spellings spread over paragraphs.
const invented = [
  'Talks at the Élysée went on late. The Élysée said nothing.',
  'Despite this, the Elysee repeated the offer, and the Elysée agreed.',
  'Minister Oleksii Karpenko spoke. Later, minister Oleksiy Karpenko left.',
  'The mayor of Kharkiv met governor Volodymyr Sirenko, and Vladimir Sirenko thanked him.',
  'Residents of the village of Berezivka fled. Troops shelled Berezovka again.',
  'Envoy Giulia Moretti arrived on Monday; aide Giulia Moratti left.',
  'Minister Luigi Di Santo spoke, then Luigi di Santo left, and Luigi Di Santo came back.',
  'Minister Bruno Le Gallec spoke. Later, Bruno the Rooster answered.',
  'Readers of Il Mattino complained. The Morning printed a reply.',
  'Mbappe scored twice. Later, Mbappé left the pitch, as did Mbappé’s coach.',
  'Talks on a cease-fire stalled. The ceasefire held. Cease-fire talks resumed.',
  'The long-term plan, the longterm plan and a Long-term plan.',
  'Prices rose again. Rose Byrne and Rosé wine were mentioned beside Rose.',
  'Schlein spoke to Schelin, and leader Schlein answered.',
  'President Touadera met Taudera’s aides, and president Touadera left.',
  'Zelensky spoke first. Later, Zelenskyy thanked the allies, Zelenskiy left.'
]
const pool = [...realParagraphs, ...invented, ...fragments.filter((fragment) => fragment.trim() !== '')]

const rule = rules.find((each) => each.id === 'name-variants')!

/** A document of blocks, each with its kept summaries (moved in place as blocks before it change). */
interface Held {
  text: string
  summaries: Array<Summarized<unknown>>
}

// An operation, its indices taken modulo what the document has when it applies.
type Operation = {kind: 'add'; at: number; text: string} | {kind: 'remove'; at: number} | {kind: 'replace'; at: number; text: string}

const paragraph = fc.constantFrom(...pool)
const index = fc.nat({max: 1000})
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({kind: fc.constant('add' as const), at: index, text: paragraph}),
  fc.record({kind: fc.constant('remove' as const), at: index}),
  fc.record({kind: fc.constant('replace' as const), at: index, text: paragraph})
)

/** Checks the kept decision against `decide` after each operation on a document of `paragraphs`. */
function sameAsDecide(paragraphs: readonly string[], operations: readonly Operation[], options?: object): number[] {
  const active = activeRules(rules, only('name-variants', options ? ['warn', options] : 'warn'))
  const settings = active[0]!.settings
  const summarize = (text: string): Held => ({text, summaries: runRules(text, text, active, undefined, undefined, false).summaries[0]!})
  const kept = rule.keepDecision!(settings)
  let blocks = paragraphs.map(summarize)
  let removed: Array<Summarized<unknown>> = []
  let added = blocks.flatMap((block) => block.summaries)
  const check = () => {
    // Place the blocks: a kept block’s summaries keep their objects, their `start` moved.
    let start = 0
    const all: Array<Summarized<unknown>> = []
    const placed: number[] = []
    for (const block of blocks) {
      placed.push(start)
      shift(block, start - blockStart(block))
      all.push(...block.summaries)
      start += block.text.length + 2
    }
    const text = blocks.map((block) => block.text).join('\n\n')
    const expected: Report[] = []
    rule.decide!(contextOf(settings, text, expected), all)
    const actual: Report[] = []
    const read = new LaidOutText(
      text.length,
      placed,
      blocks.map((block) => block.text)
    )
    kept.update({...contextOf(settings, text, actual), read}, all, {removed, added})
    // In a fixed order: the engine sorts messages by place, so the order of reports is not part of the contract.
    expect(inPlaceOrder(actual), JSON.stringify(text)).toEqual(inPlaceOrder(expected))
    return expected.length
  }
  const found = [check()]
  for (const change of operations) {
    const at = blocks.length === 0 ? 0 : change.at % (blocks.length + (change.kind === 'add' ? 1 : 0))
    const next = [...blocks]
    removed = []
    added = []
    if (change.kind === 'add') {
      const block = summarize(change.text)
      next.splice(at, 0, block)
      added = block.summaries
    } else if (blocks.length > 0) {
      removed = blocks[at]!.summaries
      if (change.kind === 'remove') next.splice(at, 1)
      else {
        const block = summarize(change.text)
        next.splice(at, 1, block)
        added = block.summaries
      }
    }
    blocks = next
    found.push(check())
  }
  return found
}

// Where each block stands: its summaries’ starts are relative to it, shifted with it.
const starts = new WeakMap<Held, number>()
function blockStart(block: Held): number {
  return starts.get(block) ?? 0
}
function shift(block: Held, delta: number): void {
  starts.set(block, blockStart(block) + delta)
  for (const summary of block.summaries) (summary as {start: number}).start += delta
}

function contextOf(settings: unknown, text: string, reports: Report[]): RuleContext<unknown> {
  return {settings, text, claimedByOthers: rule.claimedByOthers, report: (report) => reports.push(report)}
}

describe('name-variants kept decision', () => {
  test('reports what decide reports, for a document made at once and then edited', () => {
    // Reports at every step: the two are compared on something.
    const found = sameAsDecide(invented.slice(0, 6), [
      {kind: 'remove', at: 1},
      {kind: 'remove', at: 0},
      {kind: 'add', at: 0, text: invented[1]!},
      {kind: 'replace', at: 3, text: invented[9]!}
    ])
    expect(found).toHaveLength(5)
    expect(Math.min(...found)).toBeGreaterThan(0)
  })

  test('block sequences from real articles and invented names: update reports what decide reports', () => {
    fc.assert(
      fc.property(fc.array(paragraph, {maxLength: 8}), fc.array(operation, {maxLength: 8}), (paragraphs, operations) => {
        sameAsDecide(paragraphs, operations)
      }),
      runs
    )
  }, 600_000)

  test('the same with compounds compared', () => {
    fc.assert(
      fc.property(fc.array(paragraph, {maxLength: 8}), fc.array(operation, {maxLength: 8}), (paragraphs, operations) => {
        sameAsDecide(paragraphs, operations, {compounds: true})
      }),
      runs
    )
  }, 600_000)
})

/** Reports sorted by place, then by content (the engine sorts messages by place). */
function inPlaceOrder(reports: readonly Report[]): Report[] {
  const key = (report: Report) => JSON.stringify(report)
  return [...reports].sort((a, b) => a.start - b.start || a.end - b.end || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}
