import {createHash, timingSafeEqual} from 'node:crypto'
import type {IncomingMessage} from 'node:http'
import {HttpError} from './http-error.js'

/** The header a deployment beyond loopback checks, when it sets a shared secret. */
export const secretHeader = 'x-mtlint-secret'

/**
 * Origins admitted by default: the LanguageTool browser extensions (and so
 * its Google Docs support, which runs inside the extension) call from their
 * extension origin. Web pages need `--allow-origin`.
 */
const extensionOrigin = /^(?:chrome|moz|safari-web|ms-browser)-extension:\/\/[\w.-]+$/

/** Who may call the server: browser origins, the hosts it answers to, and the shared secret. */
export interface AccessOptions {
  /** Origins admitted besides the browser extensions’ (exact, such as `https://cms.example.org`), or `*` for any. */
  allowOrigins: readonly string[]
  /** Checked against the `Host` header when the server listens on loopback, against DNS rebinding. */
  loopbackOnly: boolean
  /** When set, every request but the health check must carry it (`X-Mtlint-Secret`, or a check’s `apiKey` field). */
  secret: string | undefined
}

export interface Access {
  /** The CORS headers for a request’s origin; throws a 403 for a browser origin not admitted, or a `Host` that is not loopback. */
  corsHeaders(request: IncomingMessage): Record<string, string>
  /** Whether the request carries the secret (in its header, or `apiKey` when given); always true without a secret. */
  authorized(request: IncomingMessage, apiKey?: string | undefined): boolean
}

const loopbackHost = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i

export function access(options: AccessOptions): Access {
  const anyOrigin = options.allowOrigins.includes('*')
  const origins = new Set(options.allowOrigins)
  const digest = (value: string) => createHash('sha256').update(value).digest()
  const secret = options.secret === undefined ? undefined : digest(options.secret)

  return {
    corsHeaders(request): Record<string, string> {
      if (options.loopbackOnly && !loopbackHost.test(request.headers.host ?? '')) {
        throw new HttpError(403, 'Error: this server listens on loopback and answers only to localhost, 127.0.0.1 or [::1]')
      }
      const origin = request.headers.origin
      if (origin === undefined) return {}
      if (!anyOrigin && !origins.has(origin) && !extensionOrigin.test(origin)) {
        throw new HttpError(403, 'Error: origin not allowed; start the server with --allow-origin ' + origin.replace(/[^\w:/.-]/g, '?').slice(0, 100))
      }
      return {'access-control-allow-origin': origin, vary: 'Origin'}
    },
    authorized(request, apiKey) {
      if (!secret) return true
      const given = request.headers[secretHeader] ?? apiKey
      // Digests of equal length, compared in constant time: the comparison says nothing of the secret’s length or prefix.
      return typeof given === 'string' && timingSafeEqual(digest(given), secret)
    }
  }
}
