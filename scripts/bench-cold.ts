/**
 * The fixed costs of `npm run bench` (issue 14), on the built package:
 * - a cold `mtlint` on a one-line `.txt` file, median wall-clock time of 10
 *   process starts (and median CPU time, with GNU time), with its code cache
 *   and without (as a first run), beside alex’s CLI on the same file and
 *   `node -e 0`;
 * - `import('mtlint')` and a first `lint()` of one sentence, timed inside a
 *   fresh process, median of 10;
 * - 1 MB of the benchmark corpus cut into paragraphs of four words against
 *   the same 1 MB as it is (see `bench-short-blocks.ts`).
 * remark-cli is not beside them: it is not installed, and a dev dependency
 * adds its README to the pinned native-English corpus the precision tests
 * read (`npm run corpus:pin`).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!

/** GNU time, when installed: it gives a child's CPU time (user + system), which a loaded machine inflates far less than its wall-clock time. */
const timer = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/**
 * Median wall-clock milliseconds of `runs` starts of `command` (its exit code
 * ignored: alex exits 1 on a warning), and their median CPU milliseconds
 * (`NaN` without GNU time).
 */
function coldStart(command: readonly string[], runs: number, env: NodeJS.ProcessEnv = process.env): {wall: number; cpu: number} {
  const walls: number[] = []
  const cpus: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const child = timer
      ? spawnSync(timer, ['-f', 'mtlint-cpu %U %S', ...command], {encoding: 'utf8', env})
      : spawnSync(command[0]!, command.slice(1), {encoding: 'utf8', env})
    walls.push(performance.now() - start)
    if (child.error) throw child.error
    const times = /mtlint-cpu ([\d.]+) ([\d.]+)\s*$/.exec(child.stderr ?? '')
    cpus.push(times ? (Number(times[1]) + Number(times[2])) * 1000 : Number.NaN)
  }
  return {wall: median(walls), cpu: median(cpus)}
}

/** Median, over `runs` fresh processes, of `import()` of the built main entry plus a first `lint()` of one sentence: wall-clock and CPU time (the process’s, V8’s helper threads included). */
function importToFirstMessage(root: string, runs: number): {ms: number; cpu: number; messages: number} {
  const entry = pathToFileURL(path.join(root, 'dist/index.js')).href
  const script = [
    'const start = performance.now()',
    'const startCpu = process.cpuUsage()',
    `const {lint} = await import(${JSON.stringify(entry)})`,
    "const file = await lint('The talks were held in Kiev.')",
    'const {user, system} = process.cpuUsage(startCpu)',
    'console.log(JSON.stringify({ms: performance.now() - start, cpu: (user + system) / 1000, messages: file.messages.length}))'
  ].join('\n')
  const samples = Array.from({length: runs}, () => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
    return JSON.parse(output) as {ms: number; cpu: number; messages: number}
  })
  return {ms: median(samples.map((sample) => sample.ms)), cpu: median(samples.map((sample) => sample.cpu)), messages: samples[0]!.messages}
}

/**
 * 1 MB of four-word paragraphs against 1 MB of prose: the median ratio over
 * `rounds` processes. From one fresh process to the next the ratio moves by
 * ±0.05–0.15 on a shared machine of two cores (the prose's time most: V8's
 * helper threads), so seven processes are read, not three.
 */
function shortBlocks(root: string, rounds: number): {prose: number; short: number; ratio: number} {
  const runner = path.join(root, 'scripts/bench-short-blocks.ts')
  const samples = Array.from({length: rounds}, () => {
    const output = execFileSync(process.execPath, ['--no-allocation-site-pretenuring', '--import', 'tsx', '--expose-gc', runner], {
      encoding: 'utf8',
      cwd: root
    })
    return JSON.parse(output) as {prose: number; short: number}
  })
  const ratios = samples.map((sample) => sample.short / sample.prose)
  return {prose: median(samples.map((sample) => sample.prose)), short: median(samples.map((sample) => sample.short)), ratio: median(ratios)}
}

/** The rows of the fixed costs, as a Markdown table (`dist/` must be built). */
export function benchCold(root: string, log: (line: string) => void): string {
  const folder = path.join(root, '.bench')
  mkdirSync(folder, {recursive: true})
  const oneLine = path.join(folder, 'one-line.txt')
  writeFileSync(oneLine, 'The talks were held in Kiev.\n')
  const alexCli = path.join(path.dirname(createRequire(import.meta.url).resolve('alex/package.json')), 'cli.js')

  const rows: string[] = []
  const row = (line: string) => {
    rows.push(line)
    log(line)
  }
  const node = coldStart([process.execPath, '-e', '0'], 10)
  const cpu = (ms: number) => (Number.isNaN(ms) ? '' : `; CPU ${ms.toFixed(0)} ms`)
  row(`| \`node -e 0\` (Node’s own start) | one-line \`.txt\` | ${node.wall.toFixed(0)} ms${cpu(node.cpu)} | |`)
  // On a loaded machine Node’s own start moves too: the multiple of it, and CPU time, are the steadier figures.
  const start = (command: readonly string[], env?: NodeJS.ProcessEnv) => {
    const {wall, cpu: used} = coldStart(command, 10, env)
    return `${wall.toFixed(0)} ms (${(wall / node.wall).toFixed(1)}× \`node -e 0\`)${cpu(used)}`
  }
  const cli = [process.execPath, path.join(root, 'dist/cli.js'), oneLine]
  // The first run after a build makes the CLI's code cache (`src/cli/code-cache.ts`); the others read it.
  coldStart(cli, 1)
  row(`| \`mtlint\` (built CLI) | one-line \`.txt\` | ${start(cli)} | target ≤ 300 ms |`)
  row(`| \`mtlint\` without its code cache (a first run) | one-line \`.txt\` | ${start(cli, {...process.env, MTLINT_CODE_CACHE: '0'})} | |`)
  row(`| \`alex\` (its CLI) | one-line \`.txt\` | ${start([process.execPath, alexCli, oneLine])} | |`)
  const first = importToFirstMessage(root, 10)
  row(`| \`import('mtlint')\` + first \`lint()\` | one sentence (${first.messages} message) | ${first.ms.toFixed(0)} ms${cpu(first.cpu)} | target ≤ 150 ms |`)
  const blocks = shortBlocks(root, 7)
  row(
    `| 1 MB of four-word paragraphs against 1 MB of prose | ${blocks.short.toFixed(0)} against ${blocks.prose.toFixed(0)} CPU ms | ${blocks.ratio.toFixed(2)}× | target ≤ 1.2× |`
  )
  return ['| run | input | median | |', '| --- | --- | --- | --- |', ...rows].join('\n')
}
