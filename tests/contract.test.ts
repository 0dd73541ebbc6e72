/**
 * The message contract (issue 15): every message’s `ruleId` is the id of a
 * rule of the `rules` map, and its `source` that rule’s package. For every
 * rule, a text that triggers it goes through each surface run in-process: the
 * API, the JSON, GitHub and SARIF reporters, `--stats`’ counts, the records
 * API, the playground’s findings, and a disable comment in Markdown and in
 * HTML, which must silence it. (The CLI and the language server, which are
 * child processes, are held to it in `tests/e2e/contract.test.ts`.)
 */
import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import ajvDraft04 from 'ajv-draft-04'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {findingsOf} from '../playground/findings.js'
import {lint, rules, type Options, type RuleSetting} from '../src/index.js'
import {lintRecords} from '../src/records/index.js'
import {github} from '../src/reporters/github.js'
import {json} from '../src/reporters/json.js'
import {density} from '../src/reporters/message.js'
import {sarifReporter} from '../src/reporters/sarif.js'
import {triggers} from './triggers.js'

const everyRule: Options = {rules: Object.fromEntries(rules.map((rule) => [rule.id, 'warn' as RuleSetting]))}
const sarif = sarifReporter(rules)

const require = createRequire(import.meta.url)
const sarifSchema = JSON.parse(await readFile(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object
// A CommonJS module with `exports.default`: Node gives the exports object, vitest’s interop the class.
const Ajv = ('default' in ajvDraft04 ? ajvDraft04.default : ajvDraft04) as typeof ajvDraft04.default

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s: one id on every surface', (id, rule) => {
  const text = triggers[id]!

  test('the API: `ruleId` is the rule’s id, `source` its package', async () => {
    const file = await lint(text, everyRule)
    const own = file.messages.filter((message) => message.ruleId === id)
    expect(own.length, text).toBeGreaterThan(0)
    for (const message of own) expect(message.source).toBe(rule.source)
    for (const message of file.messages) expect(rules.map((rule) => rule.id)).toContain(message.ruleId)
  })

  test('the reporters: JSON, GitHub annotations and SARIF (`ruleId` and `ruleIndex`), and the stats', async () => {
    const file = await lint({value: text, path: 'story.txt'}, everyRule)
    const own = file.messages.filter((message) => message.ruleId === id).length

    const report = JSON.parse(json([file], {})) as Array<{messages: Array<{ruleId: string; source: string}>}>
    expect(report[0]!.messages.filter((message) => message.ruleId === id && message.source === rule.source)).toHaveLength(own)

    expect(
      github([file], {})
        .split('\n')
        .filter((line) => line.includes(',title=' + id + '::'))
    ).toHaveLength(own)

    const log = JSON.parse(sarif([file], {})) as {
      runs: Array<{tool: {driver: {rules: Array<{id: string}>}}; results: Array<{ruleId: string; ruleIndex?: number}>}>
    }
    const run = log.runs[0]!
    const results = run.results.filter((result) => result.ruleId === id)
    expect(results).toHaveLength(own)
    for (const result of results) expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(id)
    const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
    const validate = ajv.compile(sarifSchema)
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true)

    // `--stats` counts the messages of rules (not failures to read a file).
    expect(density(file.messages, 100).findings).toBe(file.messages.length)
  })

  test('the records API and the playground', async () => {
    const results = []
    for await (const result of lintRecords([{id: 1, text}], everyRule)) results.push(result)
    expect(results[0]!.messages!.some((message) => message.ruleId === id && message.source === rule.source)).toBe(true)
    const findings = findingsOf(await lint(text, everyRule)).filter((finding) => finding.ruleKey === id)
    expect(findings.length).toBeGreaterThan(0)
    for (const finding of findings) expect(finding.rule).toBe(rule)
  })

  test.each([
    ['Markdown', 'story.md', (comment: string) => comment + '\n\n' + text + '\n'],
    ['HTML', 'story.html', (comment: string) => comment + '\n<p>' + escape(text) + '</p>\n']
  ])('a disable comment in %s silences it', async (_, path, document) => {
    const reported = await lint(new VFile({value: document(''), path}), everyRule)
    expect(reported.messages.filter((message) => message.ruleId === id).length).toBeGreaterThan(0)
    const silenced = await lint(new VFile({value: document('<!-- mtlint-disable ' + id + ' -->'), path}), everyRule)
    expect(silenced.messages.filter((message) => message.ruleId === id)).toEqual([])
  })
})

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}
