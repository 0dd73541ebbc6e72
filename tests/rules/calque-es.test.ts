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
  },
  {
    text: 'The Ibex 35 closed at 9,500 integers on Monday.',
    messages: [
      '1:29-1:37: Unexpected `integers` (calque of Spanish `103 puntos básicos, 8.944 enteros`), write `basis points` for a yield or a risk premium, `points` for an index'
    ]
  },
  {
    text: 'The spread rose to 110 basic points, the highest since May.',
    messages: [
      '1:24-1:36: Unexpected `basic points` (calque of Spanish `103 puntos básicos, 8.944 enteros`), write `basis points` for a yield or a risk premium, `points` for an index'
    ]
  },
  {
    text: 'Unemployment fell three tenths below the March figure.',
    messages: ['1:19-1:31: Unexpected `three tenths` (calque of Spanish `dos décimas por encima`), write `0.2 points`']
  },
  {
    text: 'The aid was presented by the Kings of Spain in Valencia.',
    messages: ['1:26-1:35: Unexpected `the Kings` (calque of Spanish `los Reyes`), expected `the King and Queen`']
  },
  {
    text: 'Sánchez wants to take ahead the reform before the summer.',
    messages: ['1:18-1:28: Unexpected `take ahead` (calque of Spanish `sacar adelante, tirar adelante el proceso`), write `push ahead with`, `get through`']
  },
  {
    text: 'Companies must comply with said norm by June.',
    messages: ['1:28-1:37: Unexpected `said norm` (calque of Spanish `dicha norma, la norma establece, secondo la norma`), expected `the law`']
  },
  {
    text: 'The popular Feijóo demanded early elections.',
    messages: ['1:1-1:12: Unexpected `The popular` (calque of Spanish `el líder popular, los populares`), name the party: `the PP leader`']
  },
  {
    text: 'The post-convergents left the government in October.',
    messages: ['1:1-1:21: Unexpected `The post-convergents` (calque of Spanish `los posconvergentes`), expected `Junts`']
  },
  {
    text: 'The deputies heckled the spokesman of the Consell.',
    messages: [
      '1:26-1:50: Unexpected `spokesman of the Consell` (calque of Spanish `el president del Consell`), name it: `the Valencian regional government` (or the Balearic one)'
    ]
  },
  {
    text: 'Milei defeated Together for Change in the first round.',
    messages: ['1:16-1:35: Unexpected `Together for Change` (name of the Spanish party `Juntos por el Cambio` translated), expected `Juntos por el Cambio`']
  },
  {
    text: 'The court sent him into preventive detention while the case goes on.',
    messages: ['1:25-1:45: Unexpected `preventive detention` (calque of Spanish `la prisión preventiva`), expected `pre-trial detention`'],
    fixed: 'The court sent him into pre-trial detention while the case goes on.'
  },
  {
    text: 'The minister thanked those of Otegui for their support.',
    messages: [
      '1:22-1:30: Unexpected `those of` (calque of Spanish `los de Otegui, los de Puigdemont`), name the party (`Otegui’s party`, `Bildu`, `Puigdemont’s Junts`)'
    ]
  },
  {
    text: 'Those of Puigdemont voted against.',
    messages: [
      '1:1-1:9: Unexpected `Those of` (calque of Spanish `los de Otegui, los de Puigdemont`), name the party (`Otegui’s party`, `Bildu`, `Puigdemont’s Junts`)'
    ]
  },
  {
    text: 'Feijóo remembered that the law was approved in 2022.',
    messages: ['1:8-1:18: Unexpected `remembered` (calque of Spanish `recuerdan que`), write `point out that`, `note that`']
  },
  {
    text: 'Spain has had a functioning Executive since July.',
    messages: ['1:17-1:38: Unexpected `functioning Executive` (calque of Spanish `un Ejecutivo en funciones`), expected `caretaker government`'],
    fixed: 'Spain has had a caretaker government since July.'
  },
  {
    text: 'They worked with a sense of state and to the press.',
    messages: ['1:20-1:34: Unexpected `sense of state` (calque of Spanish `sentido de Estado`), expected `statesmanship`']
  },
  {
    text: 'The Catalan leader pronounced herself on Friday against the new airport.',
    messages: [
      '1:20-1:38: Unexpected `pronounced herself` (calque of Spanish `se pronunció (pronunciarse, pronunciar-se, pronunciarsi)`), write `spoke`, `commented`'
    ]
  },
  {
    text: 'Their training and Bildu signed the deal in Pamplona.',
    messages: ['1:7-1:15: Unexpected `training` (calque of Spanish `su formación (the party)`), expected `party`'],
    fixed: 'Their party and Bildu signed the deal in Pamplona.'
  },
  {
    text: 'The Metropolitan side travels to Vigo on Saturday.',
    messages: ['1:1-1:22: Unexpected `The Metropolitan side` (calque of Spanish `el conjunto metropolitano`), expected `Atlético`'],
    fixed: 'Atlético travels to Vigo on Saturday.'
  },
  {
    text: 'Distrust among the coalition partners is installed after the vote.',
    messages: [
      '1:39-1:51: Unexpected `is installed` (calque of Spanish `la polémica está instalada (instalarse, instalar-se, s’installer)`), write `has taken hold`, `has set in`'
    ]
  },
  {
    text: 'The coach said the squad knows its virtues and defects.',
    messages: [
      '1:36-1:55: Unexpected `virtues and defects` (calque of Spanish `virtudes y defectos (virtudes e defeitos, pregi e difetti)`), expected `strengths and weaknesses`'
    ]
  },
  {
    text: 'The nurses have never had the recognition that corresponds.',
    messages: [
      '1:43-1:59: Unexpected `that corresponds` (calque of Spanish `el reconocimiento que corresponde (como corresponde)`), write `that they deserve`, `as it should`'
    ]
  },
  {
    text: 'The court cut his sentence under the only yes is yes law.',
    messages: ['1:38-1:53: Unexpected `only yes is yes` (calque of Spanish `la ley del solo sí es sí`), expected `only yes means yes`'],
    fixed: 'The court cut his sentence under the only yes means yes law.'
  },
  {
    text: 'Vox tabled an amendment to the totality of the budget.',
    messages: ['1:15-1:40: Unexpected `amendment to the totality` (calque of Spanish `la enmienda a la totalidad`), write `a motion to reject the budget`']
  },
  {
    text: 'He warned that everything is not worth it to stay in power.',
    messages: ['1:16-1:42: Unexpected `everything is not worth it` (calque of Spanish `no todo vale`), expected `not everything is acceptable`']
  },
  {
    text: 'The opposition says the government does not give more of itself.',
    messages: ['1:36-1:64: Unexpected `does not give more of itself` (calque of Spanish `no da más de sí`), write `has run its course`, `is exhausted`']
  },
  {
    text: 'Podemos will submit the pact to its bases next week.',
    messages: ['1:37-1:42: Unexpected `bases` (calque of Spanish `someter a sus bases`), expected `members`'],
    fixed: 'Podemos will submit the pact to its members next week.'
  },
  {
    text: 'The PSOE sector of the Government rejected the proposal.',
    messages: [
      '1:1-1:16: Unexpected `The PSOE sector` (calque of Spanish `el sector de ERC del Govern`), write `the ERC side of the government`, `the ERC ministers`'
    ]
  },
  {
    text: 'The yield rose to 3.4%, against 3.3% in which it closed on Friday.',
    messages: ['1:38-1:56: Unexpected `in which it closed` (calque of Spanish `frente al 3,2% en el que cerró`), expected `at which it closed`'],
    fixed: 'The yield rose to 3.4%, against 3.3% at which it closed on Friday.'
  },
  {
    text: 'The deputy has launched it against Mazón in the chamber.',
    messages: ['1:16-1:35: Unexpected `launched it against` (calque of Spanish `arremeter contra, la ha emprendido contra`), expected `lashed out at`'],
    fixed: 'The deputy has lashed out at Mazón in the chamber.'
  }
]

