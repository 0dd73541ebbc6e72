import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {lint, processor, type Format} from '../../src/index.js'
import {adversarialInputs} from '../../scripts/inputs/adversarial-inputs.js'

/**
 * A coarse guard against quadratic regressions, not a benchmark (that is
 * `npm run bench:adversarial`): each adversarial input of ~200 KB must finish
 * well within 10 s; a quadratic rule takes minutes on these.
 */
const size = 200_000
const inputs: Array<[string, string, Format]> = [
  ...adversarialInputs.map((input): [string, string, Format] => [input.name, input.make(size), input.format ?? 'text']),
  ['a run of spaces before a guillemet', ' '.repeat(size) + '»', 'text'],
  ['a run of spaces before a colon', 'word' + ' '.repeat(size) + ': x', 'text'],
  ['a line of spaces before furniture', ' '.repeat(size) + 'Read also: x' + ' '.repeat(size), 'text'],
  ['digits separated by spaces', '1 000 '.repeat(size / 6), 'text']
]
const extension: Record<Format, string> = {text: 'txt', markdown: 'md', html: 'html'}

// What `lint()` found in each input, for the processor’s run to agree with.
const found = new Map<string, number>()

describe('adversarial input stays fast', () => {
  test.each(inputs)('%s', async (name, text, format) => {
    const start = performance.now()
    const file = await lint(text, {format})
    expect(performance.now() - start).toBeLessThan(10_000)
    found.set(name, file.messages.length)
    for (const message of file.messages.slice(0, 100)) {
      const place = message.place
      if (place && 'start' in place) expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    }
  })

  // The CLI and the language server run the shared processor: the same findings, as fast.
  test.each(inputs)('%s, through the shared processor', async (name, text, format) => {
    const start = performance.now()
    const file = await processor.process(new VFile({path: 'input.' + extension[format], value: text}))
    expect(performance.now() - start).toBeLessThan(10_000)
    expect(file.messages.length).toBe(found.get(name) ?? (await lint(text, {format})).messages.length)
  })
})
