import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, expect, test} from 'vitest'
import {fix, lint} from '../../src/index.js'
import {folder, root} from './cli/run.js'
import {LspClient} from './lsp-client.js'
import {applyEdits, expectedDiagnostics, lineStarts, positionAt, summary, type CodeAction, type Diagnostic, type Range} from '../lsp-protocol.js'

/**
 * The language server soak test: a long session of what editors send, in
 * random order from a fixed seed, against one server. It must stay alive and
 * end with exactly the diagnostics `lint()` gives for the final text.
 */

/** A small seeded generator (mulberry32), so that a failure reproduces. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

const random = generator(20_261_127)
const below = (count: number) => Math.floor(random() * count)
const pick = <Item>(items: readonly Item[]): Item => items[below(items.length)]!

// What the edits insert: artifacts, their fixes, words, line breaks of every
// kind, and characters of two UTF-16 units or several code points.
// prettier-ignore
const insertions = [
  'Kiev', 'Kyiv', 'MM. ', 'M. ', '« ', ' »', '”', '“', 'a ” immediate', '150 000', ' the the ', 'said', 'talks ',
  '\n', '\n\n', '\r\n', '\r', '👍🏽', '🇺🇦', 'é', 'e\u0301', ' ', ''
]

/** An offset a position can name: none falls inside a `\r\n` (LSP reads a character past a line’s end as its end). */
function reachable(text: string, offset: number): number {
  return text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset
}

/** The seed article and the machine-translated fixtures: several thousand words, hundreds of findings. */
function article(): string {
  const folderPath = path.join(root, 'fixtures/mt')
  const texts = readdirSync(folderPath)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(folderPath, name), 'utf8'))
  return [readFileSync(path.join(root, 'fixtures/afp-ukraine-2022.txt'), 'utf8'), ...texts].join('\n\n')
}

/** The editor’s copy of a document, and the change notifications that keep the server’s copy equal to it. */
class Document {
  version = 1
  constructor(
    readonly uri: string,
    public text: string
  ) {}

  /** A random edit, sent as incremental changes (one or two, the second against the text after the first) or as the full text. */
  edit(client: LspClient): void {
    const changes: object[] = []
    const full = random() < 0.2
    for (let count = full ? 1 : 1 + below(2); count > 0; count--) {
      const start = reachable(this.text, below(this.text.length + 1))
      const end = Math.max(start, reachable(this.text, Math.min(this.text.length, start + below(24))))
      const value = pick(insertions)
      const starts = lineStarts(this.text)
      const range = {start: positionAt(this.text, start, starts), end: positionAt(this.text, end, starts)}
      this.text = this.text.slice(0, start) + value + this.text.slice(end)
      if (!full) changes.push({range, text: value})
    }
    if (full) changes.push({text: this.text})
    this.version++
    client.notify('textDocument/didChange', {textDocument: {uri: this.uri, version: this.version}, contentChanges: changes})
  }

  open(client: LspClient): void {
    client.notify('textDocument/didOpen', {textDocument: {uri: this.uri, languageId: 'plaintext', version: this.version, text: this.text}})
  }
}

/** A range anywhere in the text or past it: lines and characters beyond the end, reversed ends. */
function anyRange(text: string): Range {
  const lines = lineStarts(text).length
  const position = () => ({line: below(lines + 3), character: below(random() < 0.1 ? 100_000 : 120)})
  return {start: position(), end: position()}
}

/** Messages that are not JSON-RPC an editor should send, each framed correctly. */
// prettier-ignore
const malformed = [
  '{"jsonrpc": "2.0", "method": ',
  '[1, 2, 3]',
  '42',
  '{"jsonrpc": "2.0", "id": "x", "method": "textDocument/codeAction", "params": {"textDocument": {"uri": 5}, "context": null}}',
  '{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": null}',
  '{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": 5, "text": 7}}}',
  '{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nowhere.txt", "version": 2}, "contentChanges": null}}',
  '{"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {}}}',
  '{"jsonrpc": "2.0", "id": 999999, "method": "no/suchMethod", "params": {}}',
  '{"jsonrpc": "2.0", "id": 1000000, "result": "an answer to no request"}'
]

const clients: LspClient[] = []
afterEach(() => {
  for (const client of clients.splice(0)) client.child.kill()
})

