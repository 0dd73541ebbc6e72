import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parseServeArgs, serveHelp, type ServeArgs} from '../../src/serve/command.js'

describe('parseServeArgs', () => {
  test.each<{argv: string[]; expected: Partial<ServeArgs>}>([
    {argv: [], expected: {port: 8081, host: '127.0.0.1', maxLength: 100_000, timeout: 10_000, queue: 16, allowOrigins: [], log: false}},
    {argv: ['--port', '0', '--host', '::1'], expected: {port: 0, host: '::1'}},
    {argv: ['--port=9000', '--queue', '0', '--timeout', '500'], expected: {port: 9000, queue: 0, timeout: 500}},
    {
      argv: ['--allow-origin', 'https://a.example, https://b.example', '--allow-origin', '*'],
      expected: {allowOrigins: ['https://a.example', 'https://b.example', '*']}
    },
    {argv: ['--log', '-h'], expected: {log: true, help: true}}
  ])('$argv', ({argv, expected}) => {
    expect(parseServeArgs(argv)).toMatchObject(expected)
  })

  test.each([
    [['--port', '-1'], /^Option '--port' argument is ambiguous/],
    [['--port', '65536'], /^invalid --port `65536`, expected 0 to 65535$/],
    [['--max-length', '0'], /^invalid --max-length `0`, expected an integer of 1 or more$/],
    [['--timeout', '1.5'], /^invalid --timeout `1.5`, expected an integer of 1 or more$/],
    [['--secret', 'x'], /^Unknown option '--secret'/],
    [['drafts'], /^mtlint serve takes no files \(`drafts`\); clients send the text$/]
  ])('%j: %s', (argv, message) => {
    expect(() => parseServeArgs(argv)).toThrow(message)
  })
})

test('the README’s table of `mtlint serve` options is `mtlint serve --help`’s list', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## Use it from Google Docs, Word and your browser'), readme.indexOf('### Cost and load'))
  const inReadme = [...section.matchAll(/^\| `(--[a-z-]+)[^`]*` \|/gm)].map((match) => match[1])
  const inHelp = [...serveHelp.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((match) => match[1]).filter((flag) => flag !== '--help')
  expect(inReadme).toEqual(inHelp)
})
