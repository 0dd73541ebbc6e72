import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Arabic phrase table of `calque` (`rules/calque/ar.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'The minister said yesterday, Wednesday, that the border was closed.',
    messages: ['1:19-1:39: Unexpected `yesterday, Wednesday` (calque of Arabic `اليوم الخميس، أمس الأربعاء`), expected `on Wednesday`']
  },
  {
    text: 'The army was quoted as saying, on Sunday, that it had withdrawn.',
    messages: ['1:32-1:42: Unexpected `on Sunday,` (calque of Arabic `قولها، الخميس، إن`), drop the commas: `said on Thursday that`']
  },
  {
    text: 'The Iraqi Interior announced the arrest of a cell.',
    messages: ['1:11-1:19: Unexpected `Interior` (calque of Arabic `الدفاع التركية، الخارجية الروسية`), expected `Interior Ministry`'],
    fixed: 'The Iraqi Interior Ministry announced the arrest of a cell.'
  },
  {
    text: 'Turkish defense: two soldiers killed',
    messages: ['1:9-1:16: Unexpected `defense` (calque of Arabic `الدفاع التركية: …`), expected `defense ministry`'],
    fixed: 'Turkish defense ministry: two soldiers killed'
  },
  {
    text: 'Police arrested three terrorist elements in the north.',
    messages: ['1:23-1:41: Unexpected `terrorist elements` (calque of Arabic `عناصر مسلحة، العنصر الخامس`), write `five militants`, `members`']
  },
  {
    text: 'The third element was arrested at the border.',
    messages: ['1:11-1:18: Unexpected `element` (calque of Arabic `عناصر مسلحة، العنصر الخامس`), write `five militants`, `members`']
  },
  {
    text: 'A source, who preferred not to reveal his name, said so.',
    messages: [
      '1:15-1:47: Unexpected `preferred not to reveal his name` (calque of Arabic `فضّل عدم الكشف عن اسمه`), write `who asked not to be named`, `speaking on condition of anonymity`'
    ]
  },
  {
    text: 'It should be noted that the border crossing reopened in March.',
    messages: [
      '1:1-1:24: Unexpected `It should be noted that` (calque of Arabic `يذكر أن (ومن الجدير بالذكر أن)`), state the fact itself, or open it with `Earlier,`'
    ]
  }
]

const valid: Case[] = [
  {text: 'The Iraqi Interior Ministry announced the arrest of a cell.', messages: []},
  {text: 'Surprise was the key element, he said on Sunday.', messages: []},
  {text: 'Today, Wednesday is a holiday for most.', messages: []},
  {text: 'A source, who asked not to be named, said he preferred not to travel.', messages: []},
  {text: 'The crossing reopened in March, as it should be noted.', messages: []}
]

describe('calque: Arabic phrases', () => {
  ruleTable('calque', invalid, valid)
})
