/**
 * `npm run bench:serve [-- --duration 60] [-- --segments 3] [-- --connections 8] [-- --cost-only]`:
 * what `mtlint serve` costs, on loopback. Not a test: it asserts nothing.
 *
 * 1. Cost: a 5,000-character article checked through `POST /v2/check`
 *    (a keep-alive client, round trip to the whole body) against `lint()` on the
 *    same text in this process, taking turns: medians of wall-clock time, and
 *    CPU time per check (the server process’s, read from `/proc`, against this
 *    process’s for `lint()`), which a loaded machine inflates far less: each
 *    round trip waits for two processes to be scheduled again.
 * 2. Load: autocannon, bounded in time, `--connections` clients over a mix of
 *    article sizes (500 to 20,000 characters, and one text over the server’s
 *    `--max-length` that must get a 413): requests per second, p50/p99
 *    latency, statuses, and the server’s resident memory before the load and
 *    after each of its `--segments`.
 *
 * The server is the built CLI (`dist/cli.js serve`) in a child process, on a
 * free loopback port; it is stopped at the end.
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {Agent, request} from 'node:http'
import {fileURLToPath} from 'node:url'
import autocannon from 'autocannon'
import {useMtlintV8Flags} from '../src/cli/heap.js'

const flags = process.argv.slice(2)
const valueOf = (flag: string) => (flags.includes(flag) ? flags[flags.indexOf(flag) + 1] : undefined)
const duration = Number(valueOf('--duration') ?? 60)
const connections = Number(valueOf('--connections') ?? 8)
const costOnly = flags.includes('--cost-only')
const segments = Number(valueOf('--segments') ?? 3)
const rounds = Number(valueOf('--rounds') ?? 300)
const maxLength = 50_000

const root = fileURLToPath(new URL('..', import.meta.url))
const seed = readFileSync(root + 'fixtures/afp-ukraine-2022.txt', 'utf8')

/** `length` characters of the seed article, repeated as paragraphs. */
function article(length: number): string {
  let text = seed
  while (text.length < length) text += '\n\n' + seed
  return text.slice(0, length)
}

const form = (text: string) => new URLSearchParams({language: 'en-US', text}).toString()

/** User + system CPU time of a process, in milliseconds (Linux clock ticks, 100 a second). */
function cpuOf(pid: number): number {
  const fields = readFileSync('/proc/' + pid + '/stat', 'utf8')
    .split(') ')[1]!
    .split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

function rssOf(pid: number): number {
  const status = readFileSync('/proc/' + pid + '/status', 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) * 1024
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1) + ' MB'

async function main(): Promise<void> {
  useMtlintV8Flags()
  const {lint} = (await import('../dist/index.js')) as typeof import('../src/index.js')
  const server = spawn(
    process.execPath,
    [root + 'dist/cli.js', 'serve', '--port', '0', '--max-length', String(maxLength), '--queue', String(connections * 2)],
    {
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  try {
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.setEncoding('utf8').once('data', (line: string) => resolve(line.trim()))
      server.once('exit', (code) => reject(new Error('the server exited with ' + code)))
    })
    const agent = new Agent({keepAlive: true, maxSockets: 1})
    const post = (body: string) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now()
        const sent = request(
          url + '/v2/check',
          {method: 'POST', agent, headers: {'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body)}},
          (response) => {
            response.on('data', () => {})
            response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error('status ' + response.statusCode))))
          }
        )
        sent.on('error', reject)
        sent.end(body)
      })

    // 1. Cost at 5,000 characters.
    const text = article(5000)
    const body = form(text)
    const direct: number[] = []
    const served: number[] = []
    for (let round = 0; round < 30; round++) await Promise.all([lint(text), post(body)])
    let lintCpu = 0
    let serverCpu = 0
    for (let round = 0; round < rounds; round++) {
      const cpu = process.cpuUsage()
      const started = performance.now()
      await lint(text)
      direct.push(performance.now() - started)
      const used = process.cpuUsage(cpu)
      lintCpu += (used.user + used.system) / 1000
      const before = cpuOf(server.pid!)
      served.push(await post(body))
      serverCpu += cpuOf(server.pid!) - before
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
    console.log('5,000 characters, ' + rounds + ' rounds:')
    console.log(
      '  wall, median:    lint() ' +
        median(direct).toFixed(2) +
        ' ms, POST /v2/check ' +
        median(served).toFixed(2) +
        ' ms: ' +
        (median(served) / median(direct)).toFixed(2) +
        '×'
    )
    console.log(
      '  CPU, mean:       lint() ' +
        (lintCpu / rounds).toFixed(2) +
        ' ms, the server per check ' +
        (serverCpu / rounds).toFixed(2) +
        ' ms: ' +
        (serverCpu / lintCpu).toFixed(2) +
        '×'
    )
    agent.destroy()
    if (costOnly) return

    // 2. Load: a mix of sizes, and one text over the limit (a designed 413).
    const sizes = [500, 2000, 5000, 5000, 10_000, 20_000]
    const requests = [...sizes.map((size) => form(article(size))), form(article(maxLength + 1))].map((data) => ({
      method: 'POST' as const,
      path: '/v2/check',
      headers: {'content-type': 'application/x-www-form-urlencoded'},
      body: data
    }))
    // In segments, the server's memory after each: memory that settles is the heap sized for the load; memory that climbs segment after segment is a leak.
    const memory = [rssOf(server.pid!)]
    const results: autocannon.Result[] = []
    for (let segment = 0; segment < segments; segment++) {
      results.push(await autocannon({url, connections, duration: duration / segments, requests, timeout: 30}))
      memory.push(rssOf(server.pid!))
    }
    const total = (pick: (result: autocannon.Result) => number) => results.reduce((sum, result) => sum + pick(result), 0)
    const requestsDone = total((result) => result.requests.total)
    console.log('\nLoad: ' + connections + ' connections for ' + duration + ' s over 500–20,000 characters (and 1 request in 7 over the limit):')
    console.log('  requests:        ' + requestsDone + ' (' + (requestsDone / duration).toFixed(1) + ' per second)')
    console.log(
      '  latency:         p50 ' +
        results.map((result) => result.latency.p50).join(', ') +
        ' ms; p99 ' +
        results.map((result) => result.latency.p99).join(', ') +
        ' ms (per segment of ' +
        duration / segments +
        ' s)'
    )
    console.log(
      '  statuses:        2xx ' +
        total((result) => result['2xx']) +
        ', 4xx ' +
        total((result) => result['4xx']) +
        ', 5xx ' +
        total((result) => result['5xx']) +
        ', errors ' +
        total((result) => result.errors) +
        ', timeouts ' +
        total((result) => result.timeouts)
    )
    console.log('  server memory:   ' + memory.map(mb).join(' → ') + ' (resident: before, then after each segment)')
  } finally {
    server.kill('SIGTERM')
  }
}

await main()
