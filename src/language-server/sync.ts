/** How long edits to a document gather before the server lints it again (ms). */
export const settleTime = 100

interface Open {
  /** The version the server was last given, counted by this class: never reused, even by a document opened again. */
  server: number
  /** The editor’s version of the same text. */
  client: number
  /** Changes received and not yet given to the server, up to the editor’s `version`, with what gives them. */
  pending?: {changes: unknown[]; version: number; deliver(changes: unknown[], version: number): void; timer: ReturnType<typeof setTimeout>}
}

/**
 * Document versions between the editor and unified-language-server.
 *
 * unified-language-server lints a document again at every change, however
 * fast they come, and each run publishes its diagnostics when it ends, in
 * whatever order runs end: 500 keystrokes are 500 runs of the whole
 * document, and the last diagnostics to arrive may be those of an older text
 * (or, once a document is closed and opened again from version 1, of its
 * previous life). So changes gather until the editor has been quiet for
 * `settleTime` (or until another message about the document needs the
 * server to have them), and go to the server as one; and the server is given
 * versions of its own, which no two deliveries share, so that diagnostics
 * are passed on only when they are of the version the server holds, under
 * the editor’s number for it.
 */
export class Sync {
  private readonly documents = new Map<string, Open>()
  private delivered = 0

  constructor(private readonly wait = settleTime) {}

  /** A document was opened with the editor’s `version`: the version to give the server. */
  open(uri: string, version: number): number {
    this.forget(uri)
    const server = ++this.delivered
    this.documents.set(uri, {server, client: version})
    return server
  }

  /**
   * Changes to an open document, up to the editor’s `version`: gathered, then
   * given to the server by `deliver` with the version to tell it. Returns
   * false (and gathers nothing) for a document that is not open.
   */
  change(uri: string, version: number, changes: readonly unknown[], deliver: (changes: unknown[], version: number) => void): boolean {
    const open = this.documents.get(uri)
    if (!open) return false
    const timer = setTimeout(() => this.flush(uri), this.wait)
    if (open.pending) {
      clearTimeout(open.pending.timer)
      open.pending.changes.push(...changes)
      Object.assign(open.pending, {version, deliver, timer})
    } else {
      open.pending = {changes: [...changes], version, deliver, timer}
    }
    return true
  }

  /** Gives the server the changes gathered for `uri` now (before it is asked anything else about the document). */
  flush(uri: string): void {
    const open = this.documents.get(uri)
    const pending = open?.pending
    if (!open || !pending) return
    clearTimeout(pending.timer)
    open.pending = undefined
    open.server = ++this.delivered
    open.client = pending.version
    pending.deliver(pending.changes, open.server)
  }

  /** Forgets a document once closed (after the server was told). */
  forget(uri: string): void {
    const pending = this.documents.get(uri)?.pending
    if (pending) clearTimeout(pending.timer)
    this.documents.delete(uri)
  }

  /** The version the server holds of an open document. */
  version(uri: string): number | undefined {
    return this.documents.get(uri)?.server
  }

  /**
   * The editor’s version for diagnostics the server published at its
   * `version`; `undefined` when they are of another text than the one it
   * holds (an older one, or one from before the document was closed).
   */
  published(uri: string, version: number | undefined): number | undefined {
    const open = this.documents.get(uri)
    return open && open.server === version ? open.client : undefined
  }
}
