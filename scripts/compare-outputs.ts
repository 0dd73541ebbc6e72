/**
 * Holds a change of the plumbing to “messages, positions and fixes identical”:
 * lints the seed, the fixtures, the dev corpus (`../shared/devset`, read at
 * run time, never stored in the repository) and the property tests’ generated
 * documents, through `lint()` (default preset and every rule on), the CLI’s
 * processor and the preset in a plain retext pipeline, and records every
 * message (place, wording, identity, severity, fix) and the text fixed to a
 * fixpoint.
 *
 *   tsx scripts/compare-outputs.ts snapshot .scratch/before.json   (before the change)
 *   tsx scripts/compare-outputs.ts snapshot .scratch/after.json    (after it)
 *   tsx scripts/compare-outputs.ts compare .scratch/before.json .scratch/after.json
 *
 * `compare` reads peers’ messages under the message contract of issue
 * 15 (`ruleId` is the rule id of the `rules` map, `source` its package), so
 * that snapshots taken on either side of that change compare equal.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import {retext} from 'retext'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {compareMessage} from 'vfile-sort'
import mtlint, {autofix, lint, processor, rules, type Format, type RuleSetting} from '../src/index.js'
import {documents, htmlDocuments, markdownDocuments} from './inputs/property-grammar.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const devset = path.join(root, '../shared/devset')
const peers = new Set(['retext-quotes', 'retext-repeated-words'])

interface Input {
  name: string
  text: string
  format: Format
}

function inputs(): Input[] {
  const list: Input[] = []
  const fixtures = path.join(root, 'fixtures')
  for (const name of readdirSync(fixtures).filter((name) => /\.(txt|md|html)$/.test(name))) {
    list.push({name: 'fixtures/' + name, text: readFileSync(path.join(fixtures, name), 'utf8'), format: formatOf(name)})
  }
  for (const name of readdirSync(path.join(fixtures, 'mt')).filter((name) => name.endsWith('.txt'))) {
    list.push({name: 'fixtures/mt/' + name, text: readFileSync(path.join(fixtures, 'mt', name), 'utf8'), format: 'text'})
  }
  if (existsSync(devset)) {
    for (const name of readdirSync(devset).filter((name) => name.endsWith('.jsonl'))) {
      for (const line of readFileSync(path.join(devset, name), 'utf8').split('\n')) {
        if (!line.trim()) continue
        const record = JSON.parse(line) as {id: string; text: string}
        list.push({name: 'devset/' + record.id, text: record.text, format: 'text'})
      }
    }
  }
  const samples = (arbitrary: fc.Arbitrary<string>, format: Format, label: string) =>
    fc.sample(arbitrary, {seed: 20261127, numRuns: 2000}).forEach((text, index) => list.push({name: label + index, text, format}))
  samples(documents, 'text', 'property/text/')
  samples(markdownDocuments, 'markdown', 'property/markdown/')
  samples(htmlDocuments, 'html', 'property/html/')
  return list
}

function formatOf(name: string): Format {
  return name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text'
}

/** A message as a reader and a fixer see it. */
function shape(message: VFileMessage) {
  return {
    message: String(message),
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url
  }
}

type Shape = ReturnType<typeof shape>

const everything: Record<string, RuleSetting> = Object.fromEntries(rules.map((rule) => [rule.id, 'warn']))

async function snapshot(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {}
  for (const input of inputs()) {
    const options = {format: input.format}
    const byDefault = await lint(input.text, options)
    const all = await lint(input.text, {...options, rules: everything})
    const viaProcessor = await processor().data('settings', {mtlint: options}).process(new VFile(input.text))
    const record: Record<string, unknown> = {
      lint: byDefault.messages.map(shape),
      everyRule: all.messages.map(shape),
      processor: viaProcessor.messages.map(shape),
      fixed: (await autofix(input.text, options)).value
    }
    // The preset in a retext pipeline parses plain text only (a whole-document parse: small inputs only).
    if (input.format === 'text' && input.text.length < 200_000) {
      const preset = await retext().use(retextEnglish).use(mtlint).process(input.text)
      record.preset = [...preset.messages].sort(compareMessage).map(shape)
    }
    result[input.name] = record
  }
  return result
}

/** Peers’ messages under the contract of issue 15: `ruleId` is the rule’s id, `source` its package. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const entry = value as Partial<Shape>
    if (typeof entry.message === 'string' && entry.source && peers.has(entry.source)) return {...entry, ruleId: entry.source}
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalise(item)]))
  }
  return value
}

function compare(beforePath: string, afterPath: string): number {
  const before = normalise(JSON.parse(readFileSync(beforePath, 'utf8'))) as Record<string, Record<string, unknown>>
  const after = normalise(JSON.parse(readFileSync(afterPath, 'utf8'))) as Record<string, Record<string, unknown>>
  let differences = 0
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    for (const key of new Set([...Object.keys(before[name] ?? {}), ...Object.keys(after[name] ?? {})])) {
      const a = JSON.stringify(before[name]?.[key])
      const b = JSON.stringify(after[name]?.[key])
      if (a === b) continue
      differences++
      if (differences <= 20) console.log(name + ' (' + key + '):\n  before: ' + a?.slice(0, 600) + '\n  after:  ' + b?.slice(0, 600))
    }
  }
  console.log(Object.keys(before).length + ' inputs compared, ' + differences + ' differences')
  return differences === 0 ? 0 : 1
}

const [command, first, second] = process.argv.slice(2)
if (command === 'snapshot' && first) {
  writeFileSync(first, JSON.stringify(await snapshot()))
  console.log('wrote ' + first)
} else if (command === 'compare' && first && second) {
  process.exitCode = compare(first, second)
} else {
  console.error('usage: tsx scripts/compare-outputs.ts snapshot <file> | compare <before> <after>')
  process.exitCode = 2
}
