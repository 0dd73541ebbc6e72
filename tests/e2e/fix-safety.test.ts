import {execFileSync} from 'node:child_process'
import {chmod, chown, link, lstat, mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {folder, mtlint, type RunOptions} from './cli/run.js'
import {runRaw} from './spawn.js'

/**
 * `--fix` keeps its promises when files change under it, cannot be written,
 * or come on stdin (issue 20): it writes every file or none, only to the
 * file it read, and a filter always passes its text through.
 */

const asRoot = process.getuid?.() === 0
const nobody: RunOptions = {uid: 65534, gid: 65534}

/** Whether the pretty report shows `reason` as an error of `file` (its columns are aligned with the file’s other messages). */
function reportsError(stderr: string, file: string, reason: string): boolean {
  const escape = (value: string) => value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
  return new RegExp('^' + escape(file) + '\n(?:.+\n)*? +error +' + escape(reason) + '\n', 'm').test(stderr)
}

/** The names of a folder, its temporary and backup files included. */
async function names(cwd: string): Promise<string[]> {
  return (await readdir(cwd)).sort()
}

describe('--fix on stdin is a filter', () => {
  test.each<{name: string; input: string | Buffer; args?: string[]; code: number; stdout: string | Buffer; stderr?: RegExp}>([
    {name: 'nothing to fix: the text as it came', input: 'Kyiv and Moscow.\n', code: 0, stdout: 'Kyiv and Moscow.\n'},
    {name: 'no final newline: none added', input: 'He stayed in Kiev', code: 0, stdout: 'He stayed in Kyiv'},
    {name: 'empty input: empty output', input: '', code: 0, stdout: ''},
    {
      name: 'only an info-level fix: the text as it came',
      input: 'The importance was also underlined during the talks.\n',
      code: 0,
      stdout: 'The importance was also underlined during the talks.\n'
    },
    {
      name: 'not UTF-8: refused, exit 2, the bytes as they came',
      input: Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Kiev.\n')]),
      code: 2,
      stdout: Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Kiev.\n')]),
      stderr: /error +Cannot process file: invalid UTF-8 at byte 3 \(line 1, column 4\): save the file as UTF-8/
    },
    {
      name: 'a bad configuration: exit 2, the text as it came',
      input: 'In Kiev.\n',
      args: ['--setting', 'mtlint: {rules: {"place-names": "error"}}', '--rc-path', 'missing.json'],
      code: 2,
      stdout: 'In Kiev.\n'
    }
  ])('$name', async ({input, args = [], code, stdout, stderr}) => {
    const result = await runRaw(['--fix', ...args], await folder(), input)
    expect(result.code).toBe(code)
    expect(result.stdout.equals(Buffer.from(stdout))).toBe(true)
    if (stderr) expect(result.stderr).toMatch(stderr)
  })
})

describe('--fix writes only the file it read', () => {
  // Plugins that act, while the file is linted, as an editor or an attacker would.
  const plugins: Record<string, string> = {
    'editor.mjs':
      "import {appendFileSync} from 'node:fs'\n" +
      'export default function () {\n' +
      "  return (_, file) => { if (file.basename === 'a.txt') appendFileSync(file.path, 'A line the editor saved.\\n') }\n" +
      '}\n',
    'swap.mjs':
      "import {renameSync, symlinkSync} from 'node:fs'\n" +
      'export default function () {\n' +
      "  return (_, file) => { if (file.basename === 'a.txt') { renameSync(file.path, file.path + '.moved'); symlinkSync('../outside.txt', file.path) } }\n" +
      '}\n'
  }

  test('a file edited while it is linted: nothing is written, exit 2', async () => {
    const cwd = await folder({'work/a.txt': 'He stayed in Kiev.\n', 'work/b.txt': 'MM. Blinken.\n', ...plugins})
    const result = await mtlint(['work', '--fix', '--use', './editor.mjs'], cwd)
    expect(result.code).toBe(2)
    expect(reportsError(result.stderr, 'work/a.txt', 'Cannot fix file: it changed while it was linted: nothing was written; lint it again')).toBe(true)
    expect(result.stderr).toContain('mtlint: --fix wrote no file: work/a.txt could not be written (--fix writes every file or none)')
    expect(await readFile(path.join(cwd, 'work/a.txt'), 'utf8')).toBe('He stayed in Kiev.\nA line the editor saved.\n')
    expect(await readFile(path.join(cwd, 'work/b.txt'), 'utf8')).toBe('MM. Blinken.\n')
    expect(await names(path.join(cwd, 'work'))).toEqual(['a.txt', 'b.txt'])
  })

  test('a file swapped for a link while it is linted: the link’s target is not written, exit 2', async () => {
    const cwd = await folder({'work/a.txt': 'He stayed in Kiev.\n', 'outside.txt': 'Also Kiev.\n', ...plugins})
    const result = await mtlint(['work/a.txt', '--fix', '--use', './swap.mjs'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Cannot fix file: it changed while it was linted')
    expect(await readFile(path.join(cwd, 'outside.txt'), 'utf8')).toBe('Also Kiev.\n')
    expect((await lstat(path.join(cwd, 'work/a.txt'))).isSymbolicLink()).toBe(true)
    expect(await readFile(path.join(cwd, 'work/a.txt.moved'), 'utf8')).toBe('He stayed in Kiev.\n')
  })
})

describe('--fix refuses files it must not replace, and then writes none', () => {
  test.each<{name: string; prepare: (file: string) => Promise<unknown>; reason: string}>([
    {
      name: 'a read-only file (0444), even for root',
      prepare: (file) => chmod(file, 0o444),
      reason: asRoot ? 'it is read-only (mode 0444): make it writable to fix it' : 'it is not writable (EACCES): make it writable to fix it'
    },
    {
      name: 'a file with another hard link',
      prepare: (file) => link(file, file + '.link'),
      reason: 'it has 2 hard links, which replacing it would split: fix it by hand'
    }
  ])('$name', async ({prepare, reason}) => {
    const cwd = await folder({'a.txt': 'MM. Blinken.\n', 'b.txt': 'He stayed in Kiev.\n'})
    const before = await stat(path.join(cwd, 'b.txt'))
    await prepare(path.join(cwd, 'b.txt'))
    const result = await mtlint(['a.txt', 'b.txt', '--fix'], cwd)
    expect(result.code).toBe(2)
    expect(reportsError(result.stderr, 'b.txt', 'Cannot fix file: ' + reason)).toBe(true)
    expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe('MM. Blinken.\n')
    expect(await readFile(path.join(cwd, 'b.txt'), 'utf8')).toBe('He stayed in Kiev.\n')
    expect((await stat(path.join(cwd, 'b.txt'))).ino).toBe(before.ino)
    expect((await names(cwd)).filter((name) => name.startsWith('.'))).toEqual([])
  })

  // Root writes any file, so these need a file root made immutable, or a user root may switch to.
  const chattr = asRoot && canChattr()
  test.skipIf(!chattr)('an immutable file (chattr +i; needs root and a file system that supports it)', async () => {
    const cwd = await folder({'a.txt': 'MM. Blinken.\n', 'b.txt': 'He stayed in Kiev.\n'})
    execFileSync('chattr', ['+i', path.join(cwd, 'b.txt')])
    try {
      const result = await mtlint(['a.txt', 'b.txt', '--fix'], cwd)
      expect(result.code).toBe(2)
      expect(reportsError(result.stderr, 'b.txt', 'Cannot fix file: it is not writable (EPERM): make it writable to fix it')).toBe(true)
      expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe('MM. Blinken.\n')
      expect(await names(cwd)).toEqual(['a.txt', 'b.txt'])
    } finally {
      execFileSync('chattr', ['-i', path.join(cwd, 'b.txt')])
    }
  })

  test.skipIf(!asRoot)('a file in a sticky folder that another user owns (run as nobody; needs root to switch users)', async () => {
    const cwd = await folder()
    await chmod(cwd, 0o755)
    await mkdir(path.join(cwd, 'own'))
    await writeFile(path.join(cwd, 'own/a.txt'), 'MM. Blinken.\n')
    await chown(path.join(cwd, 'own'), 65534, 65534)
    await chown(path.join(cwd, 'own/a.txt'), 65534, 65534)
    await mkdir(path.join(cwd, 'shared'))
    await chmod(path.join(cwd, 'shared'), 0o1777)
    await writeFile(path.join(cwd, 'shared/b.txt'), 'He stayed in Kiev.\n', {mode: 0o666})
    await chmod(path.join(cwd, 'shared/b.txt'), 0o666)
    const result = await mtlint(['own/a.txt', 'shared/b.txt', '--fix'], cwd, undefined, {}, nobody)
    expect(result.code).toBe(2)
    expect(reportsError(result.stderr, 'shared/b.txt', 'Cannot fix file: it is in a sticky folder and owned by another user, so it cannot be replaced')).toBe(
      true
    )
    expect(await readFile(path.join(cwd, 'own/a.txt'), 'utf8')).toBe('MM. Blinken.\n')
    expect(await readFile(path.join(cwd, 'shared/b.txt'), 'utf8')).toBe('He stayed in Kiev.\n')
    expect(await names(path.join(cwd, 'shared'))).toEqual(['b.txt'])
    expect(await names(path.join(cwd, 'own'))).toEqual(['a.txt'])
  })

  test.skipIf(!asRoot)('run as root, a fixed file keeps its owner', async () => {
    const cwd = await folder({'a.txt': 'He stayed in Kiev.\n'})
    await chown(path.join(cwd, 'a.txt'), 65534, 65534)
    expect((await mtlint(['a.txt', '--fix'], cwd)).code).toBe(0)
    const after = await stat(path.join(cwd, 'a.txt'))
    expect([after.uid, after.gid]).toEqual([65534, 65534])
    expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe('He stayed in Kyiv.\n')
  })
})

/** Whether `chattr +i` works on a file of the temporary folder (it needs root, and a file system such as ext4). */
function canChattr(): boolean {
  try {
    execFileSync('sh', ['-c', 'f=$(mktemp) && chattr +i "$f" && chattr -i "$f" && rm "$f"'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}
