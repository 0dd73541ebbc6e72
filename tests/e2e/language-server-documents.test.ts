import {pathToFileURL} from 'node:url'
import {afterEach, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {folder} from './cli/run.js'
import {LspClient} from './lsp-client.js'
import {applyEdits, expectedDiagnostics, summary, type CodeAction, type Diagnostic} from '../lsp-protocol.js'

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
  {label: 'no', findings: 0, text: sentences(40, false)},
  {label: '10', findings: 10, text: sentences(10)},
  {label: '1,000', findings: 1000, text: sentences(1000)},
  {label: '20,000', findings: 20_000, text: sentences(20_000)}
])('language server: a document with $label findings gets every diagnostic', async ({findings, text}) => {
  const workspace = pathToFileURL(await folder()).href
  const uri = workspace + '/talks.txt'
  const client = await start({rootUri: workspace, workspaceFolders: [{uri: workspace, name: 'desk'}]})
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})

  const diagnostics = await client.diagnostics<Diagnostic>(uri, 1)
  const expected = expectedDiagnostics(await lint(text))
  expect(expected).toHaveLength(findings)
  expect(diagnostics.map(summary)).toEqual(expected)
})

const kiev = 'Talks in Kiev went on.\n\n`Kiev` is code.\n'

// An `untitled:` buffer, a notebook cell: unified-language-server turned every
// URI into a path, which threw outside any handler. With no workspace folder the
// process exited; with one, the document got nothing.
test.each([
  {session: 'a workspace folder', uri: 'untitled:Untitled-1', languageId: 'plaintext', format: 'text' as const},
  {session: 'a root URI only', uri: 'untitled:Untitled-2', languageId: 'plaintext', format: 'text' as const},
  {session: 'a workspace folder', uri: 'vscode-notebook-cell:/desk/notes.ipynb#W0sZmlsZQ%3D%3D', languageId: 'markdown', format: 'markdown' as const},
  {session: 'a workspace folder', uri: 'untitled:Untitled-3', languageId: 'html', format: 'html' as const}
])('language server: $uri ($languageId) in a session with $session is linted with the root’s configuration', async ({session, uri, languageId, format}) => {
  const cwd = await folder({'.mtlintrc': '{"rules": {"place-names": "error"}}'})
  const workspace = pathToFileURL(cwd).href
  const client = await start(session === 'a workspace folder' ? {rootUri: null, workspaceFolders: [{uri: workspace, name: 'desk'}]} : {rootUri: workspace})
  const text = format === 'html' ? '<p>Talks in Kiev went on.</p>\n<code>Kiev</code>\n' : kiev
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})

  const diagnostics = await client.diagnostics<Diagnostic>(uri, 1)
  // The workspace root’s `.mtlintrc` makes `Kiev` an error; the language id, the format.
  const expected = expectedDiagnostics(await lint(text, {format, rules: {'place-names': 'error'}}))
  expect(expected.map((diagnostic) => diagnostic.severity)).toEqual(format === 'text' ? [1, 1] : [1])
  expect(diagnostics.map(summary)).toEqual(expected)

  // Its quick fix edits the editor’s document, and closing it clears its diagnostics.
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: {uri},
    range: diagnostics[0]!.range,
    context: {diagnostics: [diagnostics[0]]}
  })
  expect(actions.map((action) => Object.keys(action.edit.changes))).toEqual([[uri]])
  client.notify('textDocument/didClose', {textDocument: {uri}})
  await client.notification(
    (message) => message.method === 'textDocument/publishDiagnostics' && equal(message.params, {uri, version: 1, diagnostics: []}),
    'empty diagnostics for the closed document'
  )
})

test.each([
  {session: 'a null root', params: {rootUri: null}},
  {session: 'null workspace folders and root', params: {rootUri: null, workspaceFolders: null}}
])('language server: with $session, an `untitled:` document is refused in the log, and the server goes on', async ({params}) => {
  // With no workspace, unified-language-server finds a file’s project by its `package.json`.
  const cwd = await folder({'package.json': '{}'})
  const client = await start(params)
  client.notify('textDocument/didOpen', {textDocument: {uri: 'untitled:Untitled-1', languageId: 'plaintext', version: 1, text: kiev}})
  client.notify('textDocument/didChange', {textDocument: {uri: 'untitled:Untitled-1', version: 2}, contentChanges: [{text: kiev + kiev}]})
  const logged = await client.notification(
    (message) => message.method === 'window/logMessage' && String((message.params as {message: string}).message).includes('untitled:Untitled-1'),
    'a log line about the untitled document'
  )
  expect((logged.params as {message: string}).message).toBe(
    'mtlint: not linting `untitled:Untitled-1`: it is not a file, and there is no workspace folder to read its configuration from'
  )

  const uri = pathToFileURL(cwd).href + '/talks.txt'
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: kiev}})
  expect((await client.diagnostics<Diagnostic>(uri, 1)).map(summary)).toEqual(expectedDiagnostics(await lint(kiev)))
  expect(client.published('untitled:Untitled-1')).toEqual([])
  expect(await client.request('shutdown', null)).toBeNull()
  client.notify('exit', null)
  expect(await client.exited()).toBe(0)
})

function equal(actual: unknown, expected: unknown): boolean {
  return JSON.stringify(actual) === JSON.stringify(expected)
}

// A quick fix replaces the range its diagnostic names: that of a diagnostic
// from an older text (an editor shows them until newer ones come) may now hold
// other words, which the server replaced.
test('language server: no quick fix for a diagnostic of an older text; one for the same finding once current', async () => {
  const workspace = pathToFileURL(await folder()).href
  const uri = workspace + '/talks.txt'
  const client = await start({rootUri: workspace})
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: 'Talks in Kiev went on.'}})
  const [old] = await client.diagnostics<Diagnostic>(uri, 1)
  expect(old!.range).toEqual({start: {line: 0, character: 9}, end: {line: 0, character: 13}})

  client.notify('textDocument/didChange', {
    textDocument: {uri, version: 2},
    contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'Peace '}]
  })
  const codeAction = (diagnostic: Diagnostic) =>
    client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
  expect(await codeAction(old!)).toEqual([])

  const [current] = await client.diagnostics<Diagnostic>(uri, 2)
  const actions = await codeAction(current!)
  expect(applyEdits('Peace Talks in Kiev went on.', actions[0]!.edit.changes[uri]!)).toBe('Peace Talks in Kyiv went on.')
  expect(await codeAction(old!)).toEqual([])
})
