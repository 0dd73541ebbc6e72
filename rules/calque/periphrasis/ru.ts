/**
 * Press periphrasis of Russian and Ukrainian officialese: offices named
 * through their holder’s genitive (`пресс-секретарь главы государства`),
 * a country named as `the Russian side`, regional leaders as `the head of`.
 * Entry syntax: see `../entry.ts`.
 */
import type {CalqueEntry} from '../entry.js'
import {ALL_NATIONALITIES, COUNTRIES, RUSSIAN_REGIONS} from './words.js'

export const russian: readonly CalqueEntry[] = [
  {
    phrases: ['press secretary of the president of the Russian Federation', 'spokesman|spokeswoman|spokesperson of the president of the Russian Federation', 'press secretary of the Russian president', 'press secretary of the president of Russia'],
    source: 'пресс-секретарь президента Российской Федерации',
    expected: ['Kremlin spokesman'],
    confidence: 'high',
    note: 'Russian `пресс-секретарь президента РФ` names the Kremlin spokesman; English says `Kremlin spokesman`',
    invalid: 'The press secretary of the president of the Russian Federation declined to comment.',
    valid: 'Kremlin spokesman Dmitry Peskov declined to comment on the President of the Russian Federation’s plans.'
  },
  {
    phrases: ['press secretary of the head of state', 'spokesman|spokeswoman|spokesperson|aide|adviser|advisor|administration of the head of state'],
    source: 'пресс-секретарь главы государства',
    confidence: 'high',
    note: 'Russian `глава государства` (the head of state) names the president; English says `the president’s spokesman`, `the president’s aide`',
    invalid: 'The press secretary of the head of state denied the report.',
    valid: 'The president’s spokesman denied the report; heads of state meet in June.'
  },
  {
    phrases: ['[official representative] of|for the'],
    source: 'официальный представитель МИД',
    expected: ['spokesperson'],
    confidence: 'high',
    note: 'Russian `официальный представитель` (official representative) of a ministry or an army is its spokesperson; English says `spokesperson`, `spokesman`, `spokeswoman`',
    invalid: 'The official representative of the Foreign Ministry of Russia commented on the talks.',
    valid: 'The Russian Foreign Ministry’s spokeswoman commented on the talks as an official representative would.'
  },
  {
    phrases: ['the head of the (' + ALL_NATIONALITIES + ') Foreign Ministry|MFA', 'the head of the Ministry of Foreign Affairs', 'the head of the Foreign Ministry|MFA'],
    source: 'глава МИД России',
    expected: ['the $1 foreign minister'],
    confidence: 'high',
    note: 'Russian `глава МИД` (the head of the foreign ministry) is the foreign minister; English names the office',
    invalid: 'The head of the Russian Foreign Ministry arrived in Ankara.',
    valid: 'The Russian foreign minister, who heads the Foreign Ministry, arrived in Ankara.'
  },
  {
    phrases: ['(minister|secretary) of defense|defence of (' + COUNTRIES + ')', '(minister|secretary) of defense|defence of the (USA|US|UK)', 'Secretary of Defense of Great Britain'],
    source: 'министр обороны Украины',
    confidence: 'high',
    note: 'Russian and Ukrainian build a title on the country’s genitive (`министр обороны Украины`, minister of defence of Ukraine); English puts the country first: `Ukraine’s defence minister`',
    invalid: 'The Minister of Defense of Ukraine Oleksiy Reznikov visited the front.',
    valid: 'Ukraine’s defence minister, Oleksiy Reznikov, visited the front.'
  },
  {
    phrases: ['(ministry) of defense|defence of (' + COUNTRIES + ')', '(ministry) of defense|defence of the (USA|US|UK)'],
    source: 'министерство обороны США',
    confidence: 'high',
    note: 'Russian and Ukrainian build a ministry’s name on the country’s genitive (`министерство обороны США`); English puts the country first: `the US Defense Department`, `Ukraine’s defence ministry`',
    invalid: 'A spokesman for the Ministry of Defence of the USA confirmed the strike.',
    valid: 'A Pentagon spokesman confirmed the strike for the Defence Ministry.'
  },
  {
    phrases: ['[the head of] (' + RUSSIAN_REGIONS + ')', '[the head of the] (DPR|LPR|DNR|LNR|Crimea)'],
    source: 'глава Чечни',
    confidence: 'high',
    note: 'Russian `глава` (head) of a republic or region is its leader or governor; English says `the Chechen leader`, `Crimea’s Russian-installed head`',
    invalid: 'The head of Chechnya said his fighters were ready.',
    valid: 'Chechnya’s leader said his fighters were ready; he heads a republic of 1.5 million.'
  },
  {
    phrases: ['the head of the Kremlin', 'the (illegitimate|former|current|new|then|ageing|aging|Russian) [head of the Kremlin]'],
    source: 'глава Кремля',
    expected: ['the Russian president'],
    confidence: 'high',
    note: 'Ukrainian and Russian copy call the Russian president `глава Кремля` (the head of the Kremlin); English names the office or the man',
    invalid: 'The head of the Kremlin signed the decree on Friday.',
    valid: 'The Russian president signed the decree in the Kremlin on Friday.'
  },
  {
    phrases: ['the head of the OVA|RMA|ODA|RVA|OBA|MVA|CMA|OMA|RSA|ova|rma'],
    source: 'голова ОВА',
    expected: ['the regional governor'],
    confidence: 'high',
    note: 'Ukrainian `голова ОВА` is the head of a regional military administration, in English the regional governor; the acronym means nothing to an English reader',
    invalid: 'The head of the OVA reported two people wounded.',
    valid: 'The regional governor reported two people wounded; he heads the regional military administration.'
  },
  {
    phrases: ['by|for|to|with|of|at|from [the (' + ALL_NATIONALITIES + ') side] !of|border|bank|front|frontier|line|lines|shore|river', '[the (' + ALL_NATIONALITIES + ') side] has|have|had|is|was|will|would|insists|insisted|said|says|stated|states|believes|believed|proposed|proposes|offered|agreed|refused|demanded|announced|confirmed|informed|received|handed|sent|considers|considered|expects|expected|hopes|hoped|intends|wants|wanted|did|does|noted|stressed|assured'],
    source: 'российская сторона',
    advice: 'name the country: `Russia`, `Moscow`',
    confidence: 'high',
    note: 'Russian and Ukrainian diplomatic copy name a country as a party (`российская сторона`, the Russian side); English names the country: `Russia`, `Moscow`',
    invalid: 'The proposal was rejected by the Russian side on Monday.',
    valid: 'The proposal was rejected by Russia on Monday; shells fell on the Russian side of the border.'
  },
  {
    phrases: ['the APU|AFU|ZSU|UAF', '[the Armed Forces of Ukraine ( APU|AFU|ZSU|UAF )]', '[APU|AFU|UAF] (fighters|soldiers|militants|units|troops|positions|shelling|drones|formations|artillery|attack|attacks|strike|strikes|militants|servicemen|losses)'],
    source: 'ВСУ (Вооружённые силы Украины)',
    expected: ['Ukrainian forces'],
    confidence: 'high',
    note: 'Russian `ВСУ` (the armed forces of Ukraine) comes out as an acronym English readers cannot decode; English says `Ukrainian forces`',
    invalid: 'Three villages were shelled by the APU overnight.',
    valid: 'Three villages were shelled by Ukrainian forces overnight; the plane’s APU failed.'
  },
  {
    phrases: ['during|in|of|for|since|zone|participants|participant|veterans|veteran|goals|part [the special military operation]', 'part of|during|in|into|launch|launched|launching|start|started|beginning|of [a special military operation]', '[the special operation] in (Donbass|Donbas|Ukraine)', 'the special operation in the Donbass|Donbas'],
    source: 'специальная военная операция',
    advice: 'name the war: `the war in Ukraine`, or quote the Kremlin’s term',
    confidence: 'high',
    note: 'Russian `специальная военная операция` is the Kremlin’s name for its invasion of Ukraine; English copy names the war, or quotes the term as the Kremlin’s',
    invalid: 'He was wounded during the special military operation.',
    valid: 'He was wounded in what Moscow calls a “special military operation” in Ukraine.'
  },
  {
    phrases: ['PMC Wagner', 'the PMC Wagner'],
    source: 'ЧВК «Вагнер»',
    expected: ['the Wagner group'],
    confidence: 'high',
    note: 'Russian `ЧВК «Вагнер»` (private military company Wagner) keeps the acronym first; English says `the Wagner group`',
    invalid: 'Fighters of PMC Wagner entered the town.',
    valid: 'Fighters of the Wagner group, a private military company, entered the town.'
  },
  {
    phrases: ['reunification of|with Crimea', '[Crimea’s|Crimea\'s reunification]', '[reunification] of Crimea|Sevastopol with Russia', 'return of Crimea to its native harbour|harbor'],
    source: 'воссоединение Крыма с Россией',
    advice: 'write `the annexation of Crimea`, or quote the Kremlin’s term',
    confidence: 'high',
    note: 'Russian `воссоединение Крыма с Россией` (the reunification of Crimea) is the Kremlin’s name for the annexation of 2014; English copy says `annexation`, or quotes the term as Moscow’s',
    invalid: 'Concerts marked the anniversary of the reunification with Crimea.',
    valid: 'Concerts in Moscow marked the anniversary of the annexation of Crimea; German reunification came in 1990.'
  }
]
