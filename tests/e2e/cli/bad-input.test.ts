import {chmod, chown, mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {failure, folder, mtlint, type RunOptions} from './run.js'

/**
 * Input an editorial pipeline feeds mtlint when a scraper goes wrong: binary
 * junk, text that is not UTF-8, files it may not read, very large files (an
 * empty file is in `text.test.ts`: no issues, exit 0). Each bad file gives one line naming it and the problem, exit 2, no
 * stack trace; nothing is ever written to a file that could not be linted.
 */

// Tests run as root, which reads any file whatever its mode: the CLI then runs
// as `nobody` for the permission cases (root may switch users), so that the
// kernel refuses the read or the write as it would for a user.
const asRoot = process.getuid?.() === 0
const user: RunOptions = asRoot ? {uid: 65534, gid: 65534} : {}

/** A folder for the permission cases, which `nobody` can enter. */
async function sharedFolder(): Promise<string> {
  const cwd = await folder()
  await chmod(cwd, 0o755)
  return cwd
}

/** A file `nobody` (or the user running the tests) owns, in a folder it may or may not write. */
async function ownedFile(cwd: string, name: string, value: string, folderWritable: boolean): Promise<string> {
  const folderPath = path.join(cwd, path.dirname(name))
  await mkdir(folderPath, {recursive: true})
  const file = path.join(cwd, name)
  await writeFile(file, value)
  if (asRoot) {
    await chown(file, 65534, 65534)
    if (folderWritable) await chown(folderPath, 65534, 65534)
    await chmod(folderPath, 0o755)
  } else {
    await chmod(folderPath, folderWritable ? 0o755 : 0o555)
  }
  return file
}

describe('bad input at the command line', () => {
  // Bytes that are not UTF-8 text: one error naming the file and the first bad byte, no findings.
  test.each([
    {
      name: 'a binary file is skipped',
      file: 'photo.txt',
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x4b, 0x69, 0x65, 0x76]),
      reason: 'binary, not text (a NUL byte at byte 8): skipped'
    },
    {
      name: 'a file of control characters is binary too',
      file: 'dump.txt',
      bytes: Buffer.from('\u0001\u0002\u0003\u0004 Kiev \u0005\u0006\u0007\u0008\u000e\u000f'),
      reason: 'binary, not text (mostly control characters): skipped'
    },
    {
      // `Café` saved as Windows-1252 on the second line: `é` is the single byte 0xE9.
      name: 'invalid UTF-8 is refused with the byte offset, its line and column',
      file: 'latin1.txt',
      bytes: Buffer.concat([Buffer.from('He left Kiev.\nCaf'), Buffer.from([0xe9]), Buffer.from(' in Kiev.\n')]),
      reason: 'invalid UTF-8 at byte 17 (line 2, column 4): save the file as UTF-8'
    },
    {
      name: 'UTF-16 is named as such',
      file: 'utf16.txt',
      bytes: Buffer.from('\ufeffKiev.\n', 'utf16le'),
      reason: 'UTF-16, not UTF-8: save the file as UTF-8'
    }
  ])('$name (exit 2)', async ({file, bytes, reason}) => {
    const cwd = await folder()
    await writeFile(path.join(cwd, file), bytes)
    expect(await mtlint([file], cwd)).toEqual({code: 2, stdout: '', stderr: failure(file, 'Cannot process file: ' + reason)})
  })

  test('valid UTF-8 that holds U+FFFD itself is linted', async () => {
    const cwd = await folder({'a.txt': 'A \ufffd in Kiev.\n'})
    const result = await mtlint(['a.txt', '--report', 'json'], cwd)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)[0].messages.map((message: {actual: string}) => message.actual)).toEqual(['Kiev'])
  })

  test('stdin with binary content is refused, as a file is', async () => {
    const cwd = await folder()
    expect(await mtlint([], cwd, 'PK\u0003\u0004\u0000\u0000Kiev')).toEqual({
      code: 2,
      stdout: '',
      stderr: failure('<stdin>', 'Cannot process file: binary, not text (a NUL byte at byte 4): skipped')
    })
  })

  test('an unreadable file', async () => {
    const cwd = await sharedFolder()
    const file = await ownedFile(cwd, 'secret/a.txt', 'He stayed in Kiev.\n', false)
    await chmod(file, 0o000)
    expect(await mtlint(['secret/a.txt'], cwd, undefined, {}, user)).toEqual({
      code: 2,
      stdout: '',
      stderr: failure('secret/a.txt', "Cannot process file: EACCES: permission denied, open '" + file + "'")
    })
  })

  test('a 50 MB file: linted in bounded memory (a 200 MB heap)', async () => {
    const cwd = await folder()
    // 25,000 paragraphs of a sentence and white space, then one finding on the last line.
    const paragraph = 'The talks resumed in Geneva on Monday, officials said.' + ' '.repeat(1945) + '\n\n'
    await writeFile(path.join(cwd, 'big.txt'), paragraph.repeat(25_000) + 'He stayed in Kiev.\n')
    expect((await stat(path.join(cwd, 'big.txt'))).size).toBeGreaterThan(50_000_000)
    const result = await mtlint(['big.txt', '--report', 'json'], cwd, undefined, {}, {env: {NODE_OPTIONS: '--max-old-space-size=200'}})
    expect(result.code).toBe(0)
    const [report] = JSON.parse(result.stdout) as Array<{messages: Array<{place: {start: {line: number}}; actual: string}>}>
    expect(report!.messages.map((message) => [message.place.start.line, message.actual])).toEqual([[50_001, 'Kiev']])
    expect(result.stderr).toBe('mtlint: 1 file, 225,004 words: 0 errors, 1 warning, 0 infos\n')
  })
})

