import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {rules} from '../../src/index.js'
import {failure, folder, mtlint} from './run.js'

const badConfigurations: Array<{name: string; file: string; value: string; reason: string}> = [
  {
    name: 'JSON syntax',
    file: '.mtlintrc',
    value: '{"rules": {',
    reason:
      "Cannot process file: Cannot parse file `.mtlintrc`: Expected property name or '}' in JSON at position 11 while parsing \"{\\\"rules\\\": {\" in {cwd}/.mtlintrc"
  },
  {
    name: 'unknown rule',
    file: '.mtlintrc.json',
    value: '{"rules": {"place-name": "warn"}}',
    reason:
      'Cannot process file: Cannot parse file `.mtlintrc.json`: Unknown rule `place-name` in `rules`, expected one of: ' +
      rules.map((rule) => rule.id).join(', ')
  },
  {
    name: 'bad severity',
    file: '.mtlintrc.yml',
    value: 'rules:\n  place-names: loud\n',
    reason:
      'Cannot process file: Cannot parse file `.mtlintrc.yml`: Invalid severity `"loud"` for rule `place-names`, expected `off`, `warn` or `error`'
  },
  {
    name: 'bad rule option',
    file: 'package.json',
    value: '{"mtlint": {"rules": {"place-names": ["warn", {"prefer": "sometimes"}]}}}',
    reason:
      'Cannot process file: Cannot parse file `package.json`: Invalid option `prefer` for rule `place-names`: expected `current` or `consistent`, not `"sometimes"`'
  },
  {
    name: 'rule option of the wrong type',
    file: '.mtlintrc.json',
    value: '{"rules": {"untranslated-french": ["warn", {"allow": "coup d’état"}]}}',
    reason:
      'Cannot process file: Cannot parse file `.mtlintrc.json`: Invalid option `allow` for rule `untranslated-french`: expected an array of non-empty strings'
  },
  {
    name: 'rule options of the wrong type',
    file: '.mtlintrc.json',
    value: '{"rules": {"quote-marks": ["warn", 3]}}',
    reason:
      'Cannot process file: Cannot parse file `.mtlintrc.json`: Invalid setting for rule `quote-marks`, expected `severity` or `[severity, options]`'
  },
  {
    name: 'unknown key',
    file: '.mtlintrc',
    value: '{"rulez": {}}',
    reason: 'Cannot process file: Cannot parse file `.mtlintrc`: Unknown mtlint option `rulez`, expected `rules`, `format` or `frontmatter`'
  },
  {
    name: 'bad format',
    file: '.mtlintrc',
    value: '{"format": "docx"}',
    reason:
      'Cannot process file: Cannot parse file `.mtlintrc`: Invalid `format` option `"docx"`, expected `text`, `markdown`, `html`'
  },
  {
    name: 'not an object',
    file: '.mtlintrc',
    value: '["place-names"]',
    reason: 'Cannot process file: Cannot parse file `.mtlintrc`: Expected an object such as `{"rules": {…}}`, not `["place-names"]`'
  }
]

describe('bad input exits 2 with a one-line error', () => {
  test.each(badConfigurations)('bad configuration: $name', async ({file, value, reason}) => {
    const cwd = await folder({'a.txt': 'Kiev.\n', [file]: value})
    expect(await mtlint(['a.txt'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: failure('a.txt', reason.replace('{cwd}', cwd))
    })
  })

  test('missing path', async () => {
    const cwd = await folder()
    expect(await mtlint(['missing.txt'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: failure(
        'missing.txt',
        "No such file or folder: ENOENT: no such file or directory, stat '" + path.join(cwd, 'missing.txt') + "'"
      )
    })
  })

  test('folder with no matching files', async () => {
    const cwd = await folder({'notes/readme.rst': 'Kiev\n'})
    expect(await mtlint(['notes'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'mtlint: no files to lint (folders are searched for .txt, .text, .md, .markdown, .html and .htm files)\n' +
        'mtlint: 0 files, 0 words: 0 errors, 0 warnings, 0 infos\n'
    })
  })

  test('empty folder', async () => {
    const cwd = await folder()
    await mkdir(path.join(cwd, 'empty'))
    const result = await mtlint(['empty'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe('mtlint: no files to lint (folders are searched for .txt, .text, .md, .markdown, .html and .htm files)')
  })

  test('a bad configuration does not stop other folders', async () => {
    const cwd = await folder({'good/a.txt': 'Kiev.\n', 'bad/b.txt': 'Kiev.\n', 'bad/.mtlintrc': '{"rules": 1}'})
    const result = await mtlint(['.', '--report', 'json'], cwd)
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stdout)).toEqual([
      {
        path: 'bad/b.txt',
        messages: [
          {
            severity: 'error',
            reason:
              'Cannot process file: Cannot parse file `bad/.mtlintrc`: Invalid `rules` option: expected an object mapping rule ids to settings'
          }
        ]
      },
      {
        path: 'good/a.txt',
        messages: [
          {
            ruleId: 'place-names',
            source: 'mtlint',
            severity: 'warning',
            reason: 'Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
            place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}},
            actual: 'Kiev',
            expected: ['Kyiv'],
            note: expect.stringContaining('Russian-derived spelling'),
            url: 'https://github.com/mtlint/mtlint/blob/main/rules/place-names.md'
          }
        ]
      }
    ])
  })

  test('unknown flag: usage error, no stack trace', async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n'})
    const result = await mtlint(['--frobnicate', 'a.txt'], cwd)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')[0]).toBe('Error: Unknown option `--frobnicate`, expected:')
    expect(result.stderr).not.toMatch(/^\s+at /m)
  })

  test('unknown reporter', async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n'})
    expect(await mtlint(['--report', 'xml', 'a.txt'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mtlint: Unknown reporter `xml`, expected `pretty`, `json`, `github`, `sarif`\n'
    })
  })

  test('--verbose keeps causes and stacks', async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n', '.mtlintrc': '{"rules": {"nope": "warn"}}'})
    const result = await mtlint(['a.txt', '--verbose'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('[cause]:')
    expect(result.stderr).toMatch(/^\s+at /m)
  })
})
