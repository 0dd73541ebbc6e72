import {randomBytes} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {createTwoFilesPatch} from 'diff'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fix} from '../fix.js'
import {lint} from '../lint.js'

/** Passes after which fixing stops even if a fix keeps revealing another (it never should). */
const maxPasses = 10

/**
 * Applies every single-replacement message of `file`, re-lints and repeats
 * until nothing changes, so that fixing again changes nothing. Resolves with
 * the fixed text and the messages left in it.
 */
export async function fixToFixpoint(file: VFile): Promise<{text: string; messages: VFileMessage[]}> {
  const options = file.data.mtlint?.options
  let text = String(file)
  let messages = file.messages
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixed = fix(text, messages)
    if (fixed === text) break
    text = fixed
    messages = (await lint(new VFile({path: file.path, cwd: file.cwd, value: text}), options)).messages
  }
  return {text, messages}
}

/**
 * Replaces the file at `filePath` (a symbolic link: its target) with `text`
 * atomically: write a temporary file beside it with the same mode, then rename.
 */
export async function writeAtomically(filePath: string, text: string): Promise<void> {
  const target = await fs.realpath(filePath)
  const {mode} = await fs.stat(target)
  const temporary = path.join(
    path.dirname(target),
    '.' + path.basename(target) + '.mtlint-' + randomBytes(6).toString('hex') + '.tmp'
  )
  try {
    await fs.writeFile(temporary, text, {flag: 'wx', mode: mode & 0o7777})
    await fs.chmod(temporary, mode & 0o7777)
    await fs.rename(temporary, target)
  } catch (error) {
    await fs.rm(temporary, {force: true})
    throw error
  }
}

/** A unified diff of one file, as `git diff` prints it (`a/` and `b/` prefixes). */
export function unifiedDiff(name: string, before: string, after: string): string {
  return createTwoFilesPatch('a/' + name, 'b/' + name, before, after, undefined, undefined, {context: 3}).replace(
    /^=+\n/,
    ''
  )
}
