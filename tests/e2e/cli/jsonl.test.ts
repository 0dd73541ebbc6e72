import {spawn} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {lint, type Options} from '../../../src/index.js'
import {lintRecords, type RecordResult} from '../../../src/records/index.js'
import {messageFields} from '../../../src/reporters/message.js'
import {folder, mtlint, root} from './run.js'

/** Records from the fixtures, plus one Markdown and one HTML document. */
const fixtures = path.join(root, 'fixtures/mt')
const records = [
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({id: name, text: readFileSync(path.join(fixtures, name), 'utf8')})),
  {id: 'markdown', text: '# Talks in Kiev\n\nThe `Kiev` key is code, “Kiev” is not.', format: 'markdown'},
  {id: 'html', text: '<p>Talks in Kiev.</p><pre>Kiev</pre><p>MM. Blinken</p>', format: 'html'},
  {id: 7, text: ''}
]
const input = records.map((record) => JSON.stringify(record)).join('\n') + '\n'

/** What `lint()` reports for a record, as `--jsonl` writes it. */
async function expected(record: {id: unknown; text: string; format?: string}, options?: Options): Promise<RecordResult> {
  const file = await lint(record.text, {...options, format: (record.format as Options['format']) ?? options?.format})
  return JSON.parse(JSON.stringify({id: record.id, messages: file.messages.map(messageFields)})) as RecordResult
}

function lines(stdout: string): RecordResult[] {
  expect(stdout.endsWith('\n')).toBe(true)
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as RecordResult)
}

describe('mtlint --jsonl', () => {
  test('writes one result per record, in input order, with the messages lint() gives', async () => {
    const result = await mtlint(['--jsonl', '--jobs', '1'], await folder(), input)
    expect(result).toMatchObject({code: 0, stderr: ''})
    const results = lines(result.stdout)
    expect(results).toEqual(await Promise.all(records.map((record) => expected(record))))
    expect(results.filter((entry) => entry.messages!.length > 0).length).toBeGreaterThan(20)
  })

  test('lints each record in its format: code and markup are not prose', async () => {
    const result = await mtlint(['--jsonl'], await folder(), input)
    const byId = new Map(lines(result.stdout).map((entry) => [entry.id, entry.messages!.map((message) => message.actual)]))
    expect(byId.get('markdown')).toEqual(['Kiev', 'Kiev'])
    expect(byId.get('html')).toEqual(['Kiev', 'MM.'])
  })

  test('--jobs 2 writes exactly what --jobs 1 writes', async () => {
    // Many records, so that results come back from the two workers out of order.
    const many = Array.from({length: 8}, () => input).join('')
    const one = await mtlint(['--jsonl', '--jobs', '1'], await folder(), many)
    const two = await mtlint(['--jsonl', '--jobs=2'], await folder(), many)
    expect(two).toMatchObject({code: 0, stderr: ''})
    expect(lines(two.stdout)).toHaveLength(records.length * 8)
    expect(two.stdout).toBe(one.stdout)
  })

  test('a malformed line gets an error result with its line number, and the batch goes on', async () => {
    // prettier-ignore
    const bad = [
      '{"id": 1, "text": "Flights to Kiev."}',
      '{"id": 2, "text": "Flights to Kiev."',
      '',
      '"just a string"',
      '{"text": "no id"}',
      '{"id": "n", "text": 42}',
      '{"id": "f", "text": "x", "format": "pdf"}',
      '[1, 2]',
      '{"id": 3, "text": "MM. Blinken"}'
    ].join('\n')
    for (const jobs of ['1', '2']) {
      const result = await mtlint(['--jsonl', '--jobs', jobs], await folder(), bad)
      expect(result.code).toBe(0)
      const results = lines(result.stdout)
      // The blank line 3 is skipped.
      expect(results.map(({messages, ...rest}) => ({...rest, messages: messages?.map((message) => message.actual)}))).toEqual([
        {id: 1, messages: ['Kiev']},
        {line: 2, error: expect.stringMatching(/^Invalid JSON: /)},
        {line: 4, error: 'Expected a record such as `{"id": 1, "text": "…"}`, not `"just a string"`'},
        {line: 5, error: 'Expected an `id`'},
        {id: 'n', line: 6, error: 'Expected `text` to be a string'},
        {id: 'f', line: 7, error: 'Invalid `format` "pdf", expected `text`, `markdown`, `html`'},
        {line: 8, error: 'Expected a record such as `{"id": 1, "text": "…"}`, not `[1,2]`'},
        {id: 3, messages: ['MM.']}
      ])
    }
  })

  test('--rc-path applies a JSON configuration to every record', async () => {
    const cwd = await folder({'rc.json': JSON.stringify({rules: {'place-names': 'error'}})})
    const result = await mtlint(['--jsonl', '--rc-path', 'rc.json'], cwd, input)
    expect(lines(result.stdout)).toEqual(await Promise.all(records.map((record) => expected(record, {rules: {'place-names': 'error'}}))))
  })

  test.each([
    [['--jobs', '0'], 'mtlint: invalid --jobs `0`, expected an integer of 1 or more\n'],
    [['--jobs'], 'mtlint: --jobs needs a value: <n>\n'],
    [['--fix'], 'mtlint: --fix cannot be used with --jsonl\n'],
    [['--rc-path', 'missing.json'], expect.stringMatching(/^mtlint: Cannot read configuration `missing\.json`: ENOENT/)]
  ])('%j is a usage error (exit 2)', async (args, stderr) => {
    const result = await mtlint(['--jsonl', ...args], await folder(), input)
    expect(result).toEqual({code: 2, stdout: '', stderr})
  })

  test('streams: a result comes out before the input ends', async () => {
    const child = spawn(process.execPath, [path.join(root, 'dist/cli.js'), '--jsonl', '--jobs', '2'], {cwd: await folder()})
    child.stdin.write('{"id": 1, "text": "Flights to Kiev."}\n')
    // Resolves only if the first result is written while stdin is still open.
    const first = await new Promise<string>((resolve) => child.stdout.setEncoding('utf8').once('data', resolve))
    expect(JSON.parse(first)).toMatchObject({id: 1, messages: [{actual: 'Kiev'}]})
    child.stdin.end('{"id": 2, "text": "MM. Blinken"}\n')
    const rest = await new Promise<string>((resolve) => {
      let output = ''
      child.stdout.on('data', (chunk: string) => (output += chunk))
      child.on('close', () => resolve(output))
    })
    expect(JSON.parse(rest)).toMatchObject({id: 2, messages: [{actual: 'MM.'}]})
  })
})

