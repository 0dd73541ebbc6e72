import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {build} from 'esbuild'
import {globSync} from 'glob'
import {afterAll, describe, expect, test} from 'vitest'
import {isJsonData, jsonEntryTables, noExamples, withoutExamples} from '../scripts/strip-examples.js'

describe('withoutExamples', () => {
  const cases: ReadonlyArray<{name: string; source: string; expected: string | undefined}> = [
    {
      name: 'string examples of an entry, with their commas',
      source: "export const a = [\n  {\n    source: 'x',\n    invalid: 'One.',\n    valid: \"Two.\",\n    note: 'n'\n  }\n]\n",
      expected: "export const a = [\n  {\n    source: 'x',\n    note: 'n'\n  }\n]\n"
    },
    {
      name: 'arrays, templates and joined strings, the last property without a comma',
      source: "const b = {\n  id: 1,\n  // Why.\n  invalid: [`One ${x}.`, 'Two ' + x + '.'],\n  valid: [\n    \"Three.\"\n  ]\n}\n",
      expected: 'const b = {\n  id: 1,\n}\n'
    },
    {
      name: 'an interface’s example fields and a value that is not sentences are kept',
      source: 'interface E {\n  invalid: string\n}\nconst c = {\n  valid: isValid,\n  invalid: 3\n}\n',
      expected: undefined
    },
    {name: 'a module without examples', source: 'export const d = {valid: true}\n', expected: undefined}
  ]
  test.each(cases)('$name', ({source, expected}) => {
    expect(withoutExamples(source, 'case.ts')).toBe(expected)
  })
})

describe('isJsonData', () => {
  const cases: ReadonlyArray<{name: string; value: unknown; expected: boolean}> = [
    {name: 'entries of strings, arrays, numbers, booleans and null', value: [{phrases: ['a|b'], note: 'n', weight: 2, off: false, none: null}], expected: true},
    {name: 'a property left undefined', value: [{phrases: ['a'], note: undefined}], expected: false},
    {name: 'a regular expression', value: {pattern: /a/}, expected: false},
    {name: 'a function', value: [{check: () => true}], expected: false},
    {name: 'a set', value: new Set(['a']), expected: false},
    {name: 'a number JSON cannot hold', value: [Number.NaN], expected: false}
  ]
  test.each(cases)('$name', ({value, expected}) => {
    expect(isJsonData(value)).toBe(expected)
  })
})

/** A module’s exports as compared: functions by name (each bundle has its own), and with `drop`, every example property taken out. */
function comparable(value: unknown, drop: boolean): unknown {
  if (typeof value === 'function') return 'function ' + value.name
  if (value instanceof RegExp) return String(value)
  if (Array.isArray(value)) return value.map((item) => comparable(item, drop))
  if (value instanceof Map) return [...value].map((item) => comparable(item, drop))
  if (value instanceof Set) return [...value].map((item) => comparable(item, drop))
  if (value === null || typeof value !== 'object') return value
  const isSentences = (item: unknown): boolean => typeof item === 'string' || (Array.isArray(item) && item.every(isSentences))
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !(drop && (key === 'invalid' || key === 'valid') && isSentences(item)))
      .map(([key, item]) => [key, comparable(item, drop)])
  )
}

describe('the built rules without examples', () => {
  const root = path.resolve(import.meta.dirname, '..')
  const modules = globSync('rules/**/*.ts', {cwd: root}).filter((file) => withoutExamples(readFileSync(path.join(root, file), 'utf8'), file) !== undefined)
  const outdir = mkdtempSync(path.join(tmpdir(), 'mtlint-examples-'))
  afterAll(() => rmSync(outdir, {recursive: true, force: true}))

  test('each module with examples bundles to its source’s exports less the examples, and no example sentence is left', async () => {
    expect(modules.length).toBeGreaterThan(20)
    const built = await build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(modules.map((file, index) => ['m' + index, file])),
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      outdir,
      outExtension: {'.js': '.mjs'},
      logLevel: 'silent',
      metafile: true,
      plugins: [jsonEntryTables, noExamples]
    })
    expect(built.errors).toEqual([])
    expect(built.warnings).toEqual([])
    // calque’s entry tables, one module per source language, come as JSON.
    const asJson = modules.filter((file, index) =>
      /^(?:var|export const) \w+ = JSON\.parse\(/m.test(readFileSync(path.join(outdir, 'm' + index + '.mjs'), 'utf8'))
    )
    expect(asJson.length).toBeGreaterThan(15)
    expect(asJson).toEqual(modules.filter((file) => /^rules\/calque\/(?:periphrasis\/)?[a-z]{2}\.ts$/.test(file)))
    for (const [index, file] of modules.entries()) {
      const source: Record<string, unknown> = await import(pathToFileURL(path.join(root, file)).href)
      const stripped: Record<string, unknown> = await import(pathToFileURL(path.join(outdir, 'm' + index + '.mjs')).href)
      expect(Object.keys(stripped).sort(), file).toEqual(Object.keys(source).sort())
      for (const key of Object.keys(source)) expect(comparable(stripped[key], false), file + ' ' + key).toEqual(comparable(source[key], true))
    }
  })
})
