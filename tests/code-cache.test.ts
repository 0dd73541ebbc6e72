import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, test} from 'vitest'
import {cachePlaces} from '../src/cli/code-cache.js'

/**
 * `src/cli/code-cache.ts`: the CLI’s bundle compiled through V8’s code cache.
 * A cache is used only for the very file and Node it was made for, and
 * whatever goes wrong (no cache, a stale or broken one, a folder that takes
 * no file) leaves a bundle that runs as compiled. Each load is a process of
 * its own: within one, V8 reuses a script it compiled before without
 * reading the cache handed to it.
 */
const codeCache = fileURLToPath(new URL('../src/cli/code-cache.ts', import.meta.url))

/** Loads `bundle` in a fresh process, calls its `greet`, saves the cache: what happened. */
function load(
  bundle: string,
  places: readonly string[],
  env: Record<string, string> = {}
): {cached: boolean; greeting: string; where: string; saved: string | null} {
  const script = [
    `const {loadBundle} = await import(${JSON.stringify(codeCache)})`,
    `const loaded = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(places)})`,
    "const greeting = loaded.exports.greet('Ana')",
    'console.log(JSON.stringify({cached: loaded.cached, greeting, where: loaded.exports.where, saved: loaded.saveCache() ?? null}))'
  ].join('\n')
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8', env: {...process.env, ...env}})
  return JSON.parse(output) as {cached: boolean; greeting: string; where: string; saved: string | null}
}
const wrapped = (body: string) => '(function (exports, require, module, __filename, __dirname) {' + body + '\n})'
const bundleText = wrapped("exports.greet = (name) => 'Hello, ' + name; exports.where = require('node:path').basename(__filename)")

let folder = ''
afterEach(() => {
  rmSync(folder, {recursive: true, force: true})
})

function setUp(): {bundle: string; places: string[]} {
  folder = mkdtempSync(path.join(os.tmpdir(), 'mtlint-code-cache-'))
  const bundle = path.join(folder, 'bundle.cjs')
  writeFileSync(bundle, bundleText)
  // A path under a file can never be written: the first place refuses, as a read-only install does.
  const blocked = path.join(bundle, 'cache')
  return {bundle, places: [blocked, path.join(folder, 'home', 'bundle.cache')]}
}

interface Case {
  name: string
  /** What happens between the run that makes the cache and the run that is checked. */
  between: (bundle: string, cache: string) => void
  expected: {cached: boolean; savedAgain: boolean}
}

const cases: readonly Case[] = [
  {name: 'the same file: its cache is used', between: () => {}, expected: {cached: true, savedAgain: false}},
  {
    name: 'the file rewritten (same length, other code): its cache is not used',
    between: (bundle) => {
      writeFileSync(bundle, bundleText.replace('Hello', 'Howdy'))
      utimesSync(bundle, new Date(), new Date(Date.now() + 5000))
    },
    expected: {cached: false, savedAgain: true}
  },
  {
    name: 'a broken cache (its header right, its code not): V8 rejects it',
    between: (_, cache) => {
      const data = readFileSync(cache)
      const header = data.indexOf(10) + 1
      writeFileSync(cache, Buffer.concat([data.subarray(0, header), Buffer.alloc(data.length - header, 7)]))
    },
    expected: {cached: false, savedAgain: true}
  },
  {name: 'the cache removed', between: (_, cache) => rmSync(cache), expected: {cached: false, savedAgain: true}}
]

describe('code cache', () => {
  test.each(cases)('$name', ({between, expected}) => {
    const {bundle, places} = setUp()
    expect(load(bundle, places)).toEqual({cached: false, greeting: 'Hello, Ana', where: 'bundle.cjs', saved: places[1]})
    between(bundle, places[1]!)
    const second = load(bundle, places)
    expect({cached: second.cached, savedAgain: second.saved !== null}).toEqual(expected)
    expect(second.where).toBe('bundle.cjs')
  })

  test('MTLINT_CODE_CACHE=0: no cache read or written', () => {
    const {bundle, places} = setUp()
    load(bundle, places)
    expect(load(bundle, places, {MTLINT_CODE_CACHE: '0'})).toEqual({cached: false, greeting: 'Hello, Ana', where: 'bundle.cjs', saved: null})
  })

  test('places: beside the bundle, then the user’s cache folder, named for the Node that made it', () => {
    const previous = process.env['XDG_CACHE_HOME']
    process.env['XDG_CACHE_HOME'] = '/home/ana/.cache'
    try {
      const suffix = '.' + process.version + '-' + process.arch + '.cache'
      expect(cachePlaces('/opt/tools/mtlint/dist/cli-bundle.js')).toEqual([
        '/opt/tools/mtlint/dist/cli-bundle.js' + suffix,
        '/home/ana/.cache/mtlint/%2Fopt%2Ftools%2Fmtlint%2Fdist-cli-bundle.js' + suffix
      ])
    } finally {
      if (previous === undefined) delete process.env['XDG_CACHE_HOME']
      else process.env['XDG_CACHE_HOME'] = previous
    }
  })
})
