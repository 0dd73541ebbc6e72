import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Spanish phrase table of `calque` (`rules/calque/es.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'The minister realized a visit to the port of Valencia.',
    messages: ['1:14-1:22: Unexpected `realized` (calque of Spanish `realizar una visita`), expected `made`'],
    fixed: 'The minister made a visit to the port of Valencia.'
  },
  {
    text: 'The agents of the National Police arrested two men.',
    messages: ['1:1-1:11: Unexpected `The agents` (calque of Spanish `los agentes de la Guardia Civil`), expected `Officers`'],
    fixed: 'Officers of the National Police arrested two men.'
  },
  {
    text: 'A man of 45 years died in the fire.',
    messages: ['1:3-1:18: Unexpected `man of 45 years` (calque of Spanish `un hombre de 45 años`), expected `45-year-old man`'],
    fixed: 'A 45-year-old man died in the fire.'
  }
]

const valid: Case[] = [
  {text: 'The minister realized the port needed a visit.', messages: []},
  {text: 'The agents of change met in Madrid.', messages: []},
  {text: 'A man of few words died in the fire.', messages: []}
]

describe('calque: Spanish phrases', () => {
  ruleTable('calque', invalid, valid)
})
