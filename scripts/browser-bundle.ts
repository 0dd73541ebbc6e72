/**
 * The main entry (`src/index.ts`: `lint`, the preset, the rules, `fix`)
 * bundled for the browser with esbuild, the bundler under tsup. With
 * `platform: 'browser'` a Node built-in anywhere in its module graph fails
 * the build, and packages with a browser field (vfile’s path and process
 * shims) resolve to their browser code.
 */
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'
import {bundledTreeParser} from './build/tree-parser.js'
import {jsonEntryTables, noExamples} from './strip-examples.js'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** A built bundle, its sizes in bytes, and every file that went into it (relative to the repository). */
export interface Bundle {
  code: Uint8Array
  minified: number
  gzipped: number
  inputs: string[]
}

/** Bundles the main entry, minified; as a classic script it defines the global `mtlint` (what the playground loads). */
export async function bundleMainEntry(format: 'iife' | 'esm' = 'iife'): Promise<Bundle> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/index.ts'],
    bundle: true,
    platform: 'browser',
    format,
    globalName: format === 'iife' ? 'mtlint' : undefined,
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    // As in the package’s bundles: the entries’ example sentences left out, calque’s entry tables as JSON;
    // the tree parser read synchronously from the bundle, where no Node `require` is.
    plugins: [jsonEntryTables, noExamples, bundledTreeParser],
    logLevel: 'silent'
  })
  const code = result.outputFiles[0]!.contents
  return {code, minified: code.byteLength, gzipped: gzipSync(code, {level: 9}).byteLength, inputs: Object.keys(result.metafile.inputs)}
}

/** `512,384 bytes` as `500.4 KiB`. */
export function kibibytes(bytes: number): string {
  return (bytes / 1024).toFixed(1) + ' KiB'
}
