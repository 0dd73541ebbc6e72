import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Italian phrase table of `calque` (`rules/calque/it.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'The premier Meloni will travel to Brussels.',
    messages: ['1:1-1:12: Unexpected `The premier` (calque of Italian `il premier Meloni`), expected `Prime Minister`'],
    fixed: 'Prime Minister Meloni will travel to Brussels.'
  },
  {
    text: 'A water bomb struck Genoa overnight.',
    messages: ['1:3-1:13: Unexpected `water bomb` (calque of Italian `una bomba d’acqua`), expected `cloudburst`'],
    fixed: 'A cloudburst struck Genoa overnight.'
  },
  {
    text: 'The investigated denied every charge.',
    messages: ['1:1-1:17: Unexpected `The investigated` (calque of Italian `l’indagato`), expected `The suspect`'],
    fixed: 'The suspect denied every charge.'
  },
  {
    text: 'The European lists closed higher on Monday.',
    messages: ['1:14-1:19: Unexpected `lists` (calque of Italian `i listini europei`), expected `stock markets`']
  },
  {
    text: 'The parent company in the Chamber announced a vote against.',
    messages: ['1:5-1:19: Unexpected `parent company` (calque of Italian `il capogruppo in Senato`), expected `group leader`']
  },
  {
    text: 'The commission reunited on Tuesday to vote on the text.',
    messages: ['1:16-1:24: Unexpected `reunited` (calque of Italian `il consiglio riunito, la commissione si è riunita`), expected `met`']
  },
  {
    text: 'Two ministers of the Draghi bis were named.',
    messages: ['1:22-1:32: Unexpected `Draghi bis` (calque of Italian `il Conte bis`), write `the second … government` (`the second Conte government`)']
  },
  {
    text: 'The League and the dems disagree on the reform.',
    messages: ['1:16-1:24: Unexpected `the dems` (calque of Italian `i dem`), expected `the PD`']
  },
  {
    text: 'The dems of Schlein lost two regions.',
    messages: ['1:1-1:9: Unexpected `The dems` (calque of Italian `i dem`), expected `The PD`']
  },
  {
    text: 'The judge ordered precautionary custody for both brothers.',
    messages: ['1:19-1:40: Unexpected `precautionary custody` (calque of Italian `la custodia cautelare`), expected `pre-trial detention`'],
    fixed: 'The judge ordered pre-trial detention for both brothers.'
  },
  {
    text: 'He was placed under house arrests.',
    messages: ['1:21-1:34: Unexpected `house arrests` (calque of Italian `gli arresti domiciliari`), expected `house arrest`'],
    fixed: 'He was placed under house arrest.'
  },
  {
    text: 'Schlein decided to enter the field: “I am ready.”',
    messages: ['1:20-1:35: Unexpected `enter the field` (calque of Italian `scendere in campo`), expected `enter politics`']
  },
  {
    // Only the noun is replaced: its article stays.
    text: 'The maneuver of 2025 was approved by the Senate.',
    messages: ['1:5-1:13: Unexpected `maneuver` (calque of Italian `la manovra`), expected `budget`'],
    fixed: 'The budget of 2025 was approved by the Senate.'
  },
  {
    text: 'The opposition tabled amendments to the manoeuvre.',
    messages: ['1:41-1:50: Unexpected `manoeuvre` (calque of Italian `la manovra`), expected `budget`']
  },
  {
    text: 'The name of the new tenant of the capital will be known on Monday.',
    messages: ['1:21-1:42: Unexpected `tenant of the capital` (calque of Italian `il nuovo inquilino del Campidoglio`), expected `mayor of Rome`']
  },
  // the article before a surname learnt earlier in the block from a full name
  {
    text: 'Giorgia Meloni met the unions. Then the Meloni said no.',
    messages: ['1:37-1:47: Unexpected `the Meloni` (article before a surname, as Italian, Spanish, Portuguese write it), expected `Meloni`'],
    fixed: 'Giorgia Meloni met the unions. Then Meloni said no.'
  },
  {
    text: 'Isabel Díaz Ayuso spoke on Monday. The Ayuso replied: “No.”',
    messages: ['1:36-1:45: Unexpected `The Ayuso` (article before a surname, as Italian, Spanish, Portuguese write it), expected `Ayuso`']
  },
  {
    text: 'The new coach was welcomed as the saviour of the fatherland in July.',
    messages: [
      '1:35-1:60: Unexpected `saviour of the fatherland` (calque of Italian `il salvatore della patria (el salvador de la patria, o salvador da pátria)`), expected `saviour`'
    ]
  },
  {
    text: 'The leader said the party can live with a lively internal dialectic.',
    messages: [
      '1:50-1:68: Unexpected `internal dialectic` (calque of Italian `la dialettica interna (la dialéctica interna)`), write `internal debate`, `debate within the party`'
    ]
  }
]

const valid: Case[] = [
  {text: 'The premier event of the season starts today.', messages: []},
  {text: 'Children threw a water bomb at the teacher.', messages: []},
  {text: 'The investigated claims were false.', messages: []},
  {text: 'The parent company in Milan sold the unit.', messages: []},
  {text: 'The band reunited for one last tour.', messages: []},
  {text: 'The shopping lists of the families grew longer.', messages: []},
  // US copy: `the Dems` are the Democrats
  {text: 'The Dems won the House and the Dem senator spoke first.', messages: []},
  {text: 'The Dems and the Republicans agreed on a budget.', messages: []},
  {text: 'The suspect was held in custody as a precautionary measure.', messages: []},
  {text: 'He was placed under house arrest after two arrests in May.', messages: []},
  {text: 'She decided to enter the field of medicine.', messages: []},
  {text: 'The officers criticised the maneuver, which was risky.', messages: []},
  {text: 'Giorgia Meloni met the unions; the Meloni government fell later.', messages: []},
  {text: 'John Kennedy spoke. The Kennedys arrived, and the Kennedy of 1960 was younger.', messages: []},
  {text: 'Pedro Sánchez flew to The Hague. The Hague is cold.', messages: []},
  {text: 'The Meloni said no before Giorgia Meloni spoke.', messages: []},
  // a new block forgets the names of the one before
  {text: 'Giorgia Meloni spoke.\n\nThe Meloni said no.', messages: []},
  {text: 'The Trump and Obama administrations differed; Donald Trump left, and the Trump, Obama and Biden years followed.', messages: []},
  {text: 'The poem praises the fatherland and its saviour.', messages: []},
  {text: 'The seminar covered the dialectic of Hegel.', messages: []}
]

describe('calque: Italian phrases', () => {
  ruleTable('calque', invalid, valid)
})
