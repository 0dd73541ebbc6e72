import {constants, type BigIntStats} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {bytesProblem} from '../input/bytes.js'

/** A file as it was read: where it really is, and what identifies it, for `--fix` to check before it replaces it. */
export interface Source {
  /** Resolved once, when the file is found; `--fix` writes there and nowhere else. */
  realPath: string
  stats: BigIntStats
  /** The text read (a file with bytes that are not UTF-8 is never fixed, so its text is its bytes). */
  text: string
}

declare module 'vfile' {
  interface DataMap {
    /** The CLI’s record of where a file was read from (`cli/read-files.ts`). */
    mtlintSource: Source
  }
}

/** Reads this many files at a time. */
const concurrency = 16

/**
 * Reads the files the walk found, `concurrency` at a time, into vfiles
 * unified-engine takes as they are (it reads no file that has a value). Each
 * is opened once at its real path, without following a link there (a path
 * swapped for a link since the walk fails), and without blocking (a FIFO
 * opens at once, and is then refused, as is any file that is no longer
 * regular). Bytes that are binary or not UTF-8 are refused (see
 * `formats/bytes.ts`): the file holds one fatal message naming the first bad
 * byte, and is neither linted nor fixed.
 */
export async function readFiles(cwd: string, found: ReadonlyArray<{path: string; realPath: string}>): Promise<VFile[]> {
  const files: VFile[] = new Array(found.length)
  let next = 0
  async function worker(): Promise<void> {
    while (next < found.length) {
      const index = next++
      files[index] = await readFile(cwd, found[index]!.path, found[index]!.realPath)
    }
  }
  await Promise.all(Array.from({length: Math.min(concurrency, found.length)}, worker))
  return files
}

async function readFile(cwd: string, filePath: string, realPath: string): Promise<VFile> {
  const file = new VFile({path: path.resolve(cwd, filePath), cwd})
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(realPath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
    const stats = await handle.stat({bigint: true})
    if (!stats.isFile()) return failed(file, 'not a regular file (it changed since it was found): skipped')
    const bytes = await handle.readFile()
    const problem = bytesProblem(bytes)
    if (problem) return failed(file, problem)
    file.value = bytes.toString('utf8')
    file.data.mtlintSource = {realPath, stats, text: file.value}
    return file
  } catch (error) {
    return failed(file, error as Error)
  } finally {
    await handle?.close()
  }
}

/** A file that is not linted: one fatal message, by default as unified-engine words a file it cannot process. */
export function failed(file: VFile, cause: Error | string, reason = 'Cannot process file'): VFile {
  file.value ??= ''
  const message = file.message(reason, {cause: typeof cause === 'string' ? new Error(cause) : cause})
  message.fatal = true
  return file
}
