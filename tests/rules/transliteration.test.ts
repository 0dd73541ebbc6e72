import {describe, expect, test} from 'vitest'
import {placeNameTable} from '../../rules/shared/place-names.js'
import {transliterations} from '../../rules/transliteration.data.js'
import {check, type Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'transliteration'

const invalid: Case[] = [
  {
    text: 'President Kassym-Zhomart Tokayev flew to Moscow.',
    messages: ['1:11-1:25: Unexpected `Kassym-Zhomart` (Russian form of a Kazakh name), expected `Kassym-Jomart`'],
    fixed: 'President Kassym-Jomart Tokayev flew to Moscow.'
  },
  {
    // Russian forms of frontline towns and of a Ukrainian governor’s surname.
    text: 'Shelling hit Liman and Razdolnoye overnight, governor Yanushevich said.',
    messages: [
      '1:14-1:19: Unexpected `Liman` (Russian form of a Ukrainian name), expected `Lyman`',
      '1:24-1:34: Unexpected `Razdolnoye` (Russian form of a Ukrainian name), expected `Rozdolne`',
      '1:55-1:66: Unexpected `Yanushevich` (Russian form of a Ukrainian name), expected `Yanushevych`'
    ],
    fixed: 'Shelling hit Lyman and Rozdolne overnight, governor Yanushevych said.'
  },
  {
    text: 'For Oleksiï Kovalenko, a 33-year-old plumber interviewed in a shelter in Zoloté, “it’s pulling hard at the moment”.',
    messages: [
      '1:5-1:12: Unexpected `Oleksiï` (French romanisation), expected `Oleksii`',
      '1:74-1:80: Unexpected `Zoloté` (French romanisation), expected `Zolote`'
    ],
    fixed: 'For Oleksii Kovalenko, a 33-year-old plumber interviewed in a shelter in Zolote, “it’s pulling hard at the moment”.'
  },
  {
    text: 'Sergueï Choïgou and Vladimir Poutine met Bachar al-Assad in Tchernobyl.',
    messages: [
      '1:1-1:8: Unexpected `Sergueï` (French romanisation), expected `Sergei`',
      '1:9-1:16: Unexpected `Choïgou` (French romanisation), expected `Shoigu`',
      '1:30-1:37: Unexpected `Poutine` (French romanisation), expected `Putin`',
      '1:42-1:48: Unexpected `Bachar` (French romanisation), expected `Bashar`',
      '1:61-1:71: Unexpected `Tchernobyl` (French romanisation), expected `Chernobyl`'
    ],
    fixed: 'Sergei Shoigu and Vladimir Putin met Bashar al-Assad in Chernobyl.'
  },
  {
    text: 'Mohammed ben Salmane met Kadhafi’s son, Hosni Moubarak and Oussama ben Laden’s heirs.',
    messages: [
      '1:10-1:21: Unexpected `ben Salmane` (French romanisation), expected `bin Salman`',
      '1:26-1:33: Unexpected `Kadhafi` (French romanisation), expected `Gaddafi`',
      '1:47-1:55: Unexpected `Moubarak` (French romanisation), expected `Mubarak`',
      '1:60-1:67: Unexpected `Oussama` (French romanisation), expected `Osama`',
      '1:68-1:77: Unexpected `ben Laden` (French romanisation), expected `bin Laden`'
    ],
    fixed: 'Mohammed bin Salman met Gaddafi’s son, Hosni Mubarak and Osama bin Laden’s heirs.'
  },
  {
    text: 'Selenskyj met Schoigu and Lawrow in Kiew.',
    messages: [
      '1:1-1:10: Unexpected `Selenskyj` (German romanisation), expected `Zelensky`',
      '1:15-1:22: Unexpected `Schoigu` (German romanisation), expected `Shoigu`',
      '1:27-1:33: Unexpected `Lawrow` (German romanisation), expected `Lavrov`',
      '1:37-1:41: Unexpected `Kiew` (German romanisation), expected `Kyiv`'
    ],
    fixed: 'Zelensky met Shoigu and Lavrov in Kyiv.'
  },
  {
    text: 'The Abou Dhabi talks moved to Koweït and Charm el-Cheikh.',
    messages: [
      '1:5-1:9: Unexpected `Abou` (French romanisation), expected `Abu`',
      '1:31-1:37: Unexpected `Koweït` (French romanisation), expected `Kuwait`',
      '1:42-1:57: Unexpected `Charm el-Cheikh` (French romanisation), expected `Sharm el-Sheikh`'
    ],
    fixed: 'The Abu Dhabi talks moved to Kuwait and Sharm el-Sheikh.'
  },
  {
    // A table name and the guess would both match; only the table reports.
    text: 'Troops reached Tchouhouïv and Avdiïvka.',
    messages: [
      '1:16-1:26: Unexpected `Tchouhouïv` (French romanisation), expected `Chuhuiv`',
      '1:31-1:39: Unexpected `Avdiïvka` (French romanisation), expected `Avdiivka`'
    ]
  },
  {
    text: 'Shelling hit Novomykhaïlivka, Pervomaïské, Krokhmalné and Netaïlové overnight.',
    messages: [
      '1:14-1:29: Unexpected `Novomykhaïlivka` (French-style romanisation), expected `Novomykhailivka`',
      '1:31-1:42: Unexpected `Pervomaïské` (French-style romanisation), expected `Pervomaiske`',
      '1:44-1:54: Unexpected `Krokhmalné` (French-style romanisation), expected `Krokhmalne`',
      '1:59-1:68: Unexpected `Netaïlové` (French-style romanisation), expected `Netailove`'
    ],
    fixed: 'Shelling hit Novomykhailivka, Pervomaiske, Krokhmalne and Netailove overnight.'
  },
  {
    // Stripping the accents is not the whole fix: advice, no `expected`.
    text: 'Valeri Guérassimov echoed Khrushchëv and Tokaïev.',
    messages: [
      '1:8-1:19: Unexpected `Guérassimov` (French-style romanisation), use the English romanisation (`gu` → `g`, `ss` → `s`, `é` → `e`)',
      '1:27-1:37: Unexpected `Khrushchëv` (French-style romanisation), expected `Khrushchev`',
      '1:42-1:49: Unexpected `Tokaïev` (French-style romanisation), use the English romanisation (`ï` before a vowel → `y`)'
    ],
    fixed: 'Valeri Guérassimov echoed Khrushchev and Tokaïev.'
  },
  {
    text: 'Sergueïev and Tolstoï wrote.',
    messages: [
      '1:1-1:10: Unexpected `Sergueïev` (French-style romanisation), use the English romanisation (`gu` → `g`, `ï` before a vowel → `y`)',
      '1:15-1:22: Unexpected `Tolstoï` (French romanisation), expected `Tolstoy`'
    ]
  },
  {
    // `ï` written as `i` and a combining diaeresis.
    text: 'Oleksii\u0308 Kovalenko left.',
    messages: ['1:1-1:9: Unexpected `Oleksii\u0308` (French-style romanisation), expected `Oleksii`']
  },
  {
    text: 'Gorbatchov met Tchoutchkov.',
    options: {names: {Gorbatchov: 'Gorbachev'}},
    messages: ['1:1-1:11: Unexpected `Gorbatchov` (foreign romanisation), expected `Gorbachev`']
  },
  {
    // The Russian form of a first name before the surname of a Ukrainian in the news.
    text: 'President of Ukraine Vladimir Zelensky spoke with Emmanuel Macron.',
    messages: ['1:22-1:30: Unexpected `Vladimir` (Russian form of a Ukrainian first name), expected `Volodymyr`'],
    fixed: 'President of Ukraine Volodymyr Zelensky spoke with Emmanuel Macron.'
  },
  {
    // Otherwise, as info, where the words before the name or its apposition make the person a Ukrainian.
    text: 'The head of the regional military administration, Oleg Petrenko, of the Sumy region, said so.',
    messages: ['1:51-1:55: Unexpected `Oleg` (Russian form of a Ukrainian first name), expected `Oleh`']
  },
  {
    text: 'Former Ukrainian officer Igor Lapin said the front held.',
    messages: ['1:26-1:30: Unexpected `Igor` (Russian form of a Ukrainian first name), expected `Ihor`']
  },
  {
    // Ukrainian places under their Russian names, the Ukrainian `h` written `g`.
    text: 'Shelling hit Krivoy Rog, Kremennaya and Ugledar; Governor Gaidai said the road to Gostomel was cut.',
    messages: [
      '1:14-1:24: Unexpected `Krivoy Rog` (Russian form of a Ukrainian name), expected `Kryvyi Rih`',
      '1:26-1:36: Unexpected `Kremennaya` (Russian form of a Ukrainian name), expected `Kreminna`',
      '1:41-1:48: Unexpected `Ugledar` (Russian form of a Ukrainian name), expected `Vuhledar`',
      '1:59-1:65: Unexpected `Gaidai` (Russian form of a Ukrainian name), expected `Haidai`',
      '1:83-1:91: Unexpected `Gostomel` (Russian form of a Ukrainian name), expected `Hostomel`'
    ],
    fixed: 'Shelling hit Kryvyi Rih, Kreminna and Vuhledar; Governor Haidai said the road to Hostomel was cut.'
  },
  {
    // Ukrainian regions by their colloquial names.
    text: 'Shelling hit Kharkivshchyna and Donechchyna overnight.',
    messages: [
      '1:14-1:28: Unexpected `Kharkivshchyna` (Ukrainian name of a region), expected `Kharkiv region`',
      '1:33-1:44: Unexpected `Donechchyna` (Ukrainian name of a region), expected `Donetsk region`'
    ],
    fixed: 'Shelling hit Kharkiv region and Donetsk region overnight.'
  },
  {
    // One letter from a name in the news: info.
    text: 'Volodomyr Kovalenko met the Suspline crew.',
    messages: [
      '1:1-1:10: Unexpected `Volodomyr` (one letter from `Volodymyr`), expected `Volodymyr`',
      '1:29-1:37: Unexpected `Suspline` (one letter from `Suspilne`), expected `Suspilne`'
    ]
  },
  {
    // The palace of Rome’s city hall, a letter off.
    text: 'The new mayor will move into the Palazzo Sanatorio next week.',
    messages: ['1:42-1:51: Unexpected `Sanatorio` (one letter from `Senatorio`), expected `Senatorio`']
  },
  {
    // A misspelling with a possessive: the name without it, capitalised or in capitals after the first letter.
    text: 'Shelling near Pokrowsk’s outskirts and TOUADERA’s office; Kramatosk’s mayor spoke.',
    messages: [
      '1:15-1:23: Unexpected `Pokrowsk` (one letter from `Pokrovsk`), expected `Pokrovsk`',
      '1:59-1:68: Unexpected `Kramatosk` (one letter from `Kramatorsk`), expected `Kramatorsk`'
    ]
  }
]

const valid: Case[] = [
  {text: 'Vladimir Putin, Volodymyr Zelensky, Sergei Lavrov and Dmitry Medvedev spoke.', messages: []},
  // The palaces spelled right; a word two letters from one of them is another word.
  {text: 'Talks moved from Montecitorio to the Campidoglio and the Palazzo Senatorio, then to a sanatorium in the Senator Hotel.', messages: []},
  // A spelling in use in English copy, one letter from the national romanisation (`Syniehubov`): no misspelling.
  {text: 'The Kharkiv governor, Oleh Synehubov, said the shelling went on overnight.', messages: []},
  {text: 'Recep Tayyip Erdogan met Bashar al-Assad and Mohammed bin Salman in Baghdad.', messages: []},
  {text: 'Zoë, Noël, Chloë and Brontë drove a Citroën to the Moët tasting.', messages: []},
  {text: 'Renée, José, André and Beyoncé met at the Élysée.', messages: []},
  {text: 'A naïve fiancée left her résumé at the café to coöperate.', messages: []},
  {text: 'Naïve as it sounds, Café society is back; Résumé writing, Protégé, Exposé and Cliché too.', messages: []},
  {text: 'Moïse Katumbi, Anaïs Nin, Loïc Nottet, Héloïse, Thaïs, Maïwenn and Aïda.', messages: []},
  {text: 'Israël, Raphaël, Gaël, Joël and Noëlle.', messages: []},
  {text: 'Daphné, Pelé, Lomé, Yaoundé, Hué, Nescafé and Marcel Carné.', messages: []},
  {text: 'Kylian Mbappé, Aurélien Tchouaméni, N’Golo Kanté, Ousmane Dembélé, Jules Koundé and Ibrahima Konaté.', messages: []},
  {text: 'Pokémon, Pérez, Héctor, Andrés, Frédéric, Hélène and Ségolène.', messages: []},
  {text: 'Hradec Králové and Nové Město na Moravě are Czech towns.', messages: []},
  {text: 'Tiranë, Kosovë and Shkodër are written the Albanian way.', messages: []},
  {text: 'She ate poutine in Montreal.', messages: []},
  {text: 'The film Bagdad Café was shot in the Mojave.', messages: []},
  {text: 'The films about Empress Sissi starred Romy Schneider.', messages: []},
  {text: 'The Boulevard de Sébastopol runs through Paris.', messages: []},
  {text: 'Abou Ben Adhem (may his tribe increase!) awoke.', messages: []},
  {text: 'Shelling hit Novomykhaïlivka overnight.', options: {guess: false}, messages: []},
  // `place-names` reports these; this rule stays quiet so that no span is reported twice.
  {text: 'From Dniepr to Marioupol, Boutcha and Zaporijia.', messages: []},
  // Russians keep their names; a Russian marker near the name outweighs a Ukrainian one.
  {text: 'Russian President Vladimir Putin met Volodymyr Zelensky.', messages: []},
  {text: 'Russian Defence Minister Sergei Shoigu said Ukrainian forces retreated.', messages: []},
  {text: 'The head of the DPR, Denis Pushilin, spoke of Ukrainian shelling.', messages: []},
  {text: 'Readers of Vladimir Nabokov met Igor Stravinsky’s heirs in Geneva.', messages: []},
  // A name without its accents is no misspelling; other names are no misspellings of the listed ones.
  {text: 'A nurse named Menchu Sanchez met Marina Macron and Jessica Medveded.', messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  test('message metadata: a table entry', async () => {
    expect(await firstMessage(id, 'Vladimir Poutine spoke.')).toEqual({
      name: '1:10-1:17',
      file: '',
      message: 'Unexpected `Poutine` (French romanisation), expected `Putin`',
      reason: 'Unexpected `Poutine` (French romanisation), expected `Putin`',
      line: 1,
      column: 10,
      place: {start: {line: 1, column: 10, offset: 9}, end: {line: 1, column: 17, offset: 16}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: 'Poutine',
      expected: ['Putin'],
      note: 'The French romanisation of `Путин`; English copy writes `Putin`',
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/transliteration.md'
    })
  })

  test('a guess is reported one level lower (info, `fatal` unset)', async () => {
    const message = (await firstMessage(id, 'Shelling hit Novomykhaïlivka.')) as Record<string, unknown>
    expect(message).not.toHaveProperty('fatal')
    expect(message).toMatchObject({
      ruleId: id,
      actual: 'Novomykhaïlivka',
      expected: ['Novomykhailivka'],
      note: expect.stringContaining('`ï` for the `й`')
    })
  })

  test('refuses unknown and mistyped options, naming the rule and the key', async () => {
    const {lint} = await import('../../src/index.js')
    await expect(lint('Poutine.', {rules: {transliteration: ['warn', {guess: 'yes'}]}})).rejects.toThrow(
      'Invalid option `guess` for rule `transliteration`: expected a boolean, not `"yes"`'
    )
    await expect(lint('Poutine.', {rules: {transliteration: ['warn', {guesses: true}]}})).rejects.toThrow(
      'Unknown option `guesses` for rule `transliteration`, expected one of `names`, `guess`'
    )
  })
})

describe('transliteration table', () => {
  const forms = transliterations.flatMap((entry) => entry.forms)

  test('has at least 60 names, each form listed once and never an English spelling', () => {
    expect(transliterations.length).toBeGreaterThanOrEqual(60)
    expect(new Set(forms).size).toBe(forms.length)
    const preferred = new Set(transliterations.map((entry) => entry.preferred))
    expect(forms.filter((form) => preferred.has(form))).toEqual([])
  })

  test('English spellings carry no diacritics', () => {
    for (const entry of transliterations) expect(entry.preferred, entry.preferred).toMatch(/^[A-Za-z -]+$/)
  })

  test('leaves the spellings that place-names replaces to that rule', () => {
    const places = new Set(placeNameTable.flatMap((entry) => entry.forms))
    expect(forms.filter((form) => places.has(form))).toEqual([])
  })

  test('every exception holds its form', () => {
    for (const entry of transliterations) {
      for (const phrase of entry.except ?? []) {
        expect(
          entry.forms.some((form) => phrase.includes(form)),
          phrase
        ).toBe(true)
      }
    }
  })

  test.each(transliterations.flatMap((entry) => entry.forms.map((form) => [form, entry.preferred] as const)))(
    '`%s` is reported in a sentence, with `%s` expected',
    async (form, preferred) => {
      const text = 'Reporters quoted ' + form + ' on Sunday.'
      const {messages, fixed} = await check(id, text)
      expect(messages).toHaveLength(1)
      expect(messages[0]).toContain('Unexpected `' + form + '`')
      expect(fixed).toBe('Reporters quoted ' + preferred + ' on Sunday.')
    }
  )
})
