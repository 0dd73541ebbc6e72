/**
 * The message contract (issue 15) through the built CLI and the language
 * server: for every rule, a file that triggers it shows the rule’s id in
 * every reporter and as the diagnostic `code`, and a disable comment naming
 * the id silences it. (The in-process surfaces: `tests/contract.test.ts`.)
 */
import {pathToFileURL} from 'node:url'
import {describe, expect, test} from 'vitest'
import {rules} from '../../src/index.js'
import {triggers} from '../triggers.js'
import {folder, mtlint} from './cli/run.js'
import {LspClient} from './lsp-client.js'

const ids = rules.map((rule) => rule.id)
const everyRule = JSON.stringify({rules: Object.fromEntries(ids.map((id) => [id, 'warn']))})
// One file per rule, named after it, holding the rule’s trigger; and the same in Markdown after a disable comment.
const files: Record<string, string> = {'.mtlintrc': everyRule}
for (const id of ids) {
  files['triggers/' + id + '.txt'] = triggers[id]! + '\n'
  files['disabled/' + id + '.md'] = '<!-- mtlint-disable ' + id + ' -->\n\n' + triggers[id]! + '\n'
}
const cwd = await folder(files)

describe('every rule’s id through the CLI', () => {
  test('--report json: `ruleId` and `source`', async () => {
    const result = await mtlint(['triggers', '--report', 'json'], cwd)
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; source: string}>}>
    for (const rule of rules) {
      const messages = report.find((file) => file.path === 'triggers/' + rule.id + '.txt')!.messages
      expect(
        messages.some((message) => message.ruleId === rule.id && message.source === rule.source),
        rule.id
      ).toBe(true)
      for (const message of messages) expect(ids).toContain(message.ruleId)
    }
  })

  test('--report github: the title of each annotation', async () => {
    const lines = (await mtlint(['triggers', '--report', 'github'], cwd)).stdout.split('\n').filter(Boolean)
    for (const id of ids)
      expect(
        lines.some((line) => line.includes('file=triggers/' + id + '.txt,') && line.includes(',title=' + id + '::')),
        id
      ).toBe(true)
    for (const line of lines) expect(ids).toContain(/,title=([^:]+)::/.exec(line)![1])
  })

  test('--report sarif: `ruleId`, and `ruleIndex` into the rules of the driver', async () => {
    const log = JSON.parse((await mtlint(['triggers', '--report', 'sarif'], cwd)).stdout) as {
      runs: Array<{tool: {driver: {rules: Array<{id: string}>}}; results: Array<{ruleId: string; ruleIndex: number}>}>
    }
    const run = log.runs[0]!
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
    expect(new Set(run.results.map((result) => result.ruleId))).toEqual(new Set(ids))
  })

  test('the pretty report: the rule id and source of each message', async () => {
    const {stderr} = await mtlint(['triggers'], cwd)
    for (const rule of rules) expect(stderr, rule.id).toMatch(new RegExp(' ' + rule.id + ' +' + rule.source + '\n'))
  })

  test('a disable comment naming the id silences the rule', async () => {
    const report = JSON.parse((await mtlint(['disabled', '--report', 'json'], cwd)).stdout) as Array<{
      path: string
      messages: Array<{ruleId: string}>
    }>
    for (const id of ids) {
      const messages = report.find((file) => file.path === 'disabled/' + id + '.md')!.messages
      expect(
        messages.filter((message) => message.ruleId === id),
        id
      ).toEqual([])
    }
  })
})

test('every rule’s id as the diagnostic code of the language server', async () => {
  const client = new LspClient('language-server')
  const workspace = pathToFileURL(cwd).href
  await client.request('initialize', {processId: process.pid, rootUri: workspace, capabilities: {}})
  client.notify('initialized', {})
  for (const rule of rules) {
    const uri = workspace + '/triggers/' + rule.id + '.txt'
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: files['triggers/' + rule.id + '.txt']}})
    const published = await client.notification(
      (message) => message.method === 'textDocument/publishDiagnostics' && (message.params as {uri: string}).uri === uri
    )
    const diagnostics = (published.params as {diagnostics: Array<{code?: string; source?: string}>}).diagnostics
    expect(
      diagnostics.some((diagnostic) => diagnostic.code === rule.id && diagnostic.source === rule.source),
      rule.id
    ).toBe(true)
  }
  await client.request('shutdown', null)
  client.notify('exit', null)
  expect(await client.exited()).toBe(0)
})
