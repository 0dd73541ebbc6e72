import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {optionUsage} from '../../../src/cli/help.js'
import {optionSpecs} from '../../../src/cli/options.js'
import {apiCounts, apiFindings, findings, folder, mtlint, root} from './run.js'

const article = await readFile(path.join(root, 'fixtures/afp-ukraine-2022.txt'), 'utf8')

describe('mtlint on plain text', () => {
  test('reports the seed article on stderr, prints nothing on stdout, exits 0 on warnings', async () => {
    const cwd = await folder({'article.txt': article})
    const result = await mtlint(['article.txt'], cwd)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    const lines = result.stderr.split('\n')
    expect(lines[0]).toBe('article.txt')
    expect(lines[1]).toMatch(/^1:12-1:16 +warning Unexpected `Kiev` \(outdated spelling\), expected `Kyiv` +place-names +mtlint$/)
    const {warnings, infos} = await apiCounts(article)
    // The report’s tally, which counts infos too, then mtlint’s summary line.
    expect(lines.slice(-4)).toEqual([
      '',
      `${warnings + infos} messages (⚠ ${warnings} warnings, ${infos} infos)`,
      `mtlint: 1 file, 755 words: 0 errors, ${warnings} warnings, ${infos} infos`,
      ''
    ])
  })

  test('finds the same as the API, span for span', async () => {
    const cwd = await folder({'article.txt': article})
    const result = await mtlint(['article.txt', '--report', 'json'], cwd)
    expect(findings(result.stdout)).toEqual(await apiFindings(article, 'article.txt'))
    expect(findings(result.stdout).length).toBeGreaterThan(20)
  })

  test('`--frail` exits 1 on warnings', async () => {
    const cwd = await folder({'article.txt': article})
    expect((await mtlint(['article.txt', '--frail'], cwd)).code).toBe(1)
  })

  test('a rule set to `error` exits 1', async () => {
    const cwd = await folder({'article.txt': article, '.mtlintrc': '{"rules": {"place-names": "error"}}'})
    const result = await mtlint(['article.txt', '--silent'], cwd)
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'article.txt\n' +
        '1:12-1:16   error Unexpected `Kiev` (outdated spelling), expected `Kyiv` place-names mtlint\n' +
        '9:153-9:157 error Unexpected `Kiev` (outdated spelling), expected `Kyiv` place-names mtlint\n' +
        '\n' +
        '✖ 2 errors\n'
    })
  })

  test.each([
    {name: 'a clean file', file: 'clean.txt', text: 'Kyiv and Moscow resumed talks on Sunday.\n', words: 7},
    {name: 'an empty file', file: 'empty.txt', text: '', words: 0}
  ])('$name: no issues, exit 0', async ({file, text, words}) => {
    const cwd = await folder({[file]: text})
    expect(await mtlint([file], cwd)).toEqual({
      code: 0,
      stdout: '',
      stderr: file + ': no issues found\nmtlint: 1 file, ' + words + ' words: 0 errors, 0 warnings, 0 infos\n'
    })
  })

  test('a folder: every .txt, .md and .html file in it, other files left alone', async () => {
    const cwd = await folder({
      'a.txt': 'Kiev.\n',
      'docs/b.md': '# Kiev\n',
      'docs/c.html': '<p>Kiev</p>\n',
      'docs/d.json': '{"Kiev": 1}\n'
    })
    const result = await mtlint(['.', '--report', 'json'], cwd)
    expect(result.code).toBe(0)
    expect(findings(result.stdout)).toEqual([
      'a.txt:1:1-1:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
      'docs/b.md:1:3-1:7: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
      'docs/c.html:1:4-1:8: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)'
    ])
  })

  test('--help: mtlint’s usage, examples, every option once, the exit codes', async () => {
    const result = await mtlint(['--help'], await folder())
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(result.stdout).toMatch(/^Usage: mtlint \[options\] \[path \| glob …\]\n/)
    for (const spec of optionSpecs) {
      expect(result.stdout.split('\n').filter((line) => line.startsWith('  ' + optionUsage(spec) + ' '))).toHaveLength(1)
    }
    expect(result.stdout).toContain('  mtlint . --report sarif > results.sarif\n')
    expect(result.stdout).toContain('Exit codes: 0 no errors (no warnings with --frail), 1 findings, 2 usage, configuration or I/O error,')
    // Options of unified’s CLIs that mean nothing for a linter are not offered.
    expect(result.stdout).not.toMatch(/--tree|--inspect|--output|--stdout| -o /)
  })

  test('URLs and e-mail addresses are not prose', async () => {
    const cwd = await folder({'a.txt': 'See https://www.kiev.ua/Kiev, www.Kiev.ua or desk@Kiev.ua about Kiev.\n'})
    const result = await mtlint(['a.txt', '--report', 'json'], cwd)
    expect(findings(result.stdout)).toEqual(['a.txt:1:65-1:69: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)'])
  })

  test.each(['--tree-out', '--tree', '--tree-in', '--inspect', '--stdout', '--no-stdout', '--output'])(
    '%s has no meaning for a linter: refused, exit 2',
    async (flag) => {
      const cwd = await folder({'a.txt': 'He stayed.\n'})
      const result = await mtlint(['a.txt', flag], cwd)
      expect(result).toEqual({code: 2, stdout: '', stderr: expect.stringMatching(new RegExp('^mtlint: ' + flag + ' has no meaning for a linter: [^\\n]+\\n$'))})
    }
  )
})
