/**
 * One process of `bench-cold.ts`’s short-paragraph row: 1 MB of the benchmark
 * corpus, and the same words cut into paragraphs of four words (1 MB too),
 * each linted after a warm-up, five times, taking turns; prints the best CPU
 * time (user + system) of each as JSON. Ratios are taken within the process.
 *
 * `--rules [rounds]`: what each rule costs on its own (linted alone, less a
 * run with every rule off: the engine’s own part), on both texts, medians of
 * `rounds` (default 5) taking turns, and what it adds per block of four words
 * (the blocks the short text has more than the prose hold the same words).
 */
import {lint, rules} from '../src/index.js'
import {blockSpans} from '../src/engine/blocks.js'
import {benchDocument} from './bench-corpus.js'

const prose = benchDocument(1_000_000, 'text')
const words = prose.split(/\s+/).filter(Boolean)
const paragraphs: string[] = []
for (let index = 0; index < words.length; index += 4) paragraphs.push(words.slice(index, index + 4).join(' '))
const short = paragraphs.join('\n\n').slice(0, prose.length)

async function cpu(text: string, options?: Parameters<typeof lint>[1]): Promise<number> {
  globalThis.gc?.()
  const start = process.cpuUsage()
  await lint(text, options)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!

if (process.argv[2] === '--rules') {
  const rounds = Number(process.argv[3] ?? 5)
  const ids = rules.filter((rule) => rule.severity !== 'off').map((rule) => rule.id)
  const only = (kept?: string) => ({rules: Object.fromEntries(ids.map((id) => [id, id === kept ? 'warn' : 'off'] as const))})
  const runs: Array<[string, ReturnType<typeof only>]> = [
    ['engine (every rule off)', only()],
    ...ids.map((id) => [id, only(id)] as [string, ReturnType<typeof only>])
  ]
  const texts = {prose, short}
  const times = new Map(runs.map(([name]) => [name, {prose: [] as number[], short: [] as number[]}]))
  for (const [, options] of runs) for (const text of [prose, short]) await lint(text.slice(0, 200_000), options)
  for (let round = 0; round < rounds; round++) {
    for (const [name, options] of runs) for (const kind of ['prose', 'short'] as const) times.get(name)![kind].push(await cpu(texts[kind], options))
  }
  const count = (text: string) => [...blockSpans(text)].length
  const blocks = {prose: count(prose), short: count(short)}
  const extraBlocks = blocks.short - blocks.prose
  console.log(
    `blocks: prose ${blocks.prose}, four-word paragraphs ${blocks.short}; CPU ms, medians of ${rounds}; a rule’s cost is its run alone less the engine’s`
  )
  console.log('| part | prose ms | four-word ms | µs per extra block |')
  console.log('|---|---|---|---|')
  const engine = times.get(runs[0]![0])!
  for (const [name] of runs) {
    const own = times.get(name)!
    const cost = (kind: 'prose' | 'short') => median(own[kind]) - (own === engine ? 0 : median(engine[kind]))
    const perBlock = ((cost('short') - cost('prose')) * 1000) / extraBlocks
    console.log(`| ${name} | ${cost('prose').toFixed(0)} | ${cost('short').toFixed(0)} | ${perBlock.toFixed(2)} |`)
  }
} else {
  await lint(prose.slice(0, 300_000))
  await lint(short.slice(0, 300_000))
  const best = {prose: Infinity, short: Infinity}
  for (let round = 0; round < 5; round++) {
    best.prose = Math.min(best.prose, await cpu(prose))
    best.short = Math.min(best.short, await cpu(short))
  }
  process.stdout.write(JSON.stringify(best))
}