test('language server soak: 500 random edits, reopening, code actions anywhere, malformed messages and a 5 MB document', async () => {
  const cwd = await folder({'package.json': '{}'})
  const workspace = pathToFileURL(cwd).href
  const client = new LspClient('language-server')
  clients.push(client)
  await client.request('initialize', {processId: process.pid, capabilities: {}, rootUri: workspace, workspaceFolders: [{uri: workspace, name: 'desk'}]})
  client.notify('initialized', {})

  const document = new Document(workspace + '/soak.txt', article())
  expect((await lint(document.text)).messages.length).toBeGreaterThan(200)
  document.open(client)
  await client.diagnostics(document.uri, 1)

  let lastEdit = 0
  let reopened = 0
  for (let edit = 1; edit <= 500; edit++) {
    document.edit(client)
    lastEdit = performance.now()
    if (edit % 100 === 50) {
      // Closed, then opened again as editors do: from version 1.
      client.notify('textDocument/didClose', {textDocument: {uri: document.uri}})
      reopened = client.notifications.length
      document.version = 1
      document.open(client)
    }
    if (edit % 25 === 12) {
      const actions = await client.request<CodeAction[] | null>('textDocument/codeAction', {
        textDocument: {uri: document.uri},
        range: anyRange(document.text),
        context: {diagnostics: client.published(document.uri).at(-1)?.diagnostics.slice(0, 3) ?? []}
      })
      expect(Array.isArray(actions)).toBe(true)
    }
    if (edit === 300) {
      for (const body of malformed) client.writeRaw('Content-Length: ' + Buffer.byteLength(body) + '\r\n\r\n' + body)
    }
    // Bursts of edits as fast as a client can send them, pauses short and long (the server lints after 100 ms of quiet).
    if (random() < 0.15) await new Promise((resolve) => setTimeout(resolve, pick([20, 60, 150, 300])))
  }

  // The diagnostics of the last version are those of the API for the final text.
  const diagnostics = await client.diagnostics<Diagnostic>(document.uri, document.version, reopened)
  const settled = performance.now() - lastEdit
  const file = await lint(document.text)
  expect(diagnostics.map(summary)).toEqual(expectedDiagnostics(file))

  // A quick fix on the current diagnostics edits the text as `fix()` does.
  for (const index of [0, Math.floor(diagnostics.length / 2), diagnostics.length - 1]) {
    const message = file.messages[index]!
    if (message.expected?.length !== 1) continue
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri: document.uri},
      range: diagnostics[index]!.range,
      context: {diagnostics: [diagnostics[index]]}
    })
    expect(applyEdits(document.text, actions[0]!.edit.changes[document.uri]!)).toBe(fix(document.text, [message]))
  }

  // A 5 MB document gets its diagnostics too, and so does the first one after it is closed.
  const large = new Document(workspace + '/large.txt', '')
  while (large.text.length < 5_000_000) large.text += document.text + '\n\n'
  large.open(client)
  // Linting 5 MB takes seconds, and a loaded machine many more: the API lints it here while the server does.
  const largeFile = await lint(large.text)
  const largeDiagnostics = await client.diagnostics<Diagnostic>(large.uri, 1, 0, 300_000)
  expect(largeDiagnostics.map(summary)).toEqual(expectedDiagnostics(largeFile))
  client.notify('textDocument/didClose', {textDocument: {uri: large.uri}})

  const before = client.notifications.length
  document.edit(client)
  expect((await client.diagnostics<Diagnostic>(document.uri, document.version, before)).map(summary)).toEqual(expectedDiagnostics(await lint(document.text)))

  expect(client.alive).toBe(true)
  expect(await client.request('shutdown', null)).toBeNull()
  // Whatever came late, the last diagnostics of each document are those of its last version (or none, once closed).
  expect(client.published(document.uri).at(-1)?.version).toBe(document.version)
  expect(client.published(large.uri).at(-1)).toEqual({uri: large.uri, version: 1, diagnostics: []})
  client.notify('exit', null)
  expect(await client.exited()).toBe(0)
  // Measured, not asserted: the README quotes it.
  console.info('language server soak: last diagnostics ' + Math.round(settled) + ' ms after the last edit')
}, 600_000)
