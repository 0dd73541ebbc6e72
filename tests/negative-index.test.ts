import {readFileSync} from 'node:fs'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {lint, rules, type Options, type RuleSetting} from '../src/index.js'

/**
 * mtlint's own code never reads a list or a string before its first item
 * (see `itemAt`): V8 reads a negative index as a property name, looked up
 * along the prototypes (~10× a read in bounds, and the site reads slower
 * afterwards), and a text of short paragraphs asked for the word before
 * the first at every line. A getter on the prototypes counts such reads by
 * the function that makes them. It also makes `'-1' in list` true, which
 * parse-latin's plugins read (through array-iterate) where a merge moves
 * back before a paragraph's first sentence: the runs below take paths that
 * do not reach those merges (the default preset reads plain text as tokens,
 * without parse-latin).
 */
const reads = new Map<string, number>()
let counting = false
const keys = ['-1', '-2', '-3']
const prototypes = [Array.prototype, String.prototype]

function record(): undefined {
  if (!counting) return undefined
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 3
  const holder: {stack?: string} = {}
  Error.captureStackTrace(holder)
  Error.stackTraceLimit = limit
  // The frame after the getter's: the code that read.
  const caller = holder.stack?.split('\n')[2]?.trim() ?? ''
  if (!caller.includes('node_modules') && /[/\\](src|rules)[/\\]/.test(caller)) reads.set(caller, (reads.get(caller) ?? 0) + 1)
  return undefined
}

beforeAll(() => {
  for (const prototype of prototypes) for (const key of keys) Object.defineProperty(prototype, key, {get: record, configurable: true})
})

afterAll(() => {
  for (const prototype of prototypes) for (const key of keys) delete (prototype as unknown as Record<string, unknown>)[key]
})

const seed = readFileSync(new URL('../fixtures/afp-ukraine-2022.txt', import.meta.url), 'utf8')
const words = seed.split(/\s+/).filter(Boolean)
const lines: string[] = []
for (let index = 0; index < words.length; index += 4) lines.push(words.slice(index, index + 4).join(' '))
const everyRule: Options = {rules: Object.fromEntries(rules.map((rule) => [rule.id, 'warn' as RuleSetting]))}

it.each<[string, string, Options]>([
  ['the seed article', seed, {}],
  ['its words in paragraphs of four', lines.join('\n\n'), {}],
  ['its words as a Markdown list, every rule on', lines.map((line) => '- ' + line).join('\n'), {...everyRule, format: 'markdown'}]
])('no read before the first item: %s', async (_, text, options) => {
  reads.clear()
  counting = true
  const file = await lint(text, options)
  counting = false
  expect(file.messages.length).toBeGreaterThan(0)
  expect(Object.fromEntries(reads)).toEqual({})
})
