import {describe, expect, test} from 'vitest'
import {typography} from '../../rules/french-typography/data.js'
import {compilePatterns} from '../../src/engine/alternation.js'
import {check, type Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'french-typography'

const invalid: Case[] = [
  {
    text: 'They called it « a farce ».',
    messages: ['1:16-1:18: Unexpected `« ` (French opening guillemet), expected `“`', '1:25-1:27: Unexpected ` »` (French closing guillemet), expected `”`'],
    fixed: 'They called it “a farce”.'
  },
  {
    text: 'Men fit to fight. »',
    messages: ['1:18-1:20: Unexpected ` »` (French closing guillemet), expected `”`'],
    fixed: 'Men fit to fight.”'
  },
  {
    text: 'He said «\u00a0no\u00a0».',
    messages: [
      '1:9-1:11: Unexpected `«\u00a0` (French opening guillemet), expected `“`',
      '1:13-1:15: Unexpected `\u00a0»` (French closing guillemet), expected `”`'
    ],
    fixed: 'He said “no”.'
  },
  {
    text: 'He said: ‹ no ›.',
    messages: ['1:10-1:12: Unexpected `‹ ` (French single guillemet), expected `‘`', '1:14-1:16: Unexpected ` ›` (French single guillemet), expected `’`'],
    fixed: 'He said: ‘no’.'
  },
  {
    text: 'Why ? Because : they left !',
    messages: [
      '1:4-1:6: Unexpected ` ?` (French space before punctuation), expected `?`',
      '1:14-1:16: Unexpected ` :` (French space before punctuation), expected `:`',
      '1:26-1:28: Unexpected ` !` (French space before punctuation), expected `!`'
    ],
    fixed: 'Why? Because: they left!'
  },
  {
    text: 'Prices rose\u202f; wages fell.',
    messages: ['1:12-1:14: Unexpected `\u202f;` (French space before punctuation), expected `;`'],
    fixed: 'Prices rose; wages fell.'
  },
  {
    text: 'A banner read “Glory to Ukraine !” and the water reached 1,50 m.',
    messages: [
      '1:32-1:34: Unexpected ` !` (French space before punctuation), expected `!`',
      '1:58-1:62: Unexpected `1,50` (decimal comma of French, German, Spanish and 7 more languages), expected `1.50`'
    ],
    fixed: 'A banner read “Glory to Ukraine!” and the water reached 1.50 m.'
  },
  {
    text: 'Turnout was 48 %.',
    messages: ['1:15-1:17: Unexpected ` %` (space before percent sign of French, German, Spanish and 3 more languages), expected `%`'],
    fixed: 'Turnout was 48%.'
  },
  {
    text: 'Russia has massed 150 000 troops and 1\u202f200 tanks.',
    messages: [
      '1:19-1:26: Unexpected `150 000` (French, Russian, Ukrainian or Polish thousands separator), expected `150,000`',
      '1:38-1:43: Unexpected `1\u202f200` (French, Russian, Ukrainian or Polish thousands separator), expected `1,200`'
    ],
    fixed: 'Russia has massed 150,000 troops and 1,200 tanks.'
  },
  {
    text: 'Growth reached 3,5% and debt 2,25 billion euros.',
    messages: [
      '1:16-1:19: Unexpected `3,5` (decimal comma of French, German, Spanish and 7 more languages), expected `3.5`',
      '1:30-1:34: Unexpected `2,25` (decimal comma of French, German, Spanish and 7 more languages), expected `2.25`'
    ],
    fixed: 'Growth reached 3.5% and debt 2.25 billion euros.'
  },
  {
    text: 'The meeting starts at 14h30 and ends at 18 h 00.',
    messages: [
      '1:23-1:28: Unexpected `14h30` (French or Portuguese time), expected `14:30`',
      '1:41-1:48: Unexpected `18 h 00` (French or Portuguese time), expected `18:00`'
    ],
    fixed: 'The meeting starts at 14:30 and ends at 18:00.'
  },
  {
    text: 'Inflation reached 3,5% in March.',
    options: {languages: ['it']},
    messages: ['1:19-1:22: Unexpected `3,5` (Italian decimal comma), expected `3.5`'],
    fixed: 'Inflation reached 3.5% in March.'
  }
]

/** Conventions of other source languages: the message names the languages that write them. */
const otherLanguages: Case[] = [
  {
    text: 'After the break Tomi’ scored twice for the visitors.',
    messages: ['1:17-1:22: Unexpected `Tomi’` (French name clipped with an apostrophe), write the name in full']
  },
  {
    text: 'The paper called it »a scandal« on Monday.',
    messages: ['1:21-1:22: Unexpected `»` (German opening guillemet), expected `“`', '1:31-1:32: Unexpected `«` (German closing guillemet), expected `”`'],
    fixed: 'The paper called it “a scandal” on Monday.'
  },
  {
    text: 'The paper called it „a scandal” on Monday.',
    options: {languages: ['de']},
    messages: ['1:21-1:22: Unexpected `„` (German opening quote mark), expected `“`'],
    fixed: 'The paper called it “a scandal” on Monday.'
  },
  {
    text: 'The paper called it „a scandal” on Monday.',
    options: {languages: ['de', 'pl']},
    messages: ['1:21-1:22: Unexpected `„` (German or Polish opening quote mark), expected `“`']
  },
  {
    text: 'They shouted ‚out’ twice; Olaf Scholz (l.) and Annalena Baerbock (M.) arrived.',
    messages: [
      '1:14-1:15: Unexpected `‚` (German single opening quote mark), expected `‘`',
      '1:39-1:43: Unexpected `(l.)` (German caption marker), expected `(left)`',
      '1:66-1:70: Unexpected `(M.)` (German caption marker), expected `(centre)`'
    ],
    fixed: 'They shouted ‘out’ twice; Olaf Scholz (left) and Annalena Baerbock (centre) arrived.'
  },
  {
    text: 'About 15.000 people marched; the budget is 1.500.000 euros and €2.500 a head.',
    messages: [
      '1:7-1:13: Unexpected `15.000` (thousands separator of German, Spanish, Italian and 3 more languages), expected `15,000`',
      '1:44-1:53: Unexpected `1.500.000` (thousands separator of German, Spanish, Italian and 3 more languages), expected `1,500,000`',
      '1:65-1:70: Unexpected `2.500` (thousands separator of German, Spanish, Italian and 3 more languages), expected `2,500`'
    ],
    fixed: 'About 15,000 people marched; the budget is 1,500,000 euros and €2,500 a head.'
  },
  {
    text: 'Leipzig won 3:1 (2:0) against Mainz.',
    messages: ['1:13-1:22: Unexpected `3:1 (2:0)` (German, Russian, Ukrainian or Polish score with colons), expected `3-1 (2-0)`'],
    fixed: 'Leipzig won 3-1 (2-0) against Mainz.'
  },
  {
    text: 'Updated at 05:28h. The minister asked: “¿Who pays?”',
    messages: [
      '1:12-1:18: Unexpected `05:28h` (Spanish, Italian or Portuguese time with an `h` suffix), expected `05:28`',
      '1:41-1:42: Unexpected `¿` (Spanish opening question or exclamation mark), remove it'
    ]
  },
  {
    text: 'The officer looked up.\n– We have nothing to add.\n— The Associated Press',
    messages: ['2:1-2:3: Unexpected `– ` (dialogue dash of French, Spanish, Italian and 4 more languages), put the words in quotation marks and say who speaks']
  },
  {
    text: '“We will rebuild,” — said the mayor. “We stay”, – stated the governor.',
    messages: [
      '1:19-1:21: Unexpected ` —` (Russian or Ukrainian dash before the speech verb), remove it',
      '1:48-1:50: Unexpected ` –` (Russian or Ukrainian dash before the speech verb), remove it'
    ]
  },
  {
    text: 'The offensive will continue, - Shoigu\n\nThe talks are over, – Peskov',
    messages: [
      '1:29-1:31: Unexpected ` -` (Russian or Ukrainian dash before the speaker), attribute the quotation: `…, Zelensky says`',
      '3:20-3:22: Unexpected ` –` (Russian or Ukrainian dash before the speaker), attribute the quotation: `…, Zelensky says`'
    ]
  },
  {
    text: 'He said: “The decision is final. <...> We will not go back.”',
    messages: ['1:34-1:39: Unexpected `<...>` (Russian or Ukrainian cut mark), expected `[…]`'],
    fixed: 'He said: “The decision is final. […] We will not go back.”'
  },
  {
    text: 'The ministry said، in a statement؛ that talks resume؟ Inflation reached %85.',
    messages: [
      '1:18-1:19: Unexpected `،` (Arabic punctuation mark), expected `,`',
      '1:34-1:35: Unexpected `؛` (Arabic punctuation mark), expected `;`',
      '1:53-1:54: Unexpected `؟` (Arabic punctuation mark), expected `?`',
      '1:73-1:76: Unexpected `%85` (Turkish percent sign before the number), expected `85%`'
    ],
    fixed: 'The ministry said, in a statement; that talks resume? Inflation reached 85%.'
  },
  {
    text: 'The coach said ,,we were better” after the match.',
    messages: ['1:16-1:18: Unexpected `,,` (Dutch opening quote mark typed as two commas), expected `“`'],
    fixed: 'The coach said “we were better” after the match.'
  },
  {
    text: 'The mayor spoke this Monday (30) in the city hall.',
    messages: ['1:29-1:33: Unexpected `(30)` (Portuguese date in brackets after the weekday), write the date after the weekday: `on Monday, March 30`']
  },
  {
    text: 'She starred in the + New Wave + films; the elected·es met.',
    messages: [
      '1:20-1:22: Unexpected `+ ` (French wire-copy quote mark `+`), replace the `+` marks with quotation marks, or italicise the title',
      '1:30-1:32: Unexpected ` +` (French wire-copy quote mark `+`), replace the `+` marks with quotation marks, or italicise the title',
      '1:51-1:52: Unexpected `·` (French inclusive-writing middle dot), write the English noun once, or both forms in full'
    ]
  },
  {
    text: 'Diesel will not exceed 1 euro 99 a litre.',
    messages: ['1:24-1:33: Unexpected `1 euro 99` (French spoken price), expected `€1.99`'],
    fixed: 'Diesel will not exceed €1.99 a litre.'
  }
]

/** Damage of no one source language. */
const damage: Case[] = [
  {
    text: 'The old bridge - which the army rebuilt in 1946 - was closed again, they said.',
    messages: ['1:16-1:50: Unexpected `- which the army rebuilt in 1946 -` (spaced hyphens around an aside), expected `— which the army rebuilt in 1946 —`'],
    fixed: 'The old bridge — which the army rebuilt in 1946 — was closed again, they said.'
  },
  {
    text: 'The talks ended without an agreement . The minister , who spoke first, left .',
    messages: [
      '1:37-1:39: Unexpected ` .` (space before full stop), expected `.`',
      '1:52-1:54: Unexpected ` ,` (space before comma), expected `,`',
      '1:76-1:78: Unexpected ` .` (space before full stop), expected `.`'
    ],
    fixed: 'The talks ended without an agreement. The minister, who spoke first, left.'
  },
  {
    text: 'His last album ,however, sold well. However,despite the rain, they came.',
    messages: [
      '1:15-1:17: Unexpected ` ,` (comma glued to the next word), expected `, `',
      '1:44-1:45: Unexpected `,` (missing space after comma), expected `, `'
    ],
    fixed: 'His last album, however, sold well. However, despite the rain, they came.'
  },
  {
    text: 'The shares fell (-1.9% ) and rose ( +2%) in Madrid.',
    messages: [
      '1:23-1:25: Unexpected ` )` (space before closing bracket), expected `)`',
      '1:35-1:37: Unexpected `( ` (space after opening bracket), expected `(`'
    ],
    fixed: 'The shares fell (-1.9%) and rose (+2%) in Madrid.'
  },
  {
    text: 'The markets closed. , after which rates fell. Zelensky on social media:. The strikes went on.',
    messages: [
      '1:19-1:22: Unexpected `. ,` (doubled punctuation), keep one of the marks',
      '1:71-1:73: Unexpected `:.` (doubled punctuation), keep one of the marks'
    ]
  },
  {
    text: 'More than a million people took part.Schools were closed.',
    messages: ['1:37-1:38: Unexpected `.` (missing space after full stop), expected `. `'],
    fixed: 'More than a million people took part. Schools were closed.'
  },
  {
    text: 'The leader said. to add that the vote was fair.',
    messages: ['1:16-1:17: Unexpected `.` (full stop inside a sentence), join the sentence, or start the next one with a capital']
  },
  {
    text: 'Meet us at 16 p.m. or at 18:48 pm, not 13 a.m.',
    messages: [
      '1:12-1:19: Unexpected `16 p.m.` (hour past 12 with a.m. or p.m.), expected `4 p.m.`',
      '1:26-1:34: Unexpected `18:48 pm` (hour past 12 with a.m. or p.m.), expected `6:48 pm`',
      '1:40-1:47: Unexpected `13 a.m.` (hour past 12 with a.m. or p.m.), expected `1 p.m.`'
    ],
    fixed: 'Meet us at 4 p.m. or at 6:48 pm, not 1 p.m.'
  },
  {
    text: 'The president arrived at 6:55 p.m\nThe talks began.',
    messages: ['1:26-1:34: Unexpected `6:55 p.m` (abbreviation without its final dot), expected `6:55 p.m.`'],
    fixed: 'The president arrived at 6:55 p.m.\nThe talks began.'
  },
  {
    text: 'The public debt passed 3000 billion euros, or 1,500 billion dollars.',
    messages: [
      '1:24-1:36: Unexpected `3000 billion` (thousand billion), expected `3 trillion`',
      '1:47-1:60: Unexpected `1,500 billion` (thousand billion), expected `1.5 trillion`'
    ],
    fixed: 'The public debt passed 3 trillion euros, or 1.5 trillion dollars.'
  },
  {
    text: 'They marked the 10 th anniversary in the 2022the report.',
    messages: [
      '1:17-1:22: Unexpected `10 th` (space inside an ordinal), expected `10th`',
      '1:42-1:49: Unexpected `2022the` (number glued to a word), expected `2022 the`'
    ],
    fixed: 'They marked the 10th anniversary in the 2022 the report.'
  },
  {
    text: 'The French -speaking press and the 54 -year -old leader of Saint -Georges.',
    messages: [
      '1:11-1:13: Unexpected ` -` (space inside a hyphenated compound), expected `-`',
      '1:38-1:40: Unexpected ` -` (space inside a hyphenated compound), expected `-`',
      '1:44-1:46: Unexpected ` -` (space inside a hyphenated compound), expected `-`',
      '1:65-1:67: Unexpected ` -` (space inside a hyphenated compound), expected `-`'
    ],
    fixed: 'The French-speaking press and the 54-year-old leader of Saint-Georges.'
  },
  {
    text: 'It costs € 1 a month at 40° C and 129 km /h, closing at + 0.6%.',
    messages: [
      '1:10-1:12: Unexpected `€ ` (space after a currency sign), expected `€`',
      '1:27-1:29: Unexpected `° ` (space inside a temperature unit), expected `°`',
      '1:41-1:43: Unexpected ` /` (space inside a unit), expected `/`',
      '1:57-1:59: Unexpected `+ ` (space after a plus sign), expected `+`'
    ],
    fixed: 'It costs €1 a month at 40°C and 129 km/h, closing at +0.6%.'
  },
  {
    text: "The text would pass […]to tell people; the singer‘s video mocked ‘the eco tax'.",
    messages: [
      '1:23-1:24: Unexpected `]` (missing space after a cut mark), expected `] `',
      '1:50-1:51: Unexpected `‘` (opening single quote used as an apostrophe), expected `’`',
      "1:78-1:79: Unexpected `'` (straight quote closing a curly quotation), expected `’`"
    ],
    fixed: 'The text would pass […] to tell people; the singer’s video mocked ‘the eco tax’.'
  },
  {
    text: 'The ceremony at the Ã‰lysÃ©e Palace and the รlysรฉe.',
    messages: [
      '1:21-1:23: Unexpected `Ã‰` (mojibake), restore the accented letter or quote mark',
      '1:26-1:28: Unexpected `Ã©` (mojibake), restore the accented letter or quote mark',
      '1:45-1:52: Unexpected `รlysรฉe` (mojibake), restore the accented letter or quote mark'
    ]
  },
  {
    text: 'NThe heads of the coalition met; also on Friday evening,  the president spoke.',
    messages: [
      '1:1-1:2: Unexpected `N` (drop cap left before the first word), remove it',
      '1:56-1:59: Unexpected `,  ` (double space after comma), expected `, `'
    ]
  },
  {
    text: 'Many owners say theyre open, but they cant possibly stay. Its great to see them.',
    messages: [
      '1:17-1:23: Unexpected `theyre` (contraction without its apostrophe), expected `they’re`',
      '1:39-1:43: Unexpected `cant` (contraction without its apostrophe), expected `can’t`',
      '1:59-1:62: Unexpected `Its` (contraction without its apostrophe), expected `It’s`'
    ],
    fixed: 'Many owners say they’re open, but they can’t possibly stay. It’s great to see them.'
  },
  {
    text: "“You're not as good as I thought,” the coach said; he didn't smile.",
    messages: ["1:5-1:6: Unexpected `'` (straight apostrophe in a curly quotation), expected `’`"],
    fixed: "“You’re not as good as I thought,” the coach said; he didn't smile."
  },
  {
    text: 'Instead of a cease—fire there were strikes by North Korean—made missiles.',
    messages: ['1:19-1:20: Unexpected `—` (dash inside a compound), expected `-`', '1:59-1:60: Unexpected `—` (dash inside a compound), expected `-`'],
    fixed: 'Instead of a cease-fire there were strikes by North Korean-made missiles.'
  },
  {
    // Times on both clocks: the minority is reported; on a tie, the 24-hour ones.
    text: 'The talks began at 9 a.m. and ended at 21:00 (16:15 GMT in London).',
    messages: ['1:40-1:45: Unexpected `21:00` (24-hour time in a text that writes a.m. and p.m.), expected `9 p.m.`'],
    fixed: 'The talks began at 9 a.m. and ended at 9 p.m. (16:15 GMT in London).'
  },
  {
    text: 'The talks paused at 13:30, resumed at 15:45 and ended at 9 p.m.',
    messages: ['1:58-1:63: Unexpected `9 p.m` (12-hour time in a text that writes the 24-hour clock), expected `21:00`'],
    fixed: 'The talks paused at 13:30, resumed at 15:45 and ended at 21:00.'
  },
  {
    text: 'The parade went down the Champs Elysées to Seine Saint Denis.',
    messages: [
      '1:26-1:40: Unexpected `Champs Elysées` (French place name without its hyphens), expected `Champs-Élysées`',
      '1:44-1:61: Unexpected `Seine Saint Denis` (French place name without its hyphens), expected `Seine-Saint-Denis`'
    ],
    fixed: 'The parade went down the Champs-Élysées to Seine-Saint-Denis.'
  },
  {
    text: 'He had hoped for more. ,Christophe said so; at the end of the week-, the talks failed.',
    messages: [
      '1:22-1:25: Unexpected `. ,` (doubled punctuation), keep one of the marks',
      '1:67-1:69: Unexpected `-,` (doubled punctuation), keep one of the marks'
    ]
  },
  {
    text: 'They met Jared Kushner.Read also: the plan. They looked at each other.Image: AFP',
    messages: [
      '1:23-1:24: Unexpected `.` (missing space after full stop), expected `. `',
      '1:70-1:71: Unexpected `.` (missing space after full stop), expected `. `'
    ],
    fixed: 'They met Jared Kushner. Read also: the plan. They looked at each other. Image: AFP'
  },
  {
    text: 'He was 90.\n- A life on screen -\nHis first film came out in 1962.',
    messages: ['2:1-2:2: Unexpected `-` (French wire-copy subheading between dashes), make the line a subheading without the dashes, or remove it']
  },
  {
    text: 'A regular at LEntrepot, after 1’30 of play and a lead of 2 min 22 sec.',
    messages: [
      '1:14-1:15: Unexpected `L` (French elided article without its apostrophe), expected `L’`',
      '1:31-1:35: Unexpected `1’30` (French minutes and seconds), expected `1:30`',
      '1:58-1:70: Unexpected `2 min 22 sec` (French minutes and seconds), expected `2:22`'
    ],
    fixed: 'A regular at L’Entrepot, after 1:30 of play and a lead of 2:22.'
  },
  {
    text: 'The report was aired by the TV channel “Russia-24” and the newspaper «Izvestia».',
    messages: [
      '1:40-1:51: Unexpected `“Russia-24”` (quotation marks around a name of German, Russian, Ukrainian and 2 more languages), expected `Russia-24`',
      '1:70-1:80: Unexpected `«Izvestia»` (quotation marks around a name of German, Russian, Ukrainian and 2 more languages), expected `Izvestia`'
    ],
    fixed: 'The report was aired by the TV channel Russia-24 and the newspaper Izvestia.'
  }
]

const valid: Case[] = [
  {text: 'Russia has massed 150,000 troops near the border.', messages: []},
  {text: 'He said “no” and left.', messages: []},
  {text: 'Growth reached 3.5% in 2021; debt rose to 2.25 billion.', messages: []},
  {text: 'Why? Because: they left!', messages: []},
  {text: "- `'white'`      : white skin\n- `'brown'`      : brown skin", messages: []},
  {text: 'In 2014 100 people died; 1,5 and 7 were numbered.', messages: []},
  {text: 'Pages 1,2 and 3,000 copies.', messages: []},
  {text: 'The 8h battery and the H2O molecule at 10:30.', messages: []},
  {text: 'Call 020 7946 0958 now.', messages: []},
  {text: 'A coup d’état is not “a farce”.', messages: []},
  // Near misses of the conventions of other languages and of the damage of none.
  {text: 'Use `Parameters<...>` and ReturnType<...> as in TypeScript; see ./src and .env for .5 of it.', messages: []},
  {text: 'The gauge reads 1.500 mm, version 2.100 shipped, and 3.1415 is pi.', messages: []},
  {text: 'Kickoff was at 3:30 (local time) and the ratio was 2:1.', messages: []},
  {text: '— Mark Twain, Life on the Mississippi\n- a list item.', messages: []},
  {text: 'Results, tables, etc. and the votes (approx. to 5%) were fair; e.g., at 9 p.m., in Kyiv.', messages: []},
  {text: 'The talks ended. . . And then nothing :tada:.', messages: []},
  {text: 'Call f( x ) and see stream.Readable() or e.g.The docs; U.S.Army and Mrs.Smith are initials.', messages: []},
  {text: 'Press Ctrl + Shift + P; 2 + 3 = 5 and the index is +0.6% or - 2%.', messages: []},
  {text: 'She was 54-year-old, run it with -v or --force - and wait.', messages: []},
  {text: 'At 4 p.m. or 16:00 GMT, the 3rd and 10th votes; $5 and €1; 40°C at 129 km/h.', messages: []},
  {text: 'The ’90s, the singer’s ‘hit’, the Élysée, and the Col·legi de Periodistes in Barcelona.', messages: []},
  {text: '“We will rebuild,” said the mayor – and she meant it. “No” – as he said.', messages: []},
  {text: 'Pre-, mid- and post-war Europe; the cant of politics; its good name; he didn’t.', messages: []},
  {text: 'Talks at 9 p.m., at 21:00 GMT, 20:15 local time; the stream.Transform docs and React.Component.', messages: []},
  {text: 'Talks at 14:30, then at 21:00; the Champs-Élysées and Notre Dame, Indiana.', messages: []},
  {text: 'The VA in The Hague; LEDs and LAN parties; he is 6’2” tall.', messages: []},
  {
    text: 'quick-sort - Sort a list in place - Stable when asked.\nThe ferry left late - as usual. The well-known co-op - and its pre-war hall - Closed.',
    messages: []
  }
]

/** Every entry of the data, with where it comes from. */
const entries = [
  ...Object.entries(typography.byLanguage).flatMap(([language, data]) => data!.own.map((entry) => ({from: language, entry}))),
  ...typography.shared.map((entry) => ({from: 'shared', entry})),
  ...typography.common.map((entry) => ({from: 'common', entry}))
]

describe(id, () => {
  ruleTable(id, [...invalid, ...otherLanguages, ...damage], valid)

  test.each(entries.map(({from, entry}) => [from, entry.what, entry] as const))('%s %s: fires on its example, not on its near miss', async (_, __, entry) => {
    expect([...compilePatterns([entry], 'gu').find(entry.invalid, 0)].length, entry.invalid).toBeGreaterThan(0)
    expect((await check(id, entry.valid)).messages, entry.valid).toEqual([])
  })

  test('every shared convention is written by a language, and every language’s shared entries are in the shared list', () => {
    const written = new Set(Object.values(typography.byLanguage).flatMap((data) => data!.shared))
    expect(typography.shared.filter((entry) => !written.has(entry)).map((entry) => entry.what)).toEqual([])
    expect([...written].filter((entry) => !typography.shared.includes(entry)).map((entry) => entry.what)).toEqual([])
  })

  test('the `languages` option leaves out the other languages’ conventions, not the damage of none', async () => {
    const text = 'The paper called it „a scandal” ; the talks ended .'
    expect((await check(id, text, {languages: ['fr']})).messages).toEqual([
      '1:32-1:34: Unexpected ` ;` (French space before punctuation), expected `;`',
      '1:50-1:52: Unexpected ` .` (space before full stop), expected `.`'
    ])
    expect((await check(id, text, {languages: ['nl']})).messages).toEqual([
      '1:21-1:22: Unexpected `„` (Dutch opening quote mark), expected `“`',
      '1:50-1:52: Unexpected ` .` (space before full stop), expected `.`'
    ])
  })

  test('an unknown language is refused, naming the rule', async () => {
    await expect(check(id, 'Text.', {languages: ['xx']})).rejects.toThrow(/`french-typography`.*unknown language `xx`/)
  })

  test('message metadata', async () => {
    expect(await firstMessage(id, 'Men fit to fight. »')).toEqual({
      name: '1:18-1:20',
      file: '',
      message: 'Unexpected ` »` (French closing guillemet), expected `”`',
      reason: 'Unexpected ` »` (French closing guillemet), expected `”`',
      line: 1,
      column: 18,
      place: {start: {line: 1, column: 18, offset: 17}, end: {line: 1, column: 20, offset: 19}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: ' »',
      expected: ['”'],
      note: 'French quotes with guillemets `« … »` and spaces inside them; English uses curly quotes with no inner space',
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/french-typography.md'
    })
  })
})
