import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {Rule} from '../engine/rule.js'
import {access, type AccessOptions} from './access.js'
import {checker} from './check.js'
import {parseForm} from './form.js'
import {Gate} from './gate.js'
import {badRequest, HttpError} from './http-error.js'
import {languages} from './languages.js'

/** How the server is set up (the command line’s options, read). */
export interface ServerOptions extends AccessOptions {
  rules: readonly Rule[]
  /** The most characters a check lints; longer is a 413. */
  maxLength: number
  /** Milliseconds a request may take to arrive and wait for its turn; then 408 (still arriving) or 503 (waiting). */
  timeout: number
  /** Checks that wait for their turn beyond the one running; more is a 503. */
  queue: number
  /** One line per request (method, path, status, milliseconds, bytes): never the text, nor the query string. */
  log?: ((line: string) => void) | undefined
  /** Where a failure of the server itself (a 500) is told, without the request: its error’s first lines. */
  warn?: ((line: string) => void) | undefined
}

/** Bytes a form-encoded body may take per character of text: 9 for a percent-encoded 3-byte UTF-8 character (`%E2%80%9C`). */
const bytesPerCharacter = 9
/** Room for the other fields of a check. */
const otherFields = 64 * 1024

const json = 'application/json; charset=utf-8'
const formType = /^application\/x-www-form-urlencoded(?:\s*;|$)/i

/**
 * A LanguageTool-compatible HTTP server: `POST` (or `GET`) `/v2/check`,
 * `GET /v2/languages` and `GET /health`. Not listening yet.
 */
export function createCheckServer(options: ServerOptions): Server {
  const check = checker(options.rules, options.maxLength)
  // One check at a time: linting is synchronous, so more at once would only interleave them.
  const gate = new Gate(1, options.queue)
  const guard = access(options)
  const maxBody = options.maxLength * bytesPerCharacter + otherFields
  const languagesJson = JSON.stringify(languages)
  // Set up the default processor (and the rules’ compiled patterns) now, not on the first client’s check.
  void check.run(
    check.read(
      new Map([
        ['language', 'en'],
        ['text', 'Ready.']
      ])
    )
  )

  async function handle(request: IncomingMessage, response: ServerResponse, path: string, cors: Record<string, string>): Promise<void> {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'Content-Type, X-Mtlint-Secret',
        'access-control-max-age': '600'
      })
      response.end()
      return
    }
    if (path === '/health' || path === '/v2/healthcheck') return send(response, 200, json, '{"status":"ok"}', cors)
    if (path === '/v2/languages') {
      if (!guard.authorized(request)) throw unauthorized()
      if (request.method !== 'GET') throw new HttpError(405, 'Error: use GET for /v2/languages')
      return send(response, 200, json, languagesJson, cors)
    }
    if (path !== '/v2/check') throw new HttpError(404, 'Error: no such endpoint; mtlint answers /v2/check, /v2/languages and /health')
    if (request.method !== 'GET' && request.method !== 'POST') throw new HttpError(405, 'Error: use POST for /v2/check')

    const deadline = Date.now() + options.timeout
    const ticket = gate.admit()
    try {
      const fields = request.method === 'GET' ? parseForm(query(request.url!)) : parseForm(await readBody(request, maxBody, deadline))
      // A check may carry the secret as LanguageTool’s `apiKey` field, which clients can be set to send.
      if (!guard.authorized(request, fields.get('apiKey'))) throw unauthorized()
      const checkRequest = check.read(fields)
      await ticket.turn(deadline)
      // A client that left while its check waited gets no check.
      if (response.socket === null || response.socket.destroyed) return
      send(response, 200, json, await check.run(checkRequest), cors)
    } finally {
      ticket.release()
    }
  }

  const server = createServer({requestTimeout: options.timeout + 1000, headersTimeout: Math.min(options.timeout, 60_000)}, (request, response) => {
    const started = performance.now()
    const url = request.url ?? '/'
    const path = url.split('?', 1)[0]!
    let cors: Record<string, string> = {}
    const log = options.log
    if (log) {
      response.on('finish', () => {
        log(
          request.method +
            ' ' +
            path.slice(0, 100) +
            ' ' +
            response.statusCode +
            ' ' +
            (performance.now() - started).toFixed(1) +
            'ms ' +
            (sentBytes.get(response) ?? 0) +
            'B'
        )
      })
    }
    try {
      cors = guard.corsHeaders(request)
    } catch (error) {
      return fail(response, error, cors, options.warn)
    }
    handle(request, response, path, cors).catch((error: unknown) => fail(response, error, cors, options.warn))
  })
  // Keep-alive beyond the clients’ usual idle time, so that an add-on’s checks reuse one connection.
  server.keepAliveTimeout = 30_000
  return server
}

/** Bytes of each response’s body, for the log line. */
const sentBytes = new WeakMap<ServerResponse, number>()

function send(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string>): void {
  const length = Buffer.byteLength(body)
  sentBytes.set(response, length)
  response.writeHead(status, {...headers, 'content-type': type, 'content-length': length})
  response.end(body)
}

/** Answers an error with its status and one line; anything but an `HttpError` is a 500, logged without the request. */
function fail(response: ServerResponse, error: unknown, cors: Record<string, string>, warn: ServerOptions['warn']): void {
  if (response.headersSent) return void response.destroy()
  const known = error instanceof HttpError
  if (!known)
    warn?.(
      'error: ' +
        String((error as Error)?.stack ?? error)
          .split('\n')
          .slice(0, 3)
          .join(' | ')
    )
  const status = known ? error.status : 500
  const headers: Record<string, string> = {...cors}
  // A request whose body was not read to its end cannot leave its connection usable.
  if (!response.req.complete) headers.connection = 'close'
  if (status === 503) headers['retry-after'] = '1'
  send(response, status, 'text/plain; charset=utf-8', (known ? error.message : 'Error: internal error') + '\n', headers)
}

function unauthorized(): HttpError {
  return new HttpError(401, 'Error: missing or wrong X-Mtlint-Secret')
}

function query(url: string): string {
  const mark = url.indexOf('?')
  return mark === -1 ? '' : url.slice(mark + 1)
}

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** The body as text, at most `limit` bytes (else 413) and before `deadline` (else 408); form-encoded (else 415) and UTF-8 (else 400). */
function readBody(request: IncomingMessage, limit: number, deadline: number): Promise<string> {
  const type = request.headers['content-type'] ?? ''
  if (!formType.test(type)) {
    return Promise.reject(new HttpError(415, 'Error: expected a form-encoded body (Content-Type: application/x-www-form-urlencoded)'))
  }
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.reject(tooLarge(limit))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const timer = setTimeout(() => done(new HttpError(408, 'Error: the request did not arrive within the timeout')), Math.max(0, deadline - Date.now()))
    const done = (error?: Error) => {
      clearTimeout(timer)
      request.off('data', onData).off('end', onEnd).off('error', done)
      if (error) {
        // Stop reading: the answer closes the connection.
        request.pause()
        return reject(error)
      }
      try {
        resolve(utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)))
      } catch {
        reject(badRequest('malformed form data: the body is not UTF-8'))
      }
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) return done(tooLarge(limit))
      chunks.push(chunk)
    }
    const onEnd = () => done()
    request.on('data', onData).on('end', onEnd).on('error', done)
  })
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'Error: the request body exceeds ' + limit + ' bytes')
}
