import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {englishWords} from '../../rules/untranslated-french/english.js'
import {
  determiners,
  frenchWords,
  loanwords,
  nameArticles,
  nameParticles,
  sharedWords,
  translations,
  weakFrenchWords
} from '../../rules/untranslated-french/fr.js'
import {fold, sourceLanguages} from '../../rules/untranslated-french/index.js'
import {beyondLatin} from '../../rules/untranslated-french/scripts.js'
import {scripts} from '../../rules/shared/languages.js'
import {only, type Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'untranslated-french'

const invalid: Case[] = [
  {
    text: 'Selon the Kremlin, talks will continue.',
    messages: ['1:1-1:6: Unexpected `Selon` (French word), expected `According to`'],
    fixed: 'According to the Kremlin, talks will continue.'
  },
  {
    text: 'Talks resumed aujourd’hui in Geneva.',
    messages: ['1:15-1:26: Unexpected `aujourd’hui` (French word), expected `today`'],
    fixed: 'Talks resumed today in Geneva.'
  },
  {
    text: 'The cessez-le-feu held overnight near the frontière.',
    messages: [
      '1:5-1:18: Unexpected `cessez-le-feu` (French word), expected `ceasefire`',
      '1:43-1:52: Unexpected `frontière` (French word), expected `border`'
    ],
    fixed: 'The ceasefire held overnight near the border.'
  },
  {
    text: 'The minister a déclaré that the border would stay open.',
    messages: ['1:14-1:23: Unexpected `a déclaré` (untranslated French), translate it']
  },
  {
    text: 'Kyiv said it n’est pas ready to negotiate.',
    messages: ['1:14-1:23: Unexpected `n’est pas` (untranslated French), translate it']
  },
  {
    text: 'The talks took place dans le cadre of the OSCE.',
    messages: ['1:22-1:35: Unexpected `dans le cadre` (untranslated French), translate it']
  },
  {
    text: 'Selon la police, the protesters were nombreux.',
    messages: [
      '1:1-1:16: Unexpected `Selon la police` (untranslated French), translate it',
      '1:38-1:46: Unexpected `nombreux` (untranslated French), translate it'
    ]
  },
  {
    text: 'The minister said: « c’est la guerre », and left.',
    messages: ['1:22-1:37: Unexpected `c’est la guerre` (untranslated French), translate it']
  },
  {
    text: 'Le président a déclaré que la guerre était finie.',
    messages: ['1:1-1:50: Unexpected `Le président a déclaré que la guerre était finie.` (French sentence), translate it']
  },
  {
    // A caption left in French: dates, names and words of both languages (`a`, `de`, `plus`) do not make it English.
    text: 'Le dernier train de la ligne a quitté la gare de Lyon le 3 mars 2021 à 9h, mettant fin à plus de 40 ans de service dans ce village.',
    messages: [
      '1:1-1:132: Unexpected `Le dernier train de la ligne a quitté la gare de Lyon le 3 mars 2021 à 9h, mettant fin à plus de 40 ans de service dans ce village.` (French sentence), translate it'
    ]
  },
  {
    text: 'Talks failed. Le gouvernement va annoncer des mesures pour les entreprises. Markets fell.',
    messages: ['1:15-1:76: Unexpected `Le gouvernement va annoncer des mesures pour les entreprises.` (French sentence), translate it']
  },
  {
    text: 'The laïcité debate returned.',
    messages: ['1:5-1:12: Unexpected `laïcité` (untranslated French), translate it']
  },
  {
    text: '"Nous ne lâcherons rien", declared the union leader.',
    messages: ['1:2-1:24: Unexpected `Nous ne lâcherons rien` (untranslated French), translate it']
  },
  {
    text: 'The talks, selon le Kremlin, went well.',
    messages: ['1:12-1:20: Unexpected `selon le` (untranslated French), translate it']
  },
  {
    text: 'C’est fini, and he left peut-être.',
    messages: ['1:1-1:6: Unexpected `C’est` (untranslated French), translate it', '1:25-1:34: Unexpected `peut-être` (untranslated French), translate it']
  },
  {
    text: 'He said it was déjà over.',
    messages: ['1:16-1:20: Unexpected `déjà` (French word), expected `already`'],
    fixed: 'He said it was already over.'
  },
  // Every source language: its function words and the common words of news copy, named in the message.
  {
    text: 'The photo caption read: Pablo Pérez durante su intervención en la sesión de control.',
    messages: ['1:37-1:84: Unexpected `durante su intervención en la sesión de control` (untranslated Spanish), translate it']
  },
  {
    text: 'The mayor was proclamato sindaco della città on Monday.',
    messages: ['1:15-1:45: Unexpected `proclamato sindaco della città` (untranslated Italian), translate it']
  },
  {
    text: 'The results were published by the government: não são definitivos.',
    messages: ['1:47-1:54: Unexpected `não são` (untranslated Portuguese), translate it']
  },
  {
    text: 'The minister spoke, und der Kanzler nicht.',
    messages: ['1:21-1:24: Unexpected `und` (untranslated German), translate it', '1:37-1:42: Unexpected `nicht` (untranslated German), translate it']
  },
  {
    text: 'The players werd niet selected, volgens the coach.',
    messages: ['1:13-1:22: Unexpected `werd niet` (untranslated Dutch), translate it', '1:33-1:40: Unexpected `volgens` (Dutch word), expected `according to`'],
    fixed: 'The players werd niet selected, according to the coach.'
  },
  // Another script in English prose; look-alike letters of another script in English words.
  {
    text: 'The photo caption ended with Озвучить текст and a date.',
    messages: ['1:30-1:44: Unexpected `Озвучить текст` (text in Cyrillic script), translate it, or remove it if it is page furniture']
  },
  {
    text: 'As а result, the аrtist left.',
    // The words of one line are one message, their span fixed whole.
    messages: ['1:4-1:24: Unexpected `а result, the аrtist` (Latin text with look-alike letters of another script), expected `a result, the artist`'],
    fixed: 'As a result, the artist left.'
  },
  // Only the lines holding a letter beyond Latin are read word by word: what the lines between do is done all the same.
  {
    // Look-alikes on two lines, a Latin line between: two messages (a group does not go on past a line break); the
    // second word is read whole, from before its look-alike letter.
    text: 'An аrtist came.\nPlain words here.\nThe artiсt left.',
    messages: [
      '1:4-1:10: Unexpected `аrtist` (Latin text with look-alike letters of another script), expected `artist`',
      '3:5-3:11: Unexpected `artiсt` (Latin text with look-alike letters of another script), expected `artict`'
    ],
    fixed: 'An artist came.\nPlain words here.\nThe artict left.'
  },
  {
    // A run in the middle of a long block of lines.
    text: Array.from({length: 2000}, (_, line) => (line === 1234 ? 'Here the button said Озвучить текст then stopped.' : `Line ${line} of plain words.`)).join(
      '\n'
    ),
    messages: ['1235:22-1235:36: Unexpected `Озвучить текст` (text in Cyrillic script), translate it, or remove it if it is page furniture']
  },
  {
    // Nicknames of the source language’s press for parties, their members and teams: the first mention.
    text: 'The vote split the pentastellati in the Senate, and the pentastellati left.',
    messages: ['1:20-1:33: Unexpected `pentastellati` (Italian nickname for the members of the Five Star Movement), write `Five Star Movement members`']
  },
  {
    text: 'The XV de la Rose lost at Twickenham against the captain of the Tricolores.',
    messages: [
      '1:5-1:18: Unexpected `XV de la Rose` (French nickname for the England rugby team, the rose fifteen), write `England`',
      '1:65-1:75: Unexpected `Tricolores` (French nickname for the France team), write `France, or the France team`'
    ]
  },
  {
    // A German noun, capitalised as German nouns are, after a number: a comment counter the scraper kept.
    text: 'The talks ended on Tuesday.\n\n3 Kommentare\n\nThe parties will meet again.',
    messages: ['3:3-3:13: Unexpected `Kommentare` (untranslated German), translate it']
  },
  // Acronyms of source-language institutions, unexplained; a Turkish case ending on a name.
  {
    text: 'The head of the Kharkiv OVA said so, and the decree was published in the BOE on Monday.',
    messages: [
      '1:25-1:28: Unexpected `OVA` (Ukrainian acronym, обласна військова адміністрація (oblasna viiskova administratsiia)), write what it is in English (the regional military administration)',
      '1:74-1:77: Unexpected `BOE` (Spanish acronym, Boletín Oficial del Estado), write what it is in English (the official gazette)'
    ]
  },
  {
    // French and Quebec police and justice.
    text: 'The PJ took over the case and the IGPN opened an inquiry.\n\nThe SPVM made two arrests.',
    messages: [
      '1:5-1:7: Unexpected `PJ` (French acronym, police judiciaire), write what it is in English (the criminal investigation police)',
      '1:35-1:39: Unexpected `IGPN` (French acronym, Inspection générale de la police nationale), write what it is in English (the police watchdog)',
      '3:5-3:9: Unexpected `SPVM` (French acronym, Service de police de la Ville de Montréal), write what it is in English (the Montreal police)'
    ]
  },
  {
    text: 'Lukashenko’nun spokesman spoke.',
    messages: ['1:11-1:15: Unexpected `’nun` (Turkish case ending), remove it']
  },
  {
    // Endings of two and three letters, either apostrophe; a possessive and an ending not Turkish stay quiet.
    text: "Tokayev'in aides met Zelensky’ye envoys; Ankara's mayor and Bakur’ers did not.",
    messages: ["1:8-1:11: Unexpected `'in` (Turkish case ending), remove it", '1:30-1:33: Unexpected `’ye` (Turkish case ending), remove it']
  },
  // Source words in brackets; the French article elided before a name.
  {
    text: 'He said [le] minister would come. [Aux journalistes] Thank you.',
    messages: [
      '1:9-1:13: Unexpected `[le]` (French words in brackets), translate them, or remove the stage direction',
      '1:35-1:53: Unexpected `[Aux journalistes]` (French words in brackets), translate them, or remove the stage direction'
    ]
  },
  {
    text: 'The defender of l’AC Milan signed; L’Oréal and d’Artagnan did not.',
    messages: ['1:17-1:21: Unexpected `l’AC` (untranslated French), translate it']
  },
  // A source conjunction left in front of the English sentence it opened.
  {
    text: 'The vote was close. Ma What happens next is unclear.',
    messages: ['1:21-1:24: Unexpected `Ma ` (Italian conjunction), remove it'],
    // Deleting is left to the editor: `--fix` applies single replacements only.
    fixed: 'The vote was close. Ma What happens next is unclear.'
  },
  {
    text: 'Mas The ministry did not answer.',
    messages: ['1:1-1:5: Unexpected `Mas ` (Portuguese conjunction), remove it']
  },
  // Sentence adverbs of the source left untranslated.
  {
    text: 'Quindi the talks failed. Jedoch the mayor stayed. Entonces the court ruled. Contudo the bank paid.',
    messages: [
      '1:1-1:7: Unexpected `Quindi` (untranslated Italian), translate it',
      '1:26-1:32: Unexpected `Jedoch` (untranslated German), translate it',
      '1:51-1:59: Unexpected `Entonces` (untranslated Spanish), translate it',
      '1:77-1:84: Unexpected `Contudo` (untranslated Portuguese), translate it'
    ]
  }
]

const valid: Case[] = [
  {text: 'According to the Kremlin, talks will continue.', messages: []},
  {text: 'The coup d’état was a fait accompli; Le Monde called it déjà vu, c’est la vie.', messages: []},
  {text: 'Jean-Yves Le Drian met his counterpart at the Quai d’Orsay, not at the Élysée Palace.', messages: []},
  {text: 'Le Monde and Le Drian discussed Les Misérables with d’Artagnan.', messages: []},
  {text: 'Côte d’Ivoire served hors d’oeuvre at a tête-à-tête, vis-à-vis the press.', messages: []},
  {text: 'Marie Dupont, née Martin, ran a café with an à la carte menu; raison d’être.', messages: []},
  {text: 'A coup d’etat, a coup-d’état, a tête à tête and a raison d’etre, without accents or hyphens.', messages: []},
  {text: 'A naïve protégé gave a résumé of the détente in a communiqué.', messages: []},
  {text: 'Charles de Gaulle airport and Notre-Dame; La Paz and Des Moines.', messages: []},
  {text: 'D’oh, d’you know the shop, est. 1999? See Smith et al. for du usage.', messages: []},
  {text: 'The EST timezone, the ONT province and the DES cipher.', messages: []},
  {text: 'He dont know the answer, est.', messages: []},
  {text: 'The pour-over coffee, a plus sign and a de-escalation on the premier’s plan.', messages: []},
  {text: 'What the French call “laïcité” is not secularism.', messages: []},
  {text: 'Whether Icelandic (“Hvað er að frétta”) or French (“Où sont les toilettes?”), it parses.', messages: []},
  {text: 'The meeting le 7 février was postponed to the XXe siècle.', messages: []},
  {text: 'The masseuse, the chanteuse and the milieu of the bourgeoisie.', messages: []},
  {text: 'Moscow defends itself from any project of invading Ukraine.', messages: []},
  {text: 'He joined the Académie française, received the Légion d’honneur and taught at the École normale supérieure.', messages: []},
  {text: 'The uv_os_environ() call, the --vers flag, Blob{Des|S}erializer, the -le operator and a fÈur test.', messages: []},
  {text: 'The dit-logs flag, the enable-au option and ps aux.', messages: []},
  {text: 'Voilà: a rendez-vous over café au lait and bon appétit.', messages: []},
  {text: 'The laïcité debate returned.', options: {allow: ['laïcité']}, messages: []},
  {text: 'They formed a cordon sanitaire.', options: {allow: ['cordon sanitaire']}, messages: []},
  // Mentions, not uses: glossed in parentheses, or a few words in English quotation marks.
  {text: 'His motto was il faut laisser du temps au temps (give time time), and he waited.', messages: []},
  {text: 'A German word: schon (adv.), already.', messages: []},
  {text: 'She ordered two cafés and spoke of “les terrasses” in Paris.', messages: []},
  // The New Yorker’s diaeresis is English; name particles of every language belong to the name.
  {text: 'The magazine prints reëlect and coöperation.', messages: []},
  {text: 'Alexander Van der Bellen met Piero della Francesca fans and Vasco da Gama.', messages: []},
  // A name beside its romanisation, a word discussed, a language menu.
  {text: 'The capital is Kyiv (Київ), from the Ukrainian name Київ.', messages: []},
  // The same mention on one line of a long block of lines: read with its line, and the text before it.
  {
    text: Array.from({length: 500}, (_, line) =>
      line === 321 ? 'The capital is Kyiv (Київ), from the Ukrainian name Київ.' : `Line ${line} of plain words.`
    ).join('\n'),
    messages: []
  },
  {text: 'Choose a language: English | Русский | 简体中文', messages: []},
  // An acronym explained once, in parentheses or by its gloss nearby.
  {text: 'The decree appeared in the official gazette (BOE), and the BOE said so.', messages: []},
  // A nickname glossed at its first mention; a word that only begins a nickname (`Tricolor Paulista`).
  {text: 'The Insoumis (LFI) walked out; later the Insoumis voted against the bill.', messages: []},
  // A name after a number keeps its capital as a name (`In 2022 Le Pen`, `Route 9 Des Moines`).
  {text: 'In 2022 Le Pen lost again, and Route 9 Des Moines traffic was slow.', messages: []},
  {text: 'A tricolor flag flew over São Paulo, and the Tricolor stand sang.', messages: []},
  {text: 'The rate fell, the INSEE statistics agency said; the ZAD (a protest camp) was cleared.', messages: []},
  {text: 'The disks run in RAID 5; the police watchdog, the IGPN, opened an inquiry; Zurich, CH.', messages: []},
  // Apostrophes of English names; brackets glued to a word.
  {text: 'The O’Neill family and Hawai’i voters met, more [un]accountable than ever [sic].', messages: []},
  // A name or a word addressed, not a conjunction: `Ma Rainey`, `Ma, the`, a conjunction in capitals, one inside a sentence.
  {text: 'Ma Rainey sang. Ma, the soup is ready. MA The Review printed it. The ma and mas of it.', messages: []},
  {text: 'The price is inclusive of tax; Mas Ricard wine.', messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  test('message metadata', async () => {
    expect(await firstMessage(id, 'Selon the Kremlin, talks will continue.')).toEqual({
      name: '1:1-1:6',
      file: '',
      message: 'Unexpected `Selon` (French word), expected `According to`',
      reason: 'Unexpected `Selon` (French word), expected `According to`',
      line: 1,
      column: 1,
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 6, offset: 5}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: 'Selon',
      expected: ['According to'],
      note: '`Selon` is French for `according to`: machine translation left it untranslated',
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/untranslated-french.md'
    })
  })

  test('the note quotes the word as written', async () => {
    const file = await lint('Talks resumed aujourd’hui.', {rules: only(id)})
    expect(file.messages[0]?.note).toBe('`aujourd’hui` is French for `today`: machine translation left it untranslated')
  })

  test('a lone word French only by its accents is reported one level lower', async () => {
    const file = await lint('The laïcité debate and le gouvernement returned.', {rules: only(id)})
    expect(file.messages.map((message) => [message.actual, message.fatal])).toEqual([
      ['laïcité', undefined],
      ['le gouvernement', false]
    ])
  })

  test('a sentence is skipped only when it cannot hold French: every listed word counts without accents near it', async () => {
    // The same sentence, alone and in a block that has an accent elsewhere (which classifies every sentence):
    // the rule must say the same about it.
    for (const word of [...frenchWords, ...weakFrenchWords].filter((entry) => /^[a-z-]+$/.test(entry))) {
      for (const sentence of [`Talks ${word} ${word} ${word} went on.`, `Talks went on-${word}-${word} here.`]) {
        const alone = await lint(sentence, {rules: only(id)})
        const beside = await lint(sentence + '\nThe Élysée said so.', {rules: only(id)})
        const firstLine = beside.messages.filter((message) => message.line === 1)
        expect(alone.messages.map(String), sentence).toEqual(firstLine.map(String))
      }
    }
  })

  test('each sentence is judged by its own text: accents, apostrophes or French endings in another sentence of the block change nothing', async () => {
    const sentences = [
      'The harvest, selon le maire, was poor.',
      'Ankara hosted Lukashenko’nun envoy on Friday.',
      'It’s what the mayor called la rentrée.',
      'Villagers mit their neighbours at the fair.',
      'Nothing French stands in this one.'
    ]
    const others = ['Don’t wait.', 'The Élysée said so.', 'They were heureux.', 'Nothing happened.']
    for (const sentence of sentences) {
      const alone = (await lint(sentence, {rules: only(id)})).messages.map((message) => [message.actual, message.reason])
      for (const other of others) {
        for (const text of [other + ' ' + sentence, sentence + ' ' + other]) {
          // One line: a message's column, less one, is its offset.
          const from = text.indexOf(sentence)
          const own = (await lint(text, {rules: only(id)})).messages.filter(
            (message) => message.column! - 1 >= from && message.column! - 1 < from + sentence.length
          )
          expect(
            own.map((message) => [message.actual, message.reason]),
            text
          ).toEqual(alone)
        }
      }
    }
  })

  test('`allow` must be an array of strings', async () => {
    await expect(lint('x', {rules: {[id]: ['warn', {allow: 'café'}]}})).rejects.toThrow(
      'Invalid option `allow` for rule `untranslated-french`: expected an array of non-empty strings'
    )
  })
})

