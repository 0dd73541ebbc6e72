/**
 * Calques of Dutch: constructions of Dutch news and sports copy (ANP, NOS,
 * the national dailies) carried over word for word. Entry syntax: see
 * `entry.ts`.
 */
import type {CalqueEntry} from './entry.js'

/** Dutch prime ministers, for `the cabinet-Rutte`. */
const PREMIERS = 'Rutte|Schoof|Balkenende|Kok|Lubbers'

export const dutch: readonly CalqueEntry[] = [
  {
    phrases: ['demissionary|demissionair'],
    source: 'demissionair',
    expected: ['caretaker'],
    confidence: 'high',
    note: 'Dutch `demissionair` describes a government that has resigned and stays on until the next one: English says `caretaker`',
    invalid: 'The demissionary prime minister will attend the summit.',
    valid: 'The caretaker prime minister will attend the summit.'
  },
  {
    phrases: ['parliamentary survey|surveys|enquête|enquete'],
    source: 'de parlementaire enquête',
    expected: ['parliamentary inquiry'],
    confidence: 'high',
    note: 'Dutch `parlementaire enquête` is a parliamentary inquiry with sworn hearings; English says `parliamentary inquiry`',
    invalid: 'The parliamentary survey into the gas extraction heard the minister.',
    valid: 'The parliamentary inquiry into the gas extraction heard the minister; a survey followed.'
  },
  {
    phrases: ['allowance|allowances|supplements|surcharges|surcharge|benefits|payment|payments affair'],
    source: 'de toeslagenaffaire',
    expected: ['childcare benefits scandal'],
    confidence: 'high',
    note: 'Dutch `toeslagenaffaire` (allowances affair) is the childcare benefits scandal that brought down the third Rutte cabinet',
    invalid: 'The cabinet resigned over the allowances affair.',
    valid: 'The cabinet resigned over the childcare benefits scandal, an affair of state.'
  },
  {
    phrases: ['let|lets|letting|make|made|makes|making the cabinet|government [fall|drop]'],
    source: 'het kabinet laten vallen',
    expected: ['bring down'],
    confidence: 'high',
    note: 'Dutch `het kabinet laten vallen` (let the cabinet fall) is to bring the government down',
    invalid: 'The party threatened to let the cabinet fall over asylum.',
    valid: 'The party threatened to bring down the cabinet over asylum.'
  },
  {
    phrases: ['[the Second|First Chamber|Room]'],
    source: 'de Tweede Kamer',
    advice: 'write `the House of Representatives` (or `the lower house`), `the Senate`',
    confidence: 'high',
    note: 'Dutch `Tweede Kamer` (Second Chamber) is the House of Representatives, `Eerste Kamer` (First Chamber) the Senate',
    invalid: 'The Second Chamber voted for the motion on Tuesday.',
    valid: 'The House of Representatives voted for the motion in its chamber on Tuesday.'
  },
  {
    phrases: ['[the cabinet|Cabinet] (' + PREMIERS + ')', '[the cabinet-Rutte|cabinet-Schoof|Cabinet-Rutte|Cabinet-Schoof]'],
    source: 'het kabinet-Rutte',
    advice: 'write `the Rutte cabinet`',
    confidence: 'high',
    note: 'Dutch names a government after its leader with a hyphen (`kabinet-Rutte`); English puts the name first: `the Rutte cabinet`',
    invalid: 'The cabinet Rutte fell over the asylum row.',
    valid: 'The Rutte cabinet fell over the asylum row.'
  },
  {
    phrases: ['in word and gesture'],
    source: 'in woord en gebaar',
    expected: ['verbally and physically'],
    confidence: 'high',
    note: 'Dutch `in woord en gebaar` (in word and gesture) means verbally and physically',
    invalid: 'Two fans misbehaved in word and gesture towards the referee.',
    valid: 'Two fans abused the referee verbally and physically with gestures.'
  },
  {
    phrases: ['Cruijff|Cruyff Scale'],
    source: 'de Johan Cruijff Schaal',
    expected: ['Cruyff Shield'],
    confidence: 'high',
    note: 'Dutch `Johan Cruijff Schaal` is the Johan Cruyff Shield (the Super Cup); `schaal` is a dish or shield, not a scale',
    invalid: 'PSV won the Johan Cruijff Scale for the third time.',
    valid: 'PSV won the Johan Cruyff Shield for the third time.'
  },
  {
    phrases: ['[the right|left row] teams|clubs|sides|side', '[the right-hand|left-hand row] teams|clubs|sides|side', 'from|against [the right row]'],
    source: 'het rechterrijtje',
    expected: ['the bottom half'],
    confidence: 'high',
    note: 'Dutch `rechterrijtje` (right row) is the bottom half of the league table, printed in the right-hand column',
    invalid: 'They dropped points against teams from the right row.',
    valid: 'They dropped points against teams from the bottom half; the fans sat in the right row.'
  },
  {
    phrases: ['kept|keep|keeps|keeping [zero] .|,|!|;|again|anymore|any|for|in|against|this|twice|at|on|away', 'kept|keep|keeps|keeping [the zero|nil] !value|values|point|line|padding|byte|bytes|index|bit|bits|flag|case|check|degrees|percent'],
    source: 'de nul houden',
    expected: ['a clean sheet'],
    confidence: 'high',
    note: 'Dutch `de nul houden` (keep the zero) is keeping a clean sheet',
    invalid: 'The goalkeeper kept the zero for the fifth match in a row.',
    valid: 'The goalkeeper kept a clean sheet for the fifth match in a row.'
  },
  {
    phrases: ['go|went|goes|going|gone through the fire for each|one|him|her|them|the|their|his|our', 'went|go|goes|going for each other [by|through the fire]'],
    source: 'door het vuur gaan voor',
    expected: ['go to the wall for'],
    confidence: 'high',
    note: 'Dutch `door het vuur gaan voor` (go through the fire for) is to go all out for someone',
    invalid: 'The players went through the fire for each other.',
    valid: 'The players gave everything for each other and went through fire drills.'
  },
  {
    phrases: ['congratulate|congratulated|congratulates|congratulating * [with] the|his|her|their|its title|victory|win|birthday|championship|promotion|result|election|appointment', '[congratulate|congratulated|congratulates|congratulating with] the|his|her|their|its title|victory|win|birthday|championship|promotion'],
    source: 'feliciteren met',
    expected: ['on'],
    confidence: 'high',
    note: 'Dutch `feliciteren met` (congratulate with) is English `congratulate on`',
    invalid: 'I want to congratulate PSV with the title.',
    valid: 'I want to congratulate PSV on the title with all my heart.'
  },
  {
    phrases: ['put|puts|putting * [out of the head|heads]', 'put|puts|putting * * [out of the head|heads]'],
    source: 'uit het hoofd zetten',
    expected: ['out of mind'],
    confidence: 'high',
    note: 'Dutch `uit het hoofd zetten` (put out of the head) is to forget about something; English says `put it out of your mind`',
    invalid: 'We can put the title out of the head now.',
    valid: 'We can put the title out of our minds now.'
  },
  {
    phrases: ['expose|exposed|exposes|exposing their|his|her|its|the buttocks|bottoms|butts', 'buttocks bare'],
    source: 'de billen bloot',
    expected: ['come clean'],
    confidence: 'high',
    note: 'Dutch `met de billen bloot` (with the buttocks bare) is to come clean, to reveal everything',
    invalid: 'The ministers had to expose their buttocks under oath.',
    valid: 'The ministers had to come clean under oath.'
  },
  {
    phrases: ['field dominance|superiority', 'dominance|superiority of the field'],
    source: 'het veldoverwicht',
    expected: ['territorial dominance'],
    confidence: 'high',
    note: 'Dutch `veldoverwicht` (field dominance) is territorial dominance in a match',
    invalid: 'Ajax had field dominance but no chances.',
    valid: 'Ajax dominated territorially but had no chances in the field.'
  },
  {
    phrases: ['(VVD|PVV|D66|CDA|GroenLinks|PvdA|SP|NSC|BBB|JA21|FvD|DENK|Volt|GL-PvdA) [faction|fraction]', 'fraction chairman|chairwoman|leader|leaders|chair'],
    source: 'de VVD-fractie',
    advice: 'write `parliamentary party`, `parliamentary leader`',
    confidence: 'high',
    note: 'Dutch `fractie` is a party’s group in parliament; English says `parliamentary party`, `parliamentary leader`',
    invalid: 'The VVD fraction voted against the motion.',
    valid: 'The VVD parliamentary party voted against the motion, a fraction of a point short.'
  },
  {
    phrases: ['(Ajax|PSV|Feyenoord|AZ|Twente|Utrecht|Vitesse|Heerenveen|Groningen) [trainer]', '[trainer] of Ajax|PSV|Feyenoord|AZ|Twente'],
    source: 'de Ajax-trainer',
    expected: ['coach'],
    confidence: 'high',
    note: 'Dutch `trainer` is a football coach; English says `coach`',
    invalid: 'The Ajax trainer was sacked after the defeat.',
    valid: 'The Ajax coach was sacked after the defeat; the fitness trainer stayed.'
  },
  {
    phrases: ['[has|have|had the championship|title|match|game|cup|league|final|derby|lead|points|duel lost|won|thrown|given|conceded|secured|decided]', '[has|have|had the * title|championship|cup lost|won|thrown|given|conceded|secured|decided]'],
    source: 'Ajax heeft het kampioenschap verloren',
    advice: 'put the participle before its object: `has lost the championship`',
    confidence: 'high',
    note: 'Dutch (and German) put the participle last (`heeft het kampioenschap verloren`); MT keeps the order, which English never has: `has lost the championship`',
    invalid: 'Feyenoord has the title lost after the defeat in Eindhoven.',
    valid: 'Ajax has lost the championship after the defeat in Rotterdam; the title won them fans.'
  },
  {
    // the Dutch and German `topper`, `Topspiel` read as `top match`; `top players` before a club name is the same word read as people
    phrases: ['[the|The top match|game|duel] in|of the Eredivisie|Bundesliga|league|Jupiler|Keuken', '[the|The top match|game|duel] between|against', 'win|won|lose|lost [the top players] against|with|at|in'],
    source: 'de topper (das Topspiel)',
    advice: 'write `the top-of-the-table clash`, `the big game`',
    confidence: 'low',
    note: 'Dutch `topper` and German `Topspiel` (top match) are the game between two leading teams; English says `the top-of-the-table clash`, `the big game`',
    invalid: 'The top match between Twente and AZ ended goalless.',
    valid: 'The top-of-the-table clash between Twente and AZ ended goalless; the top players were rested.'
  }
]
