import {describe, expect, test} from 'vitest'
import {findings, folder, mtlint} from './run.js'

const text = 'Kiev and Kyiv and Kiev.\n'
const outdated = [
  'a.txt:1:1-1:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
  'a.txt:1:19-1:23: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)'
]
const inconsistent = ['a.txt:1:10-1:14: Unexpected `Kyiv` (inconsistent spelling), expected `Kiev` (place-names)']

// The same settings, written in every place mtlint reads them.
const consistent = {rules: {'place-names': ['warn', {prefer: 'consistent'}]}}
const json = JSON.stringify(consistent)
const off = '{"rules": {"place-names": "off"}}'

const configurations: Array<{name: string; files: Record<string, string>; args?: string[]; expected: string[]}> = [
  {name: 'no configuration: defaults', files: {}, expected: outdated},
  {name: '.mtlintrc (JSON)', files: {'.mtlintrc': off}, expected: []},
  {name: '.mtlintrc.json with rule options', files: {'.mtlintrc.json': json}, expected: inconsistent},
  {name: '.mtlintrc.yml', files: {'.mtlintrc.yml': 'rules:\n  place-names: [warn, {prefer: consistent}]\n'}, expected: inconsistent},
  {name: '.mtlintrc.mjs', files: {'.mtlintrc.mjs': 'export default ' + json + '\n'}, expected: inconsistent},
  {name: '`mtlint` field in package.json', files: {'package.json': JSON.stringify({name: 'desk', mtlint: consistent})}, expected: inconsistent},
  {name: 'package.json without the field: defaults', files: {'package.json': '{"name": "desk"}'}, expected: outdated},
  {name: 'the closest configuration wins', files: {'../.mtlintrc': off, '.mtlintrc': '{}'}, expected: outdated},
  {name: '--rc-path', files: {'.mtlintrc': off, 'ci.json': json}, args: ['--rc-path', 'ci.json'], expected: inconsistent},
  {name: '--no-config', files: {'.mtlintrc': off}, args: ['--no-config'], expected: outdated}
]

describe('configuration files', () => {
  test.each(configurations)('$name', async ({files, args = [], expected}) => {
    const cwd = await folder(Object.fromEntries(Object.entries(files).map(([name, value]) => ['project/' + name, value])))
    const result = await mtlint(['a.txt', '--report', 'json', ...args], cwd + '/project', undefined, {'a.txt': text})
    expect(result.code).toBe(0)
    expect(findings(result.stdout)).toEqual(expected)
  })
})

describe('ignore files and stdin', () => {
  test('.mtlintignore leaves files out of folders, and refuses them when named', async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n', 'drafts/b.txt': 'Kiev.\n', '.mtlintignore': 'drafts/\n'})
    const all = await mtlint(['.', '--report', 'json'], cwd)
    expect(findings(all.stdout)).toEqual(['a.txt:1:1-1:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)'])

    const named = await mtlint(['drafts/b.txt'], cwd)
    expect(named).toEqual({
      code: 2,
      stdout: '',
      stderr: 'drafts/b.txt\n error Cannot process specified file: it’s ignored\n\n✖ 1 error\n' + 'mtlint: 1 file, 0 words: 1 error, 0 warnings, 0 infos\n'
    })

    expect((await mtlint(['drafts/b.txt', '--silently-ignore'], cwd)).code).toBe(0)
  })

  test('--ignore-path and --ignore-pattern', async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n', 'b.txt': 'Kiev.\n', 'lint-ignore': 'a.txt\n'})
    const result = await mtlint(['.', '--ignore-path', 'lint-ignore', '--ignore-pattern', 'b.txt'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('mtlint: no files to lint')
  })

  test('stdin, as plain text', async () => {
    const cwd = await folder()
    expect(await mtlint([], cwd, 'He stayed in Kiev.\n')).toEqual({
      code: 0,
      stdout: '',
      stderr:
        '<stdin>\n1:14-1:18 warning Unexpected `Kiev` (outdated spelling), expected `Kyiv` place-names mtlint\n\n⚠ 1 warning\n' +
        'mtlint: 1 file, 4 words: 0 errors, 1 warning, 0 infos\n'
    })
  })

  test('stdin with --file-path: its format, its configuration', async () => {
    const cwd = await folder({'docs/.mtlintrc': '{"rules": {"quote-marks": "error"}}'})
    const result = await mtlint(['--file-path', 'docs/story.md', '--report', 'json'], cwd, 'He said “Kiev `”`.\n')
    expect(result.code).toBe(1)
    expect(findings(result.stdout)).toEqual([
      'docs/story.md:1:9-1:10: Unexpected `“` (quotation never closed), close the quotation or remove the mark (quote-marks)',
      'docs/story.md:1:10-1:14: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)'
    ])
  })
})
