import {describe, expect, test} from 'vitest'
import {runRules} from '../../src/engine/run.js'
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
