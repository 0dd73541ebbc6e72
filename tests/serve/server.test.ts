import {readFileSync} from 'node:fs'
import {request as httpRequest} from 'node:http'
import Ajv from 'ajv'
import type {Position} from 'unist'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {defineOptionlessRule} from '../../src/engine/rule.js'
import {lint} from '../../src/lint.js'
import {rules} from '../../src/preset.js'
import {check, startServer} from './start-server.js'

const seed = readFileSync(new URL('../../fixtures/afp-ukraine-2022.txt', import.meta.url), 'utf8')
const schema = JSON.parse(readFileSync(new URL('languagetool-check.schema.json', import.meta.url), 'utf8')) as object
const AjvClass = ('default' in Ajv ? Ajv.default : Ajv) as typeof Ajv.default
const validate = new AjvClass({allErrors: true, strict: true}).compile(schema)

interface CheckBody {
  matches: Array<{
    offset: number
    length: number
    rule: {id: string}
    context: {text: string; offset: number; length: number}
    replacements: Array<{value: string}>
  }>
  language: {code: string}
}

/** A raw request, for what `fetch` will not send: another `Host`, a body that never ends. */
function raw(
  url: string,
  options: {method?: string; path: string; headers?: Record<string, string>; body?: string; end?: boolean}
): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url + options.path, {method: options.method ?? 'POST', headers: options.headers}, (response) => {
      let body = ''
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode!, body}))
    })
    request.on('error', reject)
    if (options.body) request.write(options.body)
    if (options.end !== false) request.end()
  })
}

describe('POST /v2/check', () => {
  let server: Awaited<ReturnType<typeof startServer>>
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  test('answers the seed article in LanguageTool’s shape (the JSON Schema, field by field)', async () => {
    const response = await check(server.url, {language: 'en-US', text: seed})
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const body = (await response.json()) as CheckBody
    const valid = validate(body)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(body.language.code).toBe('en-US')
    // The same findings as lint(), at the same UTF-16 offsets.
    const messages = (await lint(seed)).messages
    expect(body.matches.length).toBe(messages.length)
    expect(body.matches.map((match) => [match.rule.id, match.offset, match.length])).toEqual(
      messages.map((message) => {
        const place = message.place as Position
        return [message.ruleId, place.start.offset, place.end.offset! - place.start.offset!]
      })
    )
    for (const match of body.matches) {
      expect(match.context.text.slice(match.context.offset, match.context.offset + match.context.length)).toBe(
        seed.slice(match.offset, match.offset + match.length).replace(/\n/g, ' ')
      )
    }
  })

  test('GET with a query string, as simple clients send it', async () => {
    const response = await fetch(server.url + '/v2/check?language=en&text=' + encodeURIComponent('Talks in Kiev.'))
    expect(((await response.json()) as CheckBody).matches.map((match) => match.rule.id)).toEqual(['place-names'])
  })

  test('annotated text: findings at their offsets in the original', async () => {
    const annotation = [
      {markup: '<p>'},
      {text: 'Talks in '},
      {markup: '<b>'},
      {text: 'Kiev'},
      {markup: '</b>'},
      {text: '.'},
      {markup: '</p>', interpretAs: '\n\n'}
    ]
    const original = annotation.map((part) => part.text ?? part.markup).join('')
    const body = (await (await check(server.url, {language: 'en-GB', data: JSON.stringify({annotation})})).json()) as CheckBody
    expect(body.matches.map((match) => original.slice(match.offset, match.offset + match.length))).toEqual(['Kiev'])
  })

  test.each<[Record<string, string>, string[]]>([
    [{}, ['place-names', 'french-honorifics']],
    [{disabledRules: 'PLACE_NAMES,WHITESPACE_RULE'}, ['french-honorifics']],
    [{disabledCategories: 'NAMES'}, []],
    [{enabledOnly: 'true', enabledRules: 'french-honorifics'}, ['french-honorifics']]
  ])('rule parameters %j', async (fields, ids) => {
    const body = (await (await check(server.url, {language: 'auto', text: 'MM. Dupont and Durand met in Kiev.', ...fields})).json()) as CheckBody
    expect(body.matches.map((match) => match.rule.id).sort()).toEqual([...ids].sort())
  })

  test.each<[Record<string, string>, string]>([
    [{text: 'Hello.'}, "Missing 'language' parameter"],
    [{language: 'de-DE', text: 'Hallo.'}, "Error: 'de-DE' is not a language code known to mtlint. Supported language codes are: auto, en, en-US, en-GB"],
    [
      {language: 'en\r\nX-Injected: 1', text: 'a'},
      "Error: 'en??X-Injected??1' is not a language code known to mtlint. Supported language codes are: auto, en, en-US, en-GB"
    ],
    [{language: 'en'}, "Missing 'text' or 'data' parameter"],
    [{language: 'en', text: 'a', data: '{}'}, "Set either 'text' or 'data', not both"],
    [{language: 'en', data: '{"annotation": [{"text": 1}]}'}, 'invalid `data`: annotation[0].text is not a string'],
    [{language: 'en', data: '{"annotation": '}, 'malformed JSON in `data`: Unexpected end of JSON input'],
    [{language: 'en', text: 'a', enabledOnly: 'yes'}, "Invalid 'enabledOnly': expected true or false"],
    [{language: 'en', text: 'a', enabledOnly: 'true'}, 'enabledOnly=true needs enabledRules or enabledCategories']
  ])('%j is a 400 with one line', async (fields, message) => {
    const response = await check(server.url, fields)
    expect(response.status).toBe(400)
    expect(await response.text()).toBe(message + '\n')
  })

  test.each<[string, string]>([
    ['language=en&text=100%', 'malformed form data: bad percent-encoding in `text` (not UTF-8 escapes)'],
    ['language=en&text=a&text=b', 'malformed form data: `text` is given twice'],
    ['language=en&text=\u00ff', ''],
    ['\u0000\u0001', "Missing 'language' parameter"]
  ])('malformed form data %j is a 400, and the server stays up', async (body, message) => {
    const response = await fetch(server.url + '/v2/check', {method: 'POST', body, headers: {'content-type': 'application/x-www-form-urlencoded'}})
    if (message === '') {
      // Raw UTF-8 in a form body is read as text, as browsers and clients may send it.
      expect(response.status).toBe(200)
    } else {
      expect(response.status).toBe(400)
      expect(await response.text()).toBe(message + '\n')
    }
    expect((await fetch(server.url + '/health')).status).toBe(200)
  })

  test('a body that is not UTF-8 is a 400', async () => {
    const response = await fetch(server.url + '/v2/check', {
      method: 'POST',
      body: Buffer.from('language=en&text=caf\xe9', 'latin1'),
      headers: {'content-type': 'application/x-www-form-urlencoded'}
    })
    expect([response.status, await response.text()]).toEqual([400, 'malformed form data: the body is not UTF-8\n'])
  })

  test('a body that is not form data is a 415', async () => {
    const response = await fetch(server.url + '/v2/check', {method: 'POST', body: '{"text": "a"}', headers: {'content-type': 'application/json'}})
    expect(response.status).toBe(415)
  })

  test('no request text in the logs, whatever the answer', async () => {
    const marker = 'Quixotically-unique-marker'
    await check(server.url, {language: 'en', text: 'Talks in Kiev. ' + marker})
    await fetch(server.url + '/v2/check?language=en&text=' + marker)
    await check(server.url, {language: marker, text: marker})
    await check(server.url, {language: 'en', data: '{"annotation": [{"text": "' + marker + '"}, 7]}'})
    expect(server.logs.length).toBeGreaterThanOrEqual(4)
    expect(server.logs.join('\n')).not.toContain(marker)
    expect(server.logs.at(-1)).toMatch(/^POST \/v2\/check 400 [\d.]+ms \d+B$/)
  })
})

