/**
 * One benchmark case, run in its own process by `bench.ts`: a warm-up on
 * the first 1 MB (so that the timed run is not the JIT’s first), then one
 * timed run; prints its wall-clock and CPU time (user + system, all threads),
 * size, peak RSS and message count as JSON.
 */
import {text as alex} from 'alex'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import retextQuotes from 'retext-quotes'
import retextRepeatedWords from 'retext-repeated-words'
import {retext} from 'retext'
import {parseBlocks} from '../src/engine/blocks.js'
import {lint} from '../src/index.js'
import {only} from '../tests/helpers.js'
import {benchCorpus} from './bench-corpus.js'

const [name = '', size = '100000'] = process.argv.slice(2)

/** Runs the case on `text`; resolves with the number of messages (or nodes, for parses). */
async function run(text: string): Promise<number> {
  if (name === 'parse: whole document (retext-english)') return new ParseEnglish().parse(text).children.length
  if (name === 'parse: block by block') {
    let count = 0
    for (const block of parseBlocks(text)) count += [...block.paragraphs].length
    return count
  }
  if (name === 'mtlint: default preset') return (await lint(text)).messages.length
  if (name.startsWith('retext + ')) {
    const file = await retext().use(retextEnglish).use(retextQuotes).use(retextRepeatedWords).process(text)
    return file.messages.length
  }
  if (name === 'alex: text()') return alex(text).messages.length
  const id = /^mtlint: (.+) alone$/.exec(name)?.[1]
  if (id) return (await lint(text, {rules: only(id)})).messages.length
  throw new Error('Unknown case: ' + name)
}

const text = benchCorpus(Number(size))
await run(text.slice(0, 1_000_000))
globalThis.gc?.()
const start = performance.now()
const cpuStart = process.cpuUsage()
const messages = await run(text)
const cpu = process.cpuUsage(cpuStart)
const ms = performance.now() - start
process.stdout.write(
  JSON.stringify({
    ms,
    cpu: (cpu.user + cpu.system) / 1000,
    bytes: Buffer.byteLength(text),
    messages,
    rss: process.resourceUsage().maxRSS * 1024
  })
)
