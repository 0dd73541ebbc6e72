import {readFile} from 'node:fs/promises'
import path from 'node:path'
import vm from 'node:vm'
import {expect, test} from 'vitest'
import {bundleMainEntry, kibibytes, root} from '../../scripts/browser-bundle.js'
import {lint} from '../../src/index.js'

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

// Plain texts whose tokens are not read without an nlcst tree (see `tests/trees.test.ts`).
const needsTree = [
  Array.from({length: 130}, (_, day) => `Delegates met in Kiev on day ${day + 1} to talk about the grain corridor.`).join(' '),
  'The council met in Kiev on Monday.\n\u00A0\nThe mayor spoke after lunch.',
  'The mayor said: “The harbour stays closed.” The ferry left Kiev at noon.'
]

test('with no Node `process`, the bundle’s synchronous calls read a text that needs a tree at once (the parser is in the bundle)', async () => {
  const context = vm.createContext({TextEncoder, TextDecoder, URL})
  vm.runInContext(new TextDecoder().decode(bundle.code), context)
  const run = (code: string) => JSON.parse(vm.runInContext(code, context) as string) as unknown
  for (const text of needsTree) {
    const expected = (await lint(text)).messages.map(String)
    expect(expected.length).toBeGreaterThan(0)
    const call = (method: string) => `JSON.stringify(mtlint.${method}(${JSON.stringify(text)}).messages.map(String))`
    expect({processSync: run(call('processor().processSync')), lintText: run(call('createLinter().lintText'))}).toEqual({
      processSync: expected,
      lintText: expected
    })
  }
  expect(run('JSON.stringify(typeof process)')).toBe('undefined')
})
