import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
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
    // vfile-reporter’s own tally, then mtlint’s summary line.
    expect(lines.slice(-4)).toEqual([
      '',
      `${warnings + infos} messages (⚠ ${warnings} warnings)`,
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

  test('--help documents unified-args’ flags, mtlint’s own and the exit codes', async () => {
    const result = await mtlint(['--help'], await folder())
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: mtlint \[options\] \[path \| glob \.\.\.\]\n/)
    for (const flag of ['--frail', '--quiet', '--watch', '--rc-path', '--ignore-path', '--fix ', '--fix-dry-run', '--stats', '--report <name>']) {
      expect(result.stdout).toContain(flag)
    }
    expect(result.stdout).toContain('Exit codes: 0 no errors (no warnings with --frail), 1 findings, 2 usage, configuration or I/O error.')
  })

  test('URLs and e-mail addresses are not prose', async () => {
    const cwd = await folder({'a.txt': 'See https://www.kiev.ua/Kiev, www.Kiev.ua or desk@Kiev.ua about Kiev.\n'})
    const result = await mtlint(['a.txt', '--report', 'json'], cwd)
    expect(findings(result.stdout)).toEqual([
      'a.txt:1:65-1:69: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)'
    ])
  })

  test('`--tree-out` prints the tree of plain text, which mtlint builds only when asked', async () => {
    const cwd = await folder({'a.txt': 'He stayed.\n\nIn Kiev.\n'})
    const result = await mtlint(['a.txt', '--tree-out', '--stdout'], cwd)
    expect(result.code).toBe(0)
    const tree = JSON.parse(result.stdout) as {children: Array<{type: string}>}
    expect(tree.children.map((child) => child.type)).toEqual(['ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode', 'WhiteSpaceNode'])
  })
})
