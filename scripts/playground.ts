/**
 * `npm run playground`: builds the static playground into `dist/playground/`:
 * `mtlint.js` (the main entry bundled for the browser, the global `mtlint`),
 * `playground.js` (the page’s code, which uses that global), the HTML and the
 * CSS. Classic scripts, not modules, so that the page also works opened from
 * disk (`file:`), where browsers refuse to load modules.
 */
import {copyFile, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {build, type Plugin} from 'esbuild'
import {bundleMainEntry, kibibytes, root} from './browser-bundle.js'

export const playgroundDir = path.join(root, 'dist/playground')

/** Imports of the main entry from the page’s code read the global `mtlint`, so the library is loaded once. */
const mainEntryAsGlobal: Plugin = {
  name: 'mtlint-global',
  setup(build) {
    build.onResolve({filter: /\/src\/index\.js$/}, (args) => ({path: args.path, namespace: 'mtlint-global'}))
    build.onLoad({filter: /.*/, namespace: 'mtlint-global'}, () => ({contents: 'module.exports = globalThis.mtlint'}))
  }
}

// Besides the page’s own code, the only files it may bundle: browser-safe helpers with no dependencies.
const ownModules = /^(?:playground\/|fixtures\/afp-ukraine-2022\.txt$|src\/formats\/format\.ts$|src\/reporters\/message\.ts$|mtlint-global:)/

export async function buildPlayground(out = playgroundDir) {
  const {version} = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {version: string}
  await rm(out, {recursive: true, force: true})
  await mkdir(out, {recursive: true})

  const library = await bundleMainEntry('iife')
  await writeFile(path.join(out, 'mtlint.js'), library.code)

  const page = await build({
    absWorkingDir: root,
    entryPoints: ['playground/main.ts'],
    outfile: path.join(out, 'playground.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    metafile: true,
    loader: {'.txt': 'text'},
    define: {MTLINT_VERSION: JSON.stringify(version)},
    plugins: [mainEntryAsGlobal],
    logLevel: 'warning'
  })
  const stray = Object.keys(page.metafile.inputs).filter((input) => !ownModules.test(input))
  if (stray.length > 0) throw new Error('playground.js would bundle a second copy of library code: ' + stray.join(', '))

  for (const file of ['index.html', 'playground.css']) await copyFile(path.join(root, 'playground', file), path.join(out, file))
  await buildTiptapDemo(path.join(out, 'tiptap'))
  return library
}

/**
 * The TipTap demo beside the playground (`tiptap/`, which reads the
 * playground’s CSS): the page’s code with TipTap and `mtlint/tiptap` in one
 * classic script, so that it also works opened from disk.
 */
export async function buildTiptapDemo(out: string) {
  await mkdir(out, {recursive: true})
  await build({
    absWorkingDir: root,
    entryPoints: ['playground/tiptap/main.ts'],
    outfile: path.join(out, 'tiptap.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    loader: {'.txt': 'text'},
    logLevel: 'warning'
  })
  for (const file of ['index.html', 'tiptap.css']) await copyFile(path.join(root, 'playground/tiptap', file), path.join(out, file))
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const library = await buildPlayground()
  console.log(
    'dist/playground/: open index.html (the TipTap demo: tiptap/index.html). mtlint.js (the main entry for the browser): ' +
      kibibytes(library.minified) +
      ' minified, ' +
      kibibytes(library.gzipped) +
      ' gzipped'
  )
}