describe(id + ' data', () => {
  const lists = {frenchWords, weakFrenchWords, sharedWords, englishWords}
  const listed = new Set([...frenchWords, ...weakFrenchWords, ...sharedWords])

  test.each(Object.entries(lists))('%s: lower case, straight apostrophes, no duplicates', (_, list) => {
    for (const word of list) expect(word, word).toBe(word.toLowerCase().replace(/’/g, "'").trim())
    expect(list.length).toBe(new Set(list).size)
  })

  test('no word is in two lists', () => {
    const seen = new Map<string, string>()
    for (const [name, list] of Object.entries(lists)) {
      for (const word of list) {
        expect(seen.get(word), '`' + word + '` is in ' + seen.get(word) + ' and ' + name).toBeUndefined()
        seen.set(word, name)
      }
    }
  })

  test('every translated word, determiner and name particle is listed', () => {
    for (const word of Object.keys(translations)) expect(frenchWords, word).toContain(word)
    for (const word of [...determiners, ...nameParticles, ...nameArticles]) expect(listed.has(word), word).toBe(true)
  })

  test('no loanword, once accents are dropped, is a listed French word (it would hide it: `né` hid `ne`)', () => {
    for (const loanword of loanwords.filter((entry) => !/[\s-]/.test(entry))) {
      expect(listed.has(fold(loanword)), loanword + ' folds to a French word').toBe(false)
    }
  })

  test('no loanword is reported, in running text', async () => {
    const text = loanwords.map((loanword) => 'They said ' + loanword + ' twice.').join('\n\n')
    expect((await lint(text, {rules: only(id)})).messages.map(String)).toEqual([])
  })
})

