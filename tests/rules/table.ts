import retextEnglish from 'retext-english'
import {retext} from 'retext'
import {expect, test} from 'vitest'
import type {VFile} from 'vfile'
import {fix, lint, rules, type Rule} from '../../src/index.js'
import {only, strings, type Case} from '../helpers.js'

type Severity = 'warn' | 'error'

/** The two ways to run one rule: `lint()` with every other rule off, and the rule’s own plugin after retext-english. */
const paths = {
  lint: (rule: Rule, text: string, severity: Severity, options?: object) => lint(text, {rules: only(rule.id, options ? [severity, options] : severity)}),
  plugin: (rule: Rule, text: string, severity: Severity, options?: object) =>
    retext()
      .use(retextEnglish)
      .use(rule.plugin, options ? [severity, options] : severity)
      .process(text)
}

/**
 * Registers the table tests of one rule: invalid rows with their messages (and
 * fixed text), valid rows with none. Each row runs through `lint()` and
 * through `rule.plugin`, as a warning and as an error, and every message of
 * every rule is held to the same contract (`expectContract`).
 */
export function ruleTable(id: string, invalid: readonly Case[], valid: readonly Case[]): void {
  const rule = rules.find((rule) => rule.id === id)
  if (!rule) throw new Error('No rule `' + id + '`')

  test.each(invalid)('invalid: $text', async (row) => {
    for (const [path, run] of Object.entries(paths)) {
      const warned = await run(rule, row.text, 'warn', row.options)
      const errored = await run(rule, row.text, 'error', row.options)
      expect(strings(warned), path).toEqual(row.messages)
      expect(strings(errored), path).toEqual(row.messages)
      expectContract(rule, row.text, warned, errored)
      if (row.fixed !== undefined) expect(fix(row.text, warned.messages), path).toBe(row.fixed)
    }
  })

  test.each(valid)('valid: $text', async (row) => {
    for (const [path, run] of Object.entries(paths)) {
      expect(strings(await run(rule, row.text, 'warn', row.options)), path).toEqual([])
    }
  })
}

/**
 * What every message of a rule holds, whichever rule: its rule’s id, package
 * and docs (or a section of them); `actual` equal to the text of its span; replacements as an
 * array, with one only if the rule is fixable; and the severity it was given
 * (a warning, or an error), one level lower when the finding is of low
 * confidence (an info, or a warning).
 */
function expectContract(rule: Rule, text: string, warned: VFile, errored: VFile): void {
  for (const [index, message] of warned.messages.entries()) {
    const shown = String(message)
    expect(message.ruleId, shown).toBe(rule.id)
    expect(message.source, shown).toBe(rule.source)
    // The rule’s doc, or a section of it (`#translated-names`) for a finding that names one.
    expect(message.url === rule.url || message.url?.startsWith(rule.url + '#'), shown + ' ' + message.url).toBe(true)
    const place = message.place
    if (!place || !('start' in place)) throw new Error('Message without a span: ' + shown)
    expect(message.actual, shown).toBe(text.slice(place.start.offset, place.end.offset))
    if (message.expected) expect(Array.isArray(message.expected), shown).toBe(true)
    if (message.expected?.length === 1) expect(rule.fixable, shown).toBe(true)
    expect(message.fingerprint, shown).toEqual(expect.any(Number))
    const lowConfidence = message.fatal === undefined
    expect([false, undefined], shown).toContain(message.fatal)
    expect(errored.messages[index]!.fatal, shown).toBe(lowConfidence ? false : true)
  }
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
