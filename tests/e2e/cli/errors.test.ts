import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {rules} from '../../../src/index.js'
import {failure, folder, mtlint} from './run.js'

const badConfigurations: Array<{name: string; file: string; value: string; reason: string}> = [
  {
    name: 'JSON syntax',
    file: '.mtlintrc',
    value: '{"rules": {',
    reason:
      'Cannot process file: Cannot parse file `.mtlintrc`: Expected property name or \'}\' in JSON at position 11 while parsing "{\\"rules\\": {" in {cwd}/.mtlintrc'
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
    reason: 'Cannot process file: Cannot parse file `.mtlintrc.yml`: Invalid severity `"loud"` for rule `place-names`, expected `off`, `warn` or `error`'
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
    reason: 'Cannot process file: Cannot parse file `.mtlintrc.json`: Invalid setting for rule `quote-marks`, expected `severity` or `[severity, options]`'
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
    reason: 'Cannot process file: Cannot parse file `.mtlintrc`: Invalid `format` option `"docx"`, expected `text`, `markdown`, `html`'
  },
  {
    name: 'rules set to null',
    file: '.mtlintrc',
    value: '{"rules": null}',
    reason: 'Cannot process file: Cannot parse file `.mtlintrc`: Invalid `rules` option: `null`, expected an object mapping rule ids to settings'
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
      stderr: failure('missing.txt', "No such file or folder: ENOENT: no such file or directory, stat '" + path.join(cwd, 'missing.txt') + "'")
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
            reason: 'Cannot process file: Cannot parse file `bad/.mtlintrc`: Invalid `rules` option: expected an object mapping rule ids to settings'
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
            url: 'https://github.com/mtlint/mtlint/blob/main/rules/place-names.md',
            fingerprint: expect.any(Number)
          }
        ]
      }
    ])
  })

  test.each([
    {args: ['--frobnicate', 'a.txt'], stderr: 'mtlint: unknown option --frobnicate; see mtlint --help\n'},
    {args: ['-x', 'a.txt'], stderr: 'mtlint: unknown option -x; see mtlint --help\n'},
    {args: ['--report', 'xml', 'a.txt'], stderr: 'mtlint: invalid --report `xml`, expected pretty, json, github, sarif\n'},
    {args: ['a.txt', '--report'], stderr: 'mtlint: --report needs a value: <name>\n'},
    {args: ['--jobs', '2', 'a.txt'], stderr: 'mtlint: --jobs needs --jsonl\n'},
    {args: ['--fix', '--fix-dry-run', 'a.txt'], stderr: 'mtlint: --fix and --fix-dry-run cannot be used together: pick one\n'},
    {args: ['-o', 'a.txt'], stderr: 'mtlint: -o has no meaning for a linter: mtlint never writes documents back (--fix writes fixes)\n'},
    {args: ['--fix-dry-run', '--report', 'json', 'a.txt'], stderr: 'mtlint: --report json and --fix-dry-run both write to stdout: run them one at a time\n'},
    {args: ['--fix', '--report', 'sarif'], stderr: 'mtlint: --report sarif and --fix on stdin both write to stdout: run them one at a time\n'},
    {
      args: ['--setting', 'rules: {"place-names": "off"}', 'a.txt'],
      stderr: 'mtlint: unknown setting `rules` in --setting, expected `mtlint`, such as --setting \'mtlint: {rules: {"place-names": "off"}}\'\n'
    }
  ])('usage error $args: one line, exit 2', async ({args, stderr}) => {
    const cwd = await folder({'a.txt': 'Kiev.\n'})
    expect(await mtlint(args, cwd)).toEqual({code: 2, stdout: '', stderr})
  })

  test('--verbose keeps causes and stacks', async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n', '.mtlintrc': '{"rules": {"nope": "warn"}}'})
    const result = await mtlint(['a.txt', '--verbose'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('[cause]:')
    expect(result.stderr).toMatch(/^\s+at /m)
  })
})
