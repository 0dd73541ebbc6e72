import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import ajvDraft04 from 'ajv-draft-04'
import {describe, expect, test} from 'vitest'
import {rules} from '../../../src/index.js'
import {apiCounts, apiFindings, folder, mtlint, root} from './run.js'

const require = createRequire(import.meta.url)
const sarifSchema = JSON.parse(await readFile(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object

// A CommonJS module with `exports.default`: Node gives the exports object, vitest’s interop the class.
const Ajv = ('default' in ajvDraft04 ? ajvDraft04.default : ajvDraft04) as typeof ajvDraft04.default

/** Ajv for the official schema: its `language` pattern is not valid with the `u` flag, so regexes go without it. */
function sarifValidator() {
  return new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
}

const article = await readFile(path.join(root, 'fixtures/afp-ukraine-2022.txt'), 'utf8')
const files = {
  'article.txt': article,
  'docs/brief.md': '# Brief\n\nTalks in Kiev, “ he said.\n',
  'docs/clean.html': '<p>Kyiv and Moscow.</p>\n'
}

describe('reporters', () => {
  test('github: one workflow command per message, on stdout', async () => {
    const cwd = await folder(files)
    const result = await mtlint(['docs', '--report', 'github'], cwd)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      '::warning file=docs/brief.md,line=3,col=10,endLine=3,endColumn=14,title=place-names::Unexpected `Kiev` (outdated spelling), expected `Kyiv`\n' +
        '::warning file=docs/brief.md,line=3,col=16,endLine=3,endColumn=18,title=quote-marks::Unexpected `“ ` (quotation never closed, with a space inside the quotation marks), close the quotation or remove the mark\n'
    )
    expect(result.stderr).toBe('mtlint: 2 files, 9 words: 0 errors, 2 warnings, 0 infos\n')
  })

  test('github: errors, and failures without a rule', async () => {
    const cwd = await folder({'a.txt': 'Kiev, 100%\nsure.\n', '.mtlintrc': '{"rules": {"place-names": "error"}}'})
    const result = await mtlint(['a.txt', 'missing.txt', '--report', 'github'], cwd)
    expect(result.code).toBe(2)
    expect(result.stdout.split('\n')).toEqual([
      '::error file=a.txt,line=1,col=1,endLine=1,endColumn=5,title=place-names::Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
      "::error file=missing.txt,title=mtlint::No such file or folder: ENOENT: no such file or directory, stat '" + path.join(cwd, 'missing.txt') + "'",
      ''
    ])
  })

  test('sarif: valid SARIF 2.1.0, every rule with its doc URL, results with regions and fixes', async () => {
    const cwd = await folder(files)
    const result = await mtlint(['.', '--report', 'sarif'], cwd)
    expect(result.code).toBe(0)
    const log = JSON.parse(result.stdout) as {
      version: string
      runs: Array<{
        tool: {driver: {name: string; rules: Array<{id: string; helpUri: string}>}}
        invocations: Array<{executionSuccessful: boolean}>
        results: Array<{ruleId: string; ruleIndex?: number; locations: unknown[]; fixes?: unknown[]}>
      }>
    }

    const ajv = sarifValidator()
    const validate = ajv.compile(sarifSchema)
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true)
    // The validator has teeth: a run without its tool is refused.
    expect(validate({version: '2.1.0', runs: [{results: []}]})).toBe(false)

    const run = log.runs[0]!
    expect(run.tool.driver.name).toBe('mtlint')
    expect(run.tool.driver.rules.map((rule) => [rule.id, rule.helpUri])).toEqual(rules.map((rule) => [rule.id, rule.url]))
    expect(run.invocations).toEqual([{executionSuccessful: true, toolExecutionNotifications: []}])
    const expected = (await apiFindings(article, 'article.txt')).length + (await apiFindings(files['docs/brief.md'], 'docs/brief.md')).length
    expect(run.results).toHaveLength(expected)
    expect(run.results[0]).toEqual({
      ruleId: 'place-names',
      ruleIndex: 3,
      level: 'warning',
      message: {text: 'Unexpected `Kiev` (outdated spelling), expected `Kyiv`'},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'article.txt'},
            region: {startLine: 1, startColumn: 12, endLine: 1, endColumn: 16}
          }
        }
      ],
      fixes: [
        {
          description: {text: 'Replace with `Kyiv`'},
          artifactChanges: [
            {
              artifactLocation: {uri: 'article.txt'},
              replacements: [
                {
                  deletedRegion: {startLine: 1, startColumn: 12, endLine: 1, endColumn: 16},
                  insertedContent: {text: 'Kyiv'}
                }
              ]
            }
          ]
        }
      ]
    })
    expect(run.results.map((result) => result.locations).flat()).toHaveLength(expected)
  })

  test('sarif: failures are tool notifications, and the run did not succeed', async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n'})
    const result = await mtlint(['a.txt', 'missing.txt', '--report', 'sarif'], cwd)
    expect(result.code).toBe(2)
    const log = JSON.parse(result.stdout) as {runs: Array<{invocations: unknown[]; results: unknown[]}>}
    const ajv = sarifValidator()
    expect(ajv.validate(sarifSchema, log), ajv.errorsText(ajv.errors)).toBe(true)
    expect(log.runs[0]!.results).toHaveLength(1)
    expect(log.runs[0]!.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: {text: "No such file or folder: ENOENT: no such file or directory, stat '" + path.join(cwd, 'missing.txt') + "'"},
            locations: [{physicalLocation: {artifactLocation: {uri: 'missing.txt'}}}]
          }
        ]
      }
    ])
  })

  test('json --quiet leaves out files without messages', async () => {
    const cwd = await folder(files)
    const result = await mtlint(['docs', '--report', 'json', '--quiet'], cwd)
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['docs/brief.md'])
  })

  test('--stats: findings per 1,000 words, worst first, on stdout, where it can be redirected', async () => {
    const cwd = await folder(files)
    const result = await mtlint(['.', '--stats', '--silent'], cwd)
    const findings = String((await apiFindings(article, 'article.txt')).length)
    const density = ((Number(findings) * 1000) / 755).toFixed(1)
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'per 1k  findings  words  file\n' +
        ' 333.3         2      6  docs/brief.md\n' +
        density.padStart(6) +
        '  ' +
        findings.padStart(8) +
        '    755  article.txt\n' +
        '   0.0         0      3  docs/clean.html\n'
    })
  })

  test('the summary line counts files, words and findings', async () => {
    const cwd = await folder(files)
    const result = await mtlint(['.', '--quiet'], cwd)
    const article = await apiCounts(await readFile(path.join(cwd, 'article.txt'), 'utf8'))
    expect(result.stderr.split('\n').slice(-2)).toEqual([`mtlint: 3 files, 764 words: 0 errors, ${article.warnings + 2} warnings, ${article.infos} infos`, ''])
  })
})
