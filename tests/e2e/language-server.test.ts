import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {folder, root} from './cli/run.js'
import {LspClient} from './lsp-client.js'

interface Range {
  start: {line: number; character: number}
  end: {line: number; character: number}
}
interface Diagnostic {
  range: Range
  message: string
  severity: number
  code?: string
  source?: string
  data?: {expected?: string[]}
}
interface TextEdit {
  range: Range
  newText: string
}
interface CodeAction {
  title: string
  kind: string
  isPreferred?: boolean
  edit: {changes: Record<string, TextEdit[]>}
}

/** Applies LSP text edits (line/character positions) to `text`. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1)
  const offset = (position: Range['start']) => lineStarts[position.line]! + position.character
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
  let result = text
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end))
  return result
}

const article = await readFile(path.join(root, 'fixtures/afp-ukraine-2022.txt'), 'utf8')

test('language server: diagnostics on open, a quick fix from `expected`, the rc file, clean shutdown', async () => {
  // The workspace switches scraper-boilerplate off, as a project would.
  const cwd = await folder({'.mtlintrc': '{"rules": {"scraper-boilerplate": "off"}}'})
  const workspace = pathToFileURL(cwd).href
  const uri = workspace + '/afp-ukraine-2022.txt'
  const client = new LspClient('language-server')

  const initialized = await client.request<{capabilities: {codeActionProvider: unknown; textDocumentSync: number}}>('initialize', {
    processId: process.pid,
    rootUri: workspace,
    capabilities: {},
    workspaceFolders: [{uri: workspace, name: 'desk'}]
  })
  // Incremental: edits, not the whole text at each keystroke.
  expect(initialized.capabilities.textDocumentSync).toBe(2)
  expect(initialized.capabilities.codeActionProvider).toEqual({codeActionKinds: ['quickfix'], resolveProvider: true})
  client.notify('initialized', {})

  client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: article}})
  const published = await client.notification(
    (message) => message.method === 'textDocument/publishDiagnostics' && (message.params as {uri: string}).uri === uri
  )
  const diagnostics = (published.params as {diagnostics: Diagnostic[]}).diagnostics
  // The same findings as the API with the workspace’s configuration.
  const api = await lint(article, {rules: {'scraper-boilerplate': 'off'}})
  expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line + 1, diagnostic.range.start.character + 1])).toEqual(
    api.messages.map((message) => [message.ruleId, message.line, message.column])
  )
  expect(diagnostics.some((diagnostic) => diagnostic.code === 'scraper-boilerplate')).toBe(false)
  const kiev = diagnostics[0]!
  expect(kiev).toMatchObject({
    range: {start: {line: 0, character: 11}, end: {line: 0, character: 15}},
    severity: 2,
    source: 'mtlint',
    data: {expected: ['Kyiv']}
  })
  expect(kiev.message.split('\n')[0]).toBe('Unexpected `Kiev` (outdated spelling), expected `Kyiv`')

  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: {uri},
    range: kiev.range,
    context: {diagnostics: [kiev]}
  })
  expect(actions).toHaveLength(1)
  expect(actions[0]).toMatchObject({title: 'Replace `Kiev` with `Kyiv`', kind: 'quickfix', isPreferred: true})
  const edited = applyEdits(article, actions[0]!.edit.changes[uri]!)
  expect(edited).toBe(article.replace('Moscow and Kiev accuse', 'Moscow and Kyiv accuse'))

  expect(await client.request('shutdown', null)).toBeNull()
  client.notify('exit', null)
  expect(await client.exited()).toBe(0)
})

test('language server: Markdown documents, code left out', async () => {
  const cwd = await folder()
  const workspace = pathToFileURL(cwd).href
  const uri = workspace + '/story.md'
  const client = new LspClient('language-server')
  await client.request('initialize', {processId: process.pid, rootUri: workspace, capabilities: {}})
  client.notify('initialized', {})
  client.notify('textDocument/didOpen', {
    textDocument: {uri, languageId: 'markdown', version: 1, text: '# Kiev\n\n```\nKiev\n```\n\n`Kiev` and Kiev.\n'}
  })
  const published = await client.notification((message) => message.method === 'textDocument/publishDiagnostics')
  const diagnostics = (published.params as {diagnostics: Diagnostic[]}).diagnostics
  expect(diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character])).toEqual([
    [0, 2],
    [6, 11]
  ])
  await client.request('shutdown', null)
  client.notify('exit', null)
  expect(await client.exited()).toBe(0)
})
