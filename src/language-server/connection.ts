import languageServer from 'vscode-languageserver/node.js'
import {DocumentUris} from './document-uris.js'
import {Sync} from './sync.js'

type Handler = (params: any, ...rest: unknown[]) => unknown
type Register = (handler: Handler) => unknown

/** What of vscode-languageserver’s connection the adapter touches. */
export interface Connection {
  console: {warn(message: string): void}
  onInitialize: Register
  onDidOpenTextDocument: Register
  onDidChangeTextDocument: Register
  onDidCloseTextDocument: Register
  onDidSaveTextDocument: Register
  onWillSaveTextDocument: Register
  onWillSaveTextDocumentWaitUntil: Register
  onCodeAction: Register
  onDocumentFormatting: Register
  sendDiagnostics(params: {uri: string; version?: number; diagnostics: unknown[]}): unknown
}

// LSP's `TextDocumentSyncKind.Incremental`.
const incremental = 2

// Messages about one document that need the server to hold its latest text, by the handler that registers for them.
const aboutADocument = ['onDidSaveTextDocument', 'onWillSaveTextDocument', 'onWillSaveTextDocumentWaitUntil', 'onDocumentFormatting'] as const

/**
 * Adapts the connection unified-language-server serves the editor through
 * (in place, before it registers a handler): each document it is given has
 * a URI it can lint, or is refused with a line in the editor’s log (see
 * `DocumentUris`), and a version of its own, its changes gathered (see
 * `Sync`); what it sends back names the editor’s document and version,
 * diagnostics of a text it no longer holds are dropped, and quick fixes are
 * offered for the diagnostics of the text it holds only. A document it cannot
 * lint, or a malformed change, must never reach it: it would throw outside
 * any handler, and the process would exit.
 */
export function adapt<Adapted extends Connection>(connection: Adapted, sync = new Sync()): Adapted {
  let uris = new DocumentUris()
  // The diagnostics last published for each document, as keys, and the server’s version of their text.
  const published = new Map<string, {version: number; keys: Set<string>}>()
  const original = {...connection}
  const about = (params: any) => params?.textDocument?.uri as unknown
  const log = (message: string) => connection.console.warn('mtlint: ' + message)

  connection.onInitialize = (handler) =>
    original.onInitialize(async (params, ...rest) => {
      uris = new DocumentUris(rootOf(params))
      const result = (await handler(params, ...rest)) as {capabilities?: object}
      // Edits, not the whole text at each keystroke (unified-language-server asks for the whole text; its documents take either).
      return {...result, capabilities: {...result?.capabilities, textDocumentSync: incremental}}
    })
  connection.onDidOpenTextDocument = (handler) =>
    original.onDidOpenTextDocument((params, ...rest) => {
      const opened = uris.open(about(params), params?.textDocument?.languageId)
      if ('refusal' in opened) return log('not linting ' + opened.refusal)
      const {text, version} = params.textDocument
      if (typeof text !== 'string' || !Number.isInteger(version)) {
        uris.close(about(params))
        return log('not linting `' + about(params) + '`: its text or version is missing')
      }
      return handler({...params, textDocument: {...params.textDocument, uri: opened.uri, version: sync.open(opened.uri, version)}}, ...rest)
    })
  connection.onDidChangeTextDocument = (handler) =>
    original.onDidChangeTextDocument((params, ...rest) => {
      const uri = uris.server(about(params))
      if (uri === undefined) return
      const version: unknown = params.textDocument.version
      const changes: unknown = params.contentChanges
      if (!Number.isInteger(version) || !Array.isArray(changes) || !changes.every(isChange)) {
        return log('ignoring a malformed change to `' + about(params) + '`')
      }
      // No change (the server would not take the version either).
      if (changes.length === 0) return
      sync.change(uri, version as number, changes, (gathered, serverVersion) =>
        handler({textDocument: {uri, version: serverVersion}, contentChanges: gathered}, ...rest)
      )
    })
  for (const name of aboutADocument) {
    connection[name] = (handler) =>
      original[name]((params, ...rest) => {
        const uri = uris.server(about(params))
        if (uri === undefined) return null
        sync.flush(uri)
        return handler(withUri(params, uri), ...rest)
      })
  }
  connection.onDidCloseTextDocument = (handler) =>
    original.onDidCloseTextDocument((params, ...rest) => {
      const uri = uris.server(about(params))
      if (uri === undefined) return
      sync.flush(uri)
      handler(withUri(params, uri), ...rest)
      sync.forget(uri)
      published.delete(uri)
      uris.close(about(params))
    })
  connection.onCodeAction = (handler) =>
    original.onCodeAction(async (params, ...rest) => {
      const uri = uris.server(about(params))
      if (uri === undefined) return null
      sync.flush(uri)
      const actions = (await handler(withCurrentDiagnostics(withUri(params, uri), uri), ...rest)) as CodeAction[] | null | undefined
      return actions?.map((action) => ({...action, edit: action.edit && {...action.edit, changes: clientChanges(action.edit.changes)}}))
    })
  connection.sendDiagnostics = (params) => {
    const uri = uris.client(params.uri)
    const version = sync.published(params.uri, params.version)
    // Diagnostics of an older text, or of a document closed since: the editor has newer ones coming, or none.
    if (uri === undefined || version === undefined) return
    published.set(params.uri, {version: params.version!, keys: new Set(params.diagnostics.map(diagnosticKey))})
    return original.sendDiagnostics({...params, uri, version})
  }
  return connection

  /**
   * Keeps, of the diagnostics a code action request names, those the server
   * published for the text it holds: a quick fix replaces the range a
   * diagnostic names, and the range of one from an older text (the editor
   * shows them until newer ones come) may now hold other words.
   */
  function withCurrentDiagnostics(params: any, uri: string): unknown {
    const diagnostics: unknown = params.context?.diagnostics
    if (!Array.isArray(diagnostics)) return params
    const latest = published.get(uri)
    const keys = latest && latest.version === sync.version(uri) ? latest.keys : new Set<string>()
    return {...params, context: {...params.context, diagnostics: diagnostics.filter((diagnostic) => keys.has(diagnosticKey(diagnostic)))}}
  }

  function clientChanges(changes: Record<string, unknown> | undefined) {
    if (!changes) return changes
    return Object.fromEntries(Object.entries(changes).map(([uri, edits]) => [uris.client(uri) ?? uri, edits]))
  }
}

