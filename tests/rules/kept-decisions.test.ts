/**
 * The kept document decisions of quote-marks, untranslated-french and
 * place-names (`keepDecision`) report after any sequence of updates exactly
 * what `decide` reports over the same blocks: blocks added, removed,
 * replaced and moved, several at a time, over the summaries the rule makes
 * of real paragraphs (the fixtures) and of invented ones. Seeded,
 * `MTLINT_PROPERTY_RUNS` sequences per rule.
 */
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {runRules} from '../../src/engine/run.js'
import type {Report, RuleContext, Summarized} from '../../src/engine/types.js'
import {rules, type Rule} from '../../src/index.js'
import {sourceLanguages} from '../../rules/untranslated-french/index.js'
import type {Mentions} from '../../rules/untranslated-french/mentions.js'
import {fixtureArticles, runs} from '../property-support.js'

const paragraphs = fixtureArticles().flatMap((text) => text.split(/\n\s*\n/))

/** A block of the document: its summary, at a start that moves with the edits. */
class Held implements Summarized<unknown> {
  start = 0
  constructor(
    readonly summary: unknown,
    readonly length: number
  ) {}
}

/** A pool entry: a block’s summary as the rule makes it of the block alone, and its length. */
interface Pooled {
  summary: unknown
  length: number
}

function pool(rule: Rule, options: object, texts: readonly string[]): Pooled[] {
  const settings = rule.settings(options)
  return texts.map((text) => ({
    // A rule of `sparseSummaries` keeps no entry for a block it sums up as `undefined`.
    summary: runRules(text, text, [{rule, severity: 'warn', settings}], undefined, undefined, false).summaries[0]![0]?.summary,
    length: text.length
  }))
}

type Edit =
  | {kind: 'insert'; at: number; pooled: number}
  | {kind: 'remove'; at: number}
  | {kind: 'replace'; at: number; pooled: number}
  | {kind: 'move'; at: number; to: number}

/** Reports as comparable strings, in a fixed order (the engine sorts messages by place). */
function collect(run: (context: RuleContext<unknown>) => void, settings: unknown): string[] {
  const reports: Report[] = []
  run({settings, text: '', report: (report) => reports.push(report), claimedByOthers: () => false})
  return reports.map((report) => JSON.stringify(report)).sort()
}

function keptMatchesDecide(id: string, options: object, texts: readonly string[], extra: readonly Pooled[] = []): void {
  const rule = rules.find((each) => each.id === id)!
  const settings = rule.settings(options)
  // Invented blocks first, picked as often as the fixtures’ paragraphs.
  const pooled = [...extra, ...pool(rule, options, [...texts, ...paragraphs])]
  const invented = extra.length + texts.length
  const pick = fc.oneof(fc.nat({max: invented - 1}), fc.nat({max: pooled.length - 1}))
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({kind: fc.constant('insert' as const), at: fc.nat(), pooled: pick}),
    fc.record({kind: fc.constant('remove' as const), at: fc.nat()}),
    fc.record({kind: fc.constant('replace' as const), at: fc.nat(), pooled: pick}),
    fc.record({kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat()})
  )
  test('decide has something to report over the pool', () => {
    const blocks = pooled.slice(0, invented).map(held)
    place(blocks)
    expect(collect((context) => rule.decide!(context, blocks), settings).length).toBeGreaterThan(0)
  })
  test('update reports what decide reports, after any edits', () => {
    fc.assert(
      fc.property(fc.array(pick, {maxLength: 14}), fc.array(fc.array(edit, {minLength: 1, maxLength: 3}), {maxLength: 6}), (initial, batches) => {
        const kept = rule.keepDecision!(settings)
        let blocks = initial.map((index) => held(pooled[index]!))
        place(blocks)
        const check = (removed: Held[], added: Held[]) => {
          const expected = collect((context) => rule.decide!(context, blocks), settings)
          expect(collect((context) => kept.update(context, blocks, {removed, added}), settings)).toEqual(expected)
        }
        check([], blocks)
        for (const batch of batches) {
          const before = blocks
          const next = [...blocks]
          const moved = new Set<Held>()
          for (const step of batch) {
            const at = step.at % (next.length + 1)
            if (step.kind === 'insert') next.splice(at, 0, held(pooled[step.pooled]!))
            else if (next.length === 0) continue
            else if (step.kind === 'remove') next.splice(at % next.length, 1)
            else if (step.kind === 'replace') next.splice(at % next.length, 1, held(pooled[step.pooled]!))
            else {
              const [block] = next.splice(at % next.length, 1)
              next.splice(step.to % (next.length + 1), 0, block!)
              moved.add(block!)
            }
          }
          blocks = next
          place(blocks)
          const now = new Set(blocks)
          const then = new Set(before)
          // A block that changed places comes as removed and added.
          const removed = before.filter((block) => !now.has(block) || moved.has(block))
          const added = blocks.filter((block) => !then.has(block) || moved.has(block))
          check(removed, added)
        }
      }),
      runs
    )
  })
}

