import {readFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8'
}

/** A static server for `folder` on 127.0.0.1 (a free port): GET only, no listing, nothing outside the folder. */
export async function serve(folder: string): Promise<{url: string; server: Server}> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    // A folder's address serves its index.html, as a static host does.
    const file = path.join(folder, pathname.endsWith('/') ? pathname + 'index.html' : pathname)
    if (request.method !== 'GET' || !file.startsWith(folder + path.sep)) {
      response.writeHead(404).end()
      return
    }
    try {
      const body = await readFile(file)
      response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'}).end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {url: 'http://127.0.0.1:' + (server.address() as AddressInfo).port + '/', server}
}
