import {fileURLToPath} from 'node:url'

/** Extensions that tell the processor how an unsaved document is written, by the editor’s language id. */
const extensionsByLanguage: Readonly<Record<string, string>> = {html: 'html', markdown: 'md'}

/** Why a document is not linted; `undefined` when it is. */
export type Refusal = string | undefined

/**
 * The URIs unified-language-server is given for the editor’s documents.
 *
 * unified-language-server lints `file:` documents only: it turns every URI
 * into a path, which throws (and, with no workspace folder, ends the
 * process) for an `untitled:` buffer or a `vscode-notebook-cell:`. A document
 * that is not a file is given to it as a file of its own name in the
 * workspace root, so that its configuration is looked up from there; the
 * name’s extension follows the document’s language (Markdown, HTML, else
 * plain text). With no workspace folder there is nowhere to look its
 * configuration up from, and it is refused. So is a URI that is no valid
 * file path (a `file:` URI with a host, where paths have none).
 */
export class DocumentUris {
  private readonly toServer = new Map<string, string>()
  // Every name given out, to the editor’s URI while the document is open.
  private readonly toClient = new Map<string, string | undefined>()
  private named = 0

  /** `root`: the `file:` URI of the workspace folder, if any. */
  constructor(private readonly root?: string) {}

  /**
   * Records a document the editor opened: its URI for the server, or why it
   * is refused. `uri` and `languageId` come from the editor as they are
   * (checked here: a malformed message may hold anything).
   */
  open(uri: unknown, languageId: unknown): {uri: string} | {refusal: string} {
    if (typeof uri !== 'string') return {refusal: 'a document without a URI'}
    const scheme = /^([a-z][a-z\d+.-]*):/i.exec(uri)?.[1]?.toLowerCase()
    if (scheme === 'file') {
      const problem = pathProblem(uri)
      return problem ? {refusal: '`' + uri + '`: ' + problem} : {uri}
    }
    if (!this.root) {
      return {refusal: '`' + uri + '`: it is not a file, and there is no workspace folder to read its configuration from'}
    }
    this.close(uri)
    const extension = (typeof languageId === 'string' && extensionsByLanguage[languageId]) || 'txt'
    const name = 'mtlint-' + (scheme ?? 'document') + '-' + ++this.named + '.' + extension
    const serverUri = this.root.replace(/\/+$/, '') + '/' + name
    this.toServer.set(uri, serverUri)
    this.toClient.set(serverUri, uri)
    return {uri: serverUri}
  }

  /** The server’s URI of a document the editor names; `undefined` when it is not open or was refused. */
  server(uri: unknown): string | undefined {
    if (typeof uri !== 'string') return undefined
    return this.toServer.get(uri) ?? (/^file:/i.test(uri) && !pathProblem(uri) ? uri : undefined)
  }

  /** The editor’s URI of a document the server names; `undefined` for a name given to a document since closed. */
  client(uri: string): string | undefined {
    return this.toClient.has(uri) ? this.toClient.get(uri) : uri
  }

  /** Forgets a document the editor closed. */
  close(uri: unknown): void {
    if (typeof uri !== 'string') return
    const serverUri = this.toServer.get(uri)
    if (serverUri === undefined) return
    this.toServer.delete(uri)
    this.toClient.set(serverUri, undefined)
  }
}

/** Why a `file:` URI names no local path (unified-language-server would throw on it), if it does not. */
function pathProblem(uri: string): string | undefined {
  try {
    fileURLToPath(uri)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}
