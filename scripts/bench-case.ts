/** One benchmark case, run in its own process by `bench.ts`; prints its median time as JSON. */
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
const text = benchCorpus(Number(size))

async function run(): Promise<number> {
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
  const id = /^mtlint: (.+) alone$/.exec(name)?.[1]
  if (id) return (await lint(text, {rules: only(id)})).messages.length
  throw new Error('Unknown case: ' + name)
}

const times: number[] = []
let messages = 0
const rounds = Number(size) > 2_000_000 ? 1 : 3
for (let round = 0; round < rounds; round++) {
  globalThis.gc?.()
  const start = performance.now()
  messages = await run()
  times.push(performance.now() - start)
}
times.sort((a, b) => a - b)
process.stdout.write(
  JSON.stringify({
    ms: times[Math.floor(times.length / 2)],
    bytes: Buffer.byteLength(text),
    rss: process.resourceUsage().maxRSS * 1024,
    messages
  })
)
