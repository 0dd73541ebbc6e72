import {expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {only, runCase, type Case} from '../helpers.js'

/** Registers the table tests of one rule: invalid rows with their messages (and fixed text), valid rows with none. */
export function ruleTable(id: string, invalid: readonly Case[], valid: readonly Case[]): void {
  test.each(invalid)('invalid: $text', async (row) => {
    const result = await runCase(id, row)
    expect(result.messages).toEqual(row.messages)
    if (row.fixed !== undefined) expect(result.fixed).toBe(row.fixed)
  })

  test.each(valid)('valid: $text', async (row) => {
    expect((await runCase(id, row)).messages).toEqual([])
  })
}

/**
 * Lints `text` with rule `id` alone and returns its first message as plain
 * JSON. Its `fingerprint` (a hash of the text around the span, the same for
 * every rule: `tests/fix.test.ts` tests what it does) is checked to be there
 * and left out, so that each rule’s test lists the rule’s own metadata.
 */
export async function firstMessage(id: string, text: string): Promise<unknown> {
  const file = await lint(text, {rules: only(id)})
  const {fingerprint, ...message} = JSON.parse(JSON.stringify(file.messages[0])) as {fingerprint?: unknown}
  expect(fingerprint).toEqual(expect.any(Number))
  return message
}
