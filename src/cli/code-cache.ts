import {mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import vm from 'node:vm'

/** A bundle compiled and run, and whether V8 took its code from the cache. */
export interface LoadedBundle {
  exports: Record<string, unknown>
  /** Whether V8 read the bundle’s code from a cache instead of compiling it. */
  cached: boolean
  /**
   * Writes the cache of a bundle compiled without one (none yet, or one V8
   * rejected: another Node, other flags), with every function the run has
   * compiled so far: call it once the run is over. Returns where it was
   * written (nothing when the bundle came from a cache, caching is off, or
   * no place takes it).
   */
  saveCache(): string | undefined
}

/**
 * Loads a bundle built as Node’s wrapper of a CommonJS module (`(function
 * (exports, require, module, __filename, __dirname) {…})`, the CLI’s
 * `dist/cli-bundle.js`; its `import()` of paths known at run time call
 * `importModule`) through V8’s code cache, which Node 20 offers only
 * to scripts (`vm.Script`’s `cachedData`), not to ES modules: with a cache, V8
 * neither parses the bundle nor compiles the functions the run that made the
 * cache called. The cache goes beside the bundle, else (a read-only install)
 * in the user’s cache folder; a cache is used only for the same file (path,
 * size, time, inode) and Node, and anything that fails falls back to
 * compiling as usual. `MTLINT_CODE_CACHE=0` turns it off.
 */
export function loadBundle(
  file: string,
  places: readonly string[] = cachePlaces(file),
  importModule: (specifier: string) => Promise<unknown> = (specifier) => import(specifier)
): LoadedBundle {
  const source = readFileSync(file, 'utf8')
  const use = process.env['MTLINT_CODE_CACHE'] !== '0'
  const identity = use ? identityOf(file) : ''
  let cachedData: Buffer | undefined
  for (const place of use ? places : []) {
    cachedData = readCache(place, identity)
    if (cachedData) break
  }
  const script = new vm.Script(source, {filename: file, cachedData})
  const cached = cachedData !== undefined && !script.cachedDataRejected
  const module = {exports: {} as Record<string, unknown>}
  const wrapper = script.runInThisContext() as (...parameters: unknown[]) => void
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file), importModule)
  let saved = cached || !use
  return {
    exports: module.exports,
    cached,
    saveCache() {
      if (saved) return undefined
      saved = true
      return saveCache(places, identity, script)
    }
  }
}

/** What a cache was made for: this bundle file as it is now, this Node and this platform (V8 itself checks only the source’s length, its own version and its flags). */
function identityOf(file: string): string {
  const stats = statSync(file)
  return JSON.stringify([file, stats.size, stats.mtimeMs, stats.ino, process.version, process.arch]) + '\n'
}

/** Beside the bundle, then the user’s cache folder (never a folder other users can write to: a cache is code). */
export function cachePlaces(file: string): string[] {
  const name = path.basename(file) + '.' + process.version + '-' + process.arch + '.cache'
  const home = process.env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache')
  return [path.join(path.dirname(file), name), path.join(home, 'mtlint', encodeURIComponent(path.dirname(file)) + '-' + name)]
}

function readCache(place: string, identity: string): Buffer | undefined {
  try {
    const data = readFileSync(place)
    const header = Buffer.byteLength(identity)
    return data.subarray(0, header).toString() === identity ? data.subarray(header) : undefined
  } catch {
    return undefined
  }
}

/** Writes the cache to the first place that takes it, through a temporary file: runs side by side never read half a cache. */
function saveCache(places: readonly string[], identity: string, script: vm.Script): string | undefined {
  let data: Buffer
  try {
    data = Buffer.concat([Buffer.from(identity), script.createCachedData()])
  } catch {
    return undefined
  }
  for (const place of places) {
    const temporary = place + '.' + process.pid
    try {
      mkdirSync(path.dirname(place), {recursive: true})
      writeFileSync(temporary, data)
      renameSync(temporary, place)
      return place
    } catch {
      // Not writable: the next place.
    }
  }
  return undefined
}
