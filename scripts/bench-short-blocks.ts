/**
 * One process of `bench-cold.ts`’s short-paragraph row: 1 MB of the benchmark
 * corpus, and the same words cut into paragraphs of four words (1 MB too),
 * each linted after a warm-up, three times, taking turns; prints the best CPU
 * time (user + system) of each as JSON. Ratios are taken within the process.
 */
import {lint} from '../src/index.js'
import {benchDocument} from './bench-corpus.js'

const prose = benchDocument(1_000_000, 'text')
const words = prose.split(/\s+/).filter(Boolean)
const paragraphs: string[] = []
for (let index = 0; index < words.length; index += 4) paragraphs.push(words.slice(index, index + 4).join(' '))
const short = paragraphs.join('\n\n').slice(0, prose.length)

async function cpu(text: string): Promise<number> {
  globalThis.gc?.()
  const start = process.cpuUsage()
  await lint(text)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

await lint(prose.slice(0, 300_000))
await lint(short.slice(0, 300_000))
const best = {prose: Infinity, short: Infinity}
for (let round = 0; round < 3; round++) {
  best.prose = Math.min(best.prose, await cpu(prose))
  best.short = Math.min(best.short, await cpu(short))
}
process.stdout.write(JSON.stringify(best))