const valid: Case[] = [
  {text: 'The minister realized the port needed a visit.', messages: []},
  {text: 'The agents of change met in Madrid.', messages: []},
  {text: 'A man of few words died in the fire.', messages: []},
  {text: 'The Kings beat the Lakers on Sunday.', messages: []},
  {text: 'She counted the integers from one to ten.', messages: []},
  {text: 'He made two basic points about the budget.', messages: []},
  {text: 'The popular vote decided the race.', messages: []},
  {text: 'The convergence of the two parties took years.', messages: []},
  {text: 'India passed a law on preventive detention in 1950.', messages: []},
  {text: 'His views are close to those of Sánchez and unlike those of Vox.', messages: []},
  {text: 'I remember that the night was cold, and she remembers that the house burned.', messages: []},
  {text: 'She has a sense of state and federal law, and a functioning government.', messages: []},
  {text: 'The doctor pronounced himself fit to travel.', messages: []},
  {text: 'His training and his contacts helped him.', messages: []},
  {text: 'The debate on whether the update is installed went on.', messages: []},
  {text: 'The inspector listed the defects of the car.', messages: []},
  {text: 'Pick the colour that corresponds to your team.', messages: []},
  {text: 'The yield rose in the year in which it closed its branch.', messages: []},
  {text: 'Not everything is worth buying, he said.', messages: []},
  {text: 'The army closed two of its bases.', messages: []},
  {text: 'The energy sector of the economy grew.', messages: []}
]

describe('calque: Spanish phrases', () => {
  ruleTable('calque', invalid, valid)
})
