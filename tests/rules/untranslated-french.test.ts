import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {
  determiners,
  englishWords,
  frenchWords,
  loanwords,
  nameArticles,
  nameParticles,
  sharedWords,
  translations,
  weakFrenchWords
} from '../../rules/untranslated-french.data.js'
import {fold} from '../../rules/untranslated-french.js'
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
    text: 'Talks failed. Le gouvernement va annoncer des mesures pour les entreprises. Markets fell.',
    messages: [
      '1:15-1:76: Unexpected `Le gouvernement va annoncer des mesures pour les entreprises.` (French sentence), translate it'
    ]
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
    messages: [
      '1:1-1:6: Unexpected `C’est` (untranslated French), translate it',
      '1:25-1:34: Unexpected `peut-être` (untranslated French), translate it'
    ]
  },
  {
    text: 'He said it was déjà over.',
    messages: ['1:16-1:20: Unexpected `déjà` (French word), expected `already`'],
    fixed: 'He said it was already over.'
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
  {text: 'They formed a cordon sanitaire.', options: {allow: ['cordon sanitaire']}, messages: []}
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
