import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {rules} from '../src/index.js'
import {sarifReporter, uriOf} from '../src/reporters/sarif.js'

describe('SARIF artifact URIs are percent-encoded relative references', () => {
  test.each([
    ['a.txt', 'a.txt'],
    ['docs/brief one.md', 'docs/brief%20one.md'],
    // Unencoded, `colon:` would be read as a URI scheme, and `%.` as a broken escape.
    ['colon:comma,pct%.txt', 'colon%3Acomma%2Cpct%25.txt'],
    ['line\nbreak.txt', 'line%0Abreak.txt'],
    ['café/#1?.html', 'caf%C3%A9/%231%3F.html'],
    ['../up.txt', '../up.txt'],
    ['<stdin>', '%3Cstdin%3E']
  ])('%j → %s', (filePath, uri) => {
    expect(uriOf(filePath)).toBe(uri)
  })

  test('in the log: every location and fix', () => {
    const file = new VFile({path: 'colon:comma,pct%.txt', cwd: process.cwd(), value: 'Kiev'})
    const message = file.message('Unexpected `Kiev`', {
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}},
      ruleId: 'place-names',
      source: 'mtlint'
    })
    message.fatal = false
    message.expected = ['Kyiv']
    const log = JSON.parse(sarifReporter(rules)([file], {})) as {runs: Array<{results: Array<{locations: unknown[]; fixes: unknown[]}>}>}
    const uris = JSON.stringify(log.runs[0]!.results).match(/"uri":"[^"]*"/g)
    expect(uris).toEqual(['"uri":"colon%3Acomma%2Cpct%25.txt"', '"uri":"colon%3Acomma%2Cpct%25.txt"'])
  })
})
