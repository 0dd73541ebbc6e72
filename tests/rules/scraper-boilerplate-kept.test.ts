/**
 * scraper-boilerplate’s kept decision (`keepDecision`) against its
 * reference, `decide`: a document of blocks edited at random (blocks added,
 * removed, replaced, several at once), each update handed what changed; the
 * kept decision must report exactly what `decide` reports over every block.
 */
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {Block, Report, RuleContext, Summarized} from '../../src/engine/types.js'
import {rules} from '../../src/index.js'
import {runs} from '../property-support.js'

const rule = rules.find((rule) => rule.id === 'scraper-boilerplate')!
const settings = rule.settings(undefined)

// Invented blocks: headlines printed twice (whole, cut short, across blocks and within one), furniture lines, a stray
// mark, bylines, closing labels, prose, a block without lines, and a block that is one line of furniture.
const pool = [
  'Harbour cranes stall as dockers strike',
  'Harbour cranes stall as dockers strike',
  'Harbour cranes stall as dockers',
  'Harbour cranes stall as dockers strike\nHarbour cranes stall as dockers strike',
  'Night trains: Rail operator revives sleeper line to the coast',
  'Rail operator revives sleeper line to the coast',
  'Night trains',
  'The port reopened on Tuesday after a week of talks.',
  'Unions said the deal covers wages.\nIt runs for three years.',
  'Leave a Reply',
  'Related Stories',
  'Share',
  'OK',
  'Subscribe to our newsletter',
  'Photo: Lena Ortiz/AFP',
  '.',
  'Tomas Reyes\nTomas Reyes',
  'Tomas Reyes',
  'Most Viewed',
  'Ines Marlow',
  '   ',
  'Read also: Ferry fares rise for the summer'
]

interface Doc {
  texts: string[]
  placed: Array<Summarized<unknown>>
}

function summarize(text: string): unknown {
  const visitor = rule.create({settings, text, report() {}, claimedByOthers: () => false})
  const block: Block = {text, start: 0, paragraphs: [], nodeBase: 0}
  visitor.block!(block)
  return visitor.summary!(block)
}

/** The document’s text, its blocks placed where they now stand (the same objects while a block is kept). */
function place(doc: Doc): string {
  let start = 0
  for (const [index, text] of doc.texts.entries()) {
    doc.placed[index]!.start = start
    start += text.length + 2
  }
  return doc.texts.join('\n\n')
}

function reports(decision: (context: RuleContext<unknown>) => void, text: string): Report[] {
  const found: Report[] = []
  decision({settings, text, report: (report) => found.push(report), claimedByOthers: () => false})
  return found
}

const edit = fc.oneof(
  // Mostly one block at a time: several at once in a short document is decided whole.
  fc.record({kind: fc.constant('add' as const), at: fc.nat(), blocks: fc.array(fc.nat({max: pool.length - 1}), {minLength: 1, maxLength: 3})}),
  fc.record({kind: fc.constant('remove' as const), at: fc.nat(), count: fc.integer({min: 1, max: 3})}),
  fc.record({kind: fc.constant('replace' as const), at: fc.nat(), block: fc.nat({max: pool.length - 1})})
)

describe('scraper-boilerplate kept decision', () => {
  test('reports what decide reports, update after update', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({max: pool.length - 1}), {minLength: 6, maxLength: 48}), fc.array(edit, {minLength: 1, maxLength: 12}), (start, edits) => {
        const doc: Doc = {texts: [], placed: []}
        const added: Array<Summarized<unknown>> = []
        for (const pick of start) {
          doc.texts.push(pool[pick]!)
          doc.placed.push({start: 0, summary: summarize(pool[pick]!)})
        }
        added.push(...doc.placed)
        const kept = rule.keepDecision!(settings)
        let text = place(doc)
        kept.update({settings, text, report() {}, claimedByOthers: () => false}, doc.placed, {removed: [], added})
        for (const change of edits) {
          const removed: Array<Summarized<unknown>> = []
          const fresh: Array<Summarized<unknown>> = []
          const at = doc.texts.length === 0 ? 0 : change.at % (doc.texts.length + (change.kind === 'add' ? 1 : 0))
          if (change.kind === 'add') {
            const texts = change.blocks.map((pick) => pool[pick]!)
            fresh.push(...texts.map((blockText) => ({start: 0, summary: summarize(blockText)})))
            doc.texts.splice(at, 0, ...texts)
            doc.placed.splice(at, 0, ...fresh)
          } else if (change.kind === 'remove') {
            doc.texts.splice(at, change.count)
            removed.push(...doc.placed.splice(at, change.count))
          } else if (doc.texts.length > 0) {
            const blockText = pool[change.block]!
            const one = {start: 0, summary: summarize(blockText)}
            doc.texts[at] = blockText
            removed.push(...doc.placed.splice(at, 1, one))
            fresh.push(one)
          }
          text = place(doc)
          const actual = reports((context) => kept.update(context, doc.placed, {removed, added: fresh}), text)
          const expected = reports((context) => rule.decide!(context, doc.placed), text)
          expect(actual).toEqual(expected)
        }
      }),
      runs
    )
  })

  test('the blocks of this test hold findings of every kind the decision makes', () => {
    const texts = [pool[4]!, pool[5]!, pool[7]!, pool[0]!, pool[0]!, pool[9]!, pool[10]!, pool[15]!, pool[7]!, pool[16]!, pool[7]!, pool[19]!]
    const placed = texts.map((text) => ({start: 0, summary: summarize(text)}))
    const text = place({texts, placed})
    const found = reports((context) => rule.decide!(context, placed), text).map((report) => report.what)
    expect(found).toEqual(['repeated headline', 'repeated headline', 'page furniture', 'stray mark', 'repeated byline', 'label after the last sentence'])
  })
})
