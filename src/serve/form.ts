import {badRequest} from './http-error.js'

/**
 * Reads `application/x-www-form-urlencoded` data (a body or a query string)
 * strictly: a malformed percent escape or a name given twice is a 400 with
 * one line, where `URLSearchParams` would keep the escape as text or the
 * last value, and so lint other text than the client sent.
 */
export function parseForm(data: string): Map<string, string> {
  const fields = new Map<string, string>()
  if (data === '') return fields
  for (const pair of data.split('&')) {
    if (pair === '') continue
    const equals = pair.indexOf('=')
    const name = decode(equals === -1 ? pair : pair.slice(0, equals), 'a field name')
    if (fields.has(name)) throw badRequest('malformed form data: `' + shown(name) + '` is given twice')
    fields.set(name, equals === -1 ? '' : decode(pair.slice(equals + 1), '`' + shown(name) + '`'))
  }
  return fields
}

function decode(encoded: string, what: string): string {
  const spaced = encoded.includes('+') ? encoded.replaceAll('+', ' ') : encoded
  if (!spaced.includes('%')) return spaced
  try {
    return decodeURIComponent(spaced)
  } catch {
    throw badRequest('malformed form data: bad percent-encoding in ' + what + ' (not UTF-8 escapes)')
  }
}

/** A field name as it may appear in a reason: short, and with nothing that could break the line. */
function shown(name: string): string {
  const safe = name.replace(/[^\w.-]/g, '?')
  return safe.length > 40 ? safe.slice(0, 40) + '…' : safe
}
