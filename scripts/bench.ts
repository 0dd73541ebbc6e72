/**
 * `npm run bench [-- --10mb] [-- --quadratic]`: throughput of parsing and
 * linting, and of `--jsonl` over many documents. Not a test: it asserts
 * nothing.
 *
 * Each case runs in a fresh process (so that peak RSS is the case’s own),
 * three times, the cases taking turns, so that a load that comes and goes on
 * a shared machine spreads over all of them; the table shows the median over
 * those processes of each one’s best run (see `bench-case.ts`), in CPU time
 * (user + system), which other processes inflate far less than
 * wall-clock time (on this 2-core machine, shared with other sessions, wall
 * time varied 4× between runs of one case). Ratios to the block parse are
 * taken within one run. Many documents (`--jsonl --jobs`) are timed on the
 * wall clock: that is what more jobs buy. Cases whose cost grows with
 * the square of the input are skipped above 1 MB unless `--quadratic`.
 * Every case runs with the V8 flags of mtlint’s CLI (`src/cli/heap.ts`),
 * the peers’ cases too. Wall-clock time is shown beside: CPU time also counts V8's helper threads
 * (concurrent compilation and marking), which run beside the main thread on
 * an idle machine.
 * Writes `.bench/results.md`; with `--10mb`, also the README’s table (1 MB
 * and 10 MB: at 100 KB a run takes ~50 ms, within the noise).
 * `--cold` runs only the fixed costs (`bench-cold.ts`: a cold CLI, import to
 * first message, four-word paragraphs against prose) and writes them to the
 * README’s table of fixed costs; a full run measures them too.
 * `--incremental` runs only the editor rows (`bench-incremental.ts`: one
 * paragraph edited in a document linted by `createLinter()`, and the heap
 * the linter holds per MB) and writes them to the README’s table of the
 * editor; a full run measures them too.
 * `--cases <text>` runs only the cases whose name holds the text (and the
 * block parse, for the ratios), without the `--jsonl` runs; with `--10mb` it
 * replaces those rows of the README’s table and adds a line saying when they
 * were measured. `--rounds <n>` takes n processes per case (3 by default).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {fileURLToPath} from 'node:url'
import {rules} from '../src/index.js'
import {v8Flags} from '../src/cli/heap.js'
import {benchCold} from './bench-cold.js'
import {benchRecords} from './bench-corpus.js'
import {benchFolders} from './bench-folders.js'

const flags = process.argv.slice(2)
const full = flags.includes('--10mb')
const sizes: Array<[string, number]> = [
  ['100 KB', 100_000],
  ['1 MB', 1_000_000]
]
if (full) sizes.push(['10 MB', 10_000_000])
const quadraticLimit = flags.includes('--quadratic') ? Infinity : 1_000_000
const valueOf = (flag: string) => (flags.includes(flag) ? flags[flags.indexOf(flag) + 1] : undefined)
const only = valueOf('--cases')
const rounds = Number(valueOf('--rounds') ?? 3)

interface Case {
  name: string
  quadratic?: boolean
}

const cases: Case[] = [
  {name: 'parse: whole document (retext-english)', quadratic: true},
  {name: 'parse: block by block'},
  {name: 'mtlint: default preset'},
  // The same corpus as Markdown (it is Markdown: READMEs), and its paragraphs as HTML `p` elements.
  {name: 'mtlint: default preset, as Markdown'},
  {name: 'mtlint: default preset, as HTML'},
  ...rules.map((rule) => ({name: 'mtlint: ' + rule.id + ' alone'})),
  {name: 'retext + retext-quotes + retext-repeated-words, whole document', quadratic: true},
  {name: 'alex: text()', quadratic: true}
]

interface Sample {
  ms: number
  cpu: number
  bytes: number
  rss: number
  messages: number
}

const root = fileURLToPath(new URL('..', import.meta.url))
const runner = fileURLToPath(new URL('bench-case.ts', import.meta.url))
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(', ')
const notes = [`Node ${process.version}, ${cpus().length} cores; load average at start: ${load()}`]
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

function runCase(name: string, bytes: number): Sample {
  const output = execFileSync(process.execPath, [...v8Flags, '--import', 'tsx', '--expose-gc', runner, name, String(bytes)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  return JSON.parse(output) as Sample
}

/**
 * The editor rows: `createLinter()` over the corpus as an editor’s blocks
 * (`bench-incremental.ts`), each size in `rounds` fresh processes; the median
 * of each column.
 */
