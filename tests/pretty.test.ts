import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {pretty, type PrettyOptions} from '../src/cli/pretty.js'
import {formatCount} from '../src/reporters/shared.js'

/** A file with a message at each of `lines` (1-based): `Kiev` warnings, and an info on every third. */
function file(name: string, lines: number[]): VFile {
  const value = lines.map(() => 'Kiev is long gone.').join('\n')
  const vfile = new VFile({path: name, cwd: process.cwd(), value})
  for (const line of lines) {
    const info = line % 3 === 0
    const message = vfile.message(info ? 'Unexpected `underlined` (calque), expected `stressed`' : 'Unexpected `Kiev`, expected `Kyiv`', {
      place: {start: {line, column: 1, offset: 0}, end: {line, column: 5, offset: 4}},
      ruleId: info ? 'calque' : 'place-names',
      source: 'mtlint'
    })
    message.fatal = info ? undefined : false
  }
  return vfile
}

const options: PrettyOptions = {maxMessages: 0}

describe('the pretty report', () => {
  test('aligned columns, a blank line after a file’s messages, a tally of every severity', () => {
    expect(pretty([file('a.txt', [1, 3]), file('b.txt', []), file('c.txt', [2])], options).split('\n')).toEqual([
      'a.txt',
      '1:1-1:5 warning Unexpected `Kiev`, expected `Kyiv`                    place-names mtlint',
      '3:1-3:5 info    Unexpected `underlined` (calque), expected `stressed` calque      mtlint',
      '',
      'b.txt: no issues found',
      'c.txt',
      '2:1-2:5 warning Unexpected `Kiev`, expected `Kyiv`                    place-names mtlint',
      '',
      '3 messages (⚠ 2 warnings, 1 info)'
    ])
  })

  test.each([
    {maxMessages: 2, shown: 2, note: '… and 4 more messages (--max-messages 2; --max-messages 0 prints all, --report json writes all)'},
    {maxMessages: 5, shown: 5, note: '… and 1 more message (--max-messages 5; --max-messages 0 prints all, --report json writes all)'},
    {maxMessages: 6, shown: 6, note: undefined},
    {maxMessages: 0, shown: 6, note: undefined}
  ])('--max-messages $maxMessages: $shown printed, then how many were left out; the tally counts them all', ({maxMessages, shown, note}) => {
    const report = pretty([file('a.txt', [1, 2, 3]), file('b.txt', [1, 3, 4])], {maxMessages}).split('\n')
    expect(report.filter((line) => /^\d+:\d+-/.test(line))).toHaveLength(shown)
    expect(report.filter((line) => line.startsWith('… and'))).toEqual(note ? [note] : [])
    expect(report.at(-1)).toBe('6 messages (⚠ 4 warnings, 2 infos)')
  })

  test('--quiet leaves out infos, and files with nothing left to show', () => {
    expect(pretty([file('a.txt', [3]), file('b.txt', [1])], {...options, quiet: true}).split('\n')).toEqual([
      'b.txt',
      '1:1-1:5 warning Unexpected `Kiev`, expected `Kyiv` place-names mtlint',
      '',
      '⚠ 1 warning'
    ])
  })

  test('in a terminal, reasons wrap to its width, under their column', () => {
    const lines = pretty([file('a.txt', [1, 3])], {...options, width: 60}).split('\n')
    expect(lines).toEqual([
      'a.txt',
      '1:1-1:5 warning Unexpected `Kiev`,       place-names mtlint',
      '                expected `Kyiv`',
      '3:1-3:5 info    Unexpected `underlined`  calque      mtlint',
      '                (calque), expected',
      '                `stressed`',
      '',
      '2 messages (⚠ 1 warning, 1 info)'
    ])
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60)
  })

  test('colours: the path by its worst message, the severity, code spans in reasons', () => {
    const [header, row] = pretty([file('a.txt', [1])], {...options, color: true}).split('\n')
    expect(header).toBe('\u001B[4m\u001B[33ma.txt\u001B[39m\u001B[24m')
    expect(row).toBe(
      '1:1-1:5 \u001B[33mwarning\u001B[39m \u001B[1mUnexpected \u001B[36m`Kiev`\u001B[39m, expected \u001B[36m`Kyiv`\u001B[39m\u001B[22m place-names mtlint'
    )
  })
})

describe('counts in reports', () => {
  // Grouped by hand (no ICU formatter at start-up), as `Intl.NumberFormat('en-US')` groups them.
  const intl = new Intl.NumberFormat('en-US')
  test.each([0, 1, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789, Number.MAX_SAFE_INTEGER, -1, -1234, -0, 1.5, 12_345.678, 1e21, Number.NaN, Infinity])(
    '%d as Intl writes it',
    (value) => {
      expect(formatCount(value)).toBe(intl.format(value))
    }
  )
  test('examples', () => {
    expect([formatCount(0), formatCount(1000), formatCount(1_234_567)]).toEqual(['0', '1,000', '1,234,567'])
  })
})
