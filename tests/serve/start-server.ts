import type {AddressInfo} from 'node:net'
import {rules} from '../../src/preset.js'
import {createCheckServer, type ServerOptions} from '../../src/serve/server.js'

/** A server in this process on a free loopback port, with the defaults of `mtlint serve`; `logs` collects its log lines. */
export async function startServer(options: Partial<ServerOptions> = {}): Promise<{url: string; logs: string[]; close(): Promise<void>}> {
  const logs: string[] = []
  const server = createCheckServer({
    rules,
    maxLength: 100_000,
    timeout: 10_000,
    queue: 16,
    allowOrigins: [],
    loopbackOnly: true,
    secret: undefined,
    log: (line) => logs.push(line),
    ...options
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = 'http://127.0.0.1:' + (server.address() as AddressInfo).port
  return {
    url,
    logs,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

/** POSTs form fields to `/v2/check`. */
export function check(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url + '/v2/check', {method: 'POST', body: new URLSearchParams(fields), headers})
}