/** What identifies a diagnostic among a document’s: its range, rule and replacements. */
function diagnosticKey(diagnostic: any): string {
  const {start, end} = diagnostic?.range ?? {}
  return JSON.stringify([start?.line, start?.character, end?.line, end?.character, diagnostic?.code, diagnostic?.data?.expected])
}

/** Whether a content change is one vscode-languageserver applies: a text, and a range of two positions if any. */
function isChange(change: any): boolean {
  if (typeof change?.text !== 'string') return false
  if (change.range === undefined) return change.rangeLength === undefined
  return isPosition(change.range?.start) && isPosition(change.range?.end)
}

function isPosition(position: any): boolean {
  return Number.isInteger(position?.line) && Number.isInteger(position?.character)
}

interface CodeAction {
  edit?: {changes?: Record<string, unknown>}
}

function withUri(params: any, uri: string): unknown {
  return params.textDocument.uri === uri ? params : {...params, textDocument: {...params.textDocument, uri}}
}

/** The workspace root unified-language-server resolves documents against: its first `file:` folder, else the root URI. */
function rootOf(params: any): string | undefined {
  const folders: unknown[] = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders : []
  const candidates = folders.length > 0 ? folders.map((folder: any) => folder?.uri) : [params?.rootUri]
  return candidates.find((uri): uri is string => typeof uri === 'string' && /^file:/i.test(uri))
}

/**
 * Makes every connection vscode-languageserver creates from now on adapted.
 * unified-language-server creates its own and exposes none, so call this
 * before it is first imported: an ES module binds a CommonJS module’s
 * exports when it is first imported. The module patched is the one this file
 * imports, which is the one unified-language-server gets: the language
 * server is bundled (`tsup.config.ts`), so it must be this very copy, not
 * one resolved from `node_modules` at run time.
 */
export function adaptConnections(): void {
  const exports = languageServer as unknown as {createConnection(...parameters: unknown[]): Connection}
  const create = exports.createConnection
  exports.createConnection = (...parameters) => adapt(create(...parameters))
}
