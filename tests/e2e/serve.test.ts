import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {connect} from 'node:net'
import type {ChildProcessWithoutNullStreams} from 'node:child_process'
import type {Position} from 'unist'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {root, runBin} from './cli/run.js'
import {exited, spawnCli} from './spawn.js'

const require = createRequire(import.meta.url)
const seed = readFileSync(root + 'fixtures/afp-ukraine-2022.txt', 'utf8')

interface Match {
  offset: number
  length: number
  rule: {id: string}
  context: {text: string; offset: number; length: number}
}

/** `mtlint serve` on a free loopback port: resolves with its URL once it prints it; `stderr` collects its log. */
async function startServe(args: string[] = [], env: Record<string, string> = {}) {
  const child = spawnCli(['serve', '--port', '0', ...args], root, {env})
  const log = {stderr: ''}
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log.stderr += chunk))
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!)
    })
    child.on('exit', (code) => reject(new Error('mtlint serve exited with ' + code + ': ' + log.stderr)))
  })
  return {child, url, log}
}

const spans = (text: string, matches: readonly Match[]) => matches.map((match) => text.slice(match.offset, match.offset + match.length))

describe('mtlint serve, with real clients', () => {
  let server: {child: ChildProcessWithoutNullStreams; url: string; log: {stderr: string}}
  beforeAll(async () => {
    server = await startServe(['--log'])
  })
  afterAll(() => {
    server.child.kill('SIGKILL')
  })

  test('prints its URL on stdout, on loopback', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  test('the npm client `languagetool-api`, pointed at the server, gets the seed article’s findings', async () => {
    // The client hard-codes LanguageTool’s public URL: its HTTP module is swapped for one that sends to this server, and nowhere else.
    const requestPath = require.resolve('request', {paths: [require.resolve('languagetool-api')]})
    const realRequest = require(requestPath) as (url: string, callback: (...args: unknown[]) => void) => unknown
    const cached = require.cache[requestPath]!
    cached.exports = (url: string, callback: (...args: unknown[]) => void) => {
      const publicApi = 'https://languagetool.org/api'
      if (!url.startsWith(publicApi + '/')) throw new Error('unexpected URL ' + url)
      return realRequest(server.url + url.slice(publicApi.length), callback)
    }
    try {
      delete require.cache[require.resolve('languagetool-api')]
      const client = require('languagetool-api') as {
        check(query: object, callback: (error: unknown, result: {matches: Match[]}) => void): void
        showMistakes(result: object, callback: (mistakes: string[]) => void): void
        codes(callback: (error: unknown, codes: Array<{longCode: string}>) => void): void
      }
      const result = await new Promise<{matches: Match[]}>((resolve, reject) =>
        client.check({language: 'en-US', text: seed}, (error, output) => (error ? reject(error) : resolve(output)))
      )
      const messages = (await lint(seed)).messages
      expect(result.matches.length).toBeGreaterThan(10)
      expect(result.matches.map((match) => match.offset)).toEqual(messages.map((message) => (message.place as Position).start.offset))
      const mistakes = await new Promise<string[]>((resolve) => client.showMistakes(result, resolve))
      expect(mistakes).toEqual(spans(seed, result.matches).map((span) => span.replace(/\n/g, ' ')))
      const codes = await new Promise<Array<{longCode: string}>>((resolve, reject) => client.codes((error, list) => (error ? reject(error) : resolve(list))))
      expect(codes.map((language) => language.longCode)).toEqual(['en', 'en-US', 'en-GB'])
    } finally {
      cached.exports = realRequest
      delete require.cache[require.resolve('languagetool-api')]
    }
  })

  test('annotated text built by `annotatedtext-remark` from Markdown: findings at their offsets in the Markdown', async () => {
    const {build} = require('annotatedtext-remark') as {build(markdown: string): object}
    const markdown = [
      '# Talks in Kiev',
      '',
      'The minister said **« we will stay »** in [Kharkov](https://example.org/kharkov).',
      '',
      '- MM. Dupont and Durand met on *Tuesday*.',
      ''
    ].join('\n')
    const response = await fetch(server.url + '/v2/check', {
      method: 'POST',
      body: new URLSearchParams({language: 'en-US', data: JSON.stringify(build(markdown))})
    })
    const {matches} = (await response.json()) as {matches: Match[]}
    expect(spans(markdown, matches)).toEqual(['Kiev', '« ', ' »', 'Kharkov', 'MM.'])
    // The same places as mtlint’s own Markdown reading.
    const messages = (await lint(markdown, {format: 'markdown'})).messages
    expect(matches.map((match) => [match.rule.id, match.offset, match.length])).toEqual(
      messages.map((message) => {
        const place = message.place as Position
        return [message.ruleId, place.start.offset, place.end.offset! - place.start.offset!]
      })
    )
  })

  test('malformed requests get a 4xx, and the server stays up', async () => {
    const rawExchange = (bytes: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(Number(new URL(server.url).port), '127.0.0.1')
        let answer = ''
        socket.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk))
        socket.on('close', () => resolve(answer))
        socket.on('error', () => resolve(answer))
        socket.end(bytes)
      })
    const host = 'Host: 127.0.0.1\r\n'
    const answers = await Promise.all([
      rawExchange('NOT HTTP AT ALL\r\n\r\n'),
      rawExchange(
        'POST /v2/check HTTP/1.1\r\n' +
          host +
          'Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nlanguage=en\r\n0\r\n\r\n'
      ),
      rawExchange('POST /v2/check HTTP/1.1\r\n' + host + 'Content-Length: nope\r\n\r\n'),
      rawExchange('GET /v2/check HTTP/1.1\r\n' + host + 'X-Big: ' + 'a'.repeat(20_000) + '\r\n\r\n'),
      rawExchange(
        'POST /v2/check HTTP/1.1\r\n' +
          host +
          'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 22\r\nConnection: close\r\n\r\nlanguage=en&text=%E9%'
      ),
      rawExchange(
        'POST /v2/check HTTP/1.1\r\n' +
          host +
          'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 40\r\nConnection: close\r\n\r\nlanguage=en&data=%7B%22annotation%22%3A'
      ),
      rawExchange('GET /v2/check?language=xx-YY&text=a HTTP/1.1\r\n' + host + 'Connection: close\r\n\r\n')
    ])
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /)
    expect((await fetch(server.url + '/health')).status).toBe(200)
    expect(server.child.exitCode).toBeNull()
  })

  test('its log names requests, never their text', async () => {
    await fetch(server.url + '/v2/check', {method: 'POST', body: new URLSearchParams({language: 'en', text: seed})})
    expect(server.log.stderr).toMatch(/^POST \/v2\/check 200 [\d.]+ms \d+B$/m)
    for (const line of seed.split('\n').filter((line) => line.length > 20)) expect(server.log.stderr).not.toContain(line.slice(0, 20))
  })
})

