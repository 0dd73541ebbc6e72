import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import path from 'node:path'
import {root} from './cli/run.js'

export interface Incoming {
  id?: number
  method?: string
  params?: unknown
  result?: unknown
  error?: {message: string}
}

/** How long a test waits for an answer (ms) before it fails with a message that says what was awaited. */
const defaultPatience = 30_000

/** A minimal LSP client over stdio, as an editor speaks it: Content-Length framed JSON-RPC. */
export class LspClient {
  readonly child: ChildProcessWithoutNullStreams
  readonly notifications: Incoming[] = []
  /** What the server wrote to stderr (its log when it is not speaking over stdio, and crashes). */
  stderr = ''
  private buffer = Buffer.alloc(0)
  private lastId = 0
  private readonly pending = new Map<number, {resolve(value: unknown): void; reject(error: Error): void}>()
  private readonly waiters: Array<{test(message: Incoming): boolean; resolve(message: Incoming): void}> = []

  /** Starts `dist/<bin>.js`, or `script` (an installed copy of it). */
  constructor(bin: string, script = path.join(root, 'dist', bin + '.js')) {
    this.child = spawn(process.execPath, [script, '--stdio'], {cwd: root})
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk))
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk))
  }

  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = ++this.lastId
    this.send({jsonrpc: '2.0', id, method, params})
    return new Promise((resolve, reject) => this.pending.set(id, {resolve: resolve as (value: unknown) => void, reject}))
  }

  notify(method: string, params: unknown): void {
    this.send({jsonrpc: '2.0', method, params})
  }

  /** Writes `bytes` to the server as they are, framing and all (to send it what no editor should). */
  writeRaw(bytes: string | Buffer): void {
    this.child.stdin.write(bytes)
  }

  /**
   * Resolves with the first notification (already received, from index
   * `since` on, or to come) that passes `test`; rejects, naming `what`, if
   * none comes within `patience` ms or the server exits first.
   */
  notification(test: (message: Incoming) => boolean, what = 'a notification', since = 0, patience = defaultPatience): Promise<Incoming> {
    const found = this.notifications.slice(since).find(test)
    if (found) return Promise.resolve(found)
    return new Promise((resolve, reject) => {
      const waiter = {test, resolve: settle}
      const timer = setTimeout(() => fail('no ' + what + ' within ' + patience / 1000 + ' s'), patience)
      const onExit = (code: number | null) => fail('the server exited (code ' + code + ') before ' + what + '\n' + this.stderr)
      this.child.once('exit', onExit)
      this.waiters.push(waiter)
      function settle(message: Incoming) {
        cleanUp()
        resolve(message)
      }
      const fail = (reason: string) => {
        cleanUp()
        this.waiters.splice(this.waiters.indexOf(waiter), 1)
        reject(new Error(reason))
      }
      const cleanUp = () => {
        clearTimeout(timer)
        this.child.off('exit', onExit)
      }
    })
  }

  /**
   * Resolves with the diagnostics the server publishes for `uri` at
   * `version` (the first such, already received from notification `since` on,
   * or to come: a reopened document counts its versions from 1 again).
   */
  async diagnostics<Diagnostic>(uri: string, version: number, since = 0, patience = defaultPatience): Promise<Diagnostic[]> {
    const published = await this.notification(
      (message) => message.method === 'textDocument/publishDiagnostics' && isFor(message.params, uri, version),
      'diagnostics for ' + uri + ' at version ' + version,
      since,
      patience
    )
    return (published.params as {diagnostics: Diagnostic[]}).diagnostics
  }

  /** Every diagnostics notification received so far for `uri`, in order. */
  published(uri: string): Array<{version?: number; diagnostics: unknown[]}> {
    return this.notifications
      .filter((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as {uri: string}).uri === uri)
      .map((message) => message.params as {version?: number; diagnostics: unknown[]})
  }

  /** Resolves with the exit code once the server process ends. */
  exited(): Promise<number | null> {
    if (this.child.exitCode !== null) return Promise.resolve(this.child.exitCode)
    return new Promise((resolve) => this.child.on('exit', (code) => resolve(code)))
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8')
    this.child.stdin.write('Content-Length: ' + body.length + '\r\n\r\n')
    this.child.stdin.write(body)
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n')
      if (headerEnd === -1) return
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1])
      const start = headerEnd + 4
      if (this.buffer.length < start + length) return
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')) as Incoming
      this.buffer = this.buffer.subarray(start + length)
      this.dispatch(message)
    }
  }

  private dispatch(message: Incoming): void {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.pending.get(message.id)
      this.pending.delete(message.id)
      if (message.error) pending?.reject(new Error(message.error.message))
      else pending?.resolve(message.result)
      return
    }
    if (message.id !== undefined) {
      // A request from the server (none expected with the capabilities we announce): answer it empty.
      this.send({jsonrpc: '2.0', id: message.id, result: null})
      return
    }
    this.notifications.push(message)
    for (const waiter of [...this.waiters]) {
      if (waiter.test(message)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1)
        waiter.resolve(message)
      }
    }
  }
}

function isFor(params: unknown, uri: string, version: number): boolean {
  const {uri: published, version: publishedVersion} = params as {uri: string; version?: number}
  return published === uri && publishedVersion === version
}
