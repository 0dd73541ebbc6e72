import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, test} from 'vitest'
import {bundleMainEntry, kibibytes, root} from '../../scripts/browser-bundle.js'

// The bundle the playground loads (`dist/playground/mtlint.js`).
const bundle = await bundleMainEntry('iife')

test('the main entry bundles for the browser: no Node built-in, no CLI, language-server or reporter code', () => {
  // esbuild fails a browser build on a Node built-in; what is left to check is what got in.
  expect(bundle.inputs).toContain('src/index.ts')
  const nodeOnly = /^src\/(?:cli|language-server|reporters|package-info)|node_modules\/(?:unified-(?:args|engine|language-server)|vfile-reporter)\//
  expect(bundle.inputs.filter((input) => nodeOnly.test(input))).toEqual([])
})

test('the README gives the bundle’s size (within 10%: `npm run playground` prints it)', async () => {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8')
  const stated = /minified, it is \*\*([\d.]+) KiB\*\*, \*\*([\d.]+) KiB\*\* gzipped/.exec(readme)
  expect(stated, 'README: “minified, it is **N KiB**, **N KiB** gzipped”').not.toBeNull()
  const [minified, gzipped] = [Number(stated![1]), Number(stated![2])]
  const measured = {minified: kibibytes(bundle.minified), gzipped: kibibytes(bundle.gzipped)}
  expect(Math.abs(minified * 1024 - bundle.minified) / bundle.minified, JSON.stringify(measured)).toBeLessThan(0.1)
  expect(Math.abs(gzipped * 1024 - bundle.gzipped) / bundle.gzipped, JSON.stringify(measured)).toBeLessThan(0.1)
})
