import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {calques} from '../../rules/calque/data.js'
import {only, type Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'calque'

const invalid: Case[] = [
  {
    text: 'While the head of American diplomacy Antony Blinken repeated it.',
    messages: [
      '1:11-1:37: Unexpected `head of American diplomacy` (calque of French `le chef de la diplomatie américaine`), expected `US Secretary of State`'
    ],
    fixed: 'While the US Secretary of State Antony Blinken repeated it.'
  },
  {
    text: 'The heads of Russian and French diplomacy will meet.',
    messages: [
      '1:5-1:42: Unexpected `heads of Russian and French diplomacy` (calque of French `les chefs des diplomaties russe et française`), expected `Russian and French foreign ministers`'
    ],
    fixed: 'The Russian and French foreign ministers will meet.'
  },
  {
    text: '“There is no water”, he testifies.',
    messages: ['1:25-1:34: Unexpected `testifies` (calque of French `témoigne-t-il`), expected `says`'],
    fixed: '“There is no water”, he says.'
  },
  {
    text: 'The country will never integrate NATO and the West refuses.',
    messages: ['1:24-1:33: Unexpected `integrate` (calque of French `intégrer l’OTAN`), expected `join`'],
    fixed: 'The country will never join NATO and the West refuses.'
  },
  {
    text: 'Several Western countries hammering that the invasion could occur.',
    messages: ['1:27-1:36: Unexpected `hammering` (calque of French `martelant que`), expected `insisting` or `repeating`']
  },
  {
    text: 'Westerners fear a war; the talks have Westerners worried.',
    messages: [
      '1:1-1:11: Unexpected `Westerners` (calque of French `les Occidentaux`), expected `Western countries` or `The West`',
      '1:39-1:49: Unexpected `Westerners` (calque of French `les Occidentaux`), expected `Western countries` or `the West`'
    ]
  }
]

const invalidInverted: Case[] = [
  {
    text: '“The dealers are back the next day,” testifies Nadia, a mother.',
    messages: ['1:38-1:47: Unexpected `testifies` (calque of French `témoigne-t-il`), expected `says`'],
    fixed: '“The dealers are back the next day,” says Nadia, a mother.'
  },
  {
    text: 'The President of the Republic “takes note” of the vote.',
    messages: [
      '1:1-1:30: Unexpected `The President of the Republic` (calque of French `le président de la République`), expected `The French president` or `The president`'
    ]
  }
]

const valid: Case[] = [
  {text: 'The US Secretary of State Antony Blinken repeated it.', messages: []},
  {text: 'She testified before Congress on Tuesday.', messages: []},
  {text: 'Finland joined NATO in 2023; the plan integrates NATO standards.', messages: []},
  {text: 'They attributed the outbreak to Ukrainian provocations.', messages: []},
  {text: 'A hexagon has six sides.', messages: []},
  {text: 'The President of the Republic of Korea visited Paris.', messages: []},
  {text: 'The novel pits the forces of order and chaos against each other.', messages: []},
  {text: 'The strike was a manifestation of anger.', messages: []},
  {text: '“I saw the car,” testified to the court a neighbour, under oath.', messages: []}
]

describe(id, () => {
  ruleTable(id, [...invalid, ...invalidInverted], valid)

  test('every entry of the table has its source, note and examples', () => {
    expect(calques.length).toBeGreaterThanOrEqual(150)
    for (const entry of calques) {
      const label = entry.phrases.join(' / ')
      expect(entry.phrases.length, label).toBeGreaterThan(0)
      expect(entry.source.trim(), label).not.toBe('')
      expect(entry.note, label).toMatch(/^\S.*[^.\s]$/)
      expect(['high', 'low'], label).toContain(entry.confidence)
      expect(entry.invalid.trim(), label).not.toBe('')
      expect(entry.valid.trim(), label).not.toBe('')
      for (const rewrite of entry.expected ?? []) {
        for (const [, digit] of rewrite.matchAll(/\$(\d)/g)) {
          expect(entry.phrases.some((phrase) => phrase.split(' ').filter((token) => token.replace(/[[\]]/g, '') === '*').length >= Number(digit)), label).toBe(true)
        }
      }
    }
  })

  test.each(calques.map((entry) => [entry.phrases[0]!, entry] as const))('fires on its example and not on its near miss: %s', async (_, entry) => {
    const invalidFile = await lint(entry.invalid, {rules: only(id)})
    expect(invalidFile.messages.length, entry.invalid).toBeGreaterThan(0)
    expect(invalidFile.messages.some((message) => message.reason.includes('`' + entry.source + '`')), entry.invalid).toBe(true)
    const validFile = await lint(entry.valid, {rules: only(id)})
    expect(validFile.messages.map(String), entry.valid).toEqual([])
  })

  test('`languages` chooses the source languages whose entries are looked for', async () => {
    const text = '“There is no water”, he testifies.'
    expect((await lint(text, {rules: {...only(id), calque: ['warn', {languages: ['fr']}]}})).messages.map(String)).toEqual([
      '1:25-1:34: Unexpected `testifies` (calque of French `témoigne-t-il`), expected `says`'
    ])
    expect((await lint(text, {rules: {...only(id), calque: ['warn', {languages: ['de']}]}})).messages).toEqual([])
  })

  test.each([
    [[], 'Invalid option `languages` for rule `calque`: expected a non-empty array of language codes'],
    [['fr', 'xx'], 'Invalid option `languages` for rule `calque`: unknown language `xx`, expected one of fr, de']
  ])('`languages` %j is refused', async (languages, problem) => {
    await expect(lint('Text.', {rules: {calque: ['warn', {languages}]}})).rejects.toThrow(problem)
  })

  test('low-confidence entries are reported one level lower (info)', async () => {
    const file = await lint('Westerners fear a war.', {rules: only(id)})
    expect(file.messages[0]?.fatal).toBeUndefined()
    const error = await lint('Westerners fear a war.', {rules: only(id, 'error')})
    expect(error.messages[0]?.fatal).toBe(false)
  })

  test('message metadata', async () => {
    expect(await firstMessage(id, '“There is no water”, he testifies.')).toEqual({
      name: '1:25-1:34',
      file: '',
      message: 'Unexpected `testifies` (calque of French `témoigne-t-il`), expected `says`',
      reason: 'Unexpected `testifies` (calque of French `témoigne-t-il`), expected `says`',
      line: 1,
      column: 25,
      place: {start: {line: 1, column: 25, offset: 24}, end: {line: 1, column: 34, offset: 33}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: 'testifies',
      expected: ['says'],
      note: expect.any(String),
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/calque.md#phrases'
    })
  })
})
