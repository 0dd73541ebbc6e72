import {describe, expect, test} from 'vitest'
import {lint} from '../src/index.js'

/**
 * A coarse guard against quadratic regressions, not a benchmark (that is
 * `npm run bench`): each adversarial input of ~200 KB must finish well
 * within 10 s; a quadratic rule takes minutes on these.
 */
const size = 200_000
const inputs: Array<[string, string]> = [
  ['one paragraph of quote marks', '“”"'.repeat(size / 3)],
  ['honorifics repeated', 'MM. '.repeat(size / 4)],
  ['one huge word', 'a'.repeat(size)],
  ['one sentence without punctuation', 'word '.repeat(size / 5)],
  ['short paragraphs', 'Kiev.\n\n'.repeat(size / 7)],
  ['a run of spaces before a guillemet', ' '.repeat(size) + '»'],
  ['a run of spaces before a colon', 'word' + ' '.repeat(size) + ': x'],
  ['a line of spaces before furniture', ' '.repeat(size) + 'Read also: x' + ' '.repeat(size)],
  ['digits separated by spaces', '1 000 '.repeat(size / 6)],
  ['line breaks only', '\n'.repeat(size)],
  ['no-break spaces and line breaks', '\u00a0\n'.repeat(size / 2)]
]

describe('adversarial input stays fast', () => {
  test.each(inputs)('%s', async (_, text) => {
    const start = performance.now()
    const file = await lint(text)
    expect(performance.now() - start).toBeLessThan(10_000)
    for (const message of file.messages.slice(0, 100)) {
      const place = message.place
      if (place && 'start' in place) expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    }
  })
})
