/**
 * `npm run bench:adversarial [-- --only <text>] [-- --readme]`: lints each
 * adversarial input of `scripts/inputs/adversarial-inputs.ts` at 1 MB and at 10 MB,
 * each in a fresh process, next to 1 MB and 10 MB of ordinary prose (the
 * benchmark corpus), all in one run so that ratios hold on a noisy machine;
 * times are CPU times (user and system), which other processes disturb less.
 * The bounds of issue 6: each input within 3× the time of ordinary prose, and
 * 10× the input within about 12× the time. `--readme` writes the table into
 * the README between its `adversarial` markers. Not a test: it asserts nothing.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {v8Flags} from '../src/cli/heap.js'
import {formats} from '../src/formats/format.js'
import {lint, type Format} from '../src/index.js'
import {adversarialInputs} from './inputs/adversarial-inputs.js'
import {benchDocument} from './bench-corpus.js'

const megabyte = 1_000_000
const maxTimes = 3
const maxGrowth = 12

interface Timing {
  ms: number
  bytes: number
  messages: number
}

/** The text and format of case `index` (-1: ordinary prose in `format`) at about `bytes` bytes. */
function input(index: number, bytes: number, format: Format): {text: string; format: Format} {
  if (index === -1) return {text: benchDocument(bytes, format), format}
  const {make, format: own = 'text'} = adversarialInputs[index]!
  return {text: make(bytes), format: own}
}

/** In the child process: lint one input, print its median CPU time (3 rounds at 1 MB, 1 above). */
async function measure(index: number, bytes: number, proseFormat: Format): Promise<void> {
  const {text, format} = input(index, bytes, proseFormat)
  const times: number[] = []
  let messages = 0
  for (let round = 0; round < (bytes > megabyte ? 1 : 3); round++) {
    globalThis.gc?.()
    // CPU time (user and system, all threads): a busy machine disturbs it far less than wall time.
    const start = process.cpuUsage()
    messages = (await lint(text, {format})).messages.length
    const used = process.cpuUsage(start)
    times.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  const timing: Timing = {ms: times[Math.floor(times.length / 2)]!, bytes: Buffer.byteLength(text), messages}
  process.stdout.write(JSON.stringify(timing))
}

const self = fileURLToPath(import.meta.url)

/** Runs one case in a fresh process, so that no case warms up or fills the heap of another. */
function run(index: number, bytes: number, format: Format = 'text'): Timing {
  const output = execFileSync(process.execPath, [...v8Flags, '--import', 'tsx', '--expose-gc', self, '--case', String(index), String(bytes), format], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  return JSON.parse(output) as Timing
}

const perMegabyte = (timing: Timing) => timing.ms / (timing.bytes / megabyte)

function main(): void {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined
  const rows: string[] = []
  // Ordinary prose in each format the inputs use: an input is compared with prose written the same way.
  const baselines = new Map<Format, Timing>()
  for (const format of formats) {
    if (!adversarialInputs.some((input) => (input.format ?? 'text') === format && (!only || input.name.includes(only)))) continue
    const small = run(-1, megabyte, format)
    const large = run(-1, 10 * megabyte, format)
    baselines.set(format, small)
    const growth = (10 * perMegabyte(large)) / perMegabyte(small)
    rows.push(
      `| ordinary prose${format === 'text' ? '' : ', as ' + (format === 'html' ? 'HTML' : 'Markdown')} (the benchmark corpus) | — | ${perMegabyte(small).toFixed(0)} | 1.00× | ${perMegabyte(large).toFixed(0)} | ${growth.toFixed(1)}× | ${small.messages} |`
    )
    console.error(rows.at(-1))
  }
  let failures = 0
  for (const [index, {name, target, format = 'text'}] of adversarialInputs.entries()) {
    if (only && !name.includes(only)) continue
    const small = run(index, megabyte)
    const large = run(index, 10 * megabyte)
    const times = perMegabyte(small) / perMegabyte(baselines.get(format)!)
    const growth = (10 * perMegabyte(large)) / perMegabyte(small)
    const within = times <= maxTimes && growth <= maxGrowth
    if (!within) failures++
    rows.push(
      `| ${name} | ${target} | ${perMegabyte(small).toFixed(0)} | ${times.toFixed(2)}× | ${perMegabyte(large).toFixed(0)} | ${growth.toFixed(1)}× | ${small.messages}${within ? '' : ' (out of bounds)'} |`
    )
    console.error(rows.at(-1))
  }

  const columns = ['input (1 MB, then 10 MB)', 'aimed at', 'CPU ms per MB at 1 MB', '× prose', 'CPU ms per MB at 10 MB', '10× input costs', 'findings at 1 MB']
  const table = ['| ' + columns.join(' | ') + ' |', '|' + ' --- |'.repeat(columns.length), ...rows].join('\n')
  mkdirSync('.bench', {recursive: true})
  writeFileSync('.bench/adversarial.md', table + '\n')
  console.log(table)
  console.log(`\n${failures === 0 ? 'Every input is' : failures + ' inputs are not'} within ${maxTimes}× prose and ${maxGrowth}× for 10× the input.`)
  if (process.argv.includes('--readme') && !only) writeReadme(table)
}

/** Replaces the table between the README’s `adversarial` markers. */
function writeReadme(table: string): void {
  const path = new URL('../README.md', import.meta.url)
  const readme = readFileSync(path, 'utf8')
  const start = '<!-- adversarial:start -->'
  const end = '<!-- adversarial:end -->'
  if (!readme.includes(start) || !readme.includes(end)) throw new Error('README.md has no ' + start + ' … ' + end + ' markers')
  writeFileSync(path, readme.slice(0, readme.indexOf(start) + start.length) + '\n' + table + '\n' + readme.slice(readme.indexOf(end)))
}

if (process.argv[2] === '--case') await measure(Number(process.argv[3]), Number(process.argv[4]), process.argv[5] as Format)
else main()
