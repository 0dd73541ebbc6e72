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
    messages: [
      '1:20-1:36: Unexpected `the territory of` (calque of Russian `на территории школы`), write `in Crimea`, `a school compound`, `the school grounds`'
    ]
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
    messages: [
      '1:30-1:44: Unexpected `announced this` (calque of Russian `Об этом он сообщил в Facebook`), put it with the statement: `he said on Facebook`, `he told TASS`'
    ]
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
    messages: [
      '1:15-1:41: Unexpected `, quotes the press service` (calque of Russian `цитирует пресс-служба, цитує пресслужба`), write `his press service quoted him as saying`'
    ]
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
    messages: [
      '1:6-1:32: Unexpected `enemy activity is recorded` (calque of Russian `фиксируется активность противника`), write `the enemy is active`, `we see heavy enemy activity`'
    ]
  },
  {
    text: 'Talks have stalled, the Washington Post newspaper writes.',
    messages: ['1:41-1:50: Unexpected `newspaper` (calque of Russian `пишет газета The Washington Post`), remove it']
  },
  {
    text: 'Residents fled the town of Happiness in 2014.',
    messages: ['1:28-1:37: Unexpected `Happiness` (calque of Russian `Счастье (Щастя), Лиман`), give the town its name: `Shchastia`, `Lyman`']
  },
  {
    text: 'In the Kremlin, they answered the question about the talks.',
    messages: [
      '1:1-1:21: Unexpected `In the Kremlin, they` (calque of Russian `В Кремле ответили, В США назвали`), name who spoke: `the Kremlin said`, `a US analyst revealed`'
    ]
  },
  {
    text: 'Flights resumed after the work of the airport was restored.',
    messages: [
      '1:23-1:34: Unexpected `the work of` (calque of Russian `работа аэропорта приостановлена`), write `operations at the airport`, or make the place the subject: `the airport closed`'
    ]
  },
  {
    text: 'Police said a man born in 1987 was detained in Tula.',
    messages: [
      '1:13-1:31: Unexpected `a man born in 1987` (calque of Russian `мужчина 1987 года рождения`), give the age: `a six-year-old girl`, `a 38-year-old man`'
    ]
  },
  {
    text: 'Zelensky allowed negotiations with the new government.',
    messages: ['1:10-1:17: Unexpected `allowed` (calque of Russian `допустил возможность переговоров`), write `did not rule out`, `said it was possible`']
  },
  {
    text: 'The ministers discussed issues of energy security.',
    messages: [
      '1:15-1:34: Unexpected `discussed issues of` (calque of Russian `обсудили вопросы энергетики`), drop `issues of`: `discussed security guarantees`'
    ]
  },
  {
    text: 'Other news by this hour: the dam holds.',
    messages: ['1:1-1:24: Unexpected `Other news by this hour` (calque of Russian `Другие новости к этому часу`), write `In other news` or drop the heading']
  },
  {
    text: 'The district was cleared from mines by sappers.',
    messages: ['1:18-1:30: Unexpected `cleared from` (calque of Russian `зачистили от мин`), expected `cleared of`'],
    fixed: 'The district was cleared of mines by sappers.'
  },
  {
    text: 'The blast caused a fire of two trucks.',
    messages: ['1:11-1:27: Unexpected `caused a fire of` (calque of Russian `привело к возгоранию`), write `set fire to`, `set … alight`']
  },
  {
    text: 'Later it was reported about new arrests.',
    messages: [
      '1:1-1:28: Unexpected `Later it was reported about` (calque of Russian `Позже сообщалось о задержаниях`), write `it was later reported that …`, or give the news'
    ]
  },
  {
    text: 'Belarusian Foreign Minister (MFA) Maxim Ryzhenkov landed.',
    messages: ['1:29-1:34: Unexpected `(MFA)` (calque of Russian `министр иностранных дел (МИД)`), remove it']
  },
  {
    text: 'Shelling hit the positions of the Armed Forces of Ukraine (AFU) overnight.',
    messages: ['1:31-1:64: Unexpected `the Armed Forces of Ukraine (AFU)` (calque of Russian `ВСУ (Вооружённые силы Украины)`), expected `Ukrainian forces`'],
    fixed: 'Shelling hit the positions of Ukrainian forces overnight.'
  },
  {
    text: 'Traffic stopped on the automobile part of the Kerch bridge.',
    messages: ['1:24-1:39: Unexpected `automobile part` (calque of Russian `автомобильная часть моста, нитка моста`), expected `road section`'],
    fixed: 'Traffic stopped on the road section of the Kerch bridge.'
  },
  {
    text: 'Artillery struck enemy manpower near the river.',
    messages: ['1:18-1:32: Unexpected `enemy manpower` (calque of Russian `живая сила противника`), expected `troops`'],
    fixed: 'Artillery struck troops near the river.'
  },
  {
    text: 'Two attacks were repelled in the zone of responsibility of the brigade.',
    messages: ['1:34-1:56: Unexpected `zone of responsibility` (calque of Russian `в зоне ответственности`), expected `area of responsibility`'],
    fixed: 'Two attacks were repelled in the area of responsibility of the brigade.'
  },
  {
    text: 'Over the day, 45 combat clashes took place.',
    messages: ['1:18-1:32: Unexpected `combat clashes` (calque of Russian `бойові зіткнення, штурмові дії`), write `clashes`, `assaults`, `attacks`']
  },
  {
    text: 'The garrison reflected three attacks near the village.',
    messages: [
      '1:14-1:23: Unexpected `reflected` (calque of Russian `отразили атаку`), write `repelled`, `repulsed` (`repelled the attack`, `the repulse of the attack`)'
    ]
  },
  {
    text: 'The driver was taken to hospital in a state of moderate severity.',
    messages: [
      '1:34-1:65: Unexpected `in a state of moderate severity` (calque of Russian `в состоянии средней тяжести`), write `in a serious condition`, `in moderate condition`'
    ]
  },
  {
    text: 'A house was damaged by the fall of debris.',
    messages: ['1:24-1:42: Unexpected `the fall of debris` (calque of Russian `падение обломков`), expected `falling debris`'],
    fixed: 'A house was damaged by falling debris.'
  },
  {
    text: 'So, on the morning of May 7, a drone hit a school.',
    messages: ['1:1-1:4: Unexpected `So,` (calque of Russian `Так, утром 3 июня`), expected `For example,`'],
    fixed: 'For example, on the morning of May 7, a drone hit a school.'
  },
  {
    text: 'Drones hit places of temporary deployment of the enemy.',
    messages: ['1:12-1:42: Unexpected `places of temporary deployment` (calque of Russian `пункт временной дислокации`), write `base`, `billet`']
  },
  {
    text: 'Moscow accused Kyiv in sabotage at the plant.',
    messages: ['1:21-1:23: Unexpected `in` (calque of Russian `обвинил в госизмене, подозревается в шпионаже`), expected `of`'],
    fixed: 'Moscow accused Kyiv of sabotage at the plant.'
  },
  {
    text: 'Putin congratulated veterans with Victory Day.',
    messages: ['1:30-1:34: Unexpected `with` (calque of Russian `поздравил с Днём Победы`), expected `on`'],
    fixed: 'Putin congratulated veterans on Victory Day.'
  },
  {
    text: 'Artillery inflicted fire damage on enemy positions.',
    messages: [
      '1:11-1:32: Unexpected `inflicted fire damage` (calque of Russian `нанесли огневое поражение, средства поражения`), write `struck`, `hit`; `weapons`'
    ]
  },
  {
    text: 'The ministry published objective control footage.',
    messages: [
      '1:24-1:41: Unexpected `objective control` (calque of Russian `кадры объективного контроля`), write `drone footage`, `footage confirming the hit`'
    ]
  },
  {
    text: 'The combat work of the artillery continues.',
    messages: [
      '1:5-1:16: Unexpected `combat work` (calque of Russian `боевая работа, вооружённые формирования Украины`), write `combat operations`; `Ukrainian forces`, `armed groups`'
    ]
  },
  {
    text: 'Employees of the FSB detained two men.',
    messages: ['1:1-1:17: Unexpected `Employees of the` (calque of Russian `сотрудники полиции, сотрудники ФСБ`), write `police officers`, `FSB officers`']
  },
  {
    text: 'In the first half of the day, the enemy shelled the town.',
    messages: ['1:1-1:29: Unexpected `In the first half of the day` (calque of Russian `в первой половине дня`), write `in the morning`, `in the afternoon`']
  },
  {
    text: 'Shells hit the representation of the EU in the city.',
    messages: [
      '1:12-1:37: Unexpected `the representation of the` (calque of Russian `представительство ДНР`), write `the DPR’s office`, `mission`, `delegation`'
    ]
  },
  {
    text: 'It depends on the course of the development of events.',
    messages: [
      '1:19-1:54: Unexpected `course of the development of events` (calque of Russian `ход развития событий`), write `how the situation develops`, `events`'
    ]
  },
  {
    text: 'The village of Ivanovka refers to the Petrovsky district.',
    messages: ['1:25-1:34: Unexpected `refers to` (calque of Russian `относится к Петровскому району`), expected `belongs to`'],
    fixed: 'The village of Ivanovka belongs to the Petrovsky district.'
  },
  {
    text: 'Police opened a criminal case on the fact of the explosion.',
    messages: ['1:31-1:45: Unexpected `on the fact of` (calque of Russian `возбуждено уголовное дело по факту`), expected `over`'],
    fixed: 'Police opened a criminal case over the explosion.'
  },
  {
    text: 'It became known that the governor had resigned.',
    messages: [
      '1:1-1:21: Unexpected `It became known that` (calque of Russian `Стало известно, что`), write `It emerged that`, or give the news with its source'
    ]
  },
  {
    text: 'As noted, the convoy left the border at night.',
    messages: [
      '1:1-1:10: Unexpected `As noted,` (calque of Russian `Как отметил министр, Як зазначається`), put the speaker after the statement: `…, the minister said`'
    ]
  },
  {
    text: 'As the governor stressed, the school will stay closed.',
    messages: [
      '1:1-1:26: Unexpected `As the governor stressed,` (calque of Russian `Как отметил министр, Як зазначається`), put the speaker after the statement: `…, the minister said`'
    ]
  },
  {
    text: 'Troops fired at civilian objects near the port.',
    messages: ['1:26-1:33: Unexpected `objects` (calque of Russian `объекты инфраструктуры`), expected `facilities`'],
    fixed: 'Troops fired at civilian facilities near the port.'
  },
  {
    text: 'They entered the populated area from the south.',
    messages: ['1:14-1:32: Unexpected `the populated area` (calque of Russian `населённый пункт`), write `village`, `town`, `settlement`, or `near` a place']
  },
  {
    text: 'Which company is in question is not specified.',
    messages: [
      '1:1-1:29: Unexpected `Which company is in question` (calque of Russian `О каком населённом пункте идёт речь, не сообщается`), turn it round: `It was not said which…`'
    ]
  },
  {
    text: 'According to the publication, the talks will resume in Geneva.',
    messages: [
      '1:1-1:30: Unexpected `According to the publication,` (calque of Russian `По данным издания`), name the outlet with its verb: `The Times reported that…`'
    ]
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
  {text: 'The results came out at noon; the Sun newspaper reported them.', messages: []},
  {text: 'In Kyiv, officials answered the question; the Kremlin said nothing.', messages: []},
  {text: 'The airport closed, and the work of the committee went on.', messages: []},
  {text: 'A six-year-old girl was hurt; her father was born in 1980.', messages: []},
  {text: 'The plan allowed for the possibility of talks.', messages: []},
  {text: 'The ministers discussed issues of mutual interest.', messages: []},
  {text: 'Debris was cleared from the road and the fire of the stove went out.', messages: []},
  {text: 'It was later reported that two men were arrested.', messages: []},
  {text: 'Talks were held at the Ministry of Foreign Affairs (MFA).', messages: []},
  {text: 'The plant lacks manpower; the vote reflected the mood of the country.', messages: []},
  {text: 'Forty clashes took place in the brigade’s area of responsibility.', messages: []},
  {text: 'The pain was of moderate severity after the fall of Avdiivka.', messages: []},
  {text: 'So the morning began with rain.', messages: []},
  {text: 'A man accused in a treason case was freed; another was accused in absentia.', messages: []},
  {text: 'She congratulated him with a hug.', messages: []},
  {text: 'The warehouse suffered fire damage; employees of the airport watched.', messages: []},
  {text: 'Ukrainian formations advanced in the first half of the season.', messages: []},
  {text: 'The term refers to the financial district; the representation of the people is fair.', messages: []},
  {text: 'The fact of the matter is that his name became known across the region.', messages: []},
  {text: 'As noted above, the convoy left at night.', messages: []},
  {text: 'The governor stressed, as the minister noted in May, that the school stays closed.', messages: []},
  {text: 'Floods hit a densely populated area near the port.', messages: []},
  {text: 'The future of the company is in question, staff said.', messages: []},
  {text: 'The talks will resume in Geneva, according to the publication date.', messages: []}
]

describe('calque: Russian phrases', () => {
  ruleTable('calque', invalid, valid)
})
