/**
 * Calques of Arabic: formulas of Arabic news copy (Al Jazeera, Sky News
 * Arabia, the state agencies) carried over word for word: the weekday after
 * `today`, ministries named by their portfolio alone, `elements` for members
 * of an armed group. Entry syntax: see `entry.ts`.
 */
import {ALL_NATIONALITIES} from './periphrasis/words.js'
import type {CalqueEntry} from './entry.js'

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'

/** Verbs of saying after a ministry named by its portfolio (`وأشارت الدفاع التركية`). */
const STATED = 'said|says|indicated|indicates|announced|announces|stated|states|added|adds|confirmed|confirms|noted|notes|reported|reports|pointed|explained|stressed|revealed|denied|published|issued'

export const arabic: readonly CalqueEntry[] = [
  {
    phrases: ['[today|yesterday|tomorrow , (' + WEEKDAYS + ')] ,|:|.|that|the|in|at|a|an|evening|morning|night'],
    source: 'اليوم الخميس، أمس الأربعاء',
    expected: ['on $1'],
    confidence: 'high',
    note: 'Arabic news dates an event as `اليوم الخميس` (today, Thursday); English gives the weekday alone: `on Thursday`',
    invalid: 'The spokeswoman said today, Thursday, that the talks had failed.',
    valid: 'The spokeswoman said on Thursday that the talks had failed; today, the talks resume.'
  },
  {
    phrases: ['said|saying|stated|announced|confirmed|added , [on (' + WEEKDAYS + ') ,] that'],
    source: 'قولها، الخميس، إن',
    advice: 'drop the commas: `said on Thursday that`',
    confidence: 'high',
    note: 'Arabic sets the weekday between commas after the verb of saying (`قال، الخميس، إن`); English writes `said on Thursday that`',
    invalid: 'The agency quoted the ministry as saying, on Thursday, that the strikes had ended.',
    valid: 'The agency quoted the ministry as saying on Thursday that the strikes had ended.'
  },
  {
    phrases: ['the (' + ALL_NATIONALITIES + ') [(Defense|Defence|Foreign|Interior|Health)] ' + STATED],
    source: 'الدفاع التركية، الخارجية الروسية',
    expected: ['$2 Ministry'],
    confidence: 'high',
    note: 'Arabic names a ministry by its portfolio alone (`الدفاع التركية`, the Turkish defence); English says `the Turkish Defence Ministry`',
    invalid: 'The Turkish Defense indicated that four militants were killed.',
    valid: 'The Turkish Defense Ministry indicated that four militants were killed; Turkish defense spending rose.'
  },
  {
    phrases: ['(' + ALL_NATIONALITIES + ') [(defense|defence|interior|foreign)] :'],
    source: 'الدفاع التركية: …',
    expected: ['$2 ministry'],
    confidence: 'high',
    note: 'Arabic headlines name a ministry by its portfolio alone before a colon (`الدفاع التركية:`); English says `Turkish defence ministry:`',
    invalid: 'Turkish defense: two soldiers killed in the north',
    valid: 'Turkish defense ministry: two soldiers killed in the north'
  },
  {
    phrases: ['two|three|four|five|six|seven|eight|nine|ten|several|dozens [armed|terrorist|militant elements]', 'the first|second|third|fourth|fifth|sixth|seventh [element] was|were neutralized|neutralised|killed|captured|arrested|wounded'],
    source: 'عناصر مسلحة، العنصر الخامس',
    advice: 'write `five militants`, `members`',
    confidence: 'high',
    note: 'Arabic `عنصر` (element) counts members of an armed group or a force; English counts `militants`, `fighters`, `members`',
    invalid: 'The army said it had neutralised five armed elements near the border.',
    valid: 'The army said it had neutralised five militants near the border; surprise was a key element.'
    },
  {
    phrases: ['[preferred|preferring|prefers|prefer not to reveal|disclose|mention|give his|her|their name|identity|names|identities]', 'who [preferred|preferring not to be named|identified]', '[on condition of not revealing|disclosing his|her|their name|identity]'],
    source: 'فضّل عدم الكشف عن اسمه',
    advice: 'write `who asked not to be named`, `speaking on condition of anonymity`',
    confidence: 'high',
    note: 'Arabic `فضّل عدم الكشف عن اسمه` (preferred not to reveal his name) and Russian `пожелавший остаться неизвестным` describe an anonymous source; English says `who asked not to be named`, `speaking on condition of anonymity`',
    invalid: 'A security source, who preferred not to reveal his name, said the convoy was hit.',
    valid: 'A security source, who asked not to be named, said the convoy was hit; he preferred not to travel.'
  },
  {
    // only opening a sentence: `it should be noted that` inside one is a writer’s aside
    phrases: ['[It should be noted that]', '[It is to be noted that]', '[It is noteworthy that]'],
    source: 'يذكر أن (ومن الجدير بالذكر أن)',
    advice: 'state the fact itself, or open it with `Earlier,`',
    confidence: 'low',
    note: 'Arabic wire copy opens a sentence of background with `يذكر أن` (it is mentioned that); English news copy states the fact itself, or writes `Earlier,`',
    invalid: 'It should be noted that the border crossing reopened in March.',
    valid: 'The border crossing reopened in March, which should be noted by travellers.'
  }
]
