import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the German phrase table of `calque` (`rules/calque/de.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'Police found the car in the night to Saturday near Kassel.',
    messages: ['1:22-1:46: Unexpected `in the night to Saturday` (calque of German `in der Nacht zu Sonntag`), expected `overnight into Saturday`'],
    fixed: 'Police found the car overnight into Saturday near Kassel.'
  },
  {
    text: 'Many pensioners gave their voice to the BSW.',
    messages: ['1:17-1:36: Unexpected `gave their voice to` (calque of German `ihre Stimme gegeben`), expected `voted for`'],
    fixed: 'Many pensioners voted for the BSW.'
  },
  {
    text: 'The mayor warned in front of panic after the flood.',
    messages: ['1:11-1:29: Unexpected `warned in front of` (calque of German `warnte vor`), expected `warned against` or `warned of`']
  },
  {
    text: 'The FDP top candidate conceded defeat.',
    messages: ['1:9-1:22: Unexpected `top candidate` (calque of German `der Spitzenkandidat`), expected `lead candidate`'],
    fixed: 'The FDP lead candidate conceded defeat.'
  },
  {
    text: 'The Saxon prime minister opened the fair in Leipzig.',
    messages: [
      '1:5-1:25: Unexpected `Saxon prime minister` (calque of German `der bayerische Ministerpräsident`), write `state premier` (`the Bavarian state premier`)'
    ]
  },
  {
    text: 'The AfD country list was rejected by the electoral committee.',
    messages: [
      '1:9-1:21: Unexpected `country list` (calque of German `der Landesverband, die Landesliste, der Landesparteitag`), write `state` for `country`: `state branch`, `state list`, `state party conference`'
    ]
  },
  {
    text: 'Lindner at Lanz: the debt brake stays.',
    messages: [
      '1:9-1:16: Unexpected `at Lanz` (calque of German `bei Markus Lanz, bei Miosga`), write `on Markus Lanz’s talk show` (or `on the ZDF talk show Markus Lanz`)'
    ]
  },
  {
    text: 'The row shook the statics of the traffic light coalition.',
    messages: ['1:15-1:26: Unexpected `the statics` (calque of German `die Statik der Koalition`), expected `the stability`']
  },
  {
    text: 'She said farewell from the policy after thirty years.',
    messages: ['1:10-1:34: Unexpected `farewell from the policy` (calque of German `der Abschied aus der Politik`), expected `from politics`']
  },
  {
    text: 'A fire damaged an asylum accommodation near Erfurt.',
    messages: ['1:16-1:39: Unexpected `an asylum accommodation` (calque of German `eine Flüchtlingsunterkunft`), expected `a refugee shelter`']
  },
  {
    text: 'Here are the voices of Sky after the derby.',
    messages: ['1:10-1:20: Unexpected `the voices` (calque of German `die Stimmen zum Spiel`), expected `the reactions`']
  },
  {
    text: 'The mayor warned in front of populism before the vote.',
    messages: ['1:18-1:29: Unexpected `in front of` (calque of German `warnen vor Alarmismus`), expected `against`']
  },
  {
    text: 'She is the favourite. Or?',
    messages: ['1:23-1:26: Unexpected `Or?` (calque of German `Oder?`), spell the question out (`Or is he?`) or drop it']
  },
  {
    text: 'The singer has just become 60.',
    messages: ['1:21-1:31: Unexpected `become 60.` (calque of German `ist 78 geworden`), expected `turned 60.`'],
    fixed: 'The singer has just turned 60.'
  },
  {
    text: 'In the east, many voters have given their voice to a new party.',
    messages: ['1:31-1:51: Unexpected `given their voice to` (calque of German `ihre Stimme gegeben`), expected `voted for`']
  },
  {
    text: 'Kemmerich runs as the top candidate in Thuringia.',
    messages: ['1:23-1:36: Unexpected `top candidate` (calque of German `der Spitzenkandidat`), expected `lead candidate`'],
    fixed: 'Kemmerich runs as the lead candidate in Thuringia.'
  },
  {
    text: 'Of: Anna Berger and Jonas Klein',
    messages: ['1:1-1:4: Unexpected `Of:` (calque of German `Von: Florian Naumann`), expected `By`']
  },
  {
    text: 'The Liberals, he said, must stay faithful to the contract until the election.',
    messages: ['1:34-1:58: Unexpected `faithful to the contract` (calque of German `vertragstreu`), write `stick to the agreement`, `honour the agreement`']
  },
  {
    text: 'The Dutch sprinter escaped on the descent and won as a soloist in Nice.',
    messages: ['1:51-1:63: Unexpected `as a soloist` (calque of German `als Solist`), expected `alone`'],
    fixed: 'The Dutch sprinter escaped on the descent and won alone in Nice.'
  },
  {
    text: 'Macron’s centre camp lost its majority in the assembly.',
    messages: ['1:10-1:21: Unexpected `centre camp` (calque of German `das Mitte-Lager`), expected `centrist camp`'],
    fixed: 'Macron’s centrist camp lost its majority in the assembly.'
  },
  {
    text: 'Dortmund won the classic against Bayern for the first time in years.',
    messages: [
      '1:14-1:33: Unexpected `the classic against` (calque of German `der Klassiker`), write `the big game against Dortmund` (or the German name `Der Klassiker`)'
    ]
  },
  {
    text: 'The convention re-elected the country Chairman Petra Vogt from Bremen.',
    messages: ['1:27-1:47: Unexpected `the country Chairman` (calque of German `der Landesvorsitzende (title before a name)`), expected `state party leader`']
  },
  {
    text: 'Nobody expected the deal to hold. Because: the parties had never trusted each other.',
    messages: ['1:35-1:43: Unexpected `Because:` (calque of German `Denn:`), join it to the sentence before (`That is because the parties…`)']
  },
  {
    text: 'The auditors called the late accounts a disgrace and a sign of poverty.',
    messages: ['1:54-1:71: Unexpected `a sign of poverty` (calque of German `ein Armutszeugnis`), expected `an admission of failure`'],
    fixed: 'The auditors called the late accounts a disgrace and an admission of failure.'
  },
  {
    text: 'The people of Dortmund flatly denied any contact with the player.',
    messages: ['1:1-1:23: Unexpected `The people of Dortmund` (calque of German `die Münchner, die Dortmunder`), name the club (`Bayern`, `Dortmund`)']
  },
  {
    text: 'A furious Leverkusen swept Mainz aside 5-0 in the first half.',
    messages: ['1:1-1:10: Unexpected `A furious` (calque of German `ein furioser BVB (furios)`), write `a rampant`, `a brilliant`']
  },
  {
    text: 'Leipzig rarely lose to Bayern. Especially in your own arena.',
    messages: [
      '1:43-1:60: Unexpected `in your own arena` (calque of German `in der eigenen Arena, vor eigenem Publikum`), write `at home`, `in front of their own fans`'
    ]
  }
]

const valid: Case[] = [
  {text: 'She warned the crowd in front of the town hall.', messages: []},
  {text: 'The top candidate for the post withdrew.', messages: []},
  {text: 'Many pensioners gave their votes to the BSW.', messages: []},
  {text: 'The state premier of Saxony opened the fair.', messages: []},
  {text: 'She watched Lanz on television.', messages: []},
  {text: 'Statics is a branch of mechanics.', messages: []},
  {text: 'The change in the policy surprised him.', messages: []},
  {text: 'Emergency accommodation was found for the families.', messages: []},
  {text: 'A crowd gathered in front of the parliament before the vote.', messages: []},
  {text: 'Tea or coffee? She is the favourite, or is she?', messages: []},
  {text: 'The singer has just become a grandmother at 60.', messages: []},
  {text: 'The singer gave her voice to the campaign, and voters gave voice to their anger.', messages: []},
  {text: 'She runs as the top candidate for the award.', messages: []},
  {text: 'Made of: wood and glue. List Of: items.', messages: []},
  {text: 'She stayed faithful to her husband and to the treaty’s spirit.', messages: []},
  {text: 'He performed as a soloist with the city orchestra.', messages: []},
  {text: 'Dortmund won a classic game against Bayern.', messages: []},
  {text: 'Because of the strike, the trains stopped.', messages: []},
  {text: 'The people of Munich voted against the bid.', messages: []},
  {text: 'A furious coach left the Leverkusen bench.', messages: []},
  {text: 'Leipzig rarely lose to Bayern, especially in their own arena.', messages: []}
]

describe('calque: German phrases', () => {
  ruleTable('calque', invalid, valid)
})