function held({summary, length}: Pooled): Held {
  return new Held(summary, length)
}

/** Starts the blocks one after the other, a blank line between them. */
function place(blocks: readonly Held[]): void {
  let start = 0
  for (const block of blocks) {
    block.start = start
    start += block.length + 2
  }
}

describe('quote-marks', () => {
  keptMatchesDecide('quote-marks', {}, [
    'The guide called the tunnel "a shortcut" and walked on.',
    'The baker said the oven was “too hot” for bread.',
    '“The tide came in before the boats were ready',
    '“The rest of the crew arrived at noon,” the harbour master said.',
    'A “mismatched" pair of marks.',
    '“ A space inside ” the marks.',
    'One stray closing mark ” here.',
    '"Plain marks." Then “curly ones” and "plain again".',
    'She wrote "the orchard"and left.',
    '"We will replant in spring, “ the gardener said.',
    'No quotation at all in this block.',
    '"A quotation left open by the clerk'
  ])
})

const nicknames = sourceLanguages.flatMap((data) => data.nicknames ?? [])
const acronyms = sourceLanguages.flatMap((data) => data.acronyms ?? [])

/** A made-up summary whose nickname mentions overlap in one sentence (the words of a reported one start no other). */
function overlapping(first: number, second: number, glossed: boolean): Pooled {
  const report = (start: number, end: number): Report => ({start, end, what: 'nickname', note: 'test'})
  const mentions: Mentions = {
    acronyms: [],
    nicknames: [
      {nickname: nicknames[first]!, index: 0, last: 2, sentence: 0, glossed, report: report(0, 12)},
      {nickname: nicknames[second]!, index: 1, last: 1, sentence: 0, glossed: false, report: report(4, 8)},
      {nickname: nicknames[first]!, index: 0, last: 0, sentence: 1, glossed: false, report: report(20, 24)}
    ]
  }
  return {summary: mentions, length: 30}
}

describe('untranslated-french', () => {
  const [gazette, furlough] = [acronyms.find((each) => each.acronym === 'BOE')!, acronyms.find((each) => each.acronym === 'ERTE')!]
  keptMatchesDecide(
    'untranslated-french',
    {},
    [
      'The ' + gazette.acronym + ' printed the new timetable on Monday.',
      'The timetable appeared in ' + gazette.english + ' (' + gazette.acronym + ') last week.',
      'Dock workers on an ' + furlough.acronym + ' were paid two thirds.',
      'Columnists expected the pentastellati to abstain.',
      'The Insoumis (the left bloc) walked out of the chamber.',
      'The macronistes and the pentastellati shared a table.',
      'Nobody is named in this block.'
    ],
    [overlapping(0, 1, false), overlapping(1, 0, false), overlapping(0, 2, true), overlapping(2, 1, false)]
  )
})

describe('place-names, consistent', () => {
  keptMatchesDecide('place-names', {prefer: 'consistent'}, [
    'Kyiv woke to sirens.',
    'Kiev woke to sirens.',
    'Trains ran from Kharkov to Kyiv.',
    'Kharkiv and Odesa kept their markets open.',
    'Odessa, Odessa and Kiev again.',
    'A block with no place in it.'
  ])
})
