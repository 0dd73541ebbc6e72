/**
 * Folders of many small files through the built CLI (`mtlint <folder>`):
 * 1,000, 10,000 and 50,000 files of one to three paragraphs, 100 to a
 * subfolder, each run once in a fresh process (the 50,000 case takes a
 * while). unified-engine’s file queue made this quadratic (1,000 files took
 * 2 s, 8,000 took 41 s, 20,000 did not finish in 2 minutes); the CLI’s walk
 * and `cli/file-queue.ts` make it linear. Part of `npm run bench`; run alone
 * with `tsx scripts/bench-folders.ts`. Returns a Markdown table.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {benchCorpus} from './bench-corpus.js'

export const folderSizes = [1_000, 10_000, 50_000]

const root = fileURLToPath(new URL('..', import.meta.url))
const numbers = new Intl.NumberFormat('en-US')

/** A folder of `count` files cut from the benchmark corpus, 100 to a subfolder; resolves with its size in bytes. */
function makeFolder(folder: string, count: number): number {
  rmSync(folder, {recursive: true, force: true})
  const paragraphs = benchCorpus(400_000).split('\n\n')
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const sub = path.join(folder, 'd' + Math.floor(index / 100))
    if (index % 100 === 0) mkdirSync(sub, {recursive: true})
    const text = paragraphs.slice(index % paragraphs.length, (index % paragraphs.length) + 1 + (index % 3)).join('\n\n') + '\n'
    writeFileSync(path.join(sub, 'f' + index + '.txt'), text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}

/** Runs `mtlint <folder> --silent` under GNU time: wall seconds, CPU seconds, peak RSS in MB. */
function lintFolder(folder: string): {wall: number; cpu: number; rss: number} {
  const timer = existsSync('/usr/bin/time')
  const command = [process.execPath, path.join(root, 'dist/cli.js'), folder, '--silent']
  const start = performance.now()
  const child = spawnSync(timer ? '/usr/bin/time' : command[0]!, timer ? ['-f', '%U %S %M', ...command] : command.slice(1), {
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  const wall = (performance.now() - start) / 1000
  if (child.status !== 0 && child.status !== 1) throw new Error('mtlint failed on ' + folder + ': ' + child.stderr)
  const [user, system, rss] = timer ? child.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) : [Number.NaN, 0, Number.NaN]
  return {wall, cpu: user! + system!, rss: (rss! * 1024) / 1e6}
}

export function benchFolders(log: (line: string) => void = () => {}): string {
  const base = path.join(root, '.bench/folders')
  const rows: string[] = []
  for (const count of folderSizes) {
    const bytes = makeFolder(base, count)
    const {wall, cpu, rss} = lintFolder(base)
    rows.push(
      `| ${numbers.format(count)} | ${(bytes / 1e6).toFixed(1)} | ${cpu.toFixed(1)} | ${((cpu * 1000 * 1000) / count).toFixed(0)} | ${wall.toFixed(1)} | ${rss.toFixed(0)} |`
    )
    log(rows.at(-1)!)
  }
  rmSync(base, {recursive: true, force: true})
  return ['| files | MB | CPU seconds | CPU ms per 1,000 files | wall-clock seconds | peak RSS (MB) |', '| --- | --- | --- | --- | --- | --- |', ...rows].join(
    '\n'
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(benchFolders((line) => console.error(line)))
}
