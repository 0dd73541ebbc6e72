import {pathToFileURL} from 'node:url'
import {afterEach, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {folder} from '../cli/run.js'
import {LspClient} from '../lsp-client.js'
import {expectedDiagnostics, summary, type Diagnostic} from '../lsp-protocol.js'

const clients: LspClient[] = []
afterEach(() => {
  for (const client of clients.splice(0)) client.child.kill()
})

/** Starts a server and initializes it with `params` (workspace folders, root). */
async function start(params: object): Promise<LspClient> {
  const client = new LspClient('language-server')
  clients.push(client)
  await client.request('initialize', {processId: process.pid, capabilities: {}, ...params})
  client.notify('initialized', {})
  return client
}

/** `count` sentences, ten to a line; each names `Kiev` (one finding) when `outdated`. */
function sentences(count: number, outdated = true): string {
  const sentence = outdated ? 'Talks in Kiev went on. ' : 'Talks in Kyiv went on. '
  let text = ''
  for (let index = 0; index < count; index++) text += sentence + (index % 10 === 9 ? '\n' : '')
  return text
}

// unified-language-server hands unified-engine a report stream nothing reads:
// past ~16 KB of report (~150 findings) the engine never called back and the
// document never got diagnostics.
test.each([
  {findings: 0, text: sentences(40, false)},
  {findings: 10, text: sentences(10)},
  {findings: 1000, text: sentences(1000)},
  {findings: 20_000, text: sentences(20_000)}
])('language server: a document with $findings findings gets every diagnostic', async ({findings, text}) => {
  const workspace = pathToFileURL(await folder()).href
  const uri = workspace + '/talks.txt'
  const client = await start({rootUri: workspace, workspaceFolders: [{uri: workspace, name: 'desk'}]})
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})

  const diagnostics = await client.diagnostics<Diagnostic>(uri, 1)
  const expected = expectedDiagnostics(await lint(text))
  expect(expected).toHaveLength(findings)
  expect(diagnostics.map(summary)).toEqual(expected)
})
