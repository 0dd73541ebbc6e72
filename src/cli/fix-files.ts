import {randomBytes} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {createTwoFilesPatch} from 'diff'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fixToFixpoint as fixFile} from '../fix.js'

/**
 * Applies every single-replacement message of `file`, re-lints and repeats
 * until nothing changes (the loop of `autofix()`), so that fixing again
 * changes nothing. Resolves with the fixed text and the messages left in it.
 */
export async function fixToFixpoint(file: VFile): Promise<{text: string; messages: VFileMessage[]}> {
  const {value, messages} = await fixFile(file, file.data.mtlint?.options)
  return {text: value, messages}
}

/** A fixed text written beside its file, waiting to replace it. */
export interface PendingWrite {
  /** Renames the temporary file over the target: the file changes at once. */
  commit(): Promise<void>
  /** Removes the temporary file: the target is left as it was. */
  abort(): Promise<void>
}

/**
 * Writes `text` to a temporary file beside `filePath` (a symbolic link: its
 * target), with the target’s mode, to replace it atomically later. Every
 * file of a run is prepared before any is replaced, so that a failure to
 * write one leaves all of them as they were.
 */
export async function prepareWrite(filePath: string, text: string): Promise<PendingWrite> {
  const target = await fs.realpath(filePath)
  const {mode} = await fs.stat(target)
  const temporary = path.join(
    path.dirname(target),
    '.' + path.basename(target) + '.mtlint-' + randomBytes(6).toString('hex') + '.tmp'
  )
  const abort = () => fs.rm(temporary, {force: true})
  try {
    await fs.writeFile(temporary, text, {flag: 'wx', mode: mode & 0o7777})
    // The mode given to `writeFile` is masked by the umask; set it exactly.
    await fs.chmod(temporary, mode & 0o7777)
  } catch (error) {
    await abort()
    throw error
  }
  return {
    async commit() {
      try {
        await fs.rename(temporary, target)
      } catch (error) {
        await abort()
        throw error
      }
    },
    abort
  }
}

/** A unified diff of one file, as `git diff` prints it (`a/` and `b/` prefixes). */
export function unifiedDiff(name: string, before: string, after: string): string {
  return createTwoFilesPatch('a/' + name, 'b/' + name, before, after, undefined, undefined, {context: 3}).replace(
    /^=+\n/,
    ''
  )
}
