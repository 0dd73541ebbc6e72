import {createRequire} from 'node:module'
import {DocumentUris} from './document-uris.js'

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

// Messages about one document, by the handler that registers for them; the rest pass through.
const aboutADocument = [
  'onDidChangeTextDocument',
  'onDidSaveTextDocument',
  'onWillSaveTextDocument',
  'onWillSaveTextDocumentWaitUntil',
  'onDocumentFormatting'
] as const

/**
 * Adapts the connection unified-language-server serves the editor through
 * (in place, before it registers a handler): each document it is given has
 * a URI it can lint, or is refused with a line in the editor’s log (see
 * `DocumentUris`); what it sends back names the editor’s document. A
 * document it cannot lint must never reach it: it would throw outside any
 * handler, and the process would exit.
 */
export function adapt<Adapted extends Connection>(connection: Adapted): Adapted {
  let uris = new DocumentUris()
  const original = {...connection}
  const about = (params: any) => params?.textDocument?.uri as unknown
  const refuse = (reason: string) => connection.console.warn('mtlint: not linting ' + reason)

  connection.onInitialize = (handler) =>
    original.onInitialize((params, ...rest) => {
      uris = new DocumentUris(rootOf(params))
      return handler(params, ...rest)
    })
  connection.onDidOpenTextDocument = (handler) =>
    original.onDidOpenTextDocument((params, ...rest) => {
      const opened = uris.open(about(params), params?.textDocument?.languageId)
      if ('refusal' in opened) return refuse(opened.refusal)
      return handler(withUri(params, opened.uri), ...rest)
    })
  for (const name of aboutADocument) {
    connection[name] = (handler) =>
      original[name]((params, ...rest) => {
        const uri = uris.server(about(params))
        return uri === undefined ? null : handler(withUri(params, uri), ...rest)
      })
  }
  connection.onDidCloseTextDocument = (handler) =>
    original.onDidCloseTextDocument((params, ...rest) => {
      const uri = uris.server(about(params))
      if (uri === undefined) return
      handler(withUri(params, uri), ...rest)
      uris.close(about(params))
    })
  connection.onCodeAction = (handler) =>
    original.onCodeAction(async (params, ...rest) => {
      const uri = uris.server(about(params))
      if (uri === undefined) return null
      const actions = (await handler(withUri(params, uri), ...rest)) as CodeAction[] | null | undefined
      return actions?.map((action) => ({...action, edit: action.edit && {...action.edit, changes: clientChanges(action.edit.changes)}}))
    })
  connection.sendDiagnostics = (params) => {
    const uri = uris.client(params.uri)
    // Diagnostics of a document closed since: nowhere to show them.
    if (uri === undefined) return
    return original.sendDiagnostics({...params, uri})
  }
  return connection

  function clientChanges(changes: Record<string, unknown> | undefined) {
    if (!changes) return changes
    return Object.fromEntries(Object.entries(changes).map(([uri, edits]) => [uris.client(uri) ?? uri, edits]))
  }
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
 * exports when it is first imported (vscode-languageserver is one, resolved
 * here from unified-language-server’s own folder).
 */
export function adaptConnections(): void {
  const languageServerPath = createRequire(import.meta.url).resolve('unified-language-server')
  const exports = createRequire(languageServerPath)('vscode-languageserver/node.js') as {
    createConnection(...parameters: unknown[]): Connection
  }
  const create = exports.createConnection
  exports.createConnection = (...parameters) => adapt(create(...parameters))
}
