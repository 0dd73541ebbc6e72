/**
 * One benchmark case, run in its own process by `bench.ts`: a warm-up on
 * the first 1 MB (so that no timed run is the JIT’s first), then three timed
 * runs (one above 2 MB); prints the best one’s wall-clock and CPU time
 * (user + system, all threads), the size, peak RSS and message count as
 * JSON. The best, because what other processes add to a run only ever adds.
 */
import {text as alex} from 'alex'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import retextQuotes from 'retext-quotes'
import retextRepeatedWords from 'retext-repeated-words'
import {retext} from 'retext'
import {blockSpans} from '../src/engine/blocks.js'
import {pieceSpans} from '../src/engine/pieces.js'
import {lint} from '../src/index.js'
import {only} from './inputs/rule-settings.js'
import {benchDocument} from './bench-corpus.js'

const [name = '', size = '100000'] = process.argv.slice(2)

/**
 * The reference of the ratio targets (issues 11, 12, 14): the stock
 * retext-english parse of each block the engine walks (a long block piece by
 * piece), whatever cheaper parse the engine makes of the same blocks.
 */
function stockBlockParse(text: string): number {
  const parser = new ParseEnglish()
  let count = 0
  for (const [start, end] of blockSpans(text)) {
    for (const [from, to] of pieceSpans(text, start, end)) count += parser.parse(text.slice(from, to)).children.length
  }
  return count
}

/** Runs the case on `text`; resolves with the number of messages (or nodes, for parses). */
async function run(text: string): Promise<number> {
  if (name === 'parse: whole document (retext-english)') return new ParseEnglish().parse(text).children.length
  if (name === 'parse: block by block') return stockBlockParse(text)
  if (name === 'mtlint: default preset') return (await lint(text)).messages.length
  if (name === 'mtlint: default preset, as Markdown') return (await lint(text, {format: 'markdown'})).messages.length
  if (name === 'mtlint: default preset, as HTML') return (await lint(text, {format: 'html'})).messages.length
  if (name.startsWith('retext + ')) {
    const file = await retext().use(retextEnglish).use(retextQuotes).use(retextRepeatedWords).process(text)
    return file.messages.length
  }
  if (name === 'alex: text()') return alex(text).messages.length
  const id = /^mtlint: (.+) alone$/.exec(name)?.[1]
  if (id) return (await lint(text, {rules: only(id)})).messages.length
  throw new Error('Unknown case: ' + name)
}

// The corpus as plain text, or written as Markdown (it is already) or HTML for the cases that say so.
const text = benchDocument(Number(size), name.endsWith('as HTML') ? 'html' : 'text')
await run(text.slice(0, 1_000_000))
let best = {ms: Infinity, cpu: Infinity}
let messages = 0
for (let round = 0; round < (text.length > 2_000_000 ? 1 : 3); round++) {
  globalThis.gc?.()
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  messages = await run(text)
  const cpu = process.cpuUsage(cpuStart)
  const ms = performance.now() - start
  if (cpu.user + cpu.system < best.cpu * 1000) best = {ms, cpu: (cpu.user + cpu.system) / 1000}
}
process.stdout.write(JSON.stringify({...best, bytes: Buffer.byteLength(text), messages, rss: process.resourceUsage().maxRSS * 1024}))