describe('--fix writes every file or none', () => {
  test('one file that cannot be linted: no file is written, the run says why', async () => {
    const cwd = await folder({'good.txt': 'He stayed in Kiev.\n'})
    const latin1 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Kiev.\n')])
    await writeFile(path.join(cwd, 'latin1.txt'), latin1)
    const result = await mtlint(['good.txt', 'latin1.txt', '--fix'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n').slice(-3)).toEqual([
      'mtlint: --fix wrote no file: 1 file could not be linted (--fix writes every file or none)',
      'mtlint: 2 files, 4 words: 1 error, 1 warning, 0 infos',
      ''
    ])
    expect(await readFile(path.join(cwd, 'good.txt'), 'utf8')).toBe('He stayed in Kiev.\n')
    expect(await readFile(path.join(cwd, 'latin1.txt'))).toEqual(latin1)
  })

  test('an unreadable file is never written, nor is any other', async () => {
    const cwd = await sharedFolder()
    const secret = await ownedFile(cwd, 'secret/a.txt', 'He stayed in Kiev.\n', true)
    const other = await ownedFile(cwd, 'open/b.txt', 'MM. Blinken and Lavrov met.\n', true)
    await chmod(secret, 0o200)
    const result = await mtlint(['secret/a.txt', 'open/b.txt', '--fix'], cwd, undefined, {}, user)
    expect(result.code).toBe(2)
    await chmod(secret, 0o600)
    expect(await readFile(secret, 'utf8')).toBe('He stayed in Kiev.\n')
    expect(await readFile(other, 'utf8')).toBe('MM. Blinken and Lavrov met.\n')
  })

  test('a file that cannot be written leaves every file as it was, and no temporary file behind', async () => {
    const cwd = await sharedFolder()
    const first = await ownedFile(cwd, 'writable/a.txt', 'He stayed in Kiev.\n', true)
    // Its folder takes no new file: the fixed text cannot be written beside it.
    const second = await ownedFile(cwd, 'locked/b.txt', 'MM. Blinken and Lavrov met.\n', false)
    const result = await mtlint(['writable/a.txt', 'locked/b.txt', '--fix'], cwd, undefined, {}, user)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^locked\/b\.txt\n.* error +Cannot fix file: EACCES: permission denied, open '.+\/locked\/\.b\.txt\.mtlint-[\da-f]+\.tmp'$/m)
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(await readFile(first, 'utf8')).toBe('He stayed in Kiev.\n')
    expect(await readFile(second, 'utf8')).toBe('MM. Blinken and Lavrov met.\n')
    expect(await readdir(path.dirname(first))).toEqual(['a.txt'])
  })

  test('writes through a temporary file and a rename: a new file, with the mode kept', async () => {
    const cwd = await folder({'a.txt': 'He stayed in Kiev.\n', 'b.txt': 'MM. Blinken and Lavrov met.\n'})
    await chmod(path.join(cwd, 'a.txt'), 0o604)
    const before = await stat(path.join(cwd, 'a.txt'))
    const result = await mtlint(['a.txt', 'b.txt', '--fix'], cwd)
    expect(result.code).toBe(0)
    const after = await stat(path.join(cwd, 'a.txt'))
    expect(after.ino).not.toBe(before.ino)
    expect(after.mode & 0o777).toBe(0o604)
    expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe('He stayed in Kyiv.\n')
    expect(await readFile(path.join(cwd, 'b.txt'), 'utf8')).toBe('Messrs. Blinken and Lavrov met.\n')
    expect((await readdir(cwd)).sort()).toEqual(['a.txt', 'b.txt'])
  })
})
