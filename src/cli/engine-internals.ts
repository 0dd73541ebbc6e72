import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'

/**
 * The two classes of unified-engine that the CLI needs but the package does
 * not export: its ignore-file lookup (so that mtlint’s own folder walk leaves
 * out what `.mtlintignore` and `--ignore-path` name, exactly as the engine
 * would) and its file set (whose queue `file-queue.ts` makes linear). They
 * are loaded from the engine’s own files, so that they are the very modules
 * the engine runs; package.json pins unified-engine’s exact version for that.
 */

/** unified-engine’s `Ignore` (`lib/ignore.js`). */
export interface EngineIgnore {
  check(filePath: string, callback: (error: Error | undefined, ignored?: boolean) => void): void
}

export interface EngineIgnoreOptions {
  cwd: string
  detectIgnore: boolean
  ignoreName: string
  ignorePath: string | undefined
  ignorePathResolveFrom: 'cwd' | 'dir'
}

/** unified-engine’s `FileSet` (`lib/file-set.js`), as far as `file-queue.ts` uses it. */
export interface EngineFileSet {
  files: VFile[]
  origins: string[]
  expected: number
  complete: Record<string, unknown>
  add(file: VFile | string): EngineFileSet
  valueOf(): VFile[]
  emit(event: string, ...values: unknown[]): boolean
}

const engineFolder = path.dirname(createRequire(import.meta.url).resolve('unified-engine'))

async function load<Module>(file: string): Promise<Module> {
  return (await import(pathToFileURL(path.join(engineFolder, 'lib', file)).href)) as Module
}

export const {Ignore} = await load<{Ignore: new (options: EngineIgnoreOptions) => EngineIgnore}>('ignore.js')
export const {FileSet} = await load<{FileSet: {prototype: EngineFileSet}}>('file-set.js')
