import {execFileSync} from 'node:child_process'
import {lstat, readFile, symlink} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {failure, findings, folder, mtlint} from './cli/run.js'

/**
 * Folder walks under hostile conditions (issue 20): links that loop, FIFOs
 * named like documents, devices, a file named twice, a glob that matches
 * nothing. On the engine’s own walk, the looping and FIFO cases never ended:
 * each test has a deadline of its own.
 */
const deadline = {timeout: 30_000}
const kiev = 'a.txt:1:1-1:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)'

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file])
}

describe('folder walks', () => {
  test('a link to a parent folder: each file is linted and fixed once', deadline, async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n', 'sub/b.txt': 'MM. Blinken.\n'})
    await symlink('..', path.join(cwd, 'sub/up'))
    const report = await mtlint(['.', '--report', 'json'], cwd)
    expect((JSON.parse(report.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['a.txt', 'sub/b.txt'])

    const fixed = await mtlint(['.', '--fix'], cwd)
    expect(fixed.code).toBe(0)
    expect(fixed.stderr).toMatch(/; fixed 2 files\n$/)
    expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe('Kyiv.\n')
  })

  test('two links to parent folders: the walk ends, each file once', deadline, async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n', 'sub/deeper/b.txt': 'Fine.\n'})
    await symlink('..', path.join(cwd, 'sub/up'))
    await symlink('../..', path.join(cwd, 'sub/deeper/top'))
    const result = await mtlint(['.', 'sub/up', '--report', 'json'], cwd)
    expect(result.code).toBe(0)
    expect(findings(result.stdout)).toEqual([kiev])
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['a.txt', 'sub/deeper/b.txt'])
  })

  test('a file named twice, or through a link, is linted and fixed once', async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n'})
    await symlink('a.txt', path.join(cwd, 'link.txt'))
    const result = await mtlint(['a.txt', './a.txt', 'link.txt', '--fix'], cwd)
    expect(result).toEqual({code: 0, stdout: '', stderr: 'a.txt: no issues found\nmtlint: 1 file, 1 word: 0 errors, 0 warnings, 0 infos; fixed 1 file\n'})
    expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe('Kyiv.\n')
    expect((await lstat(path.join(cwd, 'link.txt'))).isSymbolicLink()).toBe(true)
  })

  test('a FIFO named like a document in a folder: a one-line notice, the rest is linted', deadline, async () => {
    const cwd = await folder({'docs/a.txt': 'Kiev.\n'})
    mkfifo(path.join(cwd, 'docs/pipe.txt'))
    const result = await mtlint(['docs', '--report', 'json'], cwd)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('mtlint: skipped docs/pipe.txt: not a regular file (a FIFO)\nmtlint: 1 file, 1 word: 0 errors, 1 warning, 0 infos\n')
    expect(findings(result.stdout)).toEqual(['docs/' + kiev])
  })

  test.each([
    {name: 'a FIFO', make: (cwd: string) => mkfifo(path.join(cwd, 'pipe.txt')), arg: 'pipe.txt', kind: 'a FIFO'},
    {name: 'a character device', make: () => {}, arg: '/dev/zero', kind: 'a character device'}
  ])('$name named on the command line: refused at once, exit 2, never written', deadline, async ({make, arg, kind}) => {
    const cwd = await folder({'b.txt': 'Kiev.\n'})
    make(cwd)
    const result = await mtlint([arg, '--fix'], cwd)
    const shown = path.relative(cwd, path.resolve(cwd, arg))
    expect(result).toEqual({code: 2, stdout: '', stderr: failure(shown, 'Cannot process file: not a regular file (' + kind + '): skipped')})
    if (arg === 'pipe.txt') expect((await lstat(path.join(cwd, 'pipe.txt'))).isFIFO()).toBe(true)
  })

  test('a glob that matches nothing is an error, even beside other paths', async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n'})
    const result = await mtlint(['a.txt', 'drafts/**/*.md', '--report', 'json'], cwd)
    expect(result.code).toBe(2)
    expect(findings(result.stdout)).toEqual([kiev, 'drafts/**/*.md:1:1: No file matches this glob: check the pattern, and quote it for the shell (no rule)'])
  })
})
