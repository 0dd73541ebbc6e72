import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {frenchDates, frenchTypography} from '../../rules/index.js'
import type {StyleMatch} from '../../src/engine/pattern-rule.js'
import type {Rule} from '../../src/engine/rule.js'
import type {Block, Report, Summarized} from '../../src/engine/types.js'
import {runs} from '../property-support.js'

/**
 * A pattern rule’s kept decision (`keepDecision`) against its reference
 * (`decide`): after every update of a document (blocks removed, added,
 * edited, moved), `update` reports exactly what `decide` reports over every
 * block’s summary.
 */

// Invented blocks: times on either clock, dates in either order, both, and none.
// prettier-ignore
const texts = [
  'The ferry left at 21:40 and the pier closed.',
  'It docked at 7 a.m. on the dot.',
  'Rehearsals ran until 14:05, and again at 3 p.m.',
  'The fair opened on 3 April and closed on 9 May.',
  'The fair opened on April 3 and closed on May 9, 2021.',
  'Harvest ended on 12 October, at 18:30.',
  'Nothing here but words.',
  'Trains ran at 20:15, then at 8 p.m. on June 4.',
  'A bell rang at 11 p.m.'
]

type Styled = Summarized<StyleMatch[] | undefined>

/** The summary a rule’s handlers make of `text` as a block of its own. */
function summaryOf(rule: Rule, text: string): StyleMatch[] | undefined {
  const visitor = rule.create({settings: rule.settings(undefined), text, report() {}, claimedByOthers: () => false})
  const block: Block = {text, start: 0, paragraphs: [], nodeBase: 0}
  visitor.block!(block)
  return visitor.summary!(block) as StyleMatch[] | undefined
}

/** A step of an edit: blocks removed, texts inserted (a place and a text), a block moved, a block edited (its text replaced). */
const steps = fc.array(
  fc.record({
    remove: fc.array(fc.nat(), {maxLength: 3}),
    insert: fc.array(fc.tuple(fc.nat(), fc.nat(texts.length - 1)), {maxLength: 3}),
    move: fc.option(fc.tuple(fc.nat(), fc.nat())),
    edit: fc.option(fc.tuple(fc.nat(), fc.nat(texts.length - 1)))
  }),
  {maxLength: 8}
)

describe.each([
  ['french-typography', frenchTypography],
  ['french-dates', frenchDates]
])('%s: the kept decision reports what the decision does', (_, rule) => {
  const summaries = texts.map((text) => summaryOf(rule, text))

  test('the blocks hold matches of both styles of a group', () => {
    expect(summaries.filter((summary) => summary !== undefined).length).toBeGreaterThan(2)
  })

  test('after random updates', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(texts.length - 1), {maxLength: 8}), steps, (initial, edits) => {
        const kept = rule.keepDecision!(rule.settings(undefined))
        const decide = rule.decide!
        let lengths = new Map<Styled, number>()
        let document: Styled[] = []
        const block = (index: number): Styled => {
          const made: Styled = {start: 0, summary: summaries[index]}
          lengths.set(made, texts[index]!.length)
          return made
        }
        // Blocks keep their objects; their starts follow the blocks before them.
        const place = () => {
          let at = 0
          for (const summarized of document) {
            summarized.start = at
            at += lengths.get(summarized)! + 2
          }
        }
        const reports = (run: (report: (report: Report) => void) => void) => {
          const made: Report[] = []
          run((report) => made.push(report))
          return made
        }
        const check = (removed: Styled[], added: Set<Styled>) => {
          place()
          const context = (report: (report: Report) => void) => ({settings: undefined, text: '', report, claimedByOthers: () => false})
          const updated = reports((report) => kept.update(context(report), document, {removed, added: document.filter((block) => added.has(block))}))
          expect(updated).toEqual(reports((report) => decide(context(report), document)))
        }

        document = initial.map(block)
        check([], new Set(document))
        for (const {remove, insert, move, edit} of edits) {
          const removed: Styled[] = []
          const added = new Set<Styled>()
          for (const index of remove) {
            if (document.length === 0) break
            removed.push(...document.splice(index % document.length, 1))
          }
          for (const [at, text] of insert) {
            const made = block(text)
            document.splice(at % (document.length + 1), 0, made)
            added.add(made)
          }
          if (move && document.length > 1) {
            // A block that changes places comes as removed and added, the same object.
            const [moved] = document.splice(move[0] % document.length, 1)
            document.splice(move[1] % (document.length + 1), 0, moved!)
            if (!added.has(moved!)) {
              removed.push(moved!)
              added.add(moved!)
            }
          }
          if (edit && document.length > 0) {
            const index = edit[0] % document.length
            const old = document[index]!
            if (added.delete(old)) lengths.delete(old)
            else removed.push(old)
            document[index] = block(edit[1])
            added.add(document[index]!)
          }
          check(removed, added)
          lengths = new Map(document.map((summarized) => [summarized, lengths.get(summarized)!]))
        }
      }),
      runs
    )
  })
})
