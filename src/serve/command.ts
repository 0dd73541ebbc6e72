import {isIP} from 'node:net'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {rules} from '../preset.js'
import {createCheckServer, type ServerOptions} from './server.js'

/** The environment variable that holds the shared secret (not an option: command lines are visible to every user of the machine). */
export const secretVariable = 'MTLINT_SERVE_SECRET'

export const serveHelp = `Usage: mtlint serve [options]

  Answer LanguageTool’s HTTP API (POST /v2/check, GET /v2/languages) with mtlint’s
  findings, for the LanguageTool add-ons and editor plugins set to a custom server.

Options:

  --port <n>               port to listen on (default 8081; 0: any free port)
  --host <address>         address to listen on (default 127.0.0.1, loopback only)
  --max-length <n>         most characters a check lints; longer is answered 413 (default 100000)
  --timeout <ms>           time a request may take to arrive and wait for its turn (default 10000)
  --queue <n>              checks that may wait for their turn; more are answered 503 (default 16)
  --allow-origin <origins> browser origins admitted besides extensions' (comma-separated, or *)
  --log                    log one line per request on stderr (method, path, status, time, size; never text)
  -h, --help               print this help

Set ${secretVariable} to require that secret in the X-Mtlint-Secret header (or a check's
apiKey field) of every request: do so before listening beyond loopback.
`

/** What `mtlint serve` was given, read and checked. */
export interface ServeArgs {
  port: number
  host: string
  maxLength: number
  timeout: number
  queue: number
  allowOrigins: string[]
  log: boolean
  help: boolean
}

/** Reads `mtlint serve`’s arguments; throws an error with one line for a mistake. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const {values, positionals} = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      port: {type: 'string'},
      host: {type: 'string'},
      'max-length': {type: 'string'},
      timeout: {type: 'string'},
      queue: {type: 'string'},
      'allow-origin': {type: 'string', multiple: true},
      log: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (positionals.length > 0) throw new Error('mtlint serve takes no files (`' + positionals[0] + '`); clients send the text')
  const port = integer('--port', values.port, 0, 8081)
  if (port > 65_535) throw new Error('invalid --port `' + values.port + '`, expected 0 to 65535')
  return {
    port,
    host: values.host ?? '127.0.0.1',
    maxLength: integer('--max-length', values['max-length'], 1, 100_000),
    timeout: integer('--timeout', values.timeout, 1, 10_000),
    queue: integer('--queue', values.queue, 0, 16),
    allowOrigins: (values['allow-origin'] ?? [])
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean),
    log: values.log ?? false,
    help: values.help ?? false
  }
}

function integer(flag: string, value: string | undefined, min: number, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < min) throw new Error('invalid ' + flag + ' `' + value + '`, expected an integer of ' + min + ' or more')
  return Number(value)
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'))
}

/** `mtlint serve [options]`: starts the server and prints its URL on stdout; runs until SIGINT or SIGTERM. */
export async function serve(argv: readonly string[]): Promise<void> {
  let args: ServeArgs
  try {
    args = parseServeArgs(argv)
  } catch (error) {
    process.stderr.write('mtlint serve: ' + (error as Error).message.split('\n')[0] + '\n')
    process.exitCode = 2
    return
  }
  if (args.help) return void process.stdout.write(serveHelp)

  const secret = process.env[secretVariable] || undefined
  const loopbackOnly = isLoopback(args.host)
  const options: ServerOptions = {
    rules,
    maxLength: args.maxLength,
    timeout: args.timeout,
    queue: args.queue,
    allowOrigins: args.allowOrigins,
    loopbackOnly,
    secret,
    log: args.log ? (line) => process.stderr.write(line + '\n') : undefined,
    warn: (line) => process.stderr.write('mtlint serve: ' + line + '\n')
  }
  const server = createCheckServer(options)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(args.port, args.host, resolve)
  }).catch((error: NodeJS.ErrnoException) => {
    process.stderr.write('mtlint serve: cannot listen on ' + args.host + ':' + args.port + ': ' + (error.code ?? error.message) + '\n')
    process.exit(2)
  })
  server.on('error', (error) => process.stderr.write('mtlint serve: ' + error.message + '\n'))

  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : args.port
  const url = 'http://' + (isIP(args.host) === 6 ? '[' + args.host + ']' : args.host) + ':' + port
  process.stdout.write(url + '\n')
  process.stderr.write('mtlint serve: LanguageTool API at ' + url + '/v2 (give clients ' + url + ' or ' + url + '/v2, as they ask)\n')
  if (!loopbackOnly && !secret) {
    process.stderr.write('mtlint serve: listening beyond loopback with no ' + secretVariable + ': anyone who reaches ' + args.host + ' can use it\n')
  }

  const stop = () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