function benchIncremental(): string {
  const rows = sizes.map(([label, bytes]) => {
    const runs = Array.from({length: rounds}, () => {
      const output = execFileSync(
        process.execPath,
        [...v8Flags, '--import', 'tsx', '--expose-gc', fileURLToPath(new URL('bench-incremental.ts', import.meta.url)), String(bytes)],
        {
          encoding: 'utf8'
        }
      )
      return JSON.parse(output) as {
        blocks: number
        first: number
        median: number
        p95: number
        firstTenMedian: number
        warmUpBytes: number
        heldPerMB: number
        messages: number
      }
    })
    const column = (pick: (run: (typeof runs)[number]) => number) => median(runs.map(pick))
    const row = `| ${label} | ${runs[0]!.blocks.toLocaleString('en')} | ${column((run) => run.first).toFixed(0)} | ${column((run) => run.median).toFixed(1)} | ${column((run) => run.p95).toFixed(1)} | ${column((run) => run.firstTenMedian).toFixed(1)} | ${column((run) => run.heldPerMB).toFixed(0)} | ${runs[0]!.messages} |`
    console.error(row)
    return row
  })
  return [
    '| document | blocks | first update (CPU ms) | one paragraph edited: update, median (CPU ms) | p95 (CPU ms) | first 10 edits, median (CPU ms) | heap held per MB (MB) | messages |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

if (flags.includes('--incremental')) {
  const incrementalTable = benchIncremental()
  notes.push(`load average at end: ${load()}`)
  console.log(incrementalTable + '\n\n' + notes.join('; ') + '.')
  const path = root + 'README.md'
  writeFileSync(
    path,
    between(
      readFileSync(path, 'utf8'),
      '<!-- bench-incremental:start -->',
      '<!-- bench-incremental:end -->',
      incrementalTable + '\n\n' + notes.join('; ') + '.\n'
    )
  )
  process.exit(0)
}

if (flags.includes('--cold')) {
  execFileSync(process.execPath, [root + 'node_modules/tsup/dist/cli-default.js', '--silent'], {cwd: root, stdio: 'inherit'})
  const coldTable = benchCold(root, (row) => console.error(row))
  notes.push(`load average at end: ${load()}`)
  console.log(coldTable + '\n\n' + notes.join('; ') + '.')
  const path = root + 'README.md'
  writeFileSync(
    path,
    between(readFileSync(path, 'utf8'), '<!-- bench-cold:start -->', '<!-- bench-cold:end -->', coldTable + '\n\n' + notes.join('; ') + '.\n')
  )
  process.exit(0)
}

const rows: string[] = []
for (const [label, bytes] of sizes) {
  const run = cases.filter(
    (entry) => (!entry.quadratic || bytes <= quadraticLimit) && (!only || entry.name.includes(only) || entry.name === 'parse: block by block')
  )
  const samples = new Map<string, Sample[]>(run.map((entry) => [entry.name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const {name} of run) samples.get(name)!.push(runCase(name, bytes))
    console.error(`${label}: round ${round + 1} of ${rounds} done (load ${load()})`)
  }
  const baseline = median(samples.get('parse: block by block')!.map((sample) => sample.cpu))
  const wallBaseline = median(samples.get('parse: block by block')!.map((sample) => sample.ms))
  for (const {name} of cases) {
    const list = samples.get(name)
    if (only && (!list || name === 'parse: block by block')) continue
    if (!list) {
      rows.push(`| ${name} | ${label} | skipped (quadratic) | | | | | | |`)
      continue
    }
    const ms = median(list.map((sample) => sample.cpu))
    const wall = median(list.map((sample) => sample.ms))
    const megabytes = list[0]!.bytes / 1e6
    const rss = Math.max(...list.map((sample) => sample.rss)) / 1e6
    rows.push(
      `| ${name} | ${label} | ${(megabytes / (ms / 1000)).toFixed(2)} | ${(ms / megabytes).toFixed(0)} | ${(ms / baseline).toFixed(2)}× | ${(wall / megabytes).toFixed(0)} | ${(wall / wallBaseline).toFixed(2)}× | ${rss.toFixed(0)} | ${list[0]!.messages} |`
    )
    console.error(rows.at(-1))
  }
}

const tableOf = (selected: readonly string[]) =>
  [
    '| case | size | MB per CPU second | CPU ms per MB | × block parse (CPU) | wall ms per MB | × block parse (wall) | peak RSS (MB) | messages |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...selected
  ].join('\n')
const table = tableOf(rows)

if (only) {
  notes.push(`load average at end: ${load()}`)
  const note = `${notePrefix(only)} --rounds ${rounds}\`): ${notes.join('; ')}.`
  console.log(table + '\n\n' + note)
  if (full)
    replaceReadmeRows(
      rows.filter((row) => !row.includes('| 100 KB |')),
      note
    )
  process.exit(0)
}

/** How the README’s line about rows measured apart with `--cases` starts. */
function notePrefix(cases: string): string {
  return `The rows of the cases whose name holds “${cases}” were measured apart (\`npm run bench -- --10mb --cases '${cases}'`
}

/** Replaces the README table’s rows of the same case and size as `fresh` (or adds them after the default preset’s row), and notes when. */
function replaceReadmeRows(fresh: readonly string[], note: string): void {
  const path = root + 'README.md'
  const lines = readFileSync(path, 'utf8').split('\n')
  const key = (row: string) => row.split(' | ').slice(0, 2).join(' | ')
  for (const row of fresh) {
    const at = lines.findIndex((line) => key(line) === key(row))
    if (at !== -1) lines[at] = row
    else {
      const size = row.split(' | ')[1]
      const after = lines.findIndex((line) => key(line) === `| mtlint: default preset | ${size}`)
      if (after === -1) throw new Error('README.md has no default-preset row at ' + size)
      let last = after
      while (lines[last + 1]?.startsWith('| mtlint: default preset, as ')) last++
      lines.splice(last + 1, 0, row)
    }
  }
  const end = lines.indexOf('<!-- bench:end -->')
  const noted = lines.findIndex((line) => line.startsWith(notePrefix(only!)))
  if (noted !== -1) lines[noted] = note
  else lines.splice(end, 0, note, '')
  writeFileSync(path, lines.join('\n'))
}

// Many documents: `mtlint --jsonl` (the built CLI) over 5,000 article-sized records, 1 and 2 worker threads.
execFileSync(process.execPath, [root + 'node_modules/tsup/dist/cli-default.js', '--silent'], {cwd: root, stdio: 'inherit'})
mkdirSync(root + '.bench', {recursive: true})
const recordsPath = root + '.bench/records.jsonl'
writeFileSync(recordsPath, benchRecords(5_000))
const recordBytes = readFileSync(recordsPath).length
const timer = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

function runRecords(jobs: number): Sample {
  const command = [process.execPath, root + 'dist/cli.js', '--jsonl', '--jobs', String(jobs)]
  const start = performance.now()
  const child = spawnSync(timer ?? command[0]!, timer ? ['-f', '%M', ...command] : command.slice(1), {
    input: readFileSync(recordsPath),
    maxBuffer: 1 << 30,
    encoding: 'utf8'
  })
  const ms = performance.now() - start
  if (child.status !== 0) throw new Error('mtlint --jsonl failed: ' + child.stderr)
  const results = child.stdout.trimEnd().split('\n')
  const messages = results.reduce((sum, line) => sum + ((JSON.parse(line) as {messages?: unknown[]}).messages?.length ?? 0), 0)
  // GNU time prints the peak RSS in KB.
  const rss = timer ? Number(child.stderr.trim().split('\n').at(-1)) * 1024 : Number.NaN
  return {ms, cpu: Number.NaN, bytes: recordBytes, rss, messages}
}

const jobSamples = new Map<number, Sample[]>([
  [1, []],
  [2, []]
])
for (let round = 0; round < 2; round++) {
  for (const [jobs, list] of jobSamples) list.push(runRecords(jobs))
  console.error(`records: round ${round + 1} of 2 done (load ${load()})`)
}
const single = median(jobSamples.get(1)!.map((sample) => sample.ms))
const jobRows = [...jobSamples].map(([jobs, list]) => {
  const ms = median(list.map((sample) => sample.ms))
  const rss = Math.max(...list.map((sample) => sample.rss)) / 1e6
  return `| \`--jsonl --jobs ${jobs}\` | 5,000 | ${(recordBytes / 1e6).toFixed(1)} | ${(ms / 1000).toFixed(1)} | ${(5_000 / (ms / 1000)).toFixed(0)} | ${(recordBytes / 1e3 / ms).toFixed(2)} | ${(single / ms).toFixed(2)}× | ${Number.isNaN(rss) ? '' : rss.toFixed(0)} |`
})
const jobsTable = [
  '| run | documents | MB | wall-clock seconds | documents/s | MB/s | speed-up | peak RSS (MB) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...jobRows
].join('\n')

// Folders of many small files: the built CLI over 1,000, 10,000 and 50,000 files.
const foldersTable = benchFolders((row) => console.error(row))

// Fixed costs: a cold CLI, import to first message, four-word paragraphs against prose.
const coldTable = benchCold(root, (row) => console.error(row))

// The editor: one paragraph edited in a document linted by `createLinter()`.
const incrementalTable = benchIncremental()

notes.push(`load average at end: ${load()}`)
const report = table + '\n\n' + jobsTable + '\n\n' + foldersTable + '\n\n' + coldTable + '\n\n' + incrementalTable + '\n\n' + notes.join('; ') + '.\n'
writeFileSync(root + '.bench/results.md', report)
console.log(report)

if (full) {
  const readme = readFileSync(root + 'README.md', 'utf8')
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from === -1 || to < from) throw new Error('README.md has no `' + start + '` … `' + end + '` markers')
  const large = tableOf(rows.filter((row) => !row.includes('| 100 KB |')))
  const section = large + '\n\n' + jobsTable + '\n\n' + notes.join('; ') + '.\n'
  let updated = readme.slice(0, from + start.length) + '\n\n' + section + '\n' + readme.slice(to)
  updated = between(updated, '<!-- bench-folders:start -->', '<!-- bench-folders:end -->', foldersTable + '\n\n' + notes.join('; ') + '.\n')
  updated = between(updated, '<!-- bench-cold:start -->', '<!-- bench-cold:end -->', coldTable + '\n\n' + notes.join('; ') + '.\n')
  updated = between(updated, '<!-- bench-incremental:start -->', '<!-- bench-incremental:end -->', incrementalTable + '\n\n' + notes.join('; ') + '.\n')
  writeFileSync(root + 'README.md', updated)
}

function between(text: string, start: string, end: string, section: string): string {
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from === -1 || to < from) throw new Error('README.md has no `' + start + '` … `' + end + '` markers')
  return text.slice(0, from + start.length) + '\n\n' + section + '\n' + text.slice(to)
}