describe('lintRecords()', () => {
  test('yields what --jsonl writes, from an array or an async iterable, in order', async () => {
    const cli = lines((await mtlint(['--jsonl'], await folder(), input)).stdout)
    const fromArray: RecordResult[] = []
    for await (const result of lintRecords(records)) fromArray.push(result)
    expect(JSON.parse(JSON.stringify(fromArray))).toEqual(cli)

    async function* slowly() {
      for (const record of records) yield await new Promise((resolve) => setTimeout(() => resolve(record), 1))
    }
    const fromStream: RecordResult[] = []
    for await (const result of lintRecords(slowly())) fromStream.push(result)
    expect(fromStream).toEqual(fromArray)
  })

  test('worker threads (built package) yield the same', async () => {
    const built = (await import(path.join(root, 'dist/records.js'))) as typeof import('../../../src/records/index.js')
    const inThread: RecordResult[] = []
    for await (const result of lintRecords(records)) inThread.push(result)
    const inWorkers: RecordResult[] = []
    for await (const result of built.lintRecords(records, {jobs: 2})) inWorkers.push(result)
    expect(inWorkers).toEqual(inThread)
  })

  test('a bad record yields an error result with its position; bad options throw at once', async () => {
    const results: RecordResult[] = []
    for await (const result of lintRecords([{id: 'a', text: 'Kiev'}, null, {id: 'c', text: 'ok'}])) results.push(result)
    expect(results.map((result) => result.error ?? result.messages!.length)).toEqual([1, 'Expected a record such as `{"id": 1, "text": "…"}`, not `null`', 0])
    expect(results[1]!.line).toBe(2)
    await expect(lintRecords([], {rules: {kiev: 'warn'}}).next()).rejects.toThrow('Unknown rule `kiev`')
    await expect(lintRecords([], {jobs: 0}).next()).rejects.toThrow('Invalid `jobs` 0, expected a positive integer')
  })
})