describe('mtlint serve, the process', () => {
  test('SIGTERM closes the server and exits 0', async () => {
    const {child, url} = await startServe()
    expect((await fetch(url + '/health')).status).toBe(200)
    child.kill('SIGTERM')
    expect(await exited(child)).toBe(0)
  })

  test('MTLINT_SERVE_SECRET makes the secret required', async () => {
    const {child, url} = await startServe([], {MTLINT_SERVE_SECRET: 'a long shared secret'})
    const ask = (headers: Record<string, string>) =>
      fetch(url + '/v2/check', {method: 'POST', body: new URLSearchParams({language: 'en', text: 'Hello.'}), headers})
    expect((await ask({})).status).toBe(401)
    expect((await ask({'x-mtlint-secret': 'a long shared secret'})).status).toBe(200)
    child.kill('SIGTERM')
    await exited(child)
  })

  test('a port that is taken is one line and exit 2', async () => {
    const {child, url} = await startServe()
    const result = await runBin('cli', ['serve', '--port', new URL(url).port], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^mtlint serve: cannot listen on 127\.0\.0\.1:\d+: EADDRINUSE\n$/)
    child.kill('SIGTERM')
    await exited(child)
  })

  test.each([
    [['serve', '--nope'], /^mtlint serve: Unknown option '--nope'/],
    [['serve', '--port', '70000'], /^mtlint serve: invalid --port `70000`, expected 0 to 65535\n$/],
    [['serve', '--queue', 'many'], /^mtlint serve: invalid --queue `many`, expected an integer of 0 or more\n$/],
    [['serve', 'article.txt'], /^mtlint serve: mtlint serve takes no files \(`article.txt`\); clients send the text\n$/]
  ])('%j is a usage error', async (args, message) => {
    const result = await runBin('cli', args, root)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  test('--help, and a line in mtlint --help', async () => {
    const help = await runBin('cli', ['serve', '--help'], root)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: mtlint serve [options]')
    expect((await runBin('cli', ['--help'], root)).stdout).toContain('mtlint serve [--port 8081] [--host 127.0.0.1]')
  })
})
