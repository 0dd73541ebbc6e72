/**
 * Property-based tests over documents built from a grammar that mixes real
 * English, the artifacts mtlint looks for, and hostile characters (see
 * `scripts/inputs/property-grammar.ts`). Seeded, so a failure reproduces; `MTLINT_PROPERTY_RUNS` runs per property (2,000 in CI).
 */
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {autofix, fix, lint} from '../src/index.js'
import {documents} from '../scripts/inputs/property-grammar.js'
import {expectPlacesInText, offsets, runs} from './property-support.js'

/** Whether `fixed` is `text` with each single-replacement span either replaced or kept, and nothing else changed. */
function onlySpansChanged(text: string, fixed: string, messages: readonly VFileMessage[]): boolean {
  const spans = messages
    .filter((message) => message.expected?.length === 1)
    .map((message) => [...offsets(message), message.expected![0]!] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
  // Walk both texts; a memo keeps this linear in (span × position) on hostile input.
  const memo = new Map<string, boolean>()
  const walk = (index: number, from: number, at: number): boolean => {
    const key = index + ':' + from + ':' + at
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    const span = spans[index]
    if (!span || span[0] < from) {
      if (span)
        result = walk(index + 1, from, at) // overlapping: skipped by the fixer
      else result = fixed.slice(at) === text.slice(from)
    } else {
      const gap = text.slice(from, span[0])
      if (fixed.slice(at, at + gap.length) !== gap) result = false
      else {
        const next = at + gap.length
        const original = text.slice(span[0], span[1])
        result =
          (fixed.startsWith(span[2], next) && walk(index + 1, span[1], next + span[2].length)) ||
          (fixed.startsWith(original, next) && walk(index + 1, span[1], next + original.length))
      }
    }
    memo.set(key, result)
    return result
  }
  return walk(0, 0, 0)
}

describe('properties of lint() and fix()', () => {
  test('lint() never throws, and every message lies in the text with consistent positions and `actual`', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        expectPlacesInText(text, (await lint(text)).messages)
      }),
      runs
    )
  })

  test('applying a message’s replacement makes that message go away', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const file = await lint(text)
        for (const message of file.messages.filter((message) => message.expected?.length === 1)) {
          const [start] = offsets(message)
          const after = await lint(fix(text, [message]))
          const again = after.messages.find((other) => other.ruleId === message.ruleId && offsets(other)[0] === start && other.actual === message.actual)
          expect(again, String(message) + ' in ' + JSON.stringify(text)).toBeUndefined()
        }
      }),
      runs
    )
  })

  test('fix() changes nothing outside the reported spans', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const file = await lint(text)
        expect(onlySpansChanged(text, fix(text, file.messages), file.messages)).toBe(true)
      }),
      runs
    )
  })

  test('messages applied to the text once fixed change nothing: each one that could apply is reported stale', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const {messages} = await lint(text)
        for (const fixed of [fix(text, messages), (await autofix(text)).value]) {
          const stale: VFileMessage[] = []
          expect(fix(fixed, messages, {onStale: (message) => stale.push(message)}), JSON.stringify(text)).toBe(fixed)
          if (fixed !== text) expect(stale.length).toBeGreaterThan(0)
        }
      }),
      runs
    )
  })

  test('fixing converges, and fixing a fixed text changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const once = await autofix(text)
        expect(once.stable, JSON.stringify(text)).toBe(true)
        expect(once.passes).toBeLessThanOrEqual(3)
        const twice = await autofix(once.value)
        expect(twice.value).toBe(once.value)
        expect(twice.passes).toBe(0)
      }),
      runs
    )
  })
})
