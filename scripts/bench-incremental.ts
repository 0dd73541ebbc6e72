/**
 * One process of the editor rows of `npm run bench` (`--incremental`, and
 * every full run): the benchmark corpus of `bytes`, its paragraphs as an
 * editor’s blocks, linted by `createLinter()` once (the first update), then
 * `edits` times with one paragraph edited (a word typed at its end, in
 * paragraphs spread over the document). Prints, as JSON, the first
 * update’s CPU time, the median and 95th percentile CPU time of an edit’s
 * update (user + system, so GC threads count), the median of the first 10
 * edits (what is left of the warm-up), and the heap the linter holds after
 * a collection (what it keeps of every block, the rules’ tables aside), per
 * MB.
 *
 * Warm-up, left out of every number: the rules’ tables (a first lint of a
 * few words) and the incremental linter’s code (a separate linter over a
 * document of `warmUpBytes`, updated `edits` times as the measured one is),
 * as an editor that has run a while has them. The measured document’s own
 * first update and what it leaves (its garbage, collected during the first
 * edits) are measured: the first 10 edits’ median shows them.
 */
import {createLinter} from '../src/incremental/index.js'
import {benchCorpus} from './bench-corpus.js'

const bytes = Number(process.argv[2] ?? 1_000_000)
const edits = Number(process.argv[3] ?? 40)
const text = benchCorpus(bytes)
const warmUpBytes = Math.min(100_000, Math.ceil(bytes / 10))
const blocksOf = (document: string) => document.split('\n\n').map((paragraph, index) => ({key: String(index), text: paragraph}))
/** The blocks with the `edit`-th paragraph edited: a word typed at its end; a prime step spreads the edited paragraphs over the document. */
const edited = (blocks: ReadonlyArray<{key: string; text: string}>, edit: number) => {
  const at = (edit * 7919) % blocks.length
  const next = [...blocks]
  next[at] = {key: blocks[at]!.key, text: blocks[at]!.text + (edit % 2 === 0 ? ' Kiev' : ' and')}
  return next
}
let blocks = blocksOf(text)
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

// The rules’ tables are compiled at their first use: a first lint of a few words, so that the heap held is the document’s.
createLinter().update([{key: 'warm-up', text: 'MM. Dupont “met” the mayor of Kiev, selon AFP.'}])
// The incremental paths, on another linter and document (a corpus of its own size: other offsets, other blocks edited).
const warmUp = createLinter()
let warmBlocks = blocksOf(benchCorpus(warmUpBytes))
warmUp.update(warmBlocks)
for (let edit = 0; edit < edits; edit++) warmUp.update((warmBlocks = edited(warmBlocks, edit)))
globalThis.gc?.()
const heapBefore = process.memoryUsage().heapUsed
const linter = createLinter()
let since = process.cpuUsage()
let messages = linter.update(blocks).messages.length
const first = cpuMs(since)
globalThis.gc?.()
const held = process.memoryUsage().heapUsed - heapBefore

const times: number[] = []
for (let edit = 0; edit < edits; edit++) {
  blocks = edited(blocks, edit)
  since = process.cpuUsage()
  messages = linter.update(blocks).messages.length
  times.push(cpuMs(since))
}
const firstTen = times.slice(0, 10).sort((a, b) => a - b)
times.sort((a, b) => a - b)
process.stdout.write(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    blocks: blocks.length,
    first,
    median: times[Math.floor((times.length - 1) / 2)],
    p95: times[Math.ceil(times.length * 0.95) - 1],
    firstTenMedian: firstTen[Math.floor((firstTen.length - 1) / 2)],
    warmUpBytes,
    heldPerMB: held / 1e6 / (Buffer.byteLength(text) / 1e6),
    messages
  })
)
