import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {maxMessagesPerRecord, recordLines, resultLine} from '../src/cli/jsonl.js'
import type {BatchItem, RecordResult} from '../src/records/record.js'
import {root} from './e2e/cli/run.js'

async function items(chunks: ReadonlyArray<string | Uint8Array>): Promise<BatchItem[]> {
  const read: BatchItem[] = []
  const input = (async function* () {
    for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk
  })()
  for await (const item of recordLines(input)) read.push(item)
  return read
}

describe('--jsonl reads records', () => {
  test.each<{name: string; chunks: Array<string | Uint8Array>; expected: BatchItem[]}>([
    {
      name: 'only \\n ends a record: a lone CR is white space inside one',
      chunks: ['{"id": 1,\r"text": "a"}\r\n{"id": 2, "text": "b\\r"}\n'],
      expected: [
        {line: 1, json: '{"id": 1,\r"text": "a"}\r'},
        {line: 2, json: '{"id": 2, "text": "b\\r"}'}
      ]
    },
    {
      name: 'a byte order mark at the start is skipped',
      chunks: ['\ufeff{"id": 1, "text": "a"}\n'],
      expected: [{line: 1, json: '{"id": 1, "text": "a"}'}]
    },
    {
      name: 'records cut across chunks, blank lines skipped, no final newline',
      chunks: ['{"id": 1, "te', 'xt": "a"}\n\n  \n{"id"', ': 2, "text": "b"}'],
      expected: [
        {line: 1, json: '{"id": 1, "text": "a"}'},
        {line: 4, json: '{"id": 2, "text": "b"}'}
      ]
    },
    {
      name: 'a record that is not UTF-8 is an error result of its own',
      chunks: [Buffer.concat([Buffer.from('{"id": 1, "text": "Caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id": 2, "text": "b"}\n')])],
      expected: [
        {line: 1, error: 'Invalid UTF-8 in the record: write records in UTF-8'},
        {line: 2, json: '{"id": 2, "text": "b"}'}
      ]
    },
    {
      name: 'a character cut across chunks is whole again',
      chunks: [Buffer.from([...Buffer.from('{"id": "'), 0xc3]), Buffer.from([0xa9, ...Buffer.from('"}\n')])],
      expected: [{line: 1, json: '{"id": "é"}'}]
    }
  ])('$name', async ({chunks, expected}) => {
    expect(await items(chunks)).toEqual(expected)
  })
})

describe('--jsonl writes results', () => {
  const message = {ruleId: 'place-names', reason: 'Unexpected `Kiev`'} as NonNullable<RecordResult['messages']>[number]

  test.each<{name: string; result: RecordResult; expected: unknown}>([
    {name: 'a result is one line', result: {id: 'a', messages: [message]}, expected: {id: 'a', messages: [message]}},
    {
      name: 'too many messages: an error result in its place',
      result: {id: 'a', messages: Array.from({length: maxMessagesPerRecord + 1}, () => message)},
      expected: {id: 'a', line: 7, error: 'Too many messages (100001, at most 100000): is this prose?'}
    },
    {
      name: 'a result that cannot be serialised: an error result in its place',
      result: {id: 'a', messages: [{...message, actual: 1n as unknown as string}]},
      expected: {id: 'a', line: 7, error: 'Cannot write the result: Do not know how to serialize a BigInt'}
    }
  ])('$name', ({result, expected}) => {
    const line = resultLine(result, 7)
    expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true)
    expect(JSON.parse(line)).toEqual(expected)
  })
})

const built = (await import(path.join(root, 'dist/records.js'))) as typeof import('../src/records/index.js')

describe('lintRecords() with worker threads (built package)', () => {
  async function all(records: Iterable<unknown> | AsyncIterable<unknown>, jobs: number) {
    const results: RecordResult[] = []
    let error: unknown
    try {
      for await (const result of built.lintRecords(records, {jobs})) results.push(result)
    } catch (thrown) {
      error = thrown
    }
    return {results, error}
  }

  test('a record that cannot be sent to a worker is linted as with jobs 1', async () => {
    const records = [
      {id: 1, text: 'Kiev.'},
      {id: 2, text: 'MM. Blinken.', onSave: () => {}},
      {id: 3, text: 'Fine.'}
    ]
    const one = await all(records, 1)
    const two = await all(records, 2)
    expect(two).toEqual(one)
    expect(two.results.map((result) => result.messages?.map((message) => message.actual))).toEqual([['Kiev'], ['MM.'], []])
  })

  test('a source that fails: the results before it are yielded, then its error thrown', async () => {
    async function* failing() {
      yield {id: 1, text: 'Kiev.'}
      yield {id: 2, text: 'MM. Blinken.'}
      throw new Error('the database went away')
    }
    for (const jobs of [1, 2]) {
      const {results, error} = await all(failing(), jobs)
      expect(results.map((result) => result.id)).toEqual([1, 2])
      expect((error as Error).message).toBe('the database went away')
    }
  })
})
