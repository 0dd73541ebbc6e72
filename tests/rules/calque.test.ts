import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {readFileSync} from 'node:fs'
import type {Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {compilePhraseTable, compilePhraseTables, type PhraseTable} from '../../src/engine/phrase-table.js'
import {sentenceTokens} from '../../src/engine/tokens.js'
import {calques} from '../../rules/calque/data.js'
import {compileNames, languageNames as languageNamesOf} from '../../rules/shared/translated-names/compile.js'
import {kinds} from '../../rules/shared/translated-names/kinds.js'
import {periphrases} from '../../rules/calque/periphrasis/data.js'
import {entryName, phrasesOf, phraseTablesOf, serializedAnchors} from '../../rules/calque/tables.js'
import {syntaxPatterns, type SyntaxFound, type SyntaxPattern} from '../../rules/calque/syntax/patterns.js'
import {compileTriggeredPatterns} from '../../src/engine/triggered-patterns.js'
import type {Token} from '../../src/engine/types.js'
import {languages} from '../../rules/shared/languages.js'
import {only, type Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'calque'

const invalid: Case[] = [
  {
    text: 'While the head of American diplomacy Antony Blinken repeated it.',
    messages: ['1:11-1:37: Unexpected `head of American diplomacy` (calque of French `le chef de la diplomatie américaine`), expected `US Secretary of State`'],
    fixed: 'While the US Secretary of State Antony Blinken repeated it.'
  },
  {
    text: 'The heads of Russian and French diplomacy will meet.',
    messages: [
      '1:5-1:42: Unexpected `heads of Russian and French diplomacy` (calque of French `les chefs des diplomaties russe et française`), expected `Russian and French foreign ministers`'
    ],
    fixed: 'The Russian and French foreign ministers will meet.'
  },
  {
    text: '“There is no water”, he testifies.',
    messages: ['1:25-1:34: Unexpected `testifies` (calque of French `témoigne-t-il`), expected `says`'],
    fixed: '“There is no water”, he says.'
  },
  {
    text: 'The country will never integrate NATO and the West refuses.',
    messages: ['1:24-1:33: Unexpected `integrate` (calque of French `intégrer l’OTAN`), expected `join`'],
    fixed: 'The country will never join NATO and the West refuses.'
  },
  {
    text: 'Several Western countries hammering that the invasion could occur.',
    messages: ['1:27-1:36: Unexpected `hammering` (calque of French `martelant que`), expected `insisting` or `repeating`']
  },
  {
    text: 'Westerners fear a war; the talks have Westerners worried.',
    messages: [
      '1:1-1:11: Unexpected `Westerners` (calque of French `les Occidentaux`), expected `Western countries` or `The West`',
      '1:39-1:49: Unexpected `Westerners` (calque of French `les Occidentaux`), expected `Western countries` or `the West`'
    ]
  }
]

const invalidInverted: Case[] = [
  {
    // A comma after the closing quote mark still follows a quotation; a relative clause may describe the subject.
    text: '“The bridge stays shut”, lamented the mayor, who closed two roads.',
    messages: [
      '1:26-1:44: Unexpected `lamented the mayor` (reporting verb before its subject, as French, Spanish, Italian, Portuguese write it), put the subject first'
    ]
  },
  {
    text: '“The dealers are back the next day,” testifies Nadia, a mother.',
    messages: ['1:38-1:47: Unexpected `testifies` (calque of French `témoigne-t-il`), expected `says`'],
    fixed: '“The dealers are back the next day,” says Nadia, a mother.'
  },
  {
    text: 'The President of the Republic “takes note” of the vote.',
    messages: [
      '1:1-1:30: Unexpected `The President of the Republic` (calque of French `le président de la République`), expected `The French president` or `The president`'
    ]
  }
]

/** One row per family beside the phrase table: translated names, press periphrasis, syntactic calques. */
const invalidFamilies: Case[] = [
  {
    text: 'Storms hit Brittany, the newspapers The Telegram and West France reported.',
    messages: [
      '1:37-1:49: Unexpected `The Telegram` (title of the French daily `Le Télégramme` translated), expected `Le Télégramme`',
      '1:54-1:65: Unexpected `West France` (title of the French daily `Ouest-France` translated), expected `Ouest-France`'
    ],
    fixed: 'Storms hit Brittany, the newspapers Le Télégramme and Ouest-France reported.'
  },
  {
    text: 'The World with AFP',
    messages: ['1:1-1:10: Unexpected `The World` (title of the French daily `Le Monde` translated), expected `Le Monde` or `Die Welt` or `El Mundo`']
  },
  {
    text: 'He told the weekly Der Spiegel, not the weekly The Mirror.',
    messages: ['1:48-1:58: Unexpected `The Mirror` (title of the German weekly `Der Spiegel` translated), expected `Der Spiegel`'],
    fixed: 'He told the weekly Der Spiegel, not the weekly Der Spiegel.'
  },
  {
    text: 'Inside the Festival Palace, the jury sat.',
    messages: ['1:12-1:27: Unexpected `Festival Palace` (name of the French place `Palais des Festivals` translated), expected `Palais des Festivals`'],
    fixed: 'Inside the Palais des Festivals, the jury sat.'
  },
  {
    text: 'The party Italy’s Brothers leads the polls.',
    messages: ['1:11-1:27: Unexpected `Italy’s Brothers` (name of the Italian party `Fratelli d’Italia` translated), expected `Brothers of Italy`'],
    fixed: 'The party Brothers of Italy leads the polls.'
  },
  {
    text: 'Candidates of Stand Up France met on Monday.',
    messages: ['1:15-1:30: Unexpected `Stand Up France` (name of the French party `Debout la France` translated), expected `Debout la France`'],
    fixed: 'Candidates of Debout la France met on Monday.'
  },
  {
    text: 'The tenant of the Élysée will speak on Sunday.',
    messages: ['1:5-1:25: Unexpected `tenant of the Élysée` (calque of French `le locataire de l’Élysée`), expected `French president`'],
    fixed: 'The French president will speak on Sunday.'
  },
  {
    text: 'The head of Italian diplomacy flew to Kyiv.',
    messages: ['1:5-1:30: Unexpected `head of Italian diplomacy` (calque of French `le chef de la diplomatie italienne`), expected `Italian foreign minister`'],
    fixed: 'The Italian foreign minister flew to Kyiv.'
  },
  {
    text: 'The proposal was rejected by the Russian side on Monday.',
    messages: ['1:30-1:46: Unexpected `the Russian side` (calque of Russian `российская сторона`), name the country: `Russia`, `Moscow`']
  },
  {
    text: 'The traffic light is arguing about the budget again.',
    messages: ['1:1-1:18: Unexpected `The traffic light` (calque of German `die Ampel`), expected `The coalition`'],
    fixed: 'The coalition is arguing about the budget again.'
  },
  {
    text: '“The road will reopen on Monday,” declared on the radio the minister of labour.',
    messages: [
      '1:35-1:79: Unexpected `declared on the radio the minister of labour` (reporting verb before its subject, as French, Spanish, Italian, Portuguese write it), expected `the minister of labour declared on the radio`'
    ],
    fixed: '“The road will reopen on Monday,” the minister of labour declared on the radio.'
  },
  {
    text: 'Talks will resume in May. This was stated by the foreign minister.',
    messages: ['1:27-1:45: Unexpected `This was stated by` (report ending on its source, as Russian, Ukrainian write it), put the speaker first: `X said`']
  },
  {
    text: 'The army wants to take the Crimea.',
    messages: [
      '1:24-1:34: Unexpected `the Crimea` (definite article before a place English names without one, as French, Spanish, Italian, Portuguese, Russian, Ukrainian, German write it), expected `Crimea`'
    ],
    fixed: 'The army wants to take Crimea.'
  },
  {
    text: 'The deputies RN voted against the bill.',
    messages: [
      '1:5-1:16: Unexpected `deputies RN` (party acronym after its noun, as French, Spanish, Italian, Portuguese, German write it), expected `RN deputies`'
    ],
    fixed: 'The RN deputies voted against the bill.'
  },
  {
    text: 'The minister announced this Sunday a new plan.',
    messages: [
      '1:24-1:35: Unexpected `this Sunday` (`this` before a day of the week, as French, Spanish, Italian, Portuguese, German write it), expected `on Sunday`'
    ],
    fixed: 'The minister announced on Sunday a new plan.'
  },
  {
    text: 'The Turkish army entered the Source of Peace area.',
    messages: [
      '1:30-1:45: Unexpected `Source of Peace` (name of the Turkish military operation `Barış Pınarı Harekâtı` translated), expected `Operation Peace Spring`'
    ],
    fixed: 'The Turkish army entered the Operation Peace Spring area.'
  },
  {
    text: 'He spoke on the Guest of Events programme.',
    messages: ['1:17-1:32: Unexpected `Guest of Events` (title of the Polish programme `Gość Wydarzeń` translated), expected `Gość Wydarzeń`'],
    fixed: 'He spoke on the Gość Wydarzeń programme.'
  },
  {
    text: 'The Presidency of Communications said the decree was signed.',
    messages: [
      '1:5-1:33: Unexpected `Presidency of Communications` (name of the Turkish institution `İletişim Başkanlığı` translated), expected `Directorate of Communications`'
    ],
    fixed: 'The Directorate of Communications said the decree was signed.'
  },
  // French: idioms, sourcing, courts, international bodies, regions, gender doublets.
  {
    text: 'The storm brought a wind to dehorn the oxen to the coast.',
    messages: ['1:29-1:44: Unexpected `dehorn the oxen` (calque of French `un vent à décorner les bœufs`), say `a howling gale`']
  },
  {
    text: 'The prosecutor of the Republic of Nantes opened an inquiry.',
    messages: [
      '1:5-1:41: Unexpected `prosecutor of the Republic of Nantes` (calque of French `le procureur de la République de Paris`), expected `Nantes prosecutor`'
    ],
    fixed: 'The Nantes prosecutor opened an inquiry.'
  },
  {
    text: 'Two men were charged, we learned on Friday from a judicial source.',
    messages: [
      '1:23-1:66: Unexpected `we learned on Friday from a judicial source` (calque of French `a-t-on appris de source judiciaire`), make the source the subject: `a judicial source said on Thursday`'
    ]
  },
  {
    text: 'The audience was suspended for an hour.',
    messages: ['1:5-1:13: Unexpected `audience` (calque of French `l’audience a été suspendue`), expected `hearing`'],
    fixed: 'The hearing was suspended for an hour.'
  },
  {
    text: 'The World Organization of Health and the International Penal Court met.',
    messages: [
      '1:5-1:33: Unexpected `World Organization of Health` (calque of French `l’Organisation mondiale de la santé (OMS), du commerce (OMC)`), use the English name: `World Health Organization`, `World Trade Organization`',
      '1:42-1:67: Unexpected `International Penal Court` (calque of French `la Cour pénale internationale (CPI)`), expected `International Criminal Court`'
    ]
  },
  {
    text: 'The New Aquitaine region and the region of Upper France voted.',
    messages: [
      '1:5-1:18: Unexpected `New Aquitaine` (name of the French place `Nouvelle-Aquitaine` translated), expected `Nouvelle-Aquitaine`',
      '1:44-1:56: Unexpected `Upper France` (name of the French place `Hauts-de-France` translated), expected `Hauts-de-France`'
    ],
    fixed: 'The Nouvelle-Aquitaine region and the region of Hauts-de-France voted.'
  },
  {
    text: 'Mayors called on all farmers and all farmers to join the march.',
    messages: [
      '1:18-1:45: Unexpected `all farmers and all farmers` (the same noun phrase twice, a doublet of genders, as French write it), expected `all farmers`'
    ],
    fixed: 'Mayors called on all farmers to join the march.'
  },
  {
    text: 'Heavy fighting goes on in the Kupyansk, Lyman and Donetsk directions.',
    messages: [
      '1:27-1:69: Unexpected `the Kupyansk, Lyman and Donetsk directions` (front named as a direction, as Russian, Ukrainian write it), say `near` or `around` the town'
    ]
  },
  {
    text: 'The Ukrainian edition Facts wrote about the general.',
    messages: ['1:23-1:28: Unexpected `Facts` (title of the Russian daily `Fakty` translated), expected `Fakty`'],
    fixed: 'The Ukrainian edition Fakty wrote about the general.'
  },
  {
    text: 'Petrol rose again. Or 6 cents more than in May.',
    messages: [
      '1:20-1:30: Unexpected `Or 6 cents` (calque of French `soit 9 centimes de plus`), join the figure to the sentence before, or write `That is`, `an increase of`'
    ]
  },
  {
    text: 'Roads were shut, the town hall said.',
    messages: ['1:18-1:31: Unexpected `the town hall` (calque of French `la mairie a indiqué`), expected `the council` or `the mayor’s office`']
  },
  {
    text: 'The singer, who has disappeared at the age of 84, was mourned.',
    messages: ['1:21-1:32: Unexpected `disappeared` (calque of French `disparu à l’âge de 84 ans`), expected `died`'],
    fixed: 'The singer, who has died at the age of 84, was mourned.'
  },
  {
    text: 'They were 3.1 million viewers to watch.',
    messages: [
      '1:1-1:33: Unexpected `They were 3.1 million viewers to` (calque of French `ils étaient 1,2 million à regarder`), make the figure the subject: `1.2 million viewers watched`'
    ]
  },
  {
    text: 'Three were fined for non-respect of the curfew and one for non-wearing of a mask.',
    messages: [
      '1:22-1:33: Unexpected `non-respect` (calque of French `le non-respect du confinement`), say `breach of`, `failure to comply with`',
      '1:60-1:71: Unexpected `non-wearing` (calque of French `le non-port du masque`), say `failure to wear`, `not wearing`'
    ]
  },
  {
    text: 'The team averages 40 selections per player; all parties confused.',
    messages: [
      '1:22-1:32: Unexpected `selections` (calque of French `une moyenne de 30 sélections par joueur`), expected `caps`',
      '1:57-1:65: Unexpected `confused` (calque of French `tous secteurs d’activité confondus`), say `across all sectors`, `in every category`'
    ],
    fixed: 'The team averages 40 caps per player; all parties confused.'
  },
  {
    text: 'Buyers took by assault the shops. The Briton declared forfeit on Monday.',
    messages: [
      '1:8-1:23: Unexpected `took by assault` (calque of French `prendre d’assaut les stations-service`), expected `stormed` or `flocked to`',
      '1:46-1:62: Unexpected `declared forfeit` (calque of French `déclarer forfait, il sera forfait`), say `pulled out`, `will miss`'
    ]
  },
  {
    text: 'A Swede invited herself into the podium; we saved at the level of the heating.',
    messages: [
      '1:9-1:29: Unexpected `invited herself into` (calque of French `s’inviter dans le top 5, s’inviter dans le débat`), say `broke into the top five`, `crept into the debate`',
      '1:51-1:66: Unexpected `at the level of` (calque of French `au niveau du pain, au niveau de la défense`), say `for`, `in`, `in terms of`, or drop it'
    ]
  },
  {
    text: 'Fuel went up, let us remember, by 9 cents.',
    messages: ['1:15-1:30: Unexpected `let us remember` (calque of French `rappelons-le`), drop the aside, or say `it should be noted`']
  },
  {
    text: 'He gives his unsold to charity. She hit 17 out of 20 behind the rifle.',
    messages: [
      '1:14-1:20: Unexpected `unsold` (calque of French `ses invendus`), expected `unsold goods`',
      '1:54-1:70: Unexpected `behind the rifle` (calque of French `un 20 sur 20 au tir, derrière la carabine`), say `a clean shoot`, `19 of 20 on the range`'
    ],
    fixed: 'He gives his unsold goods to charity. She hit 17 out of 20 behind the rifle.'
  },
  {
    text: 'They raise the retirement age to 66 years in May.',
    messages: ['1:37-1:42: Unexpected `years` (calque of French `l’âge de départ à 64 ans`), remove it']
  },
  {
    text: 'Few voters came out for the last round of the legislative on Sunday.',
    messages: ['1:47-1:58: Unexpected `legislative` (calque of French `le second tour des législatives`), expected `parliamentary elections`'],
    fixed: 'Few voters came out for the last round of the parliamentary elections on Sunday.'
  },
  {
    text: 'He retired before to become a coach.',
    messages: ['1:12-1:21: Unexpected `before to` (calque of French `avant de devenir`), say `before becoming`']
  },
  {
    text: 'They fought an important fire in a departmental jurisdiction.',
    messages: [
      '1:16-1:25: Unexpected `important` (calque of French `tant le feu était important`), say `big`, `major`, `serious`: `so big was the fire`',
      '1:49-1:61: Unexpected `jurisdiction` (calque of French `une juridiction départementale, une juridiction de première instance`), expected `court`'
    ],
    fixed: 'They fought an important fire in a departmental court.'
  },
  {
    text: 'Rare fact, the hearing will be filmed.',
    messages: ['1:1-1:10: Unexpected `Rare fact` (calque of French `Fait rare,`), expected `Unusually`']
  },
  {
    text: 'The president landed in Orly late on Monday.',
    messages: ['1:22-1:24: Unexpected `in` (calque of French `arrivé à Orly`), expected `at`'],
    fixed: 'The president landed at Orly late on Monday.'
  },
  {
    text: 'He still says to hope for a comeback.',
    messages: ['1:10-1:22: Unexpected `says to hope` (calque of French `il dit croire à une bascule`), say `says he believes`, `says she hopes`']
  },
  {
    text: 'He was charged with contempt and rebellion.',
    messages: ['1:21-1:43: Unexpected `contempt and rebellion` (calque of French `outrage et rébellion`), say `insulting and resisting police officers`']
  }
]

const validFamilies: Case[] = [
  {text: 'The world is watching; the echoes of the war reach West Africa and the World Bank.', messages: []},
  {text: 'The Mirror reported the story first; the Mirror newspaper is a British tabloid.', messages: []},
  {text: 'The French president will speak from the Élysée on Sunday.', messages: []},
  {text: 'Shells fell on the Russian side of the border.', messages: []},
  {text: 'The traffic light coalition argued; the traffic light at the junction was red.', messages: []},
  {text: '“The road will reopen on Monday,” said the minister.', messages: []},
  {text: 'The company announced on Thursday the closure of its plant.', messages: []},
  {text: 'The president, as head of state, hailed the soldiers in a statement.', messages: []},
  {text: 'The Germany of 1989 was divided; the France team won; the Paris prosecutor spoke.', messages: []},
  {text: 'The minister will announce a new plan this Sunday.', messages: []},
  {text: 'A source of peace in the region, the Euphrates Shield operation ended in 2017; Freedom and the Morning Star are words.', messages: []},
  {text: 'The hearing was suspended and the audience left; the Paris prosecutor spoke.', messages: []},
  {text: 'We learned from the report that the World Health Organization met in Upper Austria.', messages: []},
  {text: 'All farmers and all bus drivers marched; the individual and the individual’s rights matter.', messages: []},
  {text: 'They walked in the North, and then in other directions; the first edition of the facts was out.', messages: []},
  {text: 'Or was it 6 cents? Prices rose, or fell by 6 cents, or 6 cents more.', messages: []},
  {text: 'The town hall is closed; the mayor’s office said the town hall clock stopped.', messages: []},
  {text: 'The hiker who disappeared at dawn was found; the singer died at the age of 84.', messages: []},
  {text: 'They were two million dollars short; 3.1 million viewers watched.', messages: []},
  {text: 'Non-residents and non-members pay more; the selections of the jury were published.', messages: []},
  {text: 'Let us remember the fallen; the fort was taken by assault; the game was forfeited.', messages: []},
  {text: 'She invited herself to dinner; the water rose to the level of the bridge and the passage of the bill.', messages: []},
  {text: 'Few voters came out for the last round of the legislative elections; the flats were unsold; “We will see,” INSEE said.', messages: []},
  {text: 'The day before, to be safe, he left; it was important to act, and the fire was big.', messages: []}
]

const valid: Case[] = [
  // A name kept in its own language is no calque.
  {text: 'Stars climbed the steps of the Palais des Festivals, and the weekly Der Spiegel reported it.', messages: []},
  {text: 'The US Secretary of State Antony Blinken repeated it.', messages: []},
  {text: 'She testified before Congress on Tuesday.', messages: []},
  {text: 'Finland joined NATO in 2023; the plan integrates NATO standards.', messages: []},
  {text: 'They attributed the outbreak to Ukrainian provocations.', messages: []},
  {text: 'A hexagon has six sides.', messages: []},
  {text: 'The President of the Republic of Korea visited Paris.', messages: []},
  {text: 'The novel pits the forces of order and chaos against each other.', messages: []},
  {text: 'The strike was a manifestation of anger.', messages: []},
  {text: '“I saw the car,” testified to the court a neighbour, under oath.', messages: []}
]

describe(id, () => {
  ruleTable(id, [...invalid, ...invalidInverted, ...invalidFamilies], [...valid, ...validFamilies])

  test('every entry of the table has its source, note and examples', () => {
    expect(calques.length).toBeGreaterThanOrEqual(150)
    for (const entry of calques) {
      const label = entry.phrases.join(' / ')
      expect(entry.phrases.length, label).toBeGreaterThan(0)
      expect(entry.source.trim(), label).not.toBe('')
      expect(entry.note, label).toMatch(/^\S.*[^.\s]$/)
      expect(['high', 'low'], label).toContain(entry.confidence)
      expect(entry.invalid.trim(), label).not.toBe('')
      expect(entry.valid.trim(), label).not.toBe('')
      for (const rewrite of entry.expected ?? []) {
        for (const [, digit] of rewrite.matchAll(/\$(\d)/g)) {
          expect(
            entry.phrases.some((phrase) => phrase.split(' ').filter((token) => /^\*$|^\(/.test(token.replace(/[[\]]/g, ''))).length >= Number(digit)),
            label
          ).toBe(true)
        }
      }
    }
  })

  test.each(calques.map((entry) => [entry.phrases[0]!, entry] as const))('fires on its example and not on its near miss: %s', async (_, entry) => {
    const invalidFile = await lint(entry.invalid, {rules: only(id)})
    expect(invalidFile.messages.length, entry.invalid).toBeGreaterThan(0)
    expect(
      invalidFile.messages.some((message) => message.reason.includes('`' + entry.source + '`')),
      entry.invalid
    ).toBe(true)
    const validFile = await lint(entry.valid, {rules: only(id)})
    expect(validFile.messages.map(String), entry.valid).toEqual([])
  })

  test.each(periphrases.map((entry) => [entry.language + ' ' + entry.source, entry] as const))(
    'press periphrasis fires on its example and not on its near miss: %s',
    async (_, entry) => {
      // The periphrasis table itself finds the example (the phrase table may report the same words first).
      const table = compilePhraseTable([entry], (item) => item.phrases)
      expect(matchesIn(table, entry.invalid), entry.invalid).toBeGreaterThan(0)
      expect((await lint(entry.valid, {rules: only(id)})).messages.map(String), entry.valid).toEqual([])
    }
  )

  test.each(syntaxPatterns.map((pattern) => [pattern.id, pattern] as const))(
    'syntactic pattern %s reports its examples and not its near misses',
    async (_, pattern) => {
      // The pattern itself finds one span in each example (the phrase table may report the same words first).
      const matcher = compileTriggeredPatterns<SyntaxFound, SyntaxPattern>([pattern])
      for (const text of pattern.invalid)
        expect(
          tokensOf(text).flatMap((tokens) => {
            const found: SyntaxFound[] = []
            matcher.match(tokens, text, (_, match) => found.push(match))
            return found
          }),
          text
        ).toHaveLength(1)
      for (const text of pattern.valid) expect((await lint(text, {rules: only(id)})).messages.map(String), text).toEqual([])
    }
  )

  // Every rendering of every name, after a cue of its kind and in quotation marks, is found as that name;
  // in lower case in running prose, it is not.
  test.each(
    languageNamesOf(new Set(languages)).flatMap((entry) => entry.forms.map((form) => [entry.language + ' ' + entry.name + ' → ' + form, entry, form] as const))
  )('translated name %s', async (_, entry, form) => {
    const cue = kinds[entry.kind].cues.split('|')[0]!
    const text = 'On Monday the ' + cue + ' “' + form + '” reported that talks had failed.'
    const found = (await lint(text, {rules: only(id)})).messages.filter((message) => message.url?.endsWith('#translated-names'))
    expect(
      found.map((message) => message.actual),
      text
    ).toEqual([form])
    expect(found[0]!.expected, text).toContain(entry.english ?? entry.name)
    // (Unless the form holds a word of a kind, `weekly mirror`: that word is a cue for a shorter rendering.)
    if (
      form
        .toLowerCase()
        .split(/[\s-]+/)
        .some((word) => cueWords.has(word))
    )
      return
    const prose = 'They spoke at length about ' + form.toLowerCase() + ' and about other things.'
    expect((await lint(prose, {rules: only(id)})).messages.filter((message) => message.url?.endsWith('#translated-names')).map(String), prose).toEqual([])
  })

  test('the anchors the build writes are the ones the tables scan for', () => {
    const scanned = compilePhraseTables(phraseTablesOf(new Set(languages)), phrasesOf, entryName)
    const built = compilePhraseTables(phraseTablesOf(new Set(languages)), phrasesOf, entryName, serializedAnchors())
    const words = [...scanned.words()!]
    expect([...built.words()!]).toEqual(words)
    // What each place holds (`shared` is the scan's bookkeeping).
    const placesOf = (tables: typeof built, word: string) =>
      tables.placesOf(word)?.map(({table, offset, side, near, exact, listed}) => ({
        table,
        offset,
        side,
        near: [...near],
        exact: exact && [...exact],
        listed: listed.map(({phrase}) => phrase)
      }))
    expect(words.map((word) => placesOf(built, word))).toEqual(words.map((word) => placesOf(scanned, word)))
  })

  test('every syntactic pattern has its section in the rule’s doc', () => {
    const doc = readFileSync(new URL('../../rules/calque.md', import.meta.url), 'utf8')
    const slugs = [...doc.matchAll(/^#+ (.+)$/gm)].map((heading) =>
      heading[1]!
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .replace(/ /g, '-')
    )
    for (const pattern of syntaxPatterns) expect(slugs, pattern.id).toContain(pattern.id)
    for (const family of ['phrases', 'translated-names', 'press-periphrasis', 'syntactic-calques']) expect(slugs, family).toContain(family)
  })

  test('every name of the gazetteer has a note, and a rendering other than itself', () => {
    for (const entry of languageNamesOf(new Set(languages))) {
      expect(entry.note, entry.name).toMatch(/^\S.*[^.\s]$/)
      expect(entry.forms.length, entry.name).toBeGreaterThan(0)
    }
  })

  // `calque` and `name-variants` read the same names: they are made once per choice of languages, whatever its order.
  test.each([
    [
      ['fr', 'de'],
      ['de', 'fr'],
      ['fr', 'de']
    ],
    [languages, [...languages].reverse(), ['fr', 'de', 'es', 'it', 'pt', 'ru', 'pl', 'tr', 'ar']],
    [['fr', 'nl'], ['fr'], ['fr']]
  ] as const)('the names of %j are those of %j, in table order: %j', (chosen, same, order) => {
    expect(languageNamesOf(new Set(chosen))).toBe(languageNamesOf(new Set(same)))
    expect(compileNames(new Set(chosen))).toBe(compileNames(new Set(same)))
    expect([...new Set(languageNamesOf(new Set(chosen)).map((entry) => entry.language))]).toEqual(order)
  })

  test('`languages` chooses the source languages whose entries are looked for', async () => {
    const text = '“There is no water”, he testifies.'
    expect((await lint(text, {rules: {...only(id), calque: ['warn', {languages: ['fr']}]}})).messages.map(String)).toEqual([
      '1:25-1:34: Unexpected `testifies` (calque of French `témoigne-t-il`), expected `says`'
    ])
    expect((await lint(text, {rules: {...only(id), calque: ['warn', {languages: ['de']}]}})).messages).toEqual([])
  })

  test.each([
    [[], 'Invalid option `languages` for rule `calque`: expected a non-empty array of language codes'],
    [['fr', 'xx'], 'Invalid option `languages` for rule `calque`: unknown language `xx`, expected one of fr, de']
  ])('`languages` %j is refused', async (languages, problem) => {
    await expect(lint('Text.', {rules: {calque: ['warn', {languages}]}})).rejects.toThrow(problem)
  })

  test('low-confidence entries are reported one level lower (info)', async () => {
    const file = await lint('Westerners fear a war.', {rules: only(id)})
    expect(file.messages[0]?.fatal).toBeUndefined()
    const error = await lint('Westerners fear a war.', {rules: only(id, 'error')})
    expect(error.messages[0]?.fatal).toBe(false)
  })

  test('message metadata', async () => {
    expect(await firstMessage(id, '“There is no water”, he testifies.')).toEqual({
      name: '1:25-1:34',
      file: '',
      message: 'Unexpected `testifies` (calque of French `témoigne-t-il`), expected `says`',
      reason: 'Unexpected `testifies` (calque of French `témoigne-t-il`), expected `says`',
      line: 1,
      column: 25,
      place: {start: {line: 1, column: 25, offset: 24}, end: {line: 1, column: 34, offset: 33}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: 'testifies',
      expected: ['says'],
      note: expect.any(String),
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/calque.md#phrases'
    })
  })
})

/** The tokens of each sentence of `text`. */
function tokensOf(text: string): Token[][] {
  const sentences: Token[][] = []
  for (const paragraph of new ParseEnglish().parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') sentences.push(sentenceTokens(sentence as Sentence, 0))
    }
  }
  return sentences
}

/** The words of every kind of name (`daily`, `party`): cues. */
const cueWords = new Set(Object.values(kinds).flatMap((kind) => kind.cues.split('|')))

/** How many matches `table` finds in `text`, sentence by sentence. */
function matchesIn<Entry>(table: PhraseTable<Entry>, text: string): number {
  return tokensOf(text).reduce((count, tokens) => count + [...table.match(tokens)].length, 0)
}