describe('untranslated-french: every source language’s lists', () => {
  const english = new Set(englishWords)
  test.each(sourceLanguages.map((data) => [data.language, data] as const))('%s: no word in two of its lists, and none an English function word', (_, data) => {
    const seen = new Map<string, string>()
    for (const [name, list] of Object.entries({words: data.words, weak: data.weak, shared: data.shared})) {
      for (const word of list) {
        expect(seen.get(word), word + ' is in ' + seen.get(word) + ' and ' + name).toBeUndefined()
        seen.set(word, name)
        expect(word, 'lower case, straight apostrophe').toBe(word.toLowerCase().replace(/’/g, "'"))
        if (name !== 'shared') expect(english.has(word), word + ' is an English function word').toBe(false)
      }
    }
    for (const acronym of data.acronyms ?? []) expect(acronym.expansion.length).toBeGreaterThan(0)
    // Only words that do not start with a lower-case ASCII letter are looked up as acronyms.
    for (const acronym of data.acronyms ?? []) expect(acronym.acronym, acronym.acronym).toMatch(/^[^a-z]/)
  })

  test('every letter of the scripts looked for stands where a block is searched first (`beyondLatin`)', () => {
    const anyScript = new RegExp('[' + scripts.map((script) => script.pattern).join('') + ']', 'u')
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCodePoint(code)
      if (anyScript.test(character) && !beyondLatin.test(character)) expect.fail('U+' + code.toString(16) + ' is outside `beyondLatin`')
    }
  })
})
