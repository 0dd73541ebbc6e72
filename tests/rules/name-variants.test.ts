import {describe, expect, test} from 'vitest'
import {folds} from '../../rules/name-variants.data.js'
import {keyOf} from '../../rules/name-variants.js'
import type {Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'name-variants'

const invalid: Case[] = [
  {
    // A tie: the spelling seen first wins.
    text: 'According to the Élysée, talks go on. Despite this, the Elysée repeated the offer.',
    messages: ['1:57-1:63: Unexpected `Elysée` (inconsistent spelling), expected `Élysée`'],
    fixed: 'According to the Élysée, talks go on. Despite this, the Élysée repeated the offer.'
  },
  {
    text: 'Talks at the Elysée began. The Elysée said yes, the Élysée said no.',
    messages: ['1:53-1:59: Unexpected `Élysée` (inconsistent spelling), expected `Elysée`'],
    fixed: 'Talks at the Elysée began. The Elysée said yes, the Elysée said no.'
  },
  {
    text: 'Zelensky spoke first. Later, Zelenskyy thanked the allies, Zelenskiy left, and Zelensky stayed.',
    messages: [
      '1:30-1:39: Unexpected `Zelenskyy` (inconsistent spelling), expected `Zelensky`',
      '1:60-1:69: Unexpected `Zelenskiy` (inconsistent spelling), expected `Zelensky`'
    ],
    fixed: 'Zelensky spoke first. Later, Zelensky thanked the allies, Zelensky left, and Zelensky stayed.'
  },
  {
    text: 'Minister Oleksii Reznikov spoke. Later, minister Oleksiy Reznikov left.',
    messages: ['1:50-1:57: Unexpected `Oleksiy` (inconsistent spelling), expected `Oleksii`']
  },
  {
    text: 'Talks with Sergey Lavrov and Sergei Shoigu; the Yanukovych and Yanukovitch eras.',
    messages: [
      '1:30-1:36: Unexpected `Sergei` (inconsistent spelling), expected `Sergey`',
      '1:64-1:75: Unexpected `Yanukovitch` (inconsistent spelling), expected `Yanukovych`'
    ]
  },
  {
    // Two capitalised words in a row are a spelling of a hyphenated name.
    text: 'Jean-Yves Le Drian arrived; later Jean Yves Le Drian left, and Jean-Yves Le Drian spoke.',
    messages: ['1:35-1:44: Unexpected `Jean Yves` (inconsistent spelling), expected `Jean-Yves`'],
    fixed: 'Jean-Yves Le Drian arrived; later Jean-Yves Le Drian left, and Jean-Yves Le Drian spoke.'
  },
  {
    // A name opening a sentence counts next to a spelling seen mid-sentence.
    text: 'PSG won thanks to Kylian Mbappé. Mbappe opened the scoring, and Zelenskyy spoke. Zelensky said yes.',
    messages: [
      '1:34-1:40: Unexpected `Mbappe` (inconsistent spelling), expected `Mbappé`',
      '1:82-1:90: Unexpected `Zelensky` (inconsistent spelling), expected `Zelenskyy`'
    ],
    fixed: 'PSG won thanks to Kylian Mbappé. Mbappé opened the scoring, and Zelenskyy spoke. Zelenskyy said yes.'
  },
  {
    text: 'Elysée officials spoke. The Élysée said, the Élysée said, the Élysée said, the Elysée said.',
    messages: [
      '1:1-1:7: Unexpected `Elysée` (inconsistent spelling), expected `Élysée`',
      '1:80-1:86: Unexpected `Elysée` (inconsistent spelling), expected `Élysée`'
    ]
  },
  {
    text: 'The ceasefire held until the ceasefire broke, and a new cease-fire began.',
    options: {compounds: true},
    messages: ['1:57-1:67: Unexpected `cease-fire` (inconsistent spelling), expected `ceasefire`'],
    fixed: 'The ceasefire held until the ceasefire broke, and a new ceasefire began.'
  },
  {
    // The replacement takes the initial capital of the occurrence it replaces.
    text: 'The ceasefire held; the ceasefire broke. Cease-fire talks began after the cease-fire ended.',
    options: {compounds: true},
    messages: [
      '1:42-1:52: Unexpected `Cease-fire` (inconsistent spelling), expected `Ceasefire`',
      '1:75-1:85: Unexpected `cease-fire` (inconsistent spelling), expected `ceasefire`'
    ],
    fixed: 'The ceasefire held; the ceasefire broke. Ceasefire talks began after the ceasefire ended.'
  },
  {
    text: 'The e-mail came; an email followed, then another e-mail.',
    options: {compounds: true},
    messages: ['1:21-1:26: Unexpected `email` (inconsistent spelling), expected `e-mail`']
  }
]

const valid: Case[] = [
  {text: 'According to the Élysée, talks go on. Despite this, the Élysée repeated the offer.', messages: []},
  // A capital opening a sentence or a title may be a common word’s.
  {text: 'Rose Byrne poured a glass. Rosé is a wine. Rose left.', messages: []},
  // Mid-sentence `Rose` is a name; opening a sentence, `Rosé` may be the common word, which `rose` in lower case shows.
  {text: 'Actress Rose Byrne arrived as prices rose. Rosé is a wine.', messages: []},
  {text: 'The Best Rosé Wines\n\nRose Byrne tastes them all, with Rose Byrne’s friends.', messages: []},
  {text: 'Her Résumé and His Resume\n\nA résumé is not to resume; an exposé is not to expose.', messages: []},
  {text: 'Read-only. Readonly properties are set by the Readonly helper.', messages: []},
  // Names that fold apart.
  {text: 'So Henry met Henri, Kelly met Kelli, Pompey saw Pompeii, Kai met Kay and Marks met Marx.', messages: []},
  {text: 'So Sidney met Sydney, Dickson met Dixon, and Kowalski met Kowalska.', messages: []},
  // Identifiers, numbers and all-capital words.
  {text: 'Use the SourceMap or a Source Map; the LRUCache is no Lru Cache.', messages: []},
  {text: 'The G-7 and the G7 met; NATO and the Nato-led force.', messages: []},
  {text: 'He met Zelensky and Zelensky’s aide, then Zelensky again.', messages: []},
  {text: 'Backed by the Open Collective\ufe0f sponsors and the Open Collective backers.', messages: []},
  {text: 'The Élysée said so; the E\u0301lysée agreed.', messages: []},
  // `transliteration` reports `Oleksiï`, with `Oleksii` expected.
  {text: 'Minister Oleksiï Reznikov spoke. Later, minister Oleksii Reznikov left.', messages: []},
  {text: 'Vladimir Putin met Emmanuel Macron; the Putin-Macron talks followed.', messages: []},
  {text: 'The cease-fire held until the ceasefire broke.', messages: []},
  {text: 'They re-sign to resign, re-cover to recover, and the co-op sold a coop.', options: {compounds: true}, messages: []},
  {text: 'The long-term plan works in the long term.', options: {compounds: true}, messages: []},
  {text: 'She left Paris for the house of Gaston Pâris in Paris.', options: {ignore: ['Pâris']}, messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  test('message metadata', async () => {
    expect(
      await firstMessage(id, 'Zelensky spoke first. Later, Zelenskyy thanked the allies, Zelenskiy left, and Zelensky stayed.')
    ).toEqual({
      name: '1:30-1:39',
      file: '',
      message: 'Unexpected `Zelenskyy` (inconsistent spelling), expected `Zelensky`',
      reason: 'Unexpected `Zelenskyy` (inconsistent spelling), expected `Zelensky`',
      line: 1,
      column: 30,
      place: {start: {line: 1, column: 30, offset: 29}, end: {line: 1, column: 39, offset: 38}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: 'Zelenskyy',
      expected: ['Zelensky'],
      note: 'This document spells it 3 ways, `Zelensky` (2×), `Zelenskyy` (1×) and `Zelenskiy` (1×): keep one spelling, the most frequent (on a tie, the first used)',
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/name-variants.md'
    })
  })

  test('refuses unknown and mistyped options, naming the rule and the key', async () => {
    const {lint} = await import('../../src/index.js')
    await expect(lint('Élysée.', {rules: {'name-variants': ['warn', {ignore: 'Pâris'}]}})).rejects.toThrow(
      'Invalid option `ignore` for rule `name-variants`: expected an array of non-empty strings'
    )
    await expect(lint('Élysée.', {rules: {'name-variants': ['warn', {compound: true}]}})).rejects.toThrow(
      'Unknown option `compound` for rule `name-variants`, expected one of `ignore`, `compounds`'
    )
  })
})

describe('name-variants folds', () => {
  test.each(folds.flatMap((fold) => fold.same.map((same) => [same.join(', '), same] as const)))('one key for %s', (_, same) => {
    expect(new Set(same.map((spelling) => keyOf(spelling.toLowerCase()))).size).toBe(1)
  })

  test.each(folds.flatMap((fold) => fold.apart))('`%s` and `%s` keep apart', (a, b) => {
    expect(keyOf(a.toLowerCase())).not.toBe(keyOf(b.toLowerCase()))
  })

  test('diacritics, hyphens and spaces fold away', () => {
    expect(new Set(['élysée', 'elysée', 'elysee', 'jean-yves', 'jean yves'].map(keyOf))).toEqual(new Set(['elysee', 'jeanyves']))
  })
})
