import {randomBytes} from 'node:crypto'
import {constants} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {createTwoFilesPatch} from 'diff'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fixToFixpoint as fixFile} from '../fix.js'
import {levelOf} from '../reporters/message.js'
import type {FixLevel} from './parse-argv.js'
import type {Source} from './read-files.js'

const rank: Readonly<Record<FixLevel, number>> = {error: 2, warning: 1, info: 0}

/** The messages whose fixes `--fix` applies at `level`: that severity and above. */
export function fixableAt(messages: readonly VFileMessage[], level: FixLevel): VFileMessage[] {
  return messages.filter((message) => rank[levelOf(message)] >= rank[level])
}

/**
 * Applies every single-replacement message of `file` at `level` or above,
 * re-lints and repeats until nothing changes (the loop of `autofix()`), so
 * that fixing again changes nothing. Resolves with the fixed text and the
 * messages left in it.
 */
export async function fixToFixpoint(file: VFile, level: FixLevel): Promise<{text: string; messages: VFileMessage[]}> {
  const {value, messages} = await fixFile(file, file.data.mtlint?.options, {select: (messages) => fixableAt(messages, level)})
  return {text: value, messages}
}

/** A fixed text written beside its file, waiting to replace it. */
export interface PendingWrite {
  source: Source
  temporary: string
}

const isRoot = process.getuid?.() === 0
const stickyBit = 0o1000n

/**
 * Why `--fix` must not replace this file, or `undefined`. Like Prettier and
 * ESLint, a file the user cannot write is refused; root may write any file,
 * so for root a file with no write bit in its mode is read-only too. A file
 * with hard links is refused, as replacing it would split them; so is one
 * in a sticky folder (`/tmp`) that someone else owns, which the kernel
 * would not let us replace.
 */
async function writeProblem({realPath}: Source): Promise<string | undefined> {
  const stats = await fs.lstat(realPath, {bigint: true})
  try {
    await fs.access(realPath, constants.W_OK)
  } catch (error) {
    return 'it is not writable (' + (error as NodeJS.ErrnoException).code + '): make it writable to fix it'
  }
  if (isRoot && (Number(stats.mode) & 0o222) === 0) {
    return 'it is read-only (mode ' + (Number(stats.mode) & 0o7777).toString(8).padStart(4, '0') + '): make it writable to fix it'
  }
  if (stats.nlink > 1n) return 'it has ' + stats.nlink + ' hard links, which replacing it would split: fix it by hand'
  const folder = await fs.stat(path.dirname(realPath), {bigint: true})
  const uid = BigInt(process.getuid?.() ?? 0)
  if ((folder.mode & stickyBit) !== 0n && !isRoot && stats.uid !== uid && folder.uid !== uid) {
    return 'it is in a sticky folder and owned by another user, so it cannot be replaced'
  }
  return undefined
}

/**
 * Whether the file at `source.realPath` is still the one that was read:
 * the same regular file (device and inode, not a link put in its place),
 * size and modification time, and the same bytes.
 */
async function changedSinceRead(source: Source): Promise<boolean> {
  const {stats, realPath} = source
  let now
  try {
    now = await fs.lstat(realPath, {bigint: true})
  } catch {
    return true
  }
  if (!now.isFile() || now.dev !== stats.dev || now.ino !== stats.ino || now.size !== stats.size || now.mtimeNs !== stats.mtimeNs) {
    return true
  }
  return !(await fs.readFile(realPath)).equals(Buffer.from(source.text, 'utf8'))
}

function besideTarget(target: string, suffix: string): string {
  return path.join(path.dirname(target), '.' + path.basename(target) + '.mtlint-' + randomBytes(6).toString('hex') + suffix)
}

/**
 * Writes `text` to a temporary file beside the file (at its real path,
 * resolved when it was read), with its mode, and its owner when run as
 * root, to replace it later. Throws, writing nothing, when the file may not
 * be replaced or changed since it was read.
 */
export async function prepareWrite(source: Source, text: string): Promise<PendingWrite> {
  const problem = await writeProblem(source)
  if (problem) throw new Error(problem)
  if (await changedSinceRead(source)) throw new Error(changedReason)
  const temporary = besideTarget(source.realPath, '.tmp')
  const mode = Number(source.stats.mode) & 0o7777
  try {
    await fs.writeFile(temporary, text, {flag: 'wx', mode})
    // The mode given to `writeFile` is masked by the umask; set it exactly.
    await fs.chmod(temporary, mode)
    if (isRoot) await fs.chown(temporary, Number(source.stats.uid), Number(source.stats.gid))
  } catch (error) {
    await fs.rm(temporary, {force: true})
    throw error
  }
  return {source, temporary}
}

const changedReason = 'it changed while it was linted: nothing was written; lint it again'

/** Removes the temporary files of writes that will not happen. */
export async function abortWrites(pending: readonly PendingWrite[]): Promise<void> {
  await Promise.all(pending.map(({temporary}) => fs.rm(temporary, {force: true})))
}

/** A write that failed in the commit phase, after which every file was put back. */
export interface CommitFailure {
  write: PendingWrite
  error: Error
  /** Files that could not be put back (a second failure): each still holds its fixed text. */
  notRestored: string[]
}

/**
 * Replaces every file with its fixed text, or none: each file is checked,
 * just before, to still be the one read; its original is kept as a hard
 * link (or, where links are refused, a copy) beside it; then the fixed text
 * is renamed over it, which is atomic. If one fails, the files already
 * replaced get their originals back, and every temporary file goes.
 * Resolves with the failure, if any.
 */
export async function commitWrites(pending: readonly PendingWrite[]): Promise<CommitFailure | undefined> {
  const done: Array<{write: PendingWrite; backup: string}> = []
  let failure: CommitFailure | undefined
  for (const write of pending) {
    const target = write.source.realPath
    let backup: string | undefined
    try {
      if (await changedSinceRead(write.source)) throw new Error(changedReason)
      backup = await keepOriginal(target)
      await fs.rename(write.temporary, target)
      done.push({write, backup})
    } catch (error) {
      if (backup) await fs.rm(backup, {force: true})
      failure = {write, error: error as Error, notRestored: []}
      break
    }
  }
  if (failure) {
    for (const {write, backup} of done.reverse()) {
      try {
        await fs.rename(backup, write.source.realPath)
      } catch {
        failure.notRestored.push(write.source.realPath)
      }
    }
    await abortWrites(pending)
  } else {
    await Promise.all(done.map(({backup}) => fs.rm(backup, {force: true})))
  }
  return failure
}

async function keepOriginal(target: string): Promise<string> {
  const backup = besideTarget(target, '.orig')
  try {
    await fs.link(target, backup)
  } catch {
    await fs.copyFile(target, backup, constants.COPYFILE_EXCL)
  }
  return backup
}

/** A unified diff of one file, as `git diff` prints it (`a/` and `b/` prefixes). */
export function unifiedDiff(name: string, before: string, after: string): string {
  return createTwoFilesPatch('a/' + name, 'b/' + name, before, after, undefined, undefined, {context: 3}).replace(/^=+\n/, '')
}
