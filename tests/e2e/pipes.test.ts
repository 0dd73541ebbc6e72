import {availableParallelism} from 'node:os'
import {describe, expect, test} from 'vitest'
import {folder, mtlint} from './cli/run.js'
import {exited, runRaw, spawnCli} from './spawn.js'

/**
 * mtlint as scripts, CI jobs and pipelines drive it (issue 20): a reader
 * that closes the pipe, a signal, a record too large to write, records
 * with a CR, a BOM or bad bytes, too many jobs, a plugin that never
 * finishes. Before, some of these never exited: each test has a deadline.
 */
const deadline = {timeout: 30_000}

/** `count` records, each with one finding. */
function records(count: number, text = 'Talks in Kiev resumed on Monday.'): string {
  return Array.from({length: count}, (_, id) => JSON.stringify({id, text}) + '\n').join('')
}

describe('a reader that closes the pipe ends the run at once, exit 0', () => {
  test.each([
    ['--jobs', '2'],
    ['--jobs', '1']
  ])('mtlint --jsonl %s %s | head -1', deadline, async (...jobs) => {
    const child = spawnCli(['--jsonl', ...jobs], await folder())
    child.stdin.on('error', () => {})
    child.stdin.end(records(5000))
    const first = await new Promise<string>((resolve) => child.stdout.setEncoding('utf8').once('data', resolve))
    expect(JSON.parse(first.split('\n')[0]!)).toMatchObject({id: 0})
    child.stdout.destroy()
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    expect(await exited(child)).toBe(0)
    expect(stderr).toBe('')
  })

  test('mtlint --report json | head -c 10', deadline, async () => {
    // A report of 20,000 findings, longer than a pipe holds.
    const cwd = await folder({'a.txt': 'Kiev. '.repeat(20_000)})
    const child = spawnCli(['a.txt', '--report', 'json'], cwd)
    child.stdin.end()
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    await new Promise((resolve) => child.stdout.once('data', resolve))
    child.stdout.destroy()
    expect(await exited(child)).toBe(0)
    expect(stderr).not.toContain('EPIPE')
  })
})

describe('--jsonl: every record gets its result, whatever goes wrong with it', () => {
  test('a result too large to write is an error result, and the stream goes on', deadline, async () => {
    const input = JSON.stringify({id: 'spam', text: 'Kiev '.repeat(100_001)}) + '\n' + records(1)
    const result = await runRaw(['--jsonl', '--jobs', '1'], await folder(), input)
    expect(result.code).toBe(0)
    const lines = result.stdout
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {id: unknown})
    expect(lines).toEqual([
      {id: 'spam', line: 1, error: expect.stringMatching(/^Too many messages \(\d+, at most 100000\): is this prose\?$/)},
      {id: 0, messages: [expect.objectContaining({actual: 'Kiev'})]}
    ])
  })

  test('a CR inside a record, a BOM before the first, bad bytes in one: a result each', async () => {
    const input = Buffer.concat([
      Buffer.from('\ufeff{"id": 1,\r"text": "Kiev"}\r\n'),
      Buffer.from('{"id": 2, "text": "Caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n{"id": 3, "text": "MM. Blinken"}\n')
    ])
    const result = await runRaw(['--jsonl'], await folder(), input)
    expect(result.code).toBe(0)
    const lines = result.stdout
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {messages?: Array<{actual: string}>})
    expect(lines.map(({messages, ...rest}) => ({...rest, actual: messages?.map((message) => message.actual)}))).toEqual([
      {id: 1, actual: ['Kiev']},
      {line: 2, error: 'Invalid UTF-8 in the record: write records in UTF-8', actual: undefined},
      {id: 3, actual: ['MM.']}
    ])
  })

  test('SIGTERM while writing to a slow reader: every line written is whole', deadline, async () => {
    // Results of ~1 MB each, which a pipe of 64 KB takes a piece at a time.
    const text = 'Kiev and MM. Blinken. '.repeat(2000)
    const child = spawnCli(['--jsonl', '--jobs', '1'], await folder())
    child.stdin.on('error', () => {})
    child.stdin.end(Array.from({length: 50}, (_, id) => JSON.stringify({id, text}) + '\n').join(''))
    // Read nothing until the first result is being written, then signal and read everything.
    await new Promise((resolve) => child.stdout.once('readable', resolve))
    child.kill('SIGTERM')
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    expect(await exited(child)).toBe(128 + 15)
    expect(output.endsWith('\n')).toBe(true)
    const lines = output.slice(0, -1).split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
  })

  test('--jobs above the number of cores is capped, unless forced', async () => {
    const cores = availableParallelism()
    const capped = await mtlint(['--jsonl', '--jobs', String(cores + 1)], await folder(), records(3))
    expect(capped.code).toBe(0)
    expect(capped.stderr).toBe(`mtlint: --jobs ${cores + 1} capped at ${cores}, the number of cores (--force-jobs to use ${cores + 1})\n`)
    expect(capped.stdout.trimEnd().split('\n')).toHaveLength(3)

    const forced = await mtlint(['--jsonl', '--jobs', String(cores + 1), '--force-jobs'], await folder(), records(3))
    expect(forced).toMatchObject({code: 0, stderr: ''})
    expect(await mtlint(['--jsonl', '--jobs', '100000', '--force-jobs'], await folder(), records(1))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mtlint: --jobs 100000 is too many, expected at most 256\n'
    })
  })
})

describe('a run that does not finish reporting exits 2', () => {
  test.each([
    {name: 'a plugin whose transformer never settles', plugin: 'export default function () { return () => new Promise(() => {}) }\n'},
    {name: 'a plugin whose attacher never settles', plugin: 'await new Promise(() => {})\nexport default function () {}\n'}
  ])('$name', deadline, async ({plugin}) => {
    const cwd = await folder({'a.txt': 'Kiev.\n', 'stuck.mjs': plugin})
    expect(await mtlint(['a.txt', '--use', './stuck.mjs'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mtlint: the run ended before it could report: a plugin or configuration never finished\n'
    })
  })

  test('a configuration file whose promise never settles', deadline, async () => {
    const cwd = await folder({'a.txt': 'Kiev.\n', '.mtlintrc.mjs': 'await new Promise(() => {})\nexport default {}\n'})
    const result = await mtlint(['a.txt'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('mtlint: the run ended before it could report: a plugin or configuration never finished\n')
  })
})
