import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Turkish phrase table of `calque` (`rules/calque/tr.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'The governor made evaluations regarding the fires.',
    messages: ['1:14-1:30: Unexpected `made evaluations` (calque of Turkish `değerlendirmelerde bulundu`), expected `commented`']
  },
  {
    text: 'Sharing from her Instagram account, the singer thanked fans.',
    messages: ['1:1-1:13: Unexpected `Sharing from` (calque of Turkish `hesabından paylaşan, hesabından yaptığı paylaşımda`), write `In a post on X, she said`']
  },
  {
    text: 'In the statement made by the ministry, it was underlined that talks go on.',
    messages: [
      '1:1-1:25: Unexpected `In the statement made by` (calque of Turkish `yapılan açıklamada … ifade edildi`), write `The ministry said in a statement that`',
      '1:40-1:62: Unexpected `it was underlined that` (calque of Turkish `yapılan açıklamada … ifade edildi`), write `The ministry said in a statement that`'
    ]
  },
  {
    text: 'The minister made a statement on the floods and said that aid was coming.',
    messages: ['1:14-1:30: Unexpected `made a statement` (calque of Turkish `açıklama yaparak … dedi`), keep one verb: `said`']
  },
  {
    text: 'He used the following expressions: “We are ready.”',
    messages: ['1:4-1:34: Unexpected `used the following expressions` (calque of Turkish `şu ifadeleri kullandı`), expected `said`'],
    fixed: 'He said: “We are ready.”'
  },
  {
    text: 'Troops entered the town of Port on Friday.',
    messages: ['1:16-1:32: Unexpected `the town of Port` (calque of Turkish `Liman (Лиман)`), expected `Lyman`'],
    fixed: 'Troops entered Lyman on Friday.'
  },
  {
    text: 'Underlining that the war continues, the minister left.',
    messages: [
      '1:1-1:17: Unexpected `Underlining that` (calque of Turkish `… belirten Erdoğan, … dedi`), start with the speaker: `Erdoğan said that …, adding …`'
    ]
  },
  {
    text: 'Two members of the terrorist organization PKK were caught.',
    messages: [
      '1:16-1:42: Unexpected `the terrorist organization` (calque of Turkish `terör örgütü PKK`), write `the PKK`, or `the PKK, which Turkey lists as a terrorist group`'
    ]
  }
]

const valid: Case[] = [
  {text: 'The governor commented on the fires.', messages: []},
  {text: 'The ship reached the port of Odesa.', messages: []},
  {text: 'In a statement made by its head, the agency said the talks go on.', messages: []},
  {text: 'The minister left, underlining that the war continues.', messages: []},
  {text: 'The PKK is listed as a terrorist organization by Turkey.', messages: []}
]

describe('calque: Turkish phrases', () => {
  ruleTable('calque', invalid, valid)
})
