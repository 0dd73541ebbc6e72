import {describe, expect, test} from 'vitest'
import {parseText} from '../../src/engine/blocks.js'
import {longBlock} from '../../src/engine/pieces.js'
import {batchBlocks, batchCharacters, runRules} from '../../src/engine/run.js'
import type {ActiveRule} from '../../src/engine/settings.js'
import type {RuleContext} from '../../src/engine/types.js'
import type {Rule} from '../../src/index.js'

/** A rule that reports each block’s first word, records the `report` it was given, and throws on a block that says `boom`. */
function recordingRule(seen: Array<RuleContext<unknown>['report']>): Rule {
  return {
    create(context: RuleContext<unknown>) {
      seen.push(context.report)
      return {
        block(block: {start: number; text: string}) {
          if (block.text.includes('boom')) throw new Error('boom')
          context.report({start: block.start, end: block.start + block.text.indexOf(' '), what: 'first word', note: 'A test rule'})
        }
      }
    }
  } as unknown as Rule
}

describe('runRules: one report function per active rule, kept from one document to the next', () => {
  test('a walk that ends with a thrown error gives the function back to the next walk', () => {
    const seen: Array<RuleContext<unknown>['report']> = []
    const entry: ActiveRule = {rule: recordingRule(seen), severity: 'warn', settings: {}}
    const first = runRules('Calm words here.', 'Calm words here.', [entry])
    expect(first.findings.get(entry)!.map(({start, end}) => [start, end])).toEqual([[0, 4]])
    expect(() => runRules('A boom here.', 'A boom here.', [entry])).toThrow('boom')
    const after = runRules('Quiet prose again.', 'Quiet prose again.', [entry])
    expect(after.findings.get(entry)!.map(({start, end}) => [start, end])).toEqual([[0, 5]])
    expect(seen).toHaveLength(3)
    expect(seen[1]).toBe(seen[0])
    expect(seen[2]).toBe(seen[0])
  })
})

/**
 * A rule that logs its calls (`block`, `sentence`, `summary`, each with the
 * start of the block) into `log`, reports the first word of every sentence,
 * and sums up each block as its start.
 */
function loggingRule(log: string[]): Rule {
  return {
    create(context: RuleContext<unknown>) {
      return {
        block(block: {start: number}) {
          log.push(`block ${block.start}`)
        },
        sentence(tokens: ReadonlyArray<{start: number; end: number}>, block: {start: number}) {
          log.push(`sentence ${block.start}`)
          context.report({start: tokens[0]!.start, end: tokens[0]!.end, what: 'first word', note: 'A test rule'})
        },
        summary(block: {start: number}) {
          log.push(`summary ${block.start}`)
          return block.start
        }
      }
    }
  } as unknown as Rule
}

describe('runRules: blocks read as tokens are walked in batches, one rule at a time', () => {
  // More blocks than two batches hold; a block longer than `longBlock` (read as a tree, between batches); and blocks of
  // 7,000 characters, which end a batch by its text.
  const long = 'Long words here. '.repeat(600).trim()
  const middling = 'Mid words here. '.repeat(437).trim()
  const count = 2 * batchBlocks + 50
  const sentencesOf = (index: number) => (index === 70 ? 600 : index >= 1500 && index < 1512 ? 437 : 1)
  const paragraphs = Array.from({length: count}, (_, index) => (index === 70 ? long : sentencesOf(index) === 437 ? middling : `Words of block ${index}.`))
  const text = paragraphs.join('\n\n')
  const starts = paragraphs.map((_, index) => paragraphs.slice(0, index).reduce((sum, paragraph) => sum + paragraph.length + 2, 0))

  test('the text holds what it should test', () => {
    expect(long.length).toBeGreaterThan(longBlock)
    expect(middling.length).toBeLessThan(longBlock)
    expect(12 * middling.length).toBeGreaterThan(batchCharacters)
  })

  test('each rule sees every block in order, block, sentences and summary', () => {
    const logs = [[], []] as string[][]
    const entries: ActiveRule[] = logs.map((log) => ({rule: loggingRule(log), severity: 'warn', settings: {}}))
    const run = runRules(text, text, entries)
    const expected = starts.flatMap((start, index) => [`block ${start}`, ...Array<string>(sentencesOf(index)).fill(`sentence ${start}`), `summary ${start}`])
    expect(logs[0]).toEqual(expected)
    expect(logs[1]).toEqual(expected)
    expect(run.summaries.map((list) => list.map(({start, summary}) => [start, summary]))).toEqual([
      starts.map((start) => [start, start]),
      starts.map((start) => [start, start])
    ])
    expect(run.words).toBe((count - 13) * 4 + (600 + 12 * 437) * 3)
  })

  test('blocks read from a parsed tree are walked as those read from the text', () => {
    const fromText: string[] = []
    const fromTree: string[] = []
    const walked = (log: string[], source: Parameters<typeof runRules>[0]) => {
      const entry: ActiveRule = {rule: loggingRule(log), severity: 'warn', settings: {}}
      const run = runRules(source, text, [entry])
      return {words: run.words, findings: run.findings.get(entry)!.map(({start, end}) => [start, end])}
    }
    expect(walked(fromTree, parseText(text))).toEqual(walked(fromText, text))
    expect(fromTree).toEqual(fromText)
  })

  test('findings are made in the block they were met in', () => {
    // A rule that asks to replace each block whole: no fix where the block read is not its source (a URL masked), as in the 91st block.
    const wholeBlocks = {
      create(context: RuleContext<unknown>) {
        return {
          block(block: {start: number; text: string}) {
            context.report({start: block.start, end: block.start + block.text.length, what: 'block', expected: ['x'], note: 'A test rule'})
          }
        }
      }
    } as unknown as Rule
    const withUrl = paragraphs.map((paragraph, index) => (index === 90 ? 'See https://example.com/a today.' : paragraph)).join('\n\n')
    const entry: ActiveRule = {rule: wholeBlocks, severity: 'warn', settings: {}}
    const findings = runRules(withUrl, withUrl, [entry]).findings.get(entry)!
    expect(findings).toHaveLength(count)
    expect(findings.filter(({expected}) => expected === undefined).map(({actual}) => actual)).toEqual(['See https://example.com/a today.'])
  })
})
