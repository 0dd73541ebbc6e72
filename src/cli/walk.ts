import type {Dirent, Stats} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import ignoreModule from 'ignore'
import type {EngineIgnore} from './engine-internals.js'
import {glob, hasMagic, loadGlob, mayBeGlob} from './glob.js'

// `ignore` is CommonJS, and its types describe its default export as the module.
const ignorePackage = ignoreModule as unknown as typeof ignoreModule.default

/** What the walk found for one path. */
export type Found =
  /** A regular file to lint, by the path it was reached through and its real path (each real path once). */
  | {kind: 'file'; path: string; realPath: string}
  /** A path the engine reports on itself, as it always has: missing, ignored, or an ignore file that cannot be read. */
  | {kind: 'engine'; path: string}
  /** A path given that cannot be linted: a FIFO, a device…, or a glob matching nothing (then `message` replaces “Cannot process file”). */
  | {kind: 'failure'; path: string; reason: string; message?: string}

export interface WalkOptions {
  cwd: string
  /** Extensions looked for in folders, with their dot. */
  extensions: readonly string[]
  ignore: EngineIgnore
  ignorePatterns: readonly string[]
}

export interface Walk {
  found: Found[]
  /** One line each: files in folders that are not regular files (a FIFO named `*.txt`), skipped. */
  notices: string[]
}

/**
 * Finds the files to lint from the paths and globs of the command line, as
 * unified-engine would (ignore files, `--ignore-pattern`, the extensions, no
 * `node_modules` inside a folder) but safely:
 * - a folder is entered once, by its real path, and a file linted once, however
 *   many symbolic links reach them (the engine follows links for ever);
 * - only regular files are linted: a FIFO, socket or device found in a folder
 *   gets a one-line notice, and one given by name is an error (reading one
 *   blocks, or never ends);
 * - a glob that matches nothing is an error, as a missing path is.
 * Its cost is linear in the number of entries.
 */
export async function walk(inputs: readonly string[], options: WalkOptions): Promise<Walk> {
  const found: Found[] = []
  const notices: string[] = []
  const folders = new Set<string>()
  const files = new Set<string>()
  const extra = ignorePackage().add([...options.ignorePatterns])
  const absolute = (file: string) => path.resolve(options.cwd, file)

  function ignored(file: string): Promise<boolean | undefined> {
    const relative = path.relative(options.cwd, absolute(file))
    if (relative && !relative.startsWith('..') && !path.isAbsolute(relative) && extra.ignores(relative)) {
      return Promise.resolve(true)
    }
    // `undefined`: the ignore file could not be read; the engine says so on the file.
    return new Promise((resolve) => options.ignore.check(absolute(file), (error, value) => resolve(error ? undefined : value)))
  }

  function addFile(file: string, realPath: string): void {
    if (files.has(realPath)) return
    files.add(realPath)
    found.push({kind: 'file', path: file, realPath})
  }

  async function named(file: string): Promise<void> {
    const isIgnored = await ignored(file)
    let stats: Stats
    try {
      stats = await fs.stat(absolute(file))
    } catch {
      // Missing, or a dangling link: the engine names the error.
      found.push({kind: 'engine', path: file})
      return
    }
    if (isIgnored !== false) found.push({kind: 'engine', path: file})
    else if (stats.isDirectory()) await folder(file, await fs.realpath(absolute(file)))
    else if (stats.isFile()) addFile(file, await fs.realpath(absolute(file)))
    else found.push({kind: 'failure', path: file, reason: 'not a regular file (' + kindOf(stats) + '): skipped'})
  }

  async function folder(file: string, real: string): Promise<void> {
    if (folders.has(real)) return
    folders.add(real)
    let entries: Dirent[]
    try {
      entries = await fs.readdir(absolute(file), {withFileTypes: true})
    } catch (error) {
      found.push({kind: 'failure', path: file, reason: 'Cannot read folder: ' + (error as Error).message})
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    // Entries of one folder are checked together; what they hold is added in order.
    const children = await Promise.all(entries.map((entry) => child(file, real, entry)))
    for (const next of children) await next?.()
  }

  /** Classifies an entry of a folder; resolves with what to do next, in order, if anything. */
  async function child(parent: string, realParent: string, entry: Dirent): Promise<(() => Promise<void> | void) | undefined> {
    if (entry.name === 'node_modules') return undefined
    const file = path.join(parent, entry.name)
    const isIgnored = await ignored(file)
    if (isIgnored) return undefined
    const wanted = options.extensions.includes(path.extname(entry.name))
    let stats: Stats | Dirent = entry
    let realPath = path.join(realParent, entry.name)
    if (entry.isSymbolicLink()) {
      try {
        stats = await fs.stat(absolute(file))
        realPath = await fs.realpath(absolute(file))
      } catch {
        // A dangling link named like a document: the engine reports it missing, as it always has.
        return wanted ? () => void found.push({kind: 'engine', path: file}) : undefined
      }
    }
    if (stats.isDirectory()) return () => folder(file, realPath)
    if (!wanted) return undefined
    if (isIgnored === undefined) return () => void found.push({kind: 'engine', path: file})
    if (stats.isFile()) return () => addFile(file, realPath)
    return () => void notices.push('mtlint: skipped ' + path.relative(options.cwd, absolute(file)) + ': not a regular file (' + kindOf(stats) + ')')
  }

  if (inputs.some(mayBeGlob)) await loadGlob()
  for (const input of inputs) {
    if (hasMagic(input)) {
      const matches = (await glob(input, {cwd: options.cwd})).sort()
      if (matches.length === 0)
        found.push({kind: 'failure', path: input, message: 'No file matches this glob', reason: 'check the pattern, and quote it for the shell'})
      for (const match of matches) await named(match)
    } else {
      await named(path.relative(options.cwd, absolute(input)) || '.')
    }
  }
  // The engine reads the paths it is given as globs when they can be.
  if (found.some((entry) => entry.kind === 'engine' && mayBeGlob(entry.path))) await loadGlob()
  return {found, notices}
}

function kindOf(stats: Stats | Dirent): string {
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  return 'not a file or folder'
}