describe('a failure of the server itself', () => {
  test('is a 500 with one line, told without the request, and the server goes on', async () => {
    // A rule the server is handed but the preset does not run: setting it up for a check fails.
    const stray = defineOptionlessRule({
      id: 'stray-rule',
      description: 'Never run',
      category: 'names',
      severity: 'off',
      fixable: false,
      create: () => ({})
    })
    const warnings: string[] = []
    const server = await startServer({rules: [...rules, stray], warn: (line) => warnings.push(line)})
    const marker = 'Quixotically-unique-marker'
    const failed = await check(server.url, {language: 'en', text: marker, enabledRules: 'stray-rule'})
    expect([failed.status, await failed.text()]).toEqual([500, 'Error: internal error\n'])
    expect(warnings).toEqual([expect.stringMatching(/^error: Error: Unknown rule `stray-rule` in `rules`/)])
    expect(warnings.join('')).not.toContain(marker)
    expect((await check(server.url, {language: 'en', text: 'Talks in Kiev.'})).status).toBe(200)
    await server.close()
  })
})

describe('other endpoints', () => {
  let server: Awaited<ReturnType<typeof startServer>>
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  test('GET /v2/languages lists English and its variants, in LanguageTool’s shape', async () => {
    expect(await (await fetch(server.url + '/v2/languages')).json()).toEqual([
      {name: 'English', code: 'en', longCode: 'en'},
      {name: 'English (US)', code: 'en', longCode: 'en-US'},
      {name: 'English (GB)', code: 'en', longCode: 'en-GB'}
    ])
  })

  test.each(['/health', '/v2/healthcheck'])('GET %s', async (path) => {
    const response = await fetch(server.url + path)
    expect([response.status, await response.json()]).toEqual([200, {status: 'ok'}])
  })

  test.each<[string, string, number]>([
    ['GET', '/v2/nope', 404],
    ['DELETE', '/v2/check', 405],
    ['POST', '/v2/languages', 405]
  ])('%s %s is a %i', async (method, path, status) => {
    expect((await fetch(server.url + path, {method})).status).toBe(status)
  })
})

