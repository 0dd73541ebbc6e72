import {describe, expect, test} from 'vitest'
import {fix, lint, type Fixable} from '../src/index.js'
import {messageFields} from '../src/reporters/message.js'

/** What `fix(edited, messages of text)` gives, and the `actual` of each message it reported stale. */
async function fixWithMessagesOf(text: string, edited: string) {
  const {messages} = await lint(text)
  const stale: string[] = []
  const fixed = fix(edited, messages, {onStale: (message) => stale.push(message.actual!)})
  return {fixed, stale}
}

describe('fix() applies a message only to the text it was computed from', () => {
  test.each([
    {
      // The article’s span still starts with `a`: only the text around it tells (this gave `ann “immediate`).
      case: 'the text once fixed',
      text: 'They called for a ” immediate ceasefire”.',
      edited: 'They called for an “immediate ceasefire”.',
      fixed: 'They called for an “immediate ceasefire”.',
      stale: ['a', '” ']
    },
    {
      case: 'the text once fixed, where the span no longer holds `actual`',
      text: 'M. Macron spoke.',
      edited: 'Mr. Macron spoke.',
      fixed: 'Mr. Macron spoke.',
      stale: ['M.']
    },
    {
      // Each `Kiev` of the edited text sits where one was, but the text around it moved.
      case: 'a text that grew in front of the spans',
      text: 'Kiev and Kiev.',
      edited: 'Kiev and Kiev and Kiev.',
      fixed: 'Kiev and Kiev and Kiev.',
      stale: ['Kiev', 'Kiev']
    },
    {
      case: 'a text edited within 16 characters of the span',
      text: 'Talks in Kiev went on.',
      edited: 'Talks in Kiev go on.',
      fixed: 'Talks in Kiev go on.',
      stale: ['Kiev']
    },
    {
      case: 'a text edited further away',
      text: 'Talks in Kiev went on until late in the night.',
      edited: 'Talks in Kiev went on until late in the evening.',
      fixed: 'Talks in Kyiv went on until late in the evening.',
      stale: []
    },
    {
      case: 'the same text',
      text: 'They called for a ” immediate ceasefire”.',
      edited: 'They called for a ” immediate ceasefire”.',
      fixed: 'They called for an “immediate ceasefire”.',
      stale: []
    }
  ])('$case', async ({text, edited, fixed, stale}) => {
    expect(await fixWithMessagesOf(text, edited)).toEqual({fixed, stale})
  })

  test('messages kept as JSON keep their fingerprint', async () => {
    const text = 'They called for a ” immediate ceasefire”.'
    const messages = JSON.parse(JSON.stringify((await lint(text)).messages)) as Fixable[]
    expect(messages.map((message) => typeof message.fingerprint)).toEqual(['number', 'number'])
    expect(fix(text, messages)).toBe('They called for an “immediate ceasefire”.')
    expect(fix('They called for an “immediate ceasefire”.', messages)).toBe('They called for an “immediate ceasefire”.')
  })

  test('messages of a JSON report (`--report json`, `--jsonl`) keep their fingerprint', async () => {
    const text = 'They called for a ” immediate ceasefire”.'
    const report = JSON.parse(JSON.stringify((await lint(text)).messages.map(messageFields))) as Fixable[]
    expect(report.map((message) => typeof message.fingerprint)).toEqual(['number', 'number'])
    expect(fix(text, report)).toBe('They called for an “immediate ceasefire”.')
    expect(fix('They called for an “immediate ceasefire”.', report)).toBe('They called for an “immediate ceasefire”.')
  })

  test('a message without a fingerprint (made by hand, or before mtlint had them) is checked by its `actual` only', () => {
    const message: Fixable = {
      place: {start: {line: 1, column: 10, offset: 9}, end: {line: 1, column: 14, offset: 13}},
      actual: 'Kiev',
      expected: ['Kyiv']
    }
    const stale: Fixable[] = []
    expect(fix('Talks in Kiev.', [message], {onStale: (found) => stale.push(found)})).toBe('Talks in Kyiv.')
    expect(fix('Ballots: Kiev.', [message])).toBe('Ballots: Kyiv.')
    expect(fix('Talks in Kyiv.', [message], {onStale: (found) => stale.push(found)})).toBe('Talks in Kyiv.')
    // Past the end of the text: stale too.
    expect(fix('Talks.', [message], {onStale: (found) => stale.push(found)})).toBe('Talks.')
    expect(stale).toEqual([message, message])
  })
})
