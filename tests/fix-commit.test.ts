import {appendFile, chmod, link, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {commitWrites, prepareWrite, type PendingWrite} from '../src/cli/fix-files.js'
import {readFiles, type Source} from '../src/cli/read-files.js'

/**
 * What `--fix` promises when files change under it, in-process: it checks
 * each file is still the one it read before writing beside it and again
 * before the rename, and the commit phase is every file or none.
 */

async function folder(files: Record<string, string>): Promise<string> {
  const cwd = await mkdtemp(path.join(tmpdir(), 'mtlint-commit-'))
  for (const [name, value] of Object.entries(files)) await writeFile(path.join(cwd, name), value)
  return cwd
}

async function sources(cwd: string, names: readonly string[]): Promise<Source[]> {
  const files = await readFiles(
    cwd,
    names.map((name) => ({path: name, realPath: path.join(cwd, name)}))
  )
  return files.map((file) => file.data.mtlintSource!)
}

const isRoot = process.getuid?.() === 0

describe('prepareWrite refuses, writing nothing', () => {
  test.each<{name: string; change: (cwd: string) => Promise<unknown>; reason: string | RegExp}>([
    {
      name: 'a file edited since it was read',
      change: (cwd) => appendFile(path.join(cwd, 'a.txt'), 'An editor’s line.\n'),
      reason: 'it changed while it was linted: nothing was written; lint it again'
    },
    {
      name: 'a file rewritten with the same size',
      change: (cwd) => writeFile(path.join(cwd, 'a.txt'), 'He stayed in Kyiv.\n'),
      reason: 'it changed while it was linted: nothing was written; lint it again'
    },
    {
      name: 'a file swapped for a link to another',
      change: async (cwd) => {
        await writeFile(path.join(cwd, 'outside.txt'), 'He stayed in Kiev.\n')
        await rm(path.join(cwd, 'a.txt'))
        await symlink(path.join(cwd, 'outside.txt'), path.join(cwd, 'a.txt'))
      },
      reason: 'it changed while it was linted: nothing was written; lint it again'
    },
    {
      name: 'a read-only file (for root too: its mode says so)',
      change: (cwd) => chmod(path.join(cwd, 'a.txt'), 0o444),
      reason: isRoot ? 'it is read-only (mode 0444): make it writable to fix it' : 'it is not writable (EACCES): make it writable to fix it'
    },
    {
      name: 'a file with another hard link',
      change: (cwd) => link(path.join(cwd, 'a.txt'), path.join(cwd, 'other-name.txt')),
      reason: 'it has 2 hard links, which replacing it would split: fix it by hand'
    }
  ])('$name', async ({change, reason}) => {
    const cwd = await folder({'a.txt': 'He stayed in Kiev.\n'})
    const [source] = await sources(cwd, ['a.txt'])
    await change(cwd)
    const before = (await readdir(cwd)).sort()
    await expect(prepareWrite(source!, 'He stayed in Kyiv.\n')).rejects.toThrow(reason)
    expect((await readdir(cwd)).sort()).toEqual(before)
  })
})

describe('commitWrites: every file or none', () => {
  test('all replaced, the originals’ links and temporary files gone', async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n', 'b.txt': 'MM. Blinken.\n'})
    const pending = await prepareAll(cwd, {'a.txt': 'Kyiv.\n', 'b.txt': 'Messrs. Blinken.\n'})
    expect(await commitWrites(pending)).toBeUndefined()
    expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe('Kyiv.\n')
    expect(await readFile(path.join(cwd, 'b.txt'), 'utf8')).toBe('Messrs. Blinken.\n')
    expect((await readdir(cwd)).sort()).toEqual(['a.txt', 'b.txt'])
  })

  test.each<{name: string; change: (cwd: string) => Promise<unknown>; reason: string}>([
    {
      name: 'a later file edited between the two phases',
      change: (cwd) => appendFile(path.join(cwd, 'b.txt'), 'More.\n'),
      reason: 'it changed while it was linted: nothing was written; lint it again'
    },
    {
      name: 'a later file removed',
      change: (cwd) => rm(path.join(cwd, 'b.txt')),
      reason: 'it changed while it was linted: nothing was written; lint it again'
    },
    {
      name: 'a later file’s temporary file gone, so that its rename fails',
      change: async (cwd) => {
        for (const name of await readdir(cwd)) if (name.startsWith('.b.txt.')) await rm(path.join(cwd, name))
      },
      reason: 'ENOENT'
    }
  ])('$name: the files replaced before it are put back, the very same files', async ({change, reason}) => {
    const cwd = await folder({'a.txt': 'Kiev.\n', 'b.txt': 'MM. Blinken.\n'})
    const original = await stat(path.join(cwd, 'a.txt'))
    const pending = await prepareAll(cwd, {'a.txt': 'Kyiv.\n', 'b.txt': 'Messrs. Blinken.\n'})
    await change(cwd)
    const failure = await commitWrites(pending)
    expect(failure?.write).toBe(pending[1])
    expect(failure?.error.message).toContain(reason)
    expect(failure?.notRestored).toEqual([])
    expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe('Kiev.\n')
    const restored = await stat(path.join(cwd, 'a.txt'))
    expect([restored.ino, restored.nlink]).toEqual([original.ino, 1])
    expect((await readdir(cwd)).filter((name) => name.startsWith('.'))).toEqual([])
  })
})

async function prepareAll(cwd: string, fixed: Record<string, string>): Promise<PendingWrite[]> {
  const names = Object.keys(fixed)
  const read = await sources(cwd, names)
  return Promise.all(read.map((source, index) => prepareWrite(source, fixed[names[index]!]!)))
}