describe('limits', () => {
  test('a text over the maximum length is a 413 in LanguageTool’s words', async () => {
    const server = await startServer({maxLength: 100})
    const response = await check(server.url, {language: 'en', text: 'a'.repeat(101)})
    expect([response.status, await response.text()]).toEqual([
      413,
      'Error: Your text exceeds the limit of 100 characters (it is 101 characters). Please submit a shorter text.\n'
    ])
    expect((await check(server.url, {language: 'en', text: 'a'.repeat(100)})).status).toBe(200)
    await server.close()
  })

  test('a body over the byte limit is a 413 before it is read', async () => {
    const server = await startServer({maxLength: 100})
    const response = await raw(server.url, {
      path: '/v2/check',
      headers: {'content-type': 'application/x-www-form-urlencoded', 'content-length': String(10_000_000)},
      body: 'language=en&text=',
      end: false
    })
    expect(response.status).toBe(413)
    await server.close()
  })

  test('a body that does not arrive within the timeout is a 408', async () => {
    const server = await startServer({timeout: 200})
    const response = await raw(server.url, {
      path: '/v2/check',
      headers: {'content-type': 'application/x-www-form-urlencoded', 'content-length': '1000'},
      body: 'language=en&text=',
      end: false
    })
    expect([response.status, response.body]).toEqual([408, 'Error: the request did not arrive within the timeout\n'])
    await server.close()
  })

  test('beyond the queue, a check is answered 503 at once, and the server goes on', async () => {
    const server = await startServer({queue: 0})
    // One check admitted, its body still arriving: it holds the only place.
    const slow = raw(server.url, {
      path: '/v2/check',
      headers: {'content-type': 'application/x-www-form-urlencoded', 'content-length': '1000'},
      body: 'language=en&text=',
      end: false
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const busy = await check(server.url, {language: 'en', text: 'Hello.'})
    expect([busy.status, busy.headers.get('retry-after')]).toEqual([503, '1'])
    await server.close()
    await slow.catch(() => {})
  })
})

describe('access', () => {
  test('CORS admits the browser extensions’ origins, and refuses web pages not allowed', async () => {
    const server = await startServer()
    const preflight = await fetch(server.url + '/v2/check', {
      method: 'OPTIONS',
      headers: {origin: 'chrome-extension://abcdefghijklmnop', 'access-control-request-method': 'POST'}
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnop')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    const fromExtension = await check(server.url, {language: 'en', text: 'Hi.'}, {origin: 'moz-extension://1234-abcd'})
    expect(fromExtension.headers.get('access-control-allow-origin')).toBe('moz-extension://1234-abcd')
    const fromPage = await check(server.url, {language: 'en', text: 'Hi.'}, {origin: 'https://some-site.example'})
    expect([fromPage.status, await fromPage.text()]).toEqual([
      403,
      'Error: origin not allowed; start the server with --allow-origin https://some-site.example\n'
    ])
    await server.close()
  })

  test('an allowlist admits more origins', async () => {
    const server = await startServer({allowOrigins: ['https://cms.example.org']})
    const response = await check(server.url, {language: 'en', text: 'Hi.'}, {origin: 'https://cms.example.org'})
    expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([200, 'https://cms.example.org'])
    await server.close()
  })

  test('on loopback, a Host that is not loopback is refused (DNS rebinding)', async () => {
    const server = await startServer()
    const response = await raw(server.url, {method: 'GET', path: '/v2/languages', headers: {host: 'attacker.example:8081'}})
    expect(response.status).toBe(403)
    expect((await raw(server.url, {method: 'GET', path: '/v2/languages', headers: {host: 'localhost:8081'}})).status).toBe(200)
    await server.close()
  })

  test('with a shared secret, requests need it in the header or as apiKey; the health check does not', async () => {
    const server = await startServer({secret: 'correct horse'})
    expect((await check(server.url, {language: 'en', text: 'Hi.'})).status).toBe(401)
    expect((await check(server.url, {language: 'en', text: 'Hi.'}, {'x-mtlint-secret': 'wrong'})).status).toBe(401)
    expect((await check(server.url, {language: 'en', text: 'Hi.'}, {'x-mtlint-secret': 'correct horse'})).status).toBe(200)
    expect((await check(server.url, {language: 'en', text: 'Hi.', apiKey: 'correct horse'})).status).toBe(200)
    expect((await fetch(server.url + '/v2/languages')).status).toBe(401)
    expect((await fetch(server.url + '/health')).status).toBe(200)
    await server.close()
  })
})
