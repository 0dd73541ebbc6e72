import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import path from 'node:path'
import {root} from './cli/run.js'

interface Incoming {
  id?: number
  method?: string
  params?: unknown
  result?: unknown
  error?: {message: string}
}

/** A minimal LSP client over stdio, as an editor speaks it: Content-Length framed JSON-RPC. */
export class LspClient {
  readonly child: ChildProcessWithoutNullStreams
  readonly notifications: Incoming[] = []
  private buffer = Buffer.alloc(0)
  private lastId = 0
  private readonly pending = new Map<number, {resolve(value: unknown): void; reject(error: Error): void}>()
  private readonly waiters: Array<{test(message: Incoming): boolean; resolve(message: Incoming): void}> = []

  /** Starts `dist/<bin>.js`, or `script` (an installed copy of it). */
  constructor(bin: string, script = path.join(root, 'dist', bin + '.js')) {
    this.child = spawn(process.execPath, [script, '--stdio'], {cwd: root})
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk))
  }

  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = ++this.lastId
    this.send({jsonrpc: '2.0', id, method, params})
    return new Promise((resolve, reject) => this.pending.set(id, {resolve: resolve as (value: unknown) => void, reject}))
  }

  notify(method: string, params: unknown): void {
    this.send({jsonrpc: '2.0', method, params})
  }

  /** Resolves with the first notification (already received or to come) that passes `test`. */
  notification(test: (message: Incoming) => boolean): Promise<Incoming> {
    const found = this.notifications.find(test)
    if (found) return Promise.resolve(found)
    return new Promise((resolve) => this.waiters.push({test, resolve}))
  }

  /** Resolves with the exit code once the server process ends. */
  exited(): Promise<number | null> {
    if (this.child.exitCode !== null) return Promise.resolve(this.child.exitCode)
    return new Promise((resolve) => this.child.on('exit', (code) => resolve(code)))
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
