import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Russian phrase table of `calque` (`rules/calque/ru.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'The mayor wrote in his Telegram channel that power was restored.',
    messages: ['1:17-1:19: Unexpected `in` (calque of Russian `в своём Telegram-канале`), expected `on`'],
    fixed: 'The mayor wrote on his Telegram channel that power was restored.'
  },
  {
    text: 'Rescuers worked on the territory of a kindergarten.',
    messages: ['1:20-1:36: Unexpected `the territory of` (calque of Russian `на территории школы`), write `in Crimea`, `a school compound`, `the school grounds`']
  },
  {
    text: 'The Russians launched missiles this night.',
    messages: ['1:32-1:42: Unexpected `this night` (calque of Russian `этой ночью`), expected `overnight`'],
    fixed: 'The Russians launched missiles overnight.'
  },
  {
    text: 'Several outlets cited the Polish mass media on Tuesday.',
    messages: ['1:23-1:44: Unexpected `the Polish mass media` (calque of Russian `СМИ (средства массовой информации)`), expected `media`']
  },
  {
    text: 'The documentary tells about the siege of the port.',
    messages: ['1:17-1:28: Unexpected `tells about` (calque of Russian `рассказывает о`), expected `describes`'],
    fixed: 'The documentary describes the siege of the port.'
  },
  {
    text: 'Unfortunately, there are dead among the passengers.',
    messages: ['1:16-1:30: Unexpected `there are dead` (calque of Russian `есть погибшие, є загиблі`), write `people were killed`, `there are casualties`']
  },
  {
    text: 'Gunners fired shells of caliber 152 at the bridge.',
    messages: ['1:25-1:32: Unexpected `caliber` (calque of Russian `мины калибра 120 мм`), write the calibre before the noun: `120mm mortar rounds`']
  },
  {
    text: 'Trains stopped on the automobile part of the bridge as well.',
    messages: ['1:23-1:38: Unexpected `automobile part` (calque of Russian `автомобильная часть моста, нитка моста`), expected `road section`']
  },
  {
    text: 'The two country leaders signed a memorandum.',
    messages: ['1:1-1:24: Unexpected `The two country leaders` (calque of Russian `лидеры двух стран`), expected `The two leaders`']
  },
  {
    text: 'The meeting opened at 9:00 (10:00 Moscow time) in Baku.',
    messages: ['1:28-1:47: Unexpected `(10:00 Moscow time)` (calque of Russian `(22:36 мск), (совпадает с московским)`), remove it']
  },
  {
    text: 'The strike ended the war. He announced this on Telegram.',
    messages: ['1:30-1:44: Unexpected `announced this` (calque of Russian `Об этом он сообщил в Facebook`), put it with the statement: `he said on Facebook`, `he told TASS`']
  },
  {
    text: 'According to the Ukrainian edition, the general resigned.',
    messages: ['1:28-1:35: Unexpected `edition` (calque of Russian `издание пишет`), expected `outlet`']
  },
  {
    text: 'Kyiv and Warsaw met again. The sides discussed grain exports.',
    messages: ['1:28-1:47: Unexpected `The sides discussed` (calque of Russian `Стороны обсудили`), expected `They discussed`']
  },
  {
    text: 'Talks are over, quotes the press service of the Kremlin.',
    messages: ['1:15-1:41: Unexpected `, quotes the press service` (calque of Russian `цитирует пресс-служба, цитує пресслужба`), write `his press service quoted him as saying`']
  },
  {
    text: 'Shelling goes on south of the village, he specified.',
    messages: ['1:43-1:52: Unexpected `specified` (calque of Russian `уточнил он, оценил он, підсумував`), expected `said`'],
    fixed: 'Shelling goes on south of the village, he said.'
  },
  {
    text: 'Thousands came out at the rally in the capital.',
    messages: ['1:11-1:32: Unexpected `came out at the rally` (calque of Russian `вышел на митинг`), write `joined the rally`, `rallied`, `protested`']
  },
  {
    text: 'High enemy activity is recorded near the river.',
    messages: ['1:6-1:32: Unexpected `enemy activity is recorded` (calque of Russian `фиксируется активность противника`), write `the enemy is active`, `we see heavy enemy activity`']
  },
  {
    text: 'Talks have stalled, the Washington Post newspaper writes.',
    messages: ['1:41-1:50: Unexpected `newspaper` (calque of Russian `пишет газета The Washington Post`), remove it']
  },
  {
    text: 'Residents fled the town of Happiness in 2014.',
    messages: ['1:28-1:37: Unexpected `Happiness` (calque of Russian `Счастье (Щастя), Лиман`), give the town its name: `Shchastia`, `Lyman`']
  }
]

const valid: Case[] = [
  {text: 'The mayor wrote on his Telegram channel.', messages: []},
  {text: 'They crossed into the territory of a neighbouring state.', messages: []},
  {text: 'On the eve of the vote, the Russians launched missiles.', messages: []},
  {text: 'The mass media course starts in May.', messages: []},
  {text: 'According to the Ukrainian edition of Forbes, the deal closed.', messages: []},
  {text: 'He said this bridge was the last one.', messages: []},
  {text: 'The two leaders signed a memorandum.', messages: []},
  {text: 'The talks began at 9:00 local time in Baku.', messages: []},
  {text: 'The results came out at noon; the Sun newspaper reported them.', messages: []}
]

describe('calque: Russian phrases', () => {
  ruleTable('calque', invalid, valid)
})
