/**
 * `npm run bench [-- --10mb]`: throughput of parsing and linting, each case in
 * a fresh process (so peak RSS is the case’s own), all in one run so that
 * ratios hold on a noisy machine. Not a test: it asserts nothing.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {allRules as rules} from '../rules/index.js'

const sizes: Array<[string, number]> = [
  ['100 KB', 100_000],
  ['1 MB', 1_000_000]
]
if (process.argv.includes('--10mb')) sizes.push(['10 MB', 10_000_000])

// Cases whose cost grows with the square of the input are skipped above this size.
const quadraticLimit = 1_000_000

interface Case {
  name: string
  quadratic?: boolean
}

const cases: Case[] = [
  {name: 'parse: whole document (retext-english)', quadratic: true},
  {name: 'parse: block by block'},
  {name: 'mtlint: default preset'},
  ...rules.map((rule) => ({name: 'mtlint: ' + rule.id + ' alone'})),
  {name: 'retext + retext-quotes + retext-repeated-words, whole document', quadratic: true}
]

const runner = fileURLToPath(new URL('bench-case.ts', import.meta.url))
const rows: string[] = []
for (const [label, bytes] of sizes) {
  let baseline = 0
  for (const {name, quadratic} of cases) {
    if (quadratic && bytes > quadraticLimit) {
      rows.push(`| ${name} | ${label} | skipped (quadratic) | | | | |`)
      continue
    }
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', runner, name, String(bytes)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20
    })
    const result = JSON.parse(output) as {ms: number; bytes: number; rss: number; messages: number}
    const megabytes = result.bytes / 1e6
    if (name === 'parse: block by block') baseline = result.ms
    const ratio = baseline ? (result.ms / baseline).toFixed(2) + '×' : ''
    rows.push(
      `| ${name} | ${label} | ${(megabytes / (result.ms / 1000)).toFixed(2)} | ${(result.ms / megabytes).toFixed(0)} | ${ratio} | ${(result.rss / 1e6).toFixed(0)} | ${result.messages} |`
    )
    console.error(rows.at(-1))
  }
}

const table = [
  '| case | size | MB/s | ms per MB | × block parse | peak RSS (MB) | messages |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows
].join('\n')
mkdirSync('.bench', {recursive: true})
writeFileSync('.bench/results.md', table + '\n')
console.log(table)
