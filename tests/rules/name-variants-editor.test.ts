import {describe, expect, test} from 'vitest'
import {createLinter, lint} from '../../src/index.js'
import {only} from '../helpers.js'

const options = {rules: only('name-variants')}

/** Messages as `start-end reason`, in order. */
function shown(messages: ReadonlyArray<{place?: unknown; reason: string}>): string[] {
  return messages.map((message) => {
    const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column} ${message.reason}`
  })
}

// The editor keeps the rule's reports with their blocks and works them out again only when an
// update changes what they read: an edit in another block that writes a particle in lower case
// must report the name in the blocks left as they were, and take the report back when undone.
describe('name-variants in the editor', () => {
  const steps: Array<{name: string; blocks: string[]; expected: string[]}> = [
    {
      name: 'one spelling of the particle',
      blocks: ['Marco Di Stefano opened the fair in Turin.', 'The stalls closed at noon.', 'Marco Di Stefano thanked the bakers.'],
      expected: []
    },
    {
      name: 'an edit elsewhere writes the particle in lower case',
      blocks: ['Marco Di Stefano opened the fair in Turin.', 'Later Marco di Stefano left.', 'Marco Di Stefano thanked the bakers.'],
      expected: ['1:1-1:17', '3:7-3:23']
    },
    {
      name: 'and back',
      blocks: ['Marco Di Stefano opened the fair in Turin.', 'The stalls closed at noon.', 'Marco Di Stefano thanked the bakers.'],
      expected: []
    }
  ]

  test('gives lint()’s messages at each edit', async () => {
    const linter = createLinter(options)
    for (const {name, blocks, expected} of steps) {
      const actual = shown(linter.update(blocks.map((text, index) => ({key: String(index), text}))).messages)
      const whole = shown((await lint(blocks.join('\n\n'), options)).messages)
      expect(actual, name).toEqual(whole)
      expect(
        actual.map((message) => message.split(' ')[0]),
        name
      ).toEqual(expected)
    }
  })
})
